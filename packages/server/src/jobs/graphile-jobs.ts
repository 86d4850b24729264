import { Logger, run, runMigrations, runOnce, type Runner, type TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { Database } from '../db/database.js';
import { executeJob, type JobTask } from './job-runner.js';
import { scheduleTicks, type EngineJobs, type JobServiceOptions } from './job-engine.js';

/** graphile-worker's messages go to our log (errors and warnings only; it never sees job content, only ids). */
function workerLogger(log: JobServiceOptions['log']): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error') log?.('error', message);
    else if (level === 'warning') log?.('warn', message);
  });
}

/** Install or update graphile-worker's own schema (`graphile_worker`); safe to run from several instances at once. */
export async function migrateJobQueue(pgPool: pg.Pool): Promise<void> {
  await runMigrations({ pgPool, logger: workerLogger(undefined) });
}

/**
 * Jobs on PostgreSQL through graphile-worker: the request's transaction calls `enqueue_background_job` (0034), which
 * adds a graphile job naming our row; graphile-worker's runners (in every instance) lock each job so exactly one runs
 * it, retry a failure with exponential back-off up to the row's max_attempts, and listen for new jobs.
 */
export function createGraphileJobs(
  db: Database,
  tasks: ReadonlyMap<string, JobTask>,
  options: JobServiceOptions & { pgPool: pg.Pool; taskName: string },
): EngineJobs {
  const { pgPool, taskName } = options;
  const logger = workerLogger(options.log);
  const taskList: TaskList = {
    [taskName]: async (payload) => {
      const { orgId, jobId } = payload as { orgId: string; jobId: string };
      // After a crash graphile-worker hands the job out again once its own lock expired; our row is then taken over.
      const { outcome, error } = await executeJob(db, tasks, orgId, jobId, options.staleMinutes);
      // Thrown, graphile-worker tries again after its back-off; the last failure is recorded in our row and ends here.
      if (outcome === 'retry') throw new Error(error ?? 'failed');
      if (outcome === 'failed') options.log?.('warn', `background job ${jobId} failed: ${error ?? ''}`);
    },
  };

  /** Retries due later are brought forward (tests only), through graphile-worker's public reschedule_jobs. */
  const bringRetriesForward = async (): Promise<number> => {
    const { rows } = await pgPool.query<{ count: number }>(
      `select count(*)::int as count from graphile_worker.reschedule_jobs(
         array(select id from graphile_worker.jobs
                where task_identifier = $1 and locked_at is null and attempts > 0 and attempts < max_attempts and run_at > now()),
         run_at := now())`,
      [taskName],
    );
    return rows[0]?.count ?? 0;
  };

  let runner: Runner | null = null;
  let ticks: { stop(): Promise<void> } | null = null;
  return {
    async handOver(tx, orgId, jobId) {
      await tx.query(`select enqueue_background_job($1, $2, $3)`, [orgId, jobId, taskName]);
    },
    async runDueJobs(skipBackoff) {
      for (let round = 0; round < 50; round++) {
        await runOnce({ pgPool, taskList, logger, noHandleSignals: true });
        if (!skipBackoff || (await bringRetriesForward()) === 0) return;
      }
    },
    async start(schedule) {
      runner = await run({
        pgPool,
        taskList,
        logger,
        concurrency: options.concurrency,
        noHandleSignals: true,
        pollInterval: options.pollMs ?? 2000,
      });
      ticks = scheduleTicks(schedule, options.log);
    },
    async stop() {
      await ticks?.stop();
      // Waits for the jobs running in this instance to finish; the others stay queued for another instance.
      await runner?.stop();
      runner = null;
    },
  };
}
