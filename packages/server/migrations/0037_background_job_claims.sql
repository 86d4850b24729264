-- A job left "running" by a runner that stopped mid-way (the process crashed or was killed) is taken up again
-- (issue 16, docs/adr/0007-background-jobs.md): each attempt records when it was claimed, and a claim older than
-- MEEDOEN_JOB_STALE_MINUTES may be taken over — by the embedded runner's poll, or on PostgreSQL when graphile-worker
-- hands the job out again once its own lock has expired. Rows claimed before this column have their start as claim.
alter table background_jobs add column claimed_at timestamptz;
update background_jobs set claimed_at = started_at where status = 'running';
create index background_jobs_running_idx on background_jobs (claimed_at) where status = 'running';
