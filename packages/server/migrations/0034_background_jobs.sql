-- Background jobs (issue 16, docs/adr/0007-background-jobs.md): what runs outside a request — declaration runs, FHIR
-- exports, audit checkpoints, reminders — with its status and progress visible to the one who asked and the beheerder.
-- On PostgreSQL graphile-worker (schema graphile_worker, installed at start-up) runs them; on embedded PGlite this table
-- is also the queue an in-process runner reads. Either way this table is what the API shows.
create table background_jobs (
  org_id uuid not null references organisations (id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind ~ '^[a-z][a-z0-9_.]{0,63}$'),
  -- The user who asked; null for a scheduled job (checkpoints, reminders).
  requested_by uuid,
  status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
  -- What the task needs (ids, a month); never health data.
  payload jsonb not null default '{}'::jsonb,
  -- What the task produced for the screen (ids, counts); never health data.
  result jsonb,
  attempts integer not null default 0 check (attempts >= 0),
  max_attempts integer not null default 3 check (max_attempts between 1 and 25),
  progress_done integer not null default 0 check (progress_done >= 0),
  progress_total integer check (progress_total >= 0),
  -- The last failure: a problem code or a short message, never content.
  error text check (length(error) <= 500),
  -- Once per key for ever (a scheduled slot: 'reminders:2026-12-02'), so two instances never queue it twice.
  job_key text,
  -- Once per key while queued or running (a month's declaration build), free again when finished.
  active_key text,
  -- The embedded runner's next attempt (retries back off); on PostgreSQL graphile-worker keeps its own.
  run_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  primary key (org_id, id),
  foreign key (org_id, requested_by) references users (org_id, id)
);
create unique index background_jobs_job_key on background_jobs (org_id, job_key) where job_key is not null;
create unique index background_jobs_active_key on background_jobs (org_id, active_key)
  where active_key is not null and status in ('queued', 'running');
create index background_jobs_requester_idx on background_jobs (org_id, requested_by, created_at desc);
create index background_jobs_org_created_idx on background_jobs (org_id, created_at desc);
create index background_jobs_due_idx on background_jobs (run_at) where status = 'queued';

alter table background_jobs enable row level security;
create policy background_jobs_org on background_jobs using (org_id = app_org_id()) with check (org_id = app_org_id());
grant select, insert, update on background_jobs to meedoen_app;

-- Hand a queued job of the caller's organisation to graphile-worker, in the caller's transaction (so the job exists
-- only if the write that asked for it commits). Only on PostgreSQL: graphile_worker's schema does not exist on PGlite,
-- and PL/pgSQL resolves the call only when it runs. The application role gets no rights on graphile_worker itself.
create function enqueue_background_job(job_org uuid, job_id uuid, task text) returns void
  language plpgsql security definer set search_path = public
as $$
declare
  attempts_allowed integer;
begin
  select max_attempts into attempts_allowed from background_jobs
   where org_id = job_org and id = job_id and status = 'queued' and org_id = app_org_id();
  if attempts_allowed is null then
    raise exception 'no queued background job % in this organisation', job_id;
  end if;
  perform graphile_worker.add_job(
    task,
    json_build_object('orgId', job_org, 'jobId', job_id),
    max_attempts := attempts_allowed,
    job_key := 'background_job:' || job_id::text
  );
end
$$;
revoke all on function enqueue_background_job(uuid, uuid, text) from public;
grant execute on function enqueue_background_job(uuid, uuid, text) to meedoen_app;

-- Reminders (issue 16): one "you have something due" message per user per day, whatever the number of instances.
alter table notifications add column reminder_day date;
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check check (kind in ('referral_to_accept', 'plan_awaiting_agreement',
  'evaluation_recorded', 'offer_proposed', 'enrolment_request', 'work_due'));
alter table notifications add constraint notifications_reminder_kind check ((reminder_day is null) = (kind <> 'work_due'));
create unique index notifications_reminder_once on notifications (org_id, user_id, reminder_day) where reminder_day is not null;
