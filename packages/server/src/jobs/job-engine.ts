import type pg from 'pg';
import type { Queryable } from '../db/database.js';

export interface JobServiceOptions {
  /** Jobs run at once by this instance (graphile-worker's concurrency; the embedded runner runs one at a time). */
  concurrency: number;
  /**
   * graphile-worker's task name for our jobs. Every instance of one installation uses the same one; tests give each
   * app its own, so test files sharing one PostgreSQL database never run each other's jobs.
   */
  taskName?: string;
  /** On PostgreSQL: the pool the runner uses (the server gives it one of its own; tests share the database's). */
  pgPool?: pg.Pool;
  /**
   * After how many minutes a job still "running" counts as left behind by a stopped runner and may be taken up again
   * (MEEDOEN_JOB_STALE_MINUTES): longer than any task runs.
   */
  staleMinutes: number;
  /** How often a started runner looks for due jobs without a notification (embedded: always; graphile: retries). */
  pollMs?: number;
  /** Where the runner reports what went wrong (never job content). */
  log?: (level: 'error' | 'warn' | 'info', message: string) => void;
}

/** What each engine supplies. */
export interface EngineJobs {
  /** After the row is inserted, in the same transaction: give the job to the queue (PostgreSQL) or nothing (embedded). */
  handOver(tx: Queryable, orgId: string, jobId: string): Promise<void>;
  runDueJobs(skipBackoff: boolean): Promise<void>;
  start(schedule?: { tick: () => Promise<void>; tickMs: number }): Promise<void>;
  stop(): Promise<void>;
}

/** A timer for the schedule that never overlaps itself and never keeps the process alive. */
export function scheduleTicks(
  schedule: { tick: () => Promise<void>; tickMs: number } | undefined,
  log: JobServiceOptions['log'],
) {
  if (!schedule) return { stop: async () => undefined };
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= schedule
      .tick()
      .catch((error: unknown) =>
        log?.('error', `scheduled jobs could not be queued: ${error instanceof Error ? error.message : 'error'}`),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, schedule.tickMs);
  timer.unref();
  run();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
