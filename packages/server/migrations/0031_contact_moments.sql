-- A job coach's one-to-one contact moments with the person they support (issue 14; 003 L1677-1684, L3254-3257).
-- The current text of each moment with its version (If-Match), and every version ever written: a correction by its
-- author is a new version, the earlier one stays readable. Nothing is deleted.
create table contact_moments (
  org_id uuid not null references organisations (id),
  id uuid not null default gen_random_uuid(),
  client_id uuid not null,
  version integer not null check (version >= 1),
  date date not null,
  minutes integer not null check (minutes between 1 and 480),
  kind text not null check (kind in ('gesprek', 'werkplekbezoek', 'driegesprek', 'werkgever', 'netwerk')),
  channel text not null check (channel in ('op_locatie', 'telefoon', 'video')),
  place text not null default '' check (length(place) <= 200),
  report text not null check (length(trim(report)) between 1 and 2000),
  next_step text not null default '' check (length(next_step) <= 500),
  next_appointment date check (next_appointment is null or next_appointment > date),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  corrected_at timestamptz,
  primary key (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id),
  foreign key (org_id, recorded_by) references users (org_id, id)
);
create index contact_moments_client_idx on contact_moments (org_id, client_id, date desc);

create table contact_moment_versions (
  org_id uuid not null references organisations (id),
  moment_id uuid not null,
  version integer not null check (version >= 1),
  date date not null,
  minutes integer not null,
  kind text not null,
  channel text not null,
  place text not null,
  report text not null,
  next_step text not null,
  next_appointment date,
  written_by uuid not null,
  written_at timestamptz not null default now(),
  -- one row per version: two corrections of the same version cannot both be kept
  primary key (org_id, moment_id, version),
  foreign key (org_id, moment_id) references contact_moments (org_id, id),
  foreign key (org_id, written_by) references users (org_id, id)
);

alter table contact_moments enable row level security;
create policy contact_moments_org on contact_moments using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table contact_moment_versions enable row level security;
create policy contact_moment_versions_org on contact_moment_versions
  using (org_id = app_org_id()) with check (org_id = app_org_id());

-- the current row is updated by a correction; the versions are append-only
grant select, insert, update on contact_moments to meedoen_app;
grant select, insert on contact_moment_versions to meedoen_app;
