import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createTestOrganisation, openTestDatabase } from '../testing/test-database.js';
import { INTERRUPTED } from './job-runner.js';
import { createJobService, type JobService } from './job-service.js';

const STALE_MINUTES = 30;

/**
 * Issue 16: a process that crashes or is killed while a job runs leaves the job "running" for ever unless another
 * runner takes it over. Each attempt records its claim; a claim older than MEEDOEN_JOB_STALE_MINUTES is taken up again
 * (on PostgreSQL when graphile-worker hands the job out again, on PGlite by the embedded runner's poll).
 */
describe('background jobs left running by a stopped process (issue 16)', () => {
  let db: Database;
  let orgId: string;
  let jobs: JobService;
  const runs = new Map<string, number>();

  beforeAll(async () => {
    db = await openTestDatabase();
    orgId = await createTestOrganisation(db, 'Onderbroken');
    jobs = createJobService(db, {
      concurrency: 1,
      taskName: `meedoen_interrupted_${randomUUID().replaceAll('-', '')}`,
      staleMinutes: STALE_MINUTES,
    });
    jobs.define('test.count', async ({ job }) => {
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      return { ran: true };
    });
  });

  afterAll(async () => {
    await jobs?.stop();
    await db?.close();
  });

  /** A queued job, then made to look as a runner left it: running, `attempts` used, claimed `minutesAgo`. */
  async function leftRunning(attempts: number, minutesAgo: number): Promise<string> {
    const { job } = await db.withOrg(orgId, (tx) => jobs.enqueue(tx, orgId, { kind: 'test.count', requestedBy: null }));
    await db.asOwner((tx) =>
      tx.query(
        `update background_jobs
            set status = 'running', attempts = $3, started_at = now() - make_interval(mins => $4::int),
                claimed_at = now() - make_interval(mins => $4::int)
          where org_id = $1 and id = $2`,
        [orgId, job.id, attempts, minutesAgo],
      ),
    );
    return job.id;
  }

  const row = async (id: string) =>
    (
      await db.withOrg(orgId, (tx) =>
        tx.query<{ status: string; attempts: number; error: string | null }>(
          `select status, attempts, error from background_jobs where org_id = $1 and id = $2`,
          [orgId, id],
        ),
      )
    )[0];

  it('a job whose claim is older than the stale time runs again and succeeds; a recent claim is left alone', async () => {
    const abandoned = await leftRunning(1, STALE_MINUTES + 1);
    const busy = await leftRunning(1, 1);
    await jobs.runDueJobs();
    expect(runs.get(abandoned)).toBe(1);
    expect(await row(abandoned)).toMatchObject({ status: 'succeeded', attempts: 2, error: null });
    // Still within the stale time: another runner may be working on it, so nobody takes it over.
    expect(runs.has(busy)).toBe(false);
    expect(await row(busy)).toMatchObject({ status: 'running', attempts: 1 });
  });

  it('interrupted on its last allowed attempt, the job fails as "interrupted" without running again', async () => {
    const lastTry = await leftRunning(3, STALE_MINUTES + 5);
    await jobs.runDueJobs();
    expect(runs.has(lastTry)).toBe(false);
    expect(await row(lastTry)).toMatchObject({ status: 'failed', error: INTERRUPTED });
  });
});
