import type { Queryable } from '../db/database.js';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** A background job as the API shows it: no payload (it may name an address of the requester), no health data. */
export interface JobView {
  id: string;
  kind: string;
  requestedBy: string | null;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  progress: { done: number; total: number | null };
  error: string | null;
  result: Record<string, unknown> | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface JobRow {
  org_id: string;
  id: string;
  kind: string;
  requested_by: string | null;
  status: JobStatus;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

const VIEW_COLUMNS = `id, kind, requested_by as "requestedBy", status, attempts, max_attempts as "maxAttempts",
  json_build_object('done', progress_done, 'total', progress_total) as progress, error, result,
  to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
  to_char(started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "startedAt",
  to_char(finished_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "finishedAt"`;

export interface NewJob {
  kind: string;
  requestedBy: string | null;
  payload?: Record<string, unknown>;
  maxAttempts?: number;
  /** Once for ever per organisation (a scheduled slot). */
  jobKey?: string;
  /** Once while queued or running (e.g. a month's build). */
  activeKey?: string;
}

/**
 * Insert a queued job in the caller's transaction. With a key already taken, nothing is inserted: `created` is false
 * and the job holding the key is returned (a second click gets the build already under way).
 */
export async function insertJob(tx: Queryable, orgId: string, job: NewJob): Promise<{ job: JobView; created: boolean }> {
  const [inserted] = await tx.query<JobView>(
    `insert into background_jobs (org_id, kind, requested_by, payload, max_attempts, job_key, active_key)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict do nothing
     returning ${VIEW_COLUMNS}`,
    [
      orgId,
      job.kind,
      job.requestedBy,
      JSON.stringify(job.payload ?? {}),
      job.maxAttempts ?? 3,
      job.jobKey ?? null,
      job.activeKey ?? null,
    ],
  );
  if (inserted) return { job: inserted, created: true };
  const [holder] = await tx.query<JobView>(
    `select ${VIEW_COLUMNS} from background_jobs
      where org_id = $1 and ((job_key = $2) or (active_key = $3 and status in ('queued', 'running')))
      order by created_at desc limit 1`,
    [orgId, job.jobKey ?? null, job.activeKey ?? null],
  );
  if (!holder) throw new Error('background job key taken, but its holder is gone');
  return { job: holder, created: false };
}

/**
 * The condition for a job a runner may take: queued, or left running by a runner that stopped mid-way (claimed more
 * than `$n` minutes ago: its process crashed or was killed, so no outcome will ever be recorded).
 */
const CLAIMABLE = (minutesParam: string) =>
  `(status = 'queued' or (status = 'running' and claimed_at < now() - make_interval(mins => ${minutesParam})))`;

/**
 * Take a job to run it (one runner wins: the row's status changes under its lock); null when it is neither queued nor
 * left behind by a stopped runner (`staleMinutes`). The interrupted attempt counted when it was claimed.
 */
export async function claimJob(tx: Queryable, orgId: string, jobId: string, staleMinutes: number): Promise<JobRow | null> {
  const [row] = await tx.query<JobRow>(
    `update background_jobs
        set status = 'running', attempts = attempts + 1, started_at = coalesce(started_at, now()), claimed_at = now()
      where org_id = $1 and id = $2 and ${CLAIMABLE('$3::int')}
      returning org_id, id, kind, requested_by, status, payload, attempts, max_attempts`,
    [orgId, jobId, staleMinutes],
  );
  return row ?? null;
}

/** The embedded runner's next job: the oldest due queued one, or one a stopped runner left running (all organisations). */
export async function nextDueJob(
  tx: Queryable,
  skipBackoff: boolean,
  staleMinutes: number,
): Promise<{ org_id: string; id: string } | null> {
  const [next] = await tx.query<{ org_id: string; id: string }>(
    `select org_id, id from background_jobs
      where ${CLAIMABLE('$2::int')} and ($1 or status = 'running' or run_at <= now())
      order by run_at, created_at limit 1`,
    [skipBackoff, staleMinutes],
  );
  return next ?? null;
}

export async function recordProgress(
  tx: Queryable,
  orgId: string,
  jobId: string,
  done: number,
  total: number | null,
): Promise<void> {
  await tx.query(`update background_jobs set progress_done = $3, progress_total = $4 where org_id = $1 and id = $2`, [
    orgId,
    jobId,
    Math.max(0, Math.floor(done)),
    total === null ? null : Math.max(0, Math.floor(total)),
  ]);
}

export async function recordSuccess(
  tx: Queryable,
  orgId: string,
  jobId: string,
  result: Record<string, unknown> | null,
): Promise<void> {
  await tx.query(
    `update background_jobs set status = 'succeeded', error = null, result = $3, finished_at = now(),
            progress_done = coalesce(progress_total, greatest(progress_done, 1)), progress_total = coalesce(progress_total, greatest(progress_done, 1))
      where org_id = $1 and id = $2`,
    [orgId, jobId, result === null ? null : JSON.stringify(result)],
  );
}

/**
 * A failed attempt: queued again after a back-off while attempts remain (graphile-worker's formula,
 * exp(min(attempts, 10)) seconds), otherwise — or when `final` (a refusal, not a mishap) — failed for good.
 * Returns whether it will be retried.
 */
export async function recordFailure(
  tx: Queryable,
  orgId: string,
  jobId: string,
  error: string,
  final: boolean,
): Promise<boolean> {
  const [row] = await tx.query<{ status: JobStatus }>(
    `with retry as (select attempts < max_attempts and not $4::boolean as again from background_jobs where org_id = $1 and id = $2)
     update background_jobs
        set status = case when retry.again then 'queued' else 'failed' end,
            error = $3,
            run_at = now() + exp(least(attempts, 10)) * interval '1 second',
            finished_at = case when retry.again then null else now() end
       from retry
      where org_id = $1 and id = $2
      returning status`,
    [orgId, jobId, error.slice(0, 500), final],
  );
  return row?.status === 'queued';
}

export async function findJob(tx: Queryable, jobId: string): Promise<JobView | null> {
  const [row] = await tx.query<JobView>(`select ${VIEW_COLUMNS} from background_jobs where id = $1`, [jobId]);
  return row ?? null;
}

export async function jobRequester(tx: Queryable, jobId: string): Promise<{ requestedBy: string | null } | null> {
  const [row] = await tx.query<{ requestedBy: string | null }>(
    `select requested_by as "requestedBy" from background_jobs where id = $1`,
    [jobId],
  );
  return row ?? null;
}

/** Newest first; `requestedBy` null lists the whole organisation's (the beheerder's view). */
export async function listJobs(
  tx: Queryable,
  filter: { requestedBy: string | null; kind?: string; status?: JobStatus; limit: number },
): Promise<JobView[]> {
  return tx.query<JobView>(
    `select ${VIEW_COLUMNS} from background_jobs
      where ($1::uuid is null or requested_by = $1) and ($2::text is null or kind = $2) and ($3::text is null or status = $3)
      order by created_at desc, id limit $4`,
    [filter.requestedBy, filter.kind ?? null, filter.status ?? null, filter.limit],
  );
}
