import type { Answers } from './answers.js';
import type { InstrumentDefinition, InstrumentId } from './instrument-types.js';
import { expectedRange, type ReferenceModel } from './reference-model.js';
import { classifyChange, cutoffFor, isOfConcern, reliableChangeFor } from './scoring.js';
import type { MeasurementSettings } from './settings.js';

/**
 * When a person is off track, or the alliance is at risk, the therapist gets an alert with reasons in words
 * and the source of the rule; it goes on the work list and into the evaluation. 001 L3698-3702: CDOI lets
 * patient and therapist steer care and recognise stagnation in time; 001 L3710-3714: the feedback goes
 * straight into the treatment, so improvements can be proposed in time; 001 L1698-1700 and L1852-1856:
 * progress, stagnation or relapse affect the treatment and are what evaluations are for.
 */
export type AlertCode =
  'below_expected_range' | 'no_reliable_improvement' | 'reliable_deterioration' | 'alliance_concern' | 'alliance_item_low';

export interface MeasurementAlert {
  code: AlertCode;
  instrumentId: InstrumentId;
  session: number;
  date: string;
  nl: string;
  en: string;
  source: string;
  facts: Readonly<Record<string, number>>;
  /** Items that triggered it (alliance_item_low). */
  items?: readonly string[];
}

/** Why a rule could not be applied (shown so silence is never mistaken for "on track"). */
export interface MeasurementNotice {
  code: 'insufficient_reference_data' | 'no_reliable_change_rule' | 'no_cutoff';
  instrumentId: InstrumentId;
  nl: string;
  en: string;
}

/** One administration's total (and answers) at a session; session 1 is the intake. */
export interface ScorePoint {
  session: number;
  date: string;
  total: number;
  answers?: Answers;
}

const nl = (n: number) => String(n).replace('.', ',');

/**
 * Outcome alerts at the latest administration of an outcome instrument (ORS, CORS): below the expected
 * range of the organisation's reference model, reliable deterioration since intake, or no reliable
 * improvement after N sessions.
 */
export function outcomeAlerts(args: {
  instrument: InstrumentDefinition;
  points: readonly ScorePoint[];
  model: ReferenceModel | null;
  settings: MeasurementSettings;
}): { alerts: MeasurementAlert[]; notices: MeasurementNotice[] } {
  const { instrument, settings } = args;
  const alerts: MeasurementAlert[] = [];
  const notices: MeasurementNotice[] = [];
  const points = [...args.points].sort((a, b) => a.session - b.session);
  const intake = points[0];
  const latest = points.at(-1);
  if (!intake || !latest || latest === intake) return { alerts, notices };
  const name = instrument.abbreviation;
  const at = { instrumentId: instrument.id, session: latest.session, date: latest.date };

  const range = args.model && intake.session === 1 ? expectedRange(args.model, intake.total, latest.session) : null;
  if (range?.status === 'ok') {
    if (latest.total < range.lower) {
      alerts.push({
        ...at,
        code: 'below_expected_range',
        nl: `${name} ${nl(latest.total)} ligt bij sessie ${latest.session} onder de verwachte band (${nl(range.lower)}-${nl(range.upper)}) van vergelijkbare cliënten van uw organisatie. Bespreek met de cliënt wat er nodig is.`,
        en: `${name} ${latest.total} at session ${latest.session} is below the expected range (${range.lower}-${range.upper}) of comparable clients of your organisation. Talk with the client about what is needed.`,
        source: '001 L3698-3702; REFERENCE.md §1.3 (own reference data)',
        facts: {
          score: latest.total,
          lower: range.lower,
          median: range.median,
          upper: range.upper,
          referencePersons: range.persons,
        },
      });
    }
  } else {
    notices.push({
      code: 'insufficient_reference_data',
      instrumentId: instrument.id,
      nl: `Te weinig eigen vergelijkingsgegevens voor een verwachte band bij sessie ${latest.session}.`,
      en: `Not enough reference data of your own for an expected range at session ${latest.session}.`,
    });
  }

  const rci = reliableChangeFor(instrument, settings);
  if (rci === null) {
    notices.push({
      code: 'no_reliable_change_rule',
      instrumentId: instrument.id,
      nl: `Voor de ${name} is geen grens voor betrouwbare verandering ingesteld.`,
      en: `No reliable-change threshold is set for the ${name}.`,
    });
    return { alerts, notices };
  }
  const { change, verdict } = classifyChange(intake.total, latest.total, rci);
  const facts = { intake: intake.total, score: latest.total, change, reliableChange: rci };
  if (verdict === 'reliable_deterioration') {
    alerts.push({
      ...at,
      code: 'reliable_deterioration',
      nl: `${name} is betrouwbaar verslechterd sinds de start (${nl(change)} punten; betrouwbaar vanaf ${nl(rci)}). Bespreek met de cliënt wat er speelt.`,
      en: `${name} has reliably worsened since the start (${change} points; reliable from ${rci}). Talk with the client about what is going on.`,
      source: '001 L1698-1700; 001 L1852-1856; REFERENCE.md §1.2',
      facts,
    });
  } else if (verdict !== 'reliable_improvement' && latest.session >= settings.offTrack.noImprovementAfterSessions) {
    alerts.push({
      ...at,
      code: 'no_reliable_improvement',
      nl: `Na ${latest.session} sessies geen betrouwbare verbetering op de ${name} (${nl(change)} punten; betrouwbaar vanaf ${nl(rci)}). Stagnatie: bespreek de behandeling met de cliënt.`,
      en: `No reliable improvement on the ${name} after ${latest.session} sessions (${change} points; reliable from ${rci}). Stagnation: review the treatment with the client.`,
      source: '001 L3698-3702; REFERENCE.md §1.2',
      facts,
    });
  }
  return { alerts, notices };
}

/** Alliance alerts at the latest SRS/CSRS: total at or below the cut-off; optionally any item below a threshold. */
export function allianceAlerts(args: {
  instrument: InstrumentDefinition;
  points: readonly ScorePoint[];
  age: number | null;
  settings: MeasurementSettings;
}): { alerts: MeasurementAlert[]; notices: MeasurementNotice[] } {
  const { instrument, settings } = args;
  const alerts: MeasurementAlert[] = [];
  const notices: MeasurementNotice[] = [];
  const latest = [...args.points].sort((a, b) => a.session - b.session).at(-1);
  if (!latest) return { alerts, notices };
  const name = instrument.abbreviation;
  const at = { instrumentId: instrument.id, session: latest.session, date: latest.date };
  const cutoff = cutoffFor(instrument, 'total', args.age, settings);
  if (!cutoff) {
    notices.push({
      code: 'no_cutoff',
      instrumentId: instrument.id,
      nl: `Voor de ${name} is geen grenswaarde ingesteld.`,
      en: `No cut-off is set for the ${name}.`,
    });
  } else if (isOfConcern(latest.total, cutoff)) {
    const side = cutoff.concernWhen === 'at_or_below' ? { nl: 'op of onder', en: 'at or below' } : { nl: 'onder', en: 'below' };
    alerts.push({
      ...at,
      code: 'alliance_concern',
      nl: `${name} ${nl(latest.total)} bij sessie ${latest.session}: ${side.nl} de grens van ${nl(cutoff.value)}. Vraag de cliënt wat er anders kan in de sessies.`,
      en: `${name} ${latest.total} at session ${latest.session}: ${side.en} the cut-off of ${cutoff.value}. Ask the client what could be different in the sessions.`,
      source: `001 L3706-3714; ${cutoff.source}`,
      facts: { score: latest.total, cutoff: cutoff.value },
    });
  }
  const threshold = settings.offTrack.srsItemBelow;
  if (threshold !== null && latest.answers) {
    const low = Object.entries(latest.answers).filter(([, v]) => typeof v === 'number' && v < threshold);
    if (low.length > 0) {
      alerts.push({
        ...at,
        code: 'alliance_item_low',
        nl: `${low.length} onderdeel/onderdelen van de ${name} onder ${nl(threshold)}: even navragen.`,
        en: `${low.length} ${name} item(s) below ${threshold}: worth a check-in.`,
        source: 'REFERENCE.md §1.2 (per-item prompt, organisation setting)',
        facts: { threshold, lowest: Math.min(...low.map(([, v]) => v as number)) },
        items: low.map(([id]) => id),
      });
    }
  }
  return { alerts, notices };
}
