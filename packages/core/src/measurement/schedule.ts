import { ageInYears } from '../people/age.js';
import { FINAL_STATES, type Trajectory } from '../treatment/trajectory-types.js';
import { isAgeInRange, type InstrumentId, type Moment, type Respondent } from './instrument-types.js';
import { INSTRUMENTS } from './instruments/registry.js';
import { effectiveAges, type MeasurementSettings } from './settings.js';

/**
 * Which measurements a trajectory calls for, and which are done (issue 13; DOMAIN.md §3.4):
 * - ORS (CORS, YCORS by age) at the start and SRS (CSRS) at the end of every session, individual or group
 *   (each participant has the session in their own trajectory) — 001 L3702-3708;
 * - WAV at the early-alliance session (default the third) and at closure, by client and therapist — 001 L3720-3728;
 * - MANSA, ZRM and the participation ladder at intake and at every evaluation; GAS at every evaluation
 *   when goals have a scale — 001 L3740-3744, L3808-3816; issue 13.
 * Only instruments the organisation can use (enabled, licensed, complete) are scheduled.
 */
export type OccasionStatus = 'done' | 'due' | 'upcoming' | 'missed';

export interface MeasurementOccasion {
  /** Stable key an administration answers: `intake`, `session:2026-10-13:start`, `evaluation:2`, … */
  occasionId: string;
  moment: Moment;
  date: string;
  /** The recorded session, when the occasion belongs to one (null for a planned session). */
  sessionId: string | null;
  /** 1-based position of the session in the trajectory (recorded first, then planned). */
  sessionNumber: number | null;
  instrumentId: InstrumentId;
  respondent: Respondent;
  status: OccasionStatus;
  source: string;
}

export interface ScheduleInput {
  trajectory: Pick<Trajectory, 'state' | 'intakeDate' | 'sessions' | 'evaluations' | 'nextEvaluationDate' | 'history' | 'goals'>;
  clientBirthDate: string;
  /** Sessions in the agenda that are not recorded yet, so the client can fill in before the session. */
  plannedSessionDates?: readonly string[];
  /** The planned date of the closing evaluation, once it is known (a final state supplies it itself). */
  closingDate?: string | null;
  /** Enabled, licensed and complete instruments (licence.ts). */
  usable: ReadonlySet<InstrumentId>;
  /** Current administrations of this trajectory. */
  done: readonly { instrumentId: InstrumentId; occasionId: string; respondent: Respondent }[];
  today: string;
  settings: MeasurementSettings;
}

const SESSION_SOURCE = { session_start: '001 L3702-3704', session_end: '001 L3706-3708' } as const;
const ALLIANCE_SOURCE = '001 L3720-3728';
const CHECK_IN_SOURCE = '001 L3740-3744; issue 13';
const GAS_SOURCE = '001 L3808-3816';
const CLOSED_AFTER_TREATMENT: readonly Trajectory['state'][] = ['afgesloten', 'overgedragen', 'doorverwezen'];

interface Slot {
  date: string;
  sessionId: string | null;
  number: number;
  occasionBase: string;
}

function sessionSlots(input: ScheduleInput): Slot[] {
  const recorded = [...input.trajectory.sessions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((s) => ({ date: s.date, sessionId: s.id as string | null }));
  const lastRecorded = recorded.at(-1)?.date ?? '';
  const planned = [...(FINAL_STATES.includes(input.trajectory.state) ? [] : (input.plannedSessionDates ?? []))]
    .filter((d) => d > lastRecorded)
    .sort()
    .map((date) => ({ date, sessionId: null }));
  const perDate = new Map<string, number>();
  return [...recorded, ...planned].map((s, i) => {
    const k = (perDate.get(s.date) ?? 0) + 1;
    perDate.set(s.date, k);
    return { ...s, number: i + 1, occasionBase: `session:${s.date}${k > 1 ? `#${k}` : ''}` };
  });
}

/** The dates of intake and of each evaluation (recorded, started or planned), in order. */
function checkIns(input: ScheduleInput): { occasionId: string; moment: Moment; date: string; evaluation: number | null }[] {
  const t = input.trajectory;
  const out: { occasionId: string; moment: Moment; date: string; evaluation: number | null }[] = [];
  if (t.intakeDate) out.push({ occasionId: 'intake', moment: 'intake', date: t.intakeDate, evaluation: null });
  t.evaluations.forEach((e, i) =>
    out.push({ occasionId: `evaluation:${i + 1}`, moment: 'evaluation', date: e.date, evaluation: i + 1 }),
  );
  const next = t.evaluations.length + 1;
  if (t.state === 'evaluatie') {
    const started = [...t.history].reverse().find((e) => e.type === 'evaluation_started');
    const date = started && started.type === 'evaluation_started' ? started.date : input.today;
    out.push({ occasionId: `evaluation:${next}`, moment: 'evaluation', date, evaluation: next });
  } else if (t.state === 'in_behandeling' && t.nextEvaluationDate) {
    out.push({ occasionId: `evaluation:${next}`, moment: 'evaluation', date: t.nextEvaluationDate, evaluation: next });
  }
  return out;
}

function closingDate(input: ScheduleInput): string | null {
  const t = input.trajectory;
  if (CLOSED_AFTER_TREATMENT.includes(t.state)) return t.evaluations.at(-1)?.date ?? input.closingDate ?? null;
  return input.closingDate ?? null;
}

export function measurementSchedule(input: ScheduleInput): MeasurementOccasion[] {
  const { settings, usable, today } = input;
  const occasions: Omit<MeasurementOccasion, 'status'>[] = [];
  const ageOn = (date: string) => ageInYears(input.clientBirthDate, date);
  const fits = (id: InstrumentId, date: string) =>
    usable.has(id) && isAgeInRange(ageOn(date), effectiveAges(INSTRUMENTS[id], settings));

  const slots = sessionSlots(input);
  for (const slot of slots) {
    const at = { date: slot.date, sessionId: slot.sessionId, sessionNumber: slot.number };
    const outcome = (['ors', 'cors', 'ycors'] as const).find((id) => fits(id, slot.date));
    if (outcome)
      occasions.push({
        ...at,
        occasionId: `${slot.occasionBase}:start`,
        moment: 'session_start',
        instrumentId: outcome,
        respondent: 'client',
        source: SESSION_SOURCE.session_start,
      });
    const alliance = (['srs', 'csrs'] as const).find((id) => fits(id, slot.date));
    if (alliance)
      occasions.push({
        ...at,
        occasionId: `${slot.occasionBase}:end`,
        moment: 'session_end',
        instrumentId: alliance,
        respondent: 'client',
        source: SESSION_SOURCE.session_end,
      });
  }

  const early = slots[settings.earlyAllianceSession - 1];
  const closing = closingDate(input);
  for (const respondent of INSTRUMENTS.wav12.respondents) {
    if (early && fits('wav12', early.date))
      occasions.push({
        occasionId: 'third_session',
        moment: 'third_session',
        date: early.date,
        sessionId: early.sessionId,
        sessionNumber: early.number,
        instrumentId: 'wav12',
        respondent,
        source: ALLIANCE_SOURCE,
      });
    if (closing && fits('wav12', closing))
      occasions.push({
        occasionId: 'closure',
        moment: 'closure',
        date: closing,
        sessionId: null,
        sessionNumber: null,
        instrumentId: 'wav12',
        respondent,
        source: ALLIANCE_SOURCE,
      });
  }

  const hasGasGoals = input.trajectory.goals.some((g) => g.gas !== null);
  for (const checkIn of checkIns(input)) {
    for (const id of ['mansa', 'zrm', 'participation_ladder', 'gas'] as const) {
      const instrument = INSTRUMENTS[id];
      if (!instrument.moments.includes(checkIn.moment) || !fits(id, checkIn.date)) continue;
      if (id === 'gas' && !hasGasGoals) continue;
      const [respondent] = instrument.respondents;
      if (!respondent) continue;
      occasions.push({
        occasionId: checkIn.occasionId,
        moment: checkIn.moment,
        date: checkIn.date,
        sessionId: null,
        sessionNumber: null,
        instrumentId: id,
        respondent,
        source: id === 'gas' ? GAS_SOURCE : CHECK_IN_SOURCE,
      });
    }
  }

  const doneKeys = new Set(input.done.map((d) => `${d.instrumentId}|${d.occasionId}|${d.respondent}`));
  // GAS is scored in the evaluation itself: a recorded evaluation with GAS levels counts as done.
  input.trajectory.evaluations.forEach((e, i) => {
    if (e.results.some((r) => r.gasLevel !== null)) doneKeys.add(`gas|evaluation:${i + 1}|therapist`);
  });
  const checkInDates = checkIns(input).map((c) => c.date);
  // A closed trajectory asks for nothing more than its closing measurement.
  const closed = FINAL_STATES.includes(input.trajectory.state);
  return occasions.map((o) => {
    const key = `${o.instrumentId}|${o.occasionId}|${o.respondent}`;
    let status: OccasionStatus;
    if (doneKeys.has(key)) status = 'done';
    else if (closed && o.moment !== 'closure') status = 'missed';
    else if (o.date > today) status = 'upcoming';
    else if (o.moment === 'session_start' || o.moment === 'session_end') status = o.date < today ? 'missed' : 'due';
    else if (o.moment === 'intake' || o.moment === 'evaluation')
      // Once a later evaluation has come, an open earlier one is missed.
      status = checkInDates.some((d) => d > o.date && d <= today) ? 'missed' : 'due';
    else if (o.moment === 'third_session') status = closing && closing <= today ? 'missed' : 'due';
    else status = 'due';
    return { ...o, status };
  });
}

/** What the therapist's work list shows: due now, most urgent first. */
export function dueMeasurements(occasions: readonly MeasurementOccasion[]): MeasurementOccasion[] {
  return occasions.filter((o) => o.status === 'due').sort((a, b) => a.date.localeCompare(b.date));
}
