-- Issue 11 (5, 6): at most one current attendance record per (occurrence, participant), enforced by the
-- database; stored participation plans checked, the failing ones reported instead of breaking a read.

-- 1. Attendance is append-only: a correction is a new record that supersedes the previous one. Concurrent
-- saves on PostgreSQL could fork that chain (two records superseding nothing, or the same record). Repair
-- the forks deterministically before the indexes make them impossible: within a forked (occurrence,
-- participant), the records are put in one line in the order they were written (recorded_at, then id), so
-- the last written is current. No record is removed or changed other than the pointer to its predecessor.
with forked as (
  select occurrence_id, client_id from attendance_records
   group by occurrence_id, client_id
  having count(*) filter (where supersedes is null) <> 1
      or count(supersedes) <> count(distinct supersedes)
),
ordered as (
  select r.id, lag(r.id) over (partition by r.occurrence_id, r.client_id order by r.recorded_at, r.id) as previous
    from attendance_records r join forked f on f.occurrence_id = r.occurrence_id and f.client_id = r.client_id
)
update attendance_records r set supersedes = o.previous
  from ordered o
 where o.id = r.id and r.supersedes is distinct from o.previous;

-- One first record per (occurrence, participant) ...
create unique index attendance_records_one_first on attendance_records (occurrence_id, client_id) where supersedes is null;
-- ... each record superseded at most once ...
drop index attendance_records_supersedes_idx;
create unique index attendance_records_superseded_once on attendance_records (supersedes) where supersedes is not null;
-- ... and only by a record of the same occurrence and participant: so the records form one line, and
-- exactly one of them (the last) is current.
alter table attendance_records add constraint attendance_records_chain_key unique (id, occurrence_id, client_id);
alter table attendance_records add constraint attendance_records_same_chain
  foreign key (supersedes, occurrence_id, client_id) references attendance_records (id, occurrence_id, client_id);

-- 2. Stored documents (jsonb). The server validates every participation plan against its schema before
-- writing. Rows written before that are checked here for the shape every reader relies on; what fails is
-- reported in document_problems (nothing is deleted, the migration does not fail), and readers skip such
-- a document instead of failing. New rows must at least be objects with those parts (not valid for old rows).
create table document_problems (
  id bigint generated always as identity primary key,
  org_id uuid not null references organisations (id),
  table_name text not null,
  row_key text not null,
  problem text not null,
  found_at timestamptz not null default now()
);
alter table document_problems enable row level security;
create policy document_problems_org on document_problems using (org_id = app_org_id()) with check (org_id = app_org_id());
grant select on document_problems to meedoen_app;

insert into document_problems (org_id, table_name, row_key, problem)
select org_id, 'participation_plans', client_id::text, 'not a complete participation plan (found by migration 0010)'
  from participation_plans
 where not coalesce(jsonb_typeof(document) = 'object'
   and jsonb_typeof(document -> 'preferences') = 'object'
   and jsonb_typeof(document -> 'ladder') = 'object'
   and jsonb_typeof(document -> 'disclosure') = 'array'
   and jsonb_typeof(document -> 'readiness') = 'object'
   and jsonb_typeof(document -> 'signalPlan') = 'object', false);

-- (coalesce: a missing part gives null, which a check would let through)
alter table participation_plans add constraint participation_plans_document_shape check (coalesce(
  jsonb_typeof(document) = 'object'
  and jsonb_typeof(document -> 'preferences') = 'object'
  and jsonb_typeof(document -> 'ladder') = 'object'
  and jsonb_typeof(document -> 'disclosure') = 'array'
  and jsonb_typeof(document -> 'readiness') = 'object'
  and jsonb_typeof(document -> 'signalPlan') = 'object', false)) not valid;
alter table participation_plan_versions add constraint participation_plan_versions_document_shape check (coalesce(
  jsonb_typeof(document) = 'object'
  and jsonb_typeof(document -> 'preferences') = 'object'
  and jsonb_typeof(document -> 'ladder') = 'object'
  and jsonb_typeof(document -> 'disclosure') = 'array', false)) not valid;

-- 3. A placement in a group is a placement in that group's offer (issue 11, finding 7). Not valid for
-- rows written before, which may differ; new and changed rows must match.
alter table activity_groups add constraint activity_groups_offer_key unique (id, offer_id);
alter table enrolments add constraint enrolments_group_of_offer
  foreign key (group_id, offer_id) references activity_groups (id, offer_id) not valid;
