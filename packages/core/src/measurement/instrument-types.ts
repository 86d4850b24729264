/**
 * Measuring instruments as data (DOMAIN.md §5; issue 13): items, answer types, scales, cut-offs, reliable
 * change, who fills them in and when, the age range and the licence. Adding an instrument is adding one
 * of these plus its tests; scoring, schedule, alerts and FHIR read only this shape.
 */

/** Every instrument Meedoen knows (REFERENCE.md §1-§6). */
export const INSTRUMENT_IDS = [
  'ors',
  'srs',
  'cors',
  'csrs',
  'ycors',
  'wav12',
  'mansa',
  'gas',
  'zrm',
  'participation_ladder',
] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export function isInstrumentId(value: unknown): value is InstrumentId {
  return typeof value === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(value);
}

/** Who fills an instrument in. */
export const RESPONDENTS = ['client', 'parent', 'therapist'] as const;
export type Respondent = (typeof RESPONDENTS)[number];

/** When an instrument is administered in a treatment trajectory. */
export const MOMENTS = ['intake', 'session_start', 'session_end', 'third_session', 'evaluation', 'closure'] as const;
export type Moment = (typeof MOMENTS)[number];

export type Language = 'nl' | 'en';
export interface LocalText {
  nl: string;
  en: string;
}

/** How sure the public source is (REFERENCE.md's confidence marks). */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * The answer to one item.
 * - `vas`: the 10-cm visual analogue line, centimetres from the left end, 0-10 at 0.1 (REFERENCE.md §1.1).
 * - `likert`: whole numbers min..max.
 * - `yes_no`: true/false.
 * - `level`: one of the listed whole numbers (GAS −2..+2, ZRM 1..5, ladder 1..6).
 */
export type AnswerType =
  | { kind: 'vas'; min: 0; max: 10; step: 0.1 }
  | { kind: 'likert'; min: number; max: number }
  | { kind: 'yes_no' }
  | { kind: 'level'; levels: readonly number[] };

export const VAS: AnswerType = { kind: 'vas', min: 0, max: 10, step: 0.1 };

export interface ItemDefinition {
  /** Stable id: the answer key, the FHIR `linkId`, the key of loaded wording. */
  id: string;
  /** null: the response scale comes from the organisation's loaded scoring key (an instrument whose key is unconfirmed). */
  answer: AnswerType | null;
  /** An unanswered required item makes the form incomplete. */
  required: boolean;
  /** Shipped label, only where it is not licensed wording (ZRM domain names, a goal's own text). */
  label?: LocalText;
  /** GAS: the goal's weight (importance × difficulty, REFERENCE.md §2.2). */
  weight?: number;
}

/** A FHIR coding for a score (REFERENCE.md §1.4 SNOMED codes; otherwise Meedoen's local code system). */
export interface ScoreCoding {
  system: string;
  code: string;
  display: string;
}

export type ScaleMethod = 'sum' | 'mean' | 'gas_t_score';

export interface ScaleDefinition {
  /** `total`, a subscale (`task`, `goal`, `bond`) or a domain id (ZRM). */
  id: string;
  kind: 'total' | 'subscale' | 'domain';
  items: readonly string[];
  method: ScaleMethod;
  /** Items scored max+min−x before summing (reverse-keyed). */
  reversed?: readonly string[];
  range: { min: number; max: number };
  /** Decimals a score is reported with. */
  decimals: number;
  label: LocalText;
  coding: ScoreCoding | null;
}

/** Inclusive age range in whole years at the day of administration; null bound = open. */
export interface AgeRange {
  min: number | null;
  max: number | null;
}

/**
 * A clinical cut-off. `concernWhen` says on which side of `value` a score is of concern:
 * `at_or_below` (≤) or `below` (<) — REFERENCE.md §1.2 leaves the boundary uncertain for ORS and SRS,
 * so organisations may change it (settings.ts).
 */
export interface CutoffRule {
  scale: string;
  value: number;
  concernWhen: 'at_or_below' | 'below';
  /** ORS/CORS: in the clinical range; SRS: a possible alliance problem. */
  meaning: 'clinical_range' | 'alliance_concern';
  ages: AgeRange | null;
  source: string;
  confidence: Confidence;
}

/** A change of at least `points` between two administrations is reliable (REFERENCE.md §1.2). */
export interface ReliableChangeRule {
  scale: string;
  points: number;
  source: string;
  confidence: Confidence;
}

/** What a licence covers; what Meedoen therefore does not ship. */
export type LicenceCover = 'item_wording' | 'form_layout' | 'digital_administration' | 'scoring_key' | 'criteria_text';

export type LicenceTerms =
  | { status: 'open'; holder: string; note: string; source: string }
  | {
      status: 'licensed';
      holder: string;
      covers: readonly LicenceCover[];
      /** The licence must say explicitly that digital administration (the portal) is allowed (REFERENCE.md §1.6). */
      digitalUseNeedsExplicitLicence: boolean;
      note: string;
      source: string;
    };

/**
 * What the organisation must load before the instrument can be used:
 * `none` (everything ships), `wording` (texts, for digital use), `wording_and_key` (texts and the scoring
 * key: the response scale, reverse-keyed items and subscales — without it nothing can be scored).
 */
export type ContentNeed = 'none' | 'wording' | 'wording_and_key';

export type InstrumentPurpose =
  'outcome' | 'alliance' | 'quality_of_life' | 'goal_attainment' | 'self_sufficiency' | 'participation';

export interface InstrumentDefinition {
  id: InstrumentId;
  abbreviation: string;
  /** The instrument's published name (a name, not licensed wording). */
  name: LocalText;
  /** Edition of the instrument the items follow (ZRM 2017), or null. */
  version: string | null;
  purpose: InstrumentPurpose;
  respondents: readonly Respondent[];
  moments: readonly Moment[];
  ages: AgeRange | null;
  items: readonly ItemDefinition[];
  scales: readonly ScaleDefinition[];
  cutoffs: readonly CutoffRule[];
  reliableChange: readonly ReliableChangeRule[];
  licence: LicenceTerms;
  content: ContentNeed;
  /** Subscales a loaded scoring key may define (WAV-12: bond, goal, task); absent when the key ships. */
  keySubscales?: Readonly<Record<string, LocalText>>;
  /** Items are the goals of the trajectory (GAS): build them with `gasInstrumentForGoals`. */
  itemsPerGoal: boolean;
  /** Where each fact comes from. */
  sources: readonly string[];
}

export function isAgeInRange(age: number, range: AgeRange | null): boolean {
  if (!range) return true;
  return (range.min === null || age >= range.min) && (range.max === null || age <= range.max);
}

/** The total scale of an instrument, if it has one. */
export function totalScale(instrument: InstrumentDefinition): ScaleDefinition | undefined {
  return instrument.scales.find((s) => s.kind === 'total');
}

export const SNOMED_CT = 'http://snomed.info/sct';
/**
 * Meedoen's own code system for scores without a SNOMED CT code (subscales, MANSA, ZRM, GAS T-score).
 * A URN, like the problem types (`urn:meedoen:problem:…`); a FHIR facade may publish it as a CodeSystem.
 */
export const MEEDOEN_MEASUREMENT_SYSTEM = 'urn:meedoen:fhir:CodeSystem:measurement';

export function localCoding(code: string, display: string): ScoreCoding {
  return { system: MEEDOEN_MEASUREMENT_SYSTEM, code, display };
}
