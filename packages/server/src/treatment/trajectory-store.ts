import {
  latestGasTScore,
  isRole,
  planCompleteness,
  replayTrajectory,
  trajectoryWarnings,
  USUAL_RANGES,
  type Trajectory,
  type TrajectoryEvent,
  type TrajectoryEventData,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';

export interface StoredTrajectory {
  trajectory: Trajectory;
  version: number;
}

export async function loadTrajectory(
  tx: Queryable,
  orgId: string,
  clientId: string,
  trajectoryId: string,
): Promise<StoredTrajectory | null> {
  const rows = await tx.query<{
    seq: number;
    type: string;
    data: TrajectoryEventData;
    actor_id: string;
    at: Date;
    reason: string | null;
  }>(
    `select e.seq, e.type, e.data, e.actor_id, e.at, e.reason
       from trajectory_events e join trajectories t on t.org_id = e.org_id and t.id = e.trajectory_id
      where e.org_id = $3 and t.org_id = $3 and e.trajectory_id = $1 and t.client_id = $2 order by e.seq`,
    [trajectoryId, clientId, orgId],
  );
  if (rows.length === 0) return null;
  const events: TrajectoryEvent[] = rows.map((row) => ({
    ...row.data,
    seq: row.seq,
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    reason: row.reason,
  }));
  const trajectory = replayTrajectory(events, { id: trajectoryId, clientId });
  return trajectory ? { trajectory, version: events.length } : null;
}

/** Sessions of a trajectory with a recorded measurement (the ORS/SRS administrations of issue 13). */
export async function measuredSessions(tx: Queryable, orgId: string, trajectoryId: string): Promise<Set<string>> {
  const rows = await tx.query<{ session_id: string }>(
    `select distinct session_id from measurement_administrations
      where org_id = $2 and trajectory_id = $1 and session_id is not null`,
    [trajectoryId, orgId],
  );
  return new Set(rows.map((r) => r.session_id));
}

export class VersionConflict extends Error {}

/**
 * Append one event and update the projection. The primary key (trajectory, seq) makes a concurrent
 * writer of the same version fail instead of silently interleaving.
 */
export async function appendTrajectoryEvent(
  tx: Queryable,
  orgId: string,
  next: Trajectory,
  event: TrajectoryEvent,
  today: string,
): Promise<void> {
  if (event.type === 'referred') {
    await tx.query(
      `insert into trajectories (id, org_id, client_id, discipline, request_type, therapist_id, regiebehandelaar_id, state, last_seq)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 0)`,
      [
        next.id,
        orgId,
        next.clientId,
        next.referral.discipline,
        next.referral.requestType,
        next.referral.therapistId,
        next.referral.regiebehandelaarId,
        next.state,
      ],
    );
  }
  const { seq, at, actorId, reason, ...data } = event;
  const inserted = await tx.query(
    `insert into trajectory_events (org_id, trajectory_id, seq, type, data, actor_id, at, reason)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (org_id, trajectory_id, seq) do nothing returning seq`,
    [orgId, next.id, seq, data.type, JSON.stringify(data), actorId, at, reason],
  );
  if (inserted.length === 0) throw new VersionConflict();
  await tx.query(
    `update trajectories set state = $2, next_evaluation_date = $3, warning_count = $4, last_seq = $5, updated_at = now()
      where org_id = $6 and id = $1`,
    [
      next.id,
      next.state,
      next.nextEvaluationDate,
      trajectoryWarnings(next, today, USUAL_RANGES, await measuredSessions(tx, orgId, next.id)).length,
      seq,
      orgId,
    ],
  );
}

/** The trajectory as the API presents it: with warnings, live plan completeness, the latest GAS T-score and names. */
export async function presentTrajectory(
  tx: Queryable,
  orgId: string,
  stored: StoredTrajectory,
  today: string,
  abilities: { read: boolean; write: boolean },
) {
  const { trajectory: t, version } = stored;
  const actorIds = [...new Set(t.history.map((e) => e.actorId))];
  const names = new Map(
    (
      await tx.query<{ id: string; display_name: string }>(
        `select id, display_name from users where org_id = $2 and id = any($1::uuid[])`,
        [actorIds, orgId],
      )
    ).map((r) => [r.id, r.display_name]),
  );
  const latestPlan = t.plans.at(-1);
  return {
    ...t,
    version,
    history: t.history.map((e) => ({
      seq: e.seq,
      type: e.type,
      at: e.at,
      actorId: e.actorId,
      actorName: names.get(e.actorId) ?? null,
      reason: e.reason,
    })),
    warnings: trajectoryWarnings(t, today, USUAL_RANGES, await measuredSessions(tx, orgId, t.id)),
    planCompleteness: latestPlan
      ? planCompleteness(latestPlan.plan, t.goals.filter((g) => g.parentId === null).length, latestPlan.agreed !== null)
      : null,
    gasTScore: latestGasTScore(t.goals, t.evaluations)?.score ?? null,
    abilities,
  };
}

export async function rolesOf(tx: Queryable, userId: string) {
  return (await tx.query<{ role: string }>(`select role from user_roles where user_id = $1`, [userId]))
    .map((r) => r.role)
    .filter(isRole);
}
