import type { Goal } from '../treatment/goals.js';
import { violation, type RuleViolation } from '../rules/rule-violation.js';
import type { InstrumentDefinition, InstrumentId } from './instrument-types.js';
import { gasInstrumentForGoals } from './instruments/gas.js';
import { INSTRUMENTS } from './instruments/registry.js';
import { applyScoringKey, type LicensedContent } from './licensed-content.js';

/**
 * An organisation's licence for an instrument (REFERENCE.md §1.6: organisations need a group licence;
 * digital administration needs a licence that allows it).
 */
export interface LicenceRecord {
  instrumentId: InstrumentId;
  /** Who holds the licence (the organisation, or the vendor it administers through). */
  holder: string;
  /** Licence number, agreement or order reference. */
  reference: string;
  validFrom: string;
  validUntil: string | null;
  /** The licence explicitly allows electronic administration (portal, on-screen form). */
  digitalUse: boolean;
}

/** How an instrument is used in one administration. */
export type AdministrationMode =
  /** The form on a screen: the client in the portal, or the therapist with the client. */
  | 'digital'
  /** A score read from the paper form and entered by the therapist. */
  | 'paper';

/** What the organisation has set up for one instrument. */
export interface InstrumentSetup {
  instrumentId: InstrumentId;
  enabled: boolean;
  licence: LicenceRecord | null;
  /** Validated with `validateLicensedContent` when loaded. */
  content: LicensedContent | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateLicenceRecord(record: LicenceRecord): RuleViolation[] {
  const out: RuleViolation[] = [];
  const bad = (path: string) => out.push(violation('measurement.licence_record_invalid', path, 'REFERENCE.md §1.6'));
  if (!record.holder.trim()) bad('/holder');
  if (!record.reference.trim()) bad('/reference');
  if (!ISO_DATE.test(record.validFrom)) bad('/validFrom');
  if (record.validUntil !== null && (!ISO_DATE.test(record.validUntil) || record.validUntil < record.validFrom))
    bad('/validUntil');
  return out;
}

const validOn = (licence: LicenceRecord, date: string) =>
  licence.validFrom <= date && (licence.validUntil === null || date <= licence.validUntil);

/** Enabling: a licensed instrument only with a licence valid today (REFERENCE.md §1.6). */
export function checkEnable(instrument: InstrumentDefinition, licence: LicenceRecord | null, today: string): RuleViolation[] {
  if (instrument.licence.status === 'open') return [];
  const source = instrument.licence.source;
  if (!licence || licence.instrumentId !== instrument.id) return [violation('measurement.licence_required', '/licence', source)];
  if (!validOn(licence, today)) return [violation('measurement.licence_expired', '/licence', source)];
  return [];
}

/**
 * May this instrument be administered now, in this mode? Enabled, licence valid on the date, digital use
 * only where the licence allows it, and the loaded content it needs: the scoring key always (else nothing
 * can be scored), the wording for digital use (paper forms carry their own).
 */
export function checkAdministrationAllowed(
  instrument: InstrumentDefinition,
  setup: InstrumentSetup | null,
  use: { mode: AdministrationMode; date: string },
): RuleViolation[] {
  const source = instrument.licence.source;
  const path = '/instrumentId';
  if (!setup?.enabled) return [violation('measurement.instrument_not_enabled', path, source)];
  const out: RuleViolation[] = [];
  if (instrument.licence.status === 'licensed') {
    const licence = setup.licence;
    if (!licence) return [violation('measurement.licence_required', path, source)];
    if (!validOn(licence, use.date)) out.push(violation('measurement.licence_expired', path, source));
    if (use.mode === 'digital' && instrument.licence.digitalUseNeedsExplicitLicence && !licence.digitalUse)
      out.push(violation('measurement.digital_use_not_licensed', path, source));
  }
  if (instrument.content === 'wording_and_key' && !setup.content?.scoringKey)
    out.push(violation('measurement.content_missing', path, source));
  else if (use.mode === 'digital' && instrument.content !== 'none' && !setup.content)
    out.push(violation('measurement.content_missing', path, source));
  return out;
}

/**
 * The instrument as this organisation administers it: with its loaded scoring key applied (WAV-12), and for
 * GAS with the trajectory's scaled goals as items.
 */
export function instrumentForUse(
  id: InstrumentId,
  setup: InstrumentSetup | null,
  goals: readonly Goal[] = [],
): InstrumentDefinition {
  const instrument = INSTRUMENTS[id];
  if (instrument.itemsPerGoal) return gasInstrumentForGoals(goals);
  const key = setup?.content?.scoringKey;
  return instrument.content === 'wording_and_key' && key ? applyScoringKey(instrument, key) : instrument;
}
