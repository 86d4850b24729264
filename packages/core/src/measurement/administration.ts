import { ageInYears } from '../people/age.js';
import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { validateAnswers, type Answers, type VasInput } from './answers.js';
import { isAgeInRange, type InstrumentDefinition, type InstrumentId, type Moment, type Respondent } from './instrument-types.js';
import { checkAdministrationAllowed, type AdministrationMode, type InstrumentSetup } from './licence.js';
import type { MeasurementOccasion } from './schedule.js';
import { scoreAnswers, type ScaleScore } from './scoring.js';
import { effectiveAges, type MeasurementSettings } from './settings.js';

/**
 * One version of one administration. Versions are immutable: a correction is a new version of the same
 * administration (same `administrationId`, `version` + 1) with who and why; nothing is overwritten.
 */
export interface AdministrationVersion {
  /** This version's own id. */
  id: string;
  /** The administration this version belongs to (the first version's id). */
  administrationId: string;
  version: number;
  instrumentId: InstrumentId;
  clientId: string;
  trajectoryId: string;
  /** Which scheduled occasion it answers (schedule.ts `occasionId`). */
  occasionId: string;
  moment: Moment;
  sessionId: string | null;
  respondent: Respondent;
  mode: AdministrationMode;
  /** Normalised answers; null = administered, no score (the migrated "ORS given" ticks; YCORS). */
  answers: Answers | null;
  /** The day the form was filled in. */
  administeredOn: string;
  recordedAt: string;
  recordedBy: string;
  /** Why this version replaces the previous one; null for version 1. */
  correctionReason: string | null;
}

export interface NewAdministration {
  instrumentId: InstrumentId;
  occasionId: string;
  moment: Moment;
  sessionId: string | null;
  respondent: Respondent;
  mode: AdministrationMode;
  /** As entered: 0-10 per line, or the 0-100 slider (`vasInput`). */
  answers: Readonly<Record<string, unknown>>;
  vasInput: VasInput;
  administeredOn: string;
}

export interface AdministrationContext {
  clientBirthDate: string;
  setup: InstrumentSetup | null;
  settings: MeasurementSettings;
}

/**
 * May this be recorded? The instrument must be usable (licence.ts), meant for this respondent, this moment and
 * the person's age on that day, and the answers complete and in range. Returns the normalised answers.
 */
export function validateNewAdministration(
  instrument: InstrumentDefinition,
  input: NewAdministration,
  ctx: AdministrationContext,
): { answers: Answers | null; violations: RuleViolation[] } {
  const source = instrument.sources[0] ?? instrument.licence.source;
  const violations = checkAdministrationAllowed(instrument, ctx.setup, { mode: input.mode, date: input.administeredOn });
  if (!instrument.respondents.includes(input.respondent))
    violations.push(violation('measurement.respondent_not_allowed', '/respondent', source));
  if (!instrument.moments.includes(input.moment)) violations.push(violation('measurement.moment_not_allowed', '/moment', source));
  const age = ageInYears(ctx.clientBirthDate, input.administeredOn);
  if (!isAgeInRange(age, effectiveAges(instrument, ctx.settings)))
    violations.push(violation('measurement.age_out_of_range', '/instrumentId', 'REFERENCE.md §1.4'));
  // An instrument without items (YCORS) is recorded as administered, without score.
  if (instrument.items.length === 0 && !instrument.itemsPerGoal) {
    if (Object.keys(input.answers).length > 0) violations.push(violation('measurement.item_unknown', '/answers', source));
    return { answers: null, violations };
  }
  const checked = validateAnswers(instrument, input.answers, input.vasInput);
  return { answers: checked.answers, violations: [...violations, ...checked.violations] };
}

/**
 * The occasion must be one the trajectory's schedule (schedule.ts) has for this instrument and moment, with
 * the same session; and there is one administration per occasion, instrument and respondent — a second one
 * is a correction (409). The database enforces the latter with a unique index as well.
 */
export function checkOccasion(
  input: Pick<NewAdministration, 'instrumentId' | 'occasionId' | 'moment' | 'sessionId' | 'respondent'>,
  schedule: readonly MeasurementOccasion[],
  existing: readonly Pick<AdministrationVersion, 'instrumentId' | 'occasionId' | 'respondent'>[],
): RuleViolation[] {
  const source = 'issue 13; 001 L3698-3728';
  const occasion = schedule.find(
    (o) => o.occasionId === input.occasionId && o.instrumentId === input.instrumentId && o.moment === input.moment,
  );
  if (!occasion) return [violation('measurement.occasion_unknown', '/occasionId', source)];
  if (occasion.sessionId !== input.sessionId) return [violation('measurement.occasion_unknown', '/sessionId', source)];
  const taken = existing.some(
    (v) => v.instrumentId === input.instrumentId && v.occasionId === input.occasionId && v.respondent === input.respondent,
  );
  return taken ? [violation('measurement.already_administered', '/occasionId', source)] : [];
}

/** The current (highest) version of each administration. */
export function currentVersions(versions: readonly AdministrationVersion[]): AdministrationVersion[] {
  const latest = new Map<string, AdministrationVersion>();
  for (const v of versions) {
    const seen = latest.get(v.administrationId);
    if (!seen || v.version > seen.version) latest.set(v.administrationId, v);
  }
  return [...latest.values()];
}

export interface CorrectionInput {
  /** The version the corrector saw; a correction of anything else is refused (409). */
  basedOnVersion: number;
  answers: Readonly<Record<string, unknown>>;
  vasInput: VasInput;
  reason: string;
  /** If the request repeats what was measured, it must match (a correction never moves a score). */
  instrumentId?: InstrumentId;
  occasionId?: string;
  respondent?: Respondent;
  clientId?: string;
  trajectoryId?: string;
}

const sameAnswers = (a: Answers | null, b: Answers) =>
  a !== null && Object.keys(a).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => a[k] === v);

/**
 * Validate a correction against an administration's versions and build the new version. The database still
 * enforces one row per (administration, version), so two simultaneous corrections cannot both win.
 */
export function correctAdministration(
  instrument: InstrumentDefinition,
  versions: readonly AdministrationVersion[],
  input: CorrectionInput,
  by: { id: string; recordedBy: string; recordedAt: string },
): { version: AdministrationVersion; violations: [] } | { version: null; violations: RuleViolation[] } {
  const source = 'issue 13: scores are immutable; corrections are new versions with who and why';
  const [current] = currentVersions(versions);
  if (!current) return { version: null, violations: [violation('resource.not_found', '/administrationId', source)] };
  if (currentVersions(versions).length !== 1) throw new Error('correctAdministration takes the versions of one administration');
  if (input.basedOnVersion !== current.version)
    return { version: null, violations: [violation('measurement.correction_of_superseded', '/basedOnVersion', source)] };
  const violations: RuleViolation[] = [];
  const subject = ['instrumentId', 'occasionId', 'respondent', 'clientId', 'trajectoryId'] as const;
  for (const field of subject) {
    const given = input[field];
    if (given !== undefined && given !== current[field])
      violations.push(violation('measurement.correction_changes_subject', `/${field}`, source));
  }
  if (!input.reason.trim()) violations.push(violation('measurement.correction_reason_required', '/reason', source));
  const checked = validateAnswers(instrument, input.answers, input.vasInput);
  violations.push(...checked.violations);
  if (checked.violations.length === 0 && sameAnswers(current.answers, checked.answers))
    violations.push(violation('measurement.correction_unchanged', '/answers', source));
  if (violations.length > 0) return { version: null, violations };
  return {
    version: {
      ...current,
      id: by.id,
      version: current.version + 1,
      answers: checked.answers,
      recordedAt: by.recordedAt,
      recordedBy: by.recordedBy,
      correctionReason: input.reason.trim(),
    },
    violations: [],
  };
}

/** The scores of a version, or null when it was administered without score. */
export function scoreVersion(instrument: InstrumentDefinition, version: AdministrationVersion): ScaleScore[] | null {
  return version.answers === null ? null : scoreAnswers(instrument, version.answers);
}
