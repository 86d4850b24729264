import { violation, type RuleViolation } from '../rules/rule-violation.js';
import type { AgeRange, InstrumentDefinition, InstrumentId } from './instrument-types.js';
import { isInstrumentId } from './instrument-types.js';

/**
 * An organisation's measurement settings. Every number that REFERENCE.md marks uncertain lives here, with
 * the instrument's published value as the default — never a hard-coded rule.
 */
export interface CutoffSetting {
  /** Default `total`. */
  scale?: string;
  value: number;
  concernWhen: 'at_or_below' | 'below';
  ages?: AgeRange | null;
}

export interface InstrumentSettings {
  /** Replaces the instrument's cut-offs (e.g. the SRS boundary `below` instead of `at_or_below`); [] switches them off. */
  cutoffs?: readonly CutoffSetting[];
  /** Replaces the reliable-change points of the total (e.g. 6.6 for the ORS, NHS); null switches it off. */
  reliableChange?: number | null;
}

export interface MeasurementSettings {
  instruments: Partial<Record<InstrumentId, InstrumentSettings>>;
  /**
   * Age groups for the ORS family: below `childFrom` the YCORS, from `childFrom` the CORS/CSRS, from
   * `youthFrom` the ORS/SRS. REFERENCE.md §1.4: YCORS ≤ 5, CORS/CSRS 6-12, ORS 13+ (high). 001 L3764-3765
   * ("tussen de 6 en 13 jaar") is read as 6 up to 13, which agrees.
   */
  ages: { childFrom: number; youthFrom: number };
  /** "Early in the contact" (001 L3720-3722): the session at which the WAV is due (issue 13: the third). */
  earlyAllianceSession: number;
  offTrack: {
    /** Off track: below this percentile of the reference band at that session (issue 13: the 25th). */
    lowerPercentile: number;
    upperPercentile: number;
    /** "No reliable improvement after N sessions". Default 6: weekly sessions at first (001 L1694-1696) reach
     * the first evaluation moment of "every 6 or 12 weeks" (001 L1899-1901) at session 6. A product choice. */
    noImprovementAfterSessions: number;
    /** Prompt when any SRS item is below this (REFERENCE.md §1.2 "about 9", low: a heuristic) — off by default. */
    srsItemBelow: number | null;
  };
  /** Fewest persons per intake band (and per session) for a reference range; a product choice, not a norm. */
  reference: { minPersons: number };
  /** Cells of the outcome view with fewer persons are suppressed (issue 13: default 10). */
  outcomeView: { minCellSize: number };
  /**
   * The beheerder is warned this many days before a licence of an enabled instrument ends, so it can be renewed
   * before administering stops (REFERENCE.md §1.6: no use without a licence). A product choice, not a norm.
   */
  licenceWarningDays: number;
}

export const DEFAULT_MEASUREMENT_SETTINGS: MeasurementSettings = {
  instruments: {},
  ages: { childFrom: 6, youthFrom: 13 },
  earlyAllianceSession: 3,
  offTrack: { lowerPercentile: 25, upperPercentile: 75, noImprovementAfterSessions: 6, srsItemBelow: null },
  reference: { minPersons: 20 },
  outcomeView: { minCellSize: 10 },
  licenceWarningDays: 30,
};

export interface MeasurementSettingsInput {
  instruments?: Partial<Record<InstrumentId, InstrumentSettings>>;
  ages?: Partial<MeasurementSettings['ages']>;
  earlyAllianceSession?: number;
  offTrack?: Partial<MeasurementSettings['offTrack']>;
  reference?: Partial<MeasurementSettings['reference']>;
  outcomeView?: Partial<MeasurementSettings['outcomeView']>;
  licenceWarningDays?: number;
}

/** The defaults with an organisation's overrides on top. */
export function measurementSettings(input: MeasurementSettingsInput = {}): MeasurementSettings {
  const d = DEFAULT_MEASUREMENT_SETTINGS;
  return {
    instruments: { ...d.instruments, ...input.instruments },
    ages: { ...d.ages, ...input.ages },
    earlyAllianceSession: input.earlyAllianceSession ?? d.earlyAllianceSession,
    offTrack: { ...d.offTrack, ...input.offTrack },
    reference: { ...d.reference, ...input.reference },
    outcomeView: { ...d.outcomeView, ...input.outcomeView },
    licenceWarningDays: input.licenceWarningDays ?? d.licenceWarningDays,
  };
}

const isWhole = (n: unknown, min: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min;
const isFiniteNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Settings an organisation may save: every number in range, every instrument known. */
export function validateMeasurementSettings(s: MeasurementSettings): RuleViolation[] {
  const out: RuleViolation[] = [];
  const bad = (path: string) => out.push(violation('measurement.settings_invalid', path, 'REFERENCE.md §1.2'));
  if (!isWhole(s.ages.childFrom, 1)) bad('/ages/childFrom');
  if (!isWhole(s.ages.youthFrom, 2) || s.ages.youthFrom <= s.ages.childFrom) bad('/ages/youthFrom');
  if (!isWhole(s.earlyAllianceSession, 1)) bad('/earlyAllianceSession');
  const { lowerPercentile: lo, upperPercentile: hi } = s.offTrack;
  if (!isFiniteNumber(lo) || lo <= 0 || lo >= 50) bad('/offTrack/lowerPercentile');
  if (!isFiniteNumber(hi) || hi <= 50 || hi >= 100) bad('/offTrack/upperPercentile');
  if (!isWhole(s.offTrack.noImprovementAfterSessions, 2)) bad('/offTrack/noImprovementAfterSessions');
  const itemBelow = s.offTrack.srsItemBelow;
  if (itemBelow !== null && (!isFiniteNumber(itemBelow) || itemBelow <= 0 || itemBelow > 10)) bad('/offTrack/srsItemBelow');
  if (!isWhole(s.reference.minPersons, 1)) bad('/reference/minPersons');
  if (!isWhole(s.outcomeView.minCellSize, 1)) bad('/outcomeView/minCellSize');
  if (!isWhole(s.licenceWarningDays, 0) || s.licenceWarningDays > 366) bad('/licenceWarningDays');
  for (const [id, setting] of Object.entries(s.instruments)) {
    const base = `/instruments/${id}`;
    if (!isInstrumentId(id)) {
      bad(base);
      continue;
    }
    setting?.cutoffs?.forEach((c, i) => {
      if (!isFiniteNumber(c.value)) bad(`${base}/cutoffs/${i}/value`);
      if (c.concernWhen !== 'at_or_below' && c.concernWhen !== 'below') bad(`${base}/cutoffs/${i}/concernWhen`);
    });
    const rc = setting?.reliableChange;
    if (rc !== undefined && rc !== null && (!isFiniteNumber(rc) || rc <= 0)) bad(`${base}/reliableChange`);
  }
  return out;
}

/** An instrument's age range under these settings (the ORS family follows `ages`; the rest its own data). */
export function effectiveAges(instrument: InstrumentDefinition, settings: MeasurementSettings): AgeRange | null {
  const { childFrom, youthFrom } = settings.ages;
  switch (instrument.id) {
    case 'ors':
    case 'srs':
      return { min: youthFrom, max: null };
    case 'cors':
    case 'csrs':
      return { min: childFrom, max: youthFrom - 1 };
    case 'ycors':
      return { min: null, max: childFrom - 1 };
    default:
      return instrument.ages;
  }
}
