import {
  ageInYears,
  allianceAlerts,
  checkAdministrationAllowed,
  currentVersions,
  fitReferenceModel,
  INSTRUMENTS,
  measurementSchedule,
  outcomeAlerts,
  progressChart,
  referenceOptions,
  type InstrumentId,
  type MeasurementAlert,
  type MeasurementNotice,
  type MeasurementOccasion,
  type MeasurementSettings,
  type ProgressChart,
  type ScorePoint,
  type Trajectory,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import { loadTrajectory } from '../treatment/trajectory-store.js';
import {
  loadReferenceSeries,
  loadSettings,
  loadSetups,
  loadTrajectoryVersions,
  usableInstruments,
  type StoredSetup,
  type StoredVersion,
} from './measurement-store.js';

/** Everything a trajectory's measurements are decided with, loaded once per request. */
export interface MeasurementFacts {
  trajectory: Trajectory;
  birthDate: string;
  settings: MeasurementSettings;
  setups: Map<InstrumentId, StoredSetup>;
  versions: StoredVersion[];
  current: StoredVersion[];
  schedule: MeasurementOccasion[];
}

export async function clientBirthDate(tx: Queryable, orgId: string, clientId: string): Promise<string> {
  const [row] = await tx.query<{ birth_date: string }>(
    `select birth_date::text as birth_date from clients where org_id = $1 and id = $2`,
    [orgId, clientId],
  );
  if (!row) throw new ProblemError('resource.not_found');
  return row.birth_date;
}

/** Usable for the schedule: enabled and allowed on paper or on screen today. */
export function usableSet(setups: Map<InstrumentId, StoredSetup>, today: string) {
  return usableInstruments(setups, (id, setup) =>
    (['paper', 'digital'] as const).some(
      (mode) => checkAdministrationAllowed(INSTRUMENTS[id], setup, { mode, date: today }).length === 0,
    ),
  );
}

export async function loadMeasurementFacts(
  tx: Queryable,
  orgId: string,
  clientId: string,
  trajectoryId: string,
  today: string,
): Promise<MeasurementFacts> {
  const stored = await loadTrajectory(tx, orgId, clientId, trajectoryId);
  if (!stored) throw new ProblemError('resource.not_found');
  const birthDate = await clientBirthDate(tx, orgId, clientId);
  const { settings } = await loadSettings(tx, orgId);
  const setups = await loadSetups(tx, orgId);
  const versions = await loadTrajectoryVersions(tx, orgId, clientId, trajectoryId);
  const current = currentVersions(versions) as StoredVersion[];
  const schedule = measurementSchedule({
    trajectory: stored.trajectory,
    clientBirthDate: birthDate,
    usable: usableSet(setups, today),
    done: current,
    today,
    settings,
  });
  return { trajectory: stored.trajectory, birthDate, settings, setups, versions, current, schedule };
}

const totalOf = (v: StoredVersion) => v.scores?.find((s) => s.scale === 'total')?.value ?? null;

/** Score points per instrument: the current version of each scored session-bound administration. */
export function scorePoints(current: readonly StoredVersion[], instrumentId: InstrumentId): ScorePoint[] {
  return current
    .filter((v) => v.instrumentId === instrumentId && v.sessionNumber !== null && totalOf(v) !== null)
    .map((v) => ({
      session: v.sessionNumber as number,
      date: v.administeredOn,
      total: totalOf(v) as number,
      ...(v.answers ? { answers: v.answers } : {}),
    }))
    .sort((a, b) => a.session - b.session);
}

export interface InstrumentProgress {
  chart: ProgressChart;
  alerts: MeasurementAlert[];
  notices: MeasurementNotice[];
}

/** Charts, alerts and notices for every outcome and alliance instrument with scores in this trajectory. */
export async function progressOf(
  tx: Queryable,
  facts: MeasurementFacts,
  clientId: string,
  today: string,
): Promise<InstrumentProgress[]> {
  const out: InstrumentProgress[] = [];
  const age = ageInYears(facts.birthDate, today);
  const instruments = [...new Set(facts.current.map((v) => v.instrumentId))].sort();
  for (const id of instruments) {
    const instrument = INSTRUMENTS[id];
    if (instrument.purpose !== 'outcome' && instrument.purpose !== 'alliance') continue;
    const points = scorePoints(facts.current, id);
    if (points.length === 0) continue;
    let model = null;
    let result: { alerts: MeasurementAlert[]; notices: MeasurementNotice[] };
    if (instrument.purpose === 'outcome') {
      const series = await loadReferenceSeries(tx, id, clientId);
      model = fitReferenceModel(id, series, referenceOptions(facts.settings));
      result = outcomeAlerts({ instrument, points, model, settings: facts.settings });
    } else {
      result = allianceAlerts({ instrument, points, age, settings: facts.settings });
    }
    out.push({ chart: progressChart({ instrument, points, model, age, settings: facts.settings }), ...result });
  }
  return out;
}
