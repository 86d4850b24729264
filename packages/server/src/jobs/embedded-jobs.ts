import type { Database } from '../db/database.js';
import { executeJob, type JobTask } from './job-runner.js';
import { nextDueJob } from './job-store.js';
import { scheduleTicks, type EngineJobs, type JobServiceOptions } from './job-engine.js';

/**
 * The fallback on embedded PGlite (docs/adr/0007-background-jobs.md): one process owns the database, so an in-process
 * runner reads `background_jobs` itself — the oldest due queued job, one at a time — and runs the same tasks. A job a
 * stopped process left running is taken up again once its claim is older than `staleMinutes`.
 */
export function createEmbeddedJobs(db: Database, tasks: ReadonlyMap<string, JobTask>, options: JobServiceOptions): EngineJobs {
  let draining: Promise<void> | null = null;
  let stopped = false;

  const nextDue = (skipBackoff: boolean) => db.asOwner((tx) => nextDueJob(tx, skipBackoff, options.staleMinutes));

  const drain = async (skipBackoff: boolean) => {
    for (let next = await nextDue(skipBackoff); next && !stopped; next = await nextDue(skipBackoff)) {
      const { outcome, error } = await executeJob(db, tasks, next.org_id, next.id, options.staleMinutes);
      if (outcome === 'failed' || outcome === 'retry')
        options.log?.('warn', `background job ${next.id} ${outcome}: ${error ?? ''}`);
    }
  };

  /** One drain at a time; a second caller waits for it and then drains what is left. */
  const runDueJobs = async (skipBackoff: boolean) => {
    while (draining) await draining;
    draining = drain(skipBackoff).finally(() => {
      draining = null;
    });
    await draining;
  };

  let timer: NodeJS.Timeout | null = null;
  let ticks: { stop(): Promise<void> } | null = null;
  return {
    handOver: async () => undefined,
    runDueJobs,
    async start(schedule) {
      ticks = scheduleTicks(schedule, options.log);
      timer = setInterval(() => {
        if (!draining) void runDueJobs(false).catch((error: unknown) => options.log?.('error', `job runner: ${String(error)}`));
      }, options.pollMs ?? 1000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await ticks?.stop();
      stopped = true;
      while (draining) await draining;
    },
  };
}
