import type { Database, Engine, Queryable } from '../db/database.js';
import { postgresPoolOf } from '../db/postgres-database.js';
import { createEmbeddedJobs } from './embedded-jobs.js';
import { createGraphileJobs } from './graphile-jobs.js';
import type { JobTask } from './job-runner.js';
import { insertJob, type JobView, type NewJob } from './job-store.js';
import type { EngineJobs, JobServiceOptions } from './job-engine.js';

export type { JobServiceOptions } from './job-engine.js';

export interface JobService {
  readonly engine: Engine;
  /** Define what a kind of job does (before `start`). */
  define(kind: string, task: JobTask): void;
  /**
   * Queue a job in the caller's transaction: it exists only if that transaction commits. With a key already taken,
   * the existing job is returned and nothing new is queued.
   */
  enqueue(tx: Queryable, orgId: string, job: NewJob): Promise<{ job: JobView; created: boolean }>;
  /**
   * Run every due job now and return when none is left (tests, and `exportJobsSettled`). `skipBackoff` runs
   * retries at once instead of after their back-off (tests only: they never wait on the clock).
   */
  runDueJobs(options?: { skipBackoff?: boolean }): Promise<void>;
  /** Run jobs in the background from now on; `tick` runs every `tickMs` (the schedule). */
  start(schedule?: { tick: () => Promise<void>; tickMs: number }): Promise<void>;
  /** Stop taking jobs and wait for those running. */
  stop(): Promise<void>;
}

export const DEFAULT_TASK_NAME = 'meedoen_job';

/** Services alive in this process, so `runAllDueJobs` (tests' "wait for the export") reaches each. */
const live = new Set<JobService>();

export function createJobService(db: Database, options: JobServiceOptions): JobService {
  const tasks = new Map<string, JobTask>();
  const pool = options.pgPool ?? postgresPoolOf(db);
  const engineService: EngineJobs =
    db.engine === 'postgresql' && pool
      ? createGraphileJobs(db, tasks, { ...options, pgPool: pool, taskName: options.taskName ?? DEFAULT_TASK_NAME })
      : createEmbeddedJobs(db, tasks, options);
  const service: JobService = {
    engine: db.engine,
    define(kind, task) {
      if (!/^[a-z][a-z0-9_.]{0,63}$/.test(kind)) throw new Error(`bad job kind ${kind}`);
      tasks.set(kind, task);
    },
    async enqueue(tx, orgId, job) {
      if (!tasks.has(job.kind)) throw new Error(`no task for kind ${job.kind}`);
      const queued = await insertJob(tx, orgId, job);
      if (queued.created) await engineService.handOver(tx, orgId, queued.job.id);
      return queued;
    },
    runDueJobs: (runOptions) => engineService.runDueJobs(runOptions?.skipBackoff ?? false),
    start: (schedule) => engineService.start(schedule),
    async stop() {
      live.delete(service);
      await engineService.stop();
    },
  };
  live.add(service);
  return service;
}

/** Run the due jobs of every job service of this process (tests: wait for what a request queued). */
export async function runAllDueJobs(): Promise<void> {
  for (const service of [...live]) await service.runDueJobs();
}
