import type { AdministrationVersion } from '../administration.js';
import type { InstrumentId } from '../instrument-types.js';
import type { InstrumentSetup, LicenceRecord } from '../licence.js';
import type { LicensedContent, LanguageContent } from '../licensed-content.js';

/** Placeholder texts: tests never contain licensed wording. */
export function placeholderLanguage(itemIds: readonly string[], options?: Record<string, string>): LanguageContent {
  return {
    title: 'Placeholder title',
    instructions: 'Placeholder instructions',
    items: Object.fromEntries(itemIds.map((id) => [id, { text: `Placeholder ${id}`, ...(options ? { options } : {}) }])),
  };
}

export function licence(instrumentId: InstrumentId, over: Partial<LicenceRecord> = {}): LicenceRecord {
  return {
    instrumentId,
    holder: 'Praktijk De Linde',
    reference: 'GL-2026-001',
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    digitalUse: true,
    ...over,
  };
}

export function content(
  instrumentId: InstrumentId,
  itemIds: readonly string[],
  over: Partial<LicensedContent> = {},
): LicensedContent {
  return {
    instrumentId,
    edition: 'Placeholder edition 2026',
    copyright: '© placeholder',
    languages: { nl: placeholderLanguage(itemIds) },
    scoringKey: null,
    ...over,
  };
}

export function setup(instrumentId: InstrumentId, over: Partial<InstrumentSetup> = {}): InstrumentSetup {
  return { instrumentId, enabled: true, licence: licence(instrumentId), content: null, ...over };
}

export function version(over: Partial<AdministrationVersion> = {}): AdministrationVersion {
  return {
    id: 'v1',
    administrationId: 'a1',
    version: 1,
    instrumentId: 'ors',
    clientId: 'c1',
    trajectoryId: 't1',
    occasionId: 'session:2026-10-06:start',
    moment: 'session_start',
    sessionId: 's1',
    respondent: 'client',
    mode: 'digital',
    answers: { individual: 3.3, interpersonal: 5, social: 6.1, overall: 4.2 },
    administeredOn: '2026-10-06',
    recordedAt: '2026-10-06T08:58:00Z',
    recordedBy: 'client-user',
    correctionReason: null,
    ...over,
  };
}
