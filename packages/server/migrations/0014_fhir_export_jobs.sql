-- FHIR Bulk Data export ($export): a job per request, run in the background as the requester, and its
-- NDJSON output per resource type and client, so a download checks the same access again per client.
create table fhir_export_jobs (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  requested_by uuid not null,
  -- Patient-level export: the one client; system-level: null (every client the requester may see).
  client_id uuid,
  types text[] not null check (cardinality(types) > 0),
  status text not null default 'accepted' check (status in ('accepted', 'in_progress', 'completed', 'failed')),
  request_url text not null,
  error text,
  requested_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  foreign key (org_id, requested_by) references users (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id)
);
create index fhir_export_jobs_requester_idx on fhir_export_jobs (requested_by, requested_at);

create table fhir_export_files (
  job_id uuid not null references fhir_export_jobs (id),
  org_id uuid not null references organisations (id),
  resource_type text not null,
  -- The client the resources are about; null for the organisation's own (Practitioner, HealthcareService, …).
  client_id uuid,
  -- The data category the access mechanism checks again when the file is downloaded.
  category text,
  resource_count integer not null check (resource_count > 0),
  ndjson text not null,
  check ((client_id is null) = (category is null))
);
create index fhir_export_files_job_idx on fhir_export_files (job_id, resource_type);

alter table fhir_export_jobs enable row level security;
create policy fhir_export_jobs_org on fhir_export_jobs using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table fhir_export_files enable row level security;
create policy fhir_export_files_org on fhir_export_files using (org_id = app_org_id()) with check (org_id = app_org_id());
grant select, insert, update on fhir_export_jobs to meedoen_app;
grant select, insert on fhir_export_files to meedoen_app;
