import { describe, expect, it } from 'vitest';
import { EVALUATION, TO_AGREED_PLAN, runSteps } from '../treatment/testing/trajectory-fixtures.js';
import type { SessionRecord, Trajectory, TrajectoryEventData } from '../treatment/trajectory-types.js';
import { INSTRUMENT_IDS, type InstrumentId } from './instrument-types.js';
import { dueMeasurements, measurementSchedule, type MeasurementOccasion, type ScheduleInput } from './schedule.js';
import { measurementSettings } from './settings.js';

const session = (id: string, date: string, form: SessionRecord['form'] = 'individueel'): TrajectoryEventData => ({
  type: 'session_recorded',
  session: {
    id,
    date,
    form,
    setting: 'praktijk',
    homeVisitReason: null,
    directMinutes: form === 'groep' ? 75 : 50,
    indirectMinutes: 10,
    activities: 'Balspel',
    observations: 'Rustig',
    sessionEvaluation: 'Goed',
    groupSessionId: form === 'groep' ? 'g-2026-10-13' : null,
    outcomeMeasured: false,
  },
});

function trajectory(extra: TrajectoryEventData[]): Trajectory {
  const { trajectory: t, violations } = runSteps([...TO_AGREED_PLAN, ...extra]);
  expect(violations).toEqual([]);
  if (!t) throw new Error('no trajectory');
  return t;
}

const ALL = new Set<InstrumentId>(INSTRUMENT_IDS);
const THREE_SESSIONS = [session('s1', '2026-10-06'), session('s2', '2026-10-13', 'groep'), session('s3', '2026-10-20')];

function schedule(t: Trajectory, over: Partial<ScheduleInput> = {}): MeasurementOccasion[] {
  return measurementSchedule({
    trajectory: t,
    clientBirthDate: '1958-03-14',
    usable: ALL,
    done: [],
    today: '2026-10-20',
    settings: measurementSettings(),
    ...over,
  });
}
const brief = (o: MeasurementOccasion) => `${o.occasionId} ${o.instrumentId} ${o.respondent} ${o.status}`;

describe('which measurements a trajectory calls for', () => {
  it('ORS at the start and SRS at the end of every session, group sessions included (001 L3702-3708)', () => {
    const occasions = schedule(trajectory(THREE_SESSIONS)).filter((o) => o.moment.startsWith('session'));
    expect(occasions.map(brief)).toEqual([
      'session:2026-10-06:start ors client missed',
      'session:2026-10-06:end srs client missed',
      'session:2026-10-13:start ors client missed',
      'session:2026-10-13:end srs client missed',
      'session:2026-10-20:start ors client due',
      'session:2026-10-20:end srs client due',
    ]);
    expect(occasions[2]).toMatchObject({ sessionId: 's2', sessionNumber: 2, source: '001 L3702-3704' });
  });

  it('WAV at the third session, from client and therapist (001 L3720-3728)', () => {
    const wav = schedule(trajectory(THREE_SESSIONS)).filter((o) => o.instrumentId === 'wav12');
    expect(wav.map(brief)).toEqual(['third_session wav12 client due', 'third_session wav12 therapist due']);
    expect(wav[0]).toMatchObject({ date: '2026-10-20', sessionId: 's3', sessionNumber: 3 });
    const earlier = schedule(trajectory(THREE_SESSIONS), { settings: measurementSettings({ earlyAllianceSession: 2 }) });
    expect(earlier.find((o) => o.instrumentId === 'wav12')?.date).toBe('2026-10-13');
  });

  it('MANSA, ZRM and the ladder at intake and at the planned evaluation; GAS at the evaluation', () => {
    const checkIns = schedule(trajectory(THREE_SESSIONS)).filter((o) => o.moment === 'intake' || o.moment === 'evaluation');
    expect(checkIns.map((o) => `${o.occasionId} ${o.date} ${o.instrumentId} ${o.status}`)).toEqual([
      'intake 2026-09-08 mansa due',
      'intake 2026-09-08 zrm due',
      'intake 2026-09-08 participation_ladder due',
      'evaluation:1 2026-11-17 mansa upcoming',
      'evaluation:1 2026-11-17 zrm upcoming',
      'evaluation:1 2026-11-17 participation_ladder upcoming',
      'evaluation:1 2026-11-17 gas upcoming',
    ]);
  });

  it('puts planned sessions on the list so the client can fill in beforehand', () => {
    const occasions = schedule(trajectory([session('s1', '2026-10-06')]), {
      plannedSessionDates: ['2026-10-27', '2026-10-13', '2026-10-20'],
      today: '2026-10-12',
    });
    expect(
      occasions.filter((o) => o.moment === 'session_start').map((o) => `${o.sessionNumber} ${o.date} ${o.sessionId} ${o.status}`),
    ).toEqual([
      '1 2026-10-06 s1 missed',
      '2 2026-10-13 null upcoming',
      '3 2026-10-20 null upcoming',
      '4 2026-10-27 null upcoming',
    ]);
    expect(occasions.find((o) => o.instrumentId === 'wav12')).toMatchObject({ date: '2026-10-20', sessionId: null });
  });

  it('marks what is done, per instrument, occasion and respondent', () => {
    const done = [
      { instrumentId: 'ors' as const, occasionId: 'session:2026-10-20:start', respondent: 'client' as const },
      { instrumentId: 'wav12' as const, occasionId: 'third_session', respondent: 'client' as const },
      { instrumentId: 'srs' as const, occasionId: 'session:2026-10-20:start', respondent: 'client' as const },
    ];
    const occasions = schedule(trajectory(THREE_SESSIONS), { done });
    const today = occasions.filter((o) => o.date === '2026-10-20').map(brief);
    expect(today).toEqual([
      'session:2026-10-20:start ors client done',
      'session:2026-10-20:end srs client due',
      'third_session wav12 client done',
      'third_session wav12 therapist due',
    ]);
    expect(dueMeasurements(occasions).map(brief)).toEqual([
      'intake mansa client due',
      'intake zrm therapist due',
      'intake participation_ladder therapist due',
      'session:2026-10-20:end srs client due',
      'third_session wav12 therapist due',
    ]);
  });

  it('schedules nothing the organisation cannot use (not enabled, unlicensed, incomplete)', () => {
    const occasions = schedule(trajectory(THREE_SESSIONS), { usable: new Set<InstrumentId>(['ors', 'mansa']) });
    expect(new Set(occasions.map((o) => o.instrumentId))).toEqual(new Set(['ors', 'mansa']));
  });

  it('gives a child of 8 the CORS and CSRS, a child of 4 the YCORS only, and no adult ZRM', () => {
    const child = schedule(trajectory(THREE_SESSIONS), { clientBirthDate: '2018-05-01' });
    expect(new Set(child.filter((o) => o.moment.startsWith('session')).map((o) => o.instrumentId))).toEqual(
      new Set(['cors', 'csrs']),
    );
    expect(child.some((o) => o.instrumentId === 'zrm')).toBe(false);
    const toddler = schedule(trajectory(THREE_SESSIONS), { clientBirthDate: '2022-05-01' });
    expect(new Set(toddler.filter((o) => o.moment.startsWith('session')).map((o) => o.instrumentId))).toEqual(new Set(['ycors']));
  });

  it('switches to the ORS and SRS at the session on or after the 13th birthday', () => {
    const occasions = schedule(trajectory(THREE_SESSIONS), { clientBirthDate: '2013-10-13' });
    expect(occasions.filter((o) => o.moment === 'session_start').map((o) => `${o.date} ${o.instrumentId}`)).toEqual([
      '2026-10-06 cors',
      '2026-10-13 ors',
      '2026-10-20 ors',
    ]);
  });

  it('counts GAS as done in a recorded evaluation with levels; the next evaluation is planned', () => {
    const evaluated = trajectory([
      ...THREE_SESSIONS,
      { type: 'evaluation_started', date: '2026-11-17' },
      { type: 'evaluation_recorded', evaluation: EVALUATION },
    ]);
    const occasions = schedule(evaluated, { today: '2026-11-18' });
    expect(occasions.filter((o) => o.instrumentId === 'gas').map(brief)).toEqual([
      'evaluation:1 gas therapist done',
      'evaluation:2 gas therapist upcoming',
    ]);
    // The intake MANSA was never done; once the first evaluation has come, it is missed, not due.
    expect(occasions.find((o) => o.occasionId === 'intake' && o.instrumentId === 'mansa')?.status).toBe('missed');
    expect(occasions.find((o) => o.occasionId === 'evaluation:1' && o.instrumentId === 'mansa')?.status).toBe('due');
  });

  it('uses the started evaluation while the trajectory is in evaluation', () => {
    const inEvaluation = trajectory([...THREE_SESSIONS, { type: 'evaluation_started', date: '2026-11-16' }]);
    const occasions = schedule(inEvaluation, { today: '2026-11-16' });
    expect(occasions.find((o) => o.occasionId === 'evaluation:1')).toMatchObject({ date: '2026-11-16', status: 'due' });
  });

  it('asks the WAV again at closure (001 L3726-3728)', () => {
    const closing = { ...EVALUATION, kind: 'eind' as const, decision: 1 as const, nextEvaluationDate: null };
    const closed = trajectory([
      ...THREE_SESSIONS,
      { type: 'evaluation_started', date: '2026-11-17' },
      { type: 'evaluation_recorded', evaluation: closing },
    ]);
    const occasions = schedule(closed, { today: '2026-11-17' });
    expect(occasions.filter((o) => o.moment === 'closure').map(brief)).toEqual([
      'closure wav12 client due',
      'closure wav12 therapist due',
    ]);
    expect(occasions.filter((o) => o.occasionId === 'third_session').map((o) => o.status)).toEqual(['missed', 'missed']);
    // Planned closing before a final state: the caller passes the date.
    const planned = schedule(trajectory(THREE_SESSIONS), { closingDate: '2026-12-01' });
    expect(planned.filter((o) => o.moment === 'closure').map((o) => `${o.date} ${o.status}`)).toEqual([
      '2026-12-01 upcoming',
      '2026-12-01 upcoming',
    ]);
  });

  it('asks nothing more of a closed trajectory than its closing WAV', () => {
    const closing = { ...EVALUATION, kind: 'eind' as const, decision: 1 as const, nextEvaluationDate: null };
    const closed = trajectory([
      ...THREE_SESSIONS,
      { type: 'evaluation_started', date: '2026-11-17' },
      { type: 'evaluation_recorded', evaluation: closing },
    ]);
    const occasions = schedule(closed, { today: '2026-11-17', plannedSessionDates: ['2026-11-24'] });
    expect(dueMeasurements(occasions).map(brief)).toEqual(['closure wav12 client due', 'closure wav12 therapist due']);
    expect(occasions.some((o) => o.date === '2026-11-24')).toBe(false);
    const refused = runSteps([
      ...TO_AGREED_PLAN.slice(0, 2),
      { type: 'acceptance_decided', accepted: false, reasons: 'Contra-indicatie', contraIndications: ['acute psychose'] },
    ]).trajectory;
    if (!refused) throw new Error('fixture');
    expect(refused.state).toBe('niet_geaccepteerd');
    expect(dueMeasurements(schedule(refused, { today: '2026-09-20' }))).toEqual([]);
  });

  it('keeps two sessions on one day apart', () => {
    const occasions = schedule(trajectory([session('s1', '2026-10-20'), session('s2', '2026-10-20', 'groep')]));
    expect(occasions.filter((o) => o.moment === 'session_start').map((o) => o.occasionId)).toEqual([
      'session:2026-10-20:start',
      'session:2026-10-20#2:start',
    ]);
  });
});
