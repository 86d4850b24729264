-- Contracts and tariffs kept by the administrator (issue 14): a financing parameter set is changed in place under a
-- version (If-Match), and every version, the first one too, stays in financing_parameter_set_versions with who
-- recorded it and when. Writers of one organisation take a transaction-scoped advisory lock (1214, the
-- organisation) before they read the other sets, so two overlapping periods cannot both be saved.
alter table financing_parameter_sets
  add column version integer not null default 1 check (version > 0),
  add column updated_by uuid,
  add column updated_at timestamptz;

grant update (valid_from, valid_until, document, version, updated_by, updated_at) on financing_parameter_sets to meedoen_app;

create table financing_parameter_set_versions (
  org_id uuid not null references organisations (id),
  set_id uuid not null,
  version integer not null check (version > 0),
  valid_from date not null,
  valid_until date not null check (valid_until >= valid_from),
  document jsonb not null,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  primary key (org_id, set_id, version),
  foreign key (org_id, set_id) references financing_parameter_sets (org_id, id)
);

alter table financing_parameter_set_versions enable row level security;
create policy financing_parameter_set_versions_org on financing_parameter_set_versions
  using (org_id = app_org_id()) with check (org_id = app_org_id());
grant select, insert on financing_parameter_set_versions to meedoen_app;

-- The sets saved before: their first version.
insert into financing_parameter_set_versions (org_id, set_id, version, valid_from, valid_until, document, recorded_by, recorded_at)
  select org_id, id, 1, valid_from, valid_until, document, created_by, created_at from financing_parameter_sets;
