import {
  checkTrajectoryStep,
  DEFAULT_SESSION_HORIZON_DAYS,
  evolveTrajectory,
  type Trajectory,
  type TrajectoryContext,
  type TrajectoryEventData,
} from '@meedoen/core';
import type { ClientAccess } from '../access/client-access.js';
import type { Queryable } from '../db/database.js';
import { ProblemError, throwIfViolations } from '../errors/problem.js';
import { loadClient } from '../people/client-store.js';
import {
  appendTrajectoryEvent,
  loadTrajectory,
  presentTrajectory,
  rolesOf,
  VersionConflict,
  type StoredTrajectory,
} from './trajectory-store.js';

/** What the rules need from outside the trajectory, loaded in the same transaction. */
async function loadContext(
  tx: Queryable,
  access: ClientAccess,
  regiebehandelaarId: string | null,
  step: TrajectoryEventData,
  sessionHorizonDays: number,
): Promise<TrajectoryContext> {
  const client = await loadClient(tx, access.orgId, access.clientId);
  const [org] = await tx.query<{ is_ggz_institution: boolean }>(`select is_ggz_institution from organisations`);
  const ctx: TrajectoryContext = {
    today: access.today,
    clientBirthDate: client?.birthDate ?? access.today,
    organisationIsGgzInstitution: org?.is_ggz_institution ?? false,
    regiebehandelaarRoles: regiebehandelaarId ? await rolesOf(tx, regiebehandelaarId) : null,
    sessionHorizonDays,
  };
  if (step.type === 'referred') {
    // The therapist's own discipline, for the rule that a referral is handled in its discipline.
    const [therapist] = await tx.query<{ discipline: string | null }>(`select discipline from users where id = $1`, [
      step.referral.therapistId,
    ]);
    ctx.therapistDiscipline = therapist?.discipline ?? null;
  }
  return ctx;
}

export interface StepOptions {
  reason?: string | null;
  /** The version the caller saw (If-Match); a newer one means someone else acted first. */
  expectedVersion?: number | null;
  /** Days after today a session may be dated (MEEDOEN_SESSION_HORIZON_DAYS). */
  sessionHorizonDays?: number;
}

/**
 * Take one step on a trajectory: check the hard rules, append the event, update the projection —
 * inside the caller's access transaction, so the audit record commits with it.
 */
export async function takeStep(
  tx: Queryable,
  access: ClientAccess,
  trajectoryId: string | null,
  step: TrajectoryEventData,
  options: StepOptions = {},
) {
  let stored: StoredTrajectory | null = null;
  if (trajectoryId) {
    stored = await loadTrajectory(tx, access.orgId, access.clientId, trajectoryId);
    if (!stored) throw new ProblemError('resource.not_found');
    if (options.expectedVersion != null && options.expectedVersion !== stored.version)
      throw new ProblemError('resource.version_conflict');
  }
  const current: Trajectory | null = stored?.trajectory ?? null;
  const regiebehandelaarId =
    step.type === 'referred' ? step.referral.regiebehandelaarId : (current?.referral.regiebehandelaarId ?? null);
  const ctx = await loadContext(tx, access, regiebehandelaarId, step, options.sessionHorizonDays ?? DEFAULT_SESSION_HORIZON_DAYS);
  throwIfViolations(checkTrajectoryStep(current, step, ctx));
  const id = trajectoryId ?? crypto.randomUUID();
  const event = {
    ...step,
    seq: (stored?.version ?? 0) + 1,
    at: new Date().toISOString(),
    actorId: access.userId,
    reason: options.reason ?? null,
  };
  const next = evolveTrajectory(current, event, { id, clientId: access.clientId });
  try {
    await appendTrajectoryEvent(tx, access.orgId, next, event, access.today);
  } catch (error) {
    if (error instanceof VersionConflict) throw new ProblemError('resource.version_conflict');
    throw error;
  }
  return presentTrajectory(tx, access.orgId, { trajectory: next, version: event.seq }, access.today, access.abilities.treatment);
}
