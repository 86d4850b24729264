import { isoDateIn } from '@meedoen/core';
import { organisationsToCheckpoint } from '../access/audit-checkpoints.js';
import type { Database } from '../db/database.js';
import type { JobService } from './job-service.js';

export const AUDIT_CHECKPOINT = 'audit.checkpoint';
export const REMINDERS = 'reminders';

export interface ScheduleConfig {
  /** Sign every chain head with records past its last checkpoint once per this many minutes. */
  auditCheckpointMinutes: number;
  /** Send the day's reminders from this hour on (Dutch time). */
  reminderHour: number;
}

/** The hour of the day in the Netherlands (the reminders' clock; the server may run in UTC). */
export function dutchHour(now: Date): number {
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(now);
  return Number(hour);
}

/**
 * The schedule (a cron-like tick, every instance runs it): queue the jobs due at `now`, each under a key of its slot —
 * a checkpoint per organisation per interval, reminders per organisation per day — so however many instances tick,
 * and however often, each slot's job is queued once (the unique index on background_jobs.job_key, 0034).
 */
export async function queueScheduledJobs(
  db: Database,
  jobs: JobService,
  config: ScheduleConfig,
  now: Date,
  /** Only these organisations (tests share one database with other test files); all when absent. */
  only?: readonly string[],
): Promise<number> {
  let queued = 0;
  const included = (orgId: string) => !only || only.includes(orgId);
  const slot = Math.floor(now.getTime() / (config.auditCheckpointMinutes * 60_000));
  for (const orgId of (await db.asOwner((tx) => organisationsToCheckpoint(tx))).filter(included)) {
    const { created } = await db.withOrg(orgId, (tx) =>
      jobs.enqueue(tx, orgId, { kind: AUDIT_CHECKPOINT, requestedBy: null, jobKey: `${AUDIT_CHECKPOINT}:${slot}` }),
    );
    if (created) queued++;
  }
  if (dutchHour(now) >= config.reminderHour) {
    const day = isoDateIn(now);
    const orgs = await db.asOwner((tx) => tx.query<{ id: string }>(`select id from organisations order by id`));
    for (const { id: orgId } of orgs.filter((o) => included(o.id))) {
      const { created } = await db.withOrg(orgId, (tx) =>
        jobs.enqueue(tx, orgId, { kind: REMINDERS, requestedBy: null, payload: { day }, jobKey: `${REMINDERS}:${day}` }),
      );
      if (created) queued++;
    }
  }
  return queued;
}
