import type { Database } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import { claimJob, recordFailure, recordProgress, recordSuccess, type JobRow } from './job-store.js';

/** What a task gets: its job (payload, requester), the database, and a way to report progress. */
export interface JobContext {
  db: Database;
  orgId: string;
  job: JobRow;
  /** Record how far it is (e.g. 40 of 120 clients); the API shows it while the job runs. */
  progress(done: number, total: number | null): Promise<void>;
}

/** A task returns what the screen may show of its result (ids, counts; never health data), or nothing. */
export type JobTask = (context: JobContext) => Promise<Record<string, unknown> | undefined | null | void>; // eslint-disable-line @typescript-eslint/no-invalid-void-type

export type JobOutcome = 'succeeded' | 'retry' | 'failed' | 'not_queued';

/** The failure recorded for a job whose runner stopped mid-way on its last allowed attempt. */
export const INTERRUPTED = 'interrupted';

/** The failure as stored and shown: a problem code, or the first line of a message, never more (no content). */
export function failureText(error: unknown): string {
  if (error instanceof ProblemError) return error.code;
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? 'failed').slice(0, 200) || 'failed';
}

/**
 * Run one job once, the same on both engines: claim it (only a queued job, or one a stopped runner left running for
 * longer than `staleMinutes`, so two runners never both run it), run its task, record the outcome. A failure is queued
 * again while attempts remain, a refusal (a ProblemError) is final. A job taken over after its last allowed attempt
 * was interrupted is not run again: it fails as "interrupted".
 */
export async function executeJob(
  db: Database,
  tasks: ReadonlyMap<string, JobTask>,
  orgId: string,
  jobId: string,
  staleMinutes: number,
): Promise<{ outcome: JobOutcome; error?: string }> {
  const job = await db.withOrg(orgId, (tx) => claimJob(tx, orgId, jobId, staleMinutes));
  if (!job) return { outcome: 'not_queued' };
  if (job.attempts > job.max_attempts) {
    await db.withOrg(orgId, (tx) => recordFailure(tx, orgId, jobId, INTERRUPTED, true));
    return { outcome: 'failed', error: INTERRUPTED };
  }
  const task = tasks.get(job.kind);
  try {
    if (!task) throw new Error(`no task for kind ${job.kind}`);
    const progress = (done: number, total: number | null) =>
      db.withOrg(orgId, (tx) => recordProgress(tx, orgId, jobId, done, total));
    const result = await task({ db, orgId, job, progress });
    await db.withOrg(orgId, (tx) => recordSuccess(tx, orgId, jobId, result ?? null));
    return { outcome: 'succeeded' };
  } catch (error) {
    const text = failureText(error);
    // A problem (refused, already declared) is a decision: trying again would get the same answer.
    const final = error instanceof ProblemError;
    const retry = await db.withOrg(orgId, (tx) => recordFailure(tx, orgId, jobId, text, final));
    return { outcome: retry ? 'retry' : 'failed', error: text };
  }
}
