-- Daginvulling: the social map (offers), groups and occurrences, enrolments with their indication,
-- attendance (append-only; corrections supersede), the client-owned participation plan with versions,
-- ladder positions, day-activity evaluations, and unmet needs.

-- Where the client lives, for travel times in matching (rounded coordinates suffice).
alter table clients add column home_lat double precision, add column home_lon double precision;

create table offers (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  name text not null check (length(trim(name)) > 0),
  provider text not null,
  internal boolean not null,
  description text not null,
  form text not null check (form in ('inloop_ontmoeting', 'belevingsgerichte_dagbesteding', 'arbeidsmatige_dagbesteding',
    'vrijwilligerswerk', 'leerwerkplek', 'beschut_werk', 'betaald_werk_ondersteund', 'regulier_werk')),
  access text not null check (access in ('geen', 'wmo_maatwerk', 'wlz', 'participatiewet', 'zvw')),
  conditions text not null default '',
  for_whom text not null default '',
  interests text[] not null default '{}',
  learn text[] not null default '{}',
  level text not null check (level in ('ongeschoold', 'vmbo', 'mbo', 'hbo', 'wo')),
  group_or_individual text not null check (group_or_individual in ('groep', 'individueel')),
  schedule jsonb not null,
  evenings_weekends boolean not null default false,
  open_in_holidays boolean not null default false,
  capacity integer check (capacity is null or capacity > 0),
  address text,
  lat double precision,
  lon double precision,
  online boolean not null default false,
  public_transport text not null default '',
  wheelchair_accessible boolean not null default false,
  low_stimulus boolean not null default false,
  small_scale boolean not null default false,
  social_safety jsonb not null,
  cost_per_month numeric(8, 2) not null default 0,
  compensation_per_hour numeric(8, 2),
  benefit_effect text not null default '',
  roles text[] not null default '{}',
  experts_by_experience boolean not null default false,
  partners text not null default '',
  results text not null default '',
  last_confirmed_on date not null,
  search tsvector not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  unique (org_id, id)
);
create index offers_search_idx on offers using gin (search);

create table activity_groups (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  offer_id uuid not null,
  name text not null,
  schedule jsonb not null,
  location text not null,
  online boolean not null default false,
  capacity integer not null check (capacity > 0),
  supervisor_ids uuid[] not null default '{}',
  season_from date not null,
  season_until date,
  unique (org_id, id),
  foreign key (org_id, offer_id) references offers (org_id, id)
);

create table occurrences (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  group_id uuid not null,
  date date not null,
  starts text not null,
  ends text not null,
  cancelled boolean not null default false,
  unique (group_id, date, starts),
  unique (org_id, id),
  foreign key (org_id, group_id) references activity_groups (org_id, id)
);

create table enrolments (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  offer_id uuid not null,
  group_id uuid,
  agreed_days text[] not null default '{}',
  status text not null check (status in ('aangemeld', 'actief', 'gepauzeerd', 'beeindigd')),
  started_on date not null,
  ended_on date,
  financer text not null check (financer in ('wlz', 'wmo', 'participatiewet', 'geen')),
  indication_from date,
  indication_until date,
  volume numeric(8, 2),
  volume_per text check (volume_per in ('week', 'maand', 'totaal')),
  unit_rule jsonb not null,
  unique (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id),
  foreign key (org_id, offer_id) references offers (org_id, id)
);
create index enrolments_group_idx on enrolments (group_id);
create index enrolments_client_idx on enrolments (client_id);

create table attendance_records (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  occurrence_id uuid not null,
  client_id uuid not null,
  status text not null check (status in ('aanwezig', 'online', 'afwezig_gemeld', 'afwezig_ongemeld', 'ziek')),
  arrival text,
  departure text,
  minutes integer not null check (minutes >= 0 and minutes <= 1440),
  note text,
  -- a correction is a new record that supersedes the previous one; nothing is overwritten
  supersedes uuid references attendance_records (id),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  foreign key (org_id, occurrence_id) references occurrences (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id)
);
create index attendance_records_occurrence_idx on attendance_records (occurrence_id, client_id);
create index attendance_records_client_idx on attendance_records (client_id);
-- "the current record" = the one no correction supersedes: looked up on every roll call and overview
create index attendance_records_supersedes_idx on attendance_records (supersedes) where supersedes is not null;

create table participation_plans (
  client_id uuid primary key,
  org_id uuid not null references organisations (id),
  version integer not null,
  document jsonb not null,
  updated_by uuid not null,
  updated_at timestamptz not null default now(),
  foreign key (org_id, client_id) references clients (org_id, id)
);
create table participation_plan_versions (
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  version integer not null,
  document jsonb not null,
  saved_by uuid not null,
  saved_at timestamptz not null default now(),
  primary key (client_id, version)
);
create table participation_plan_comments (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  author_id uuid not null,
  text text not null check (length(trim(text)) > 0),
  created_at timestamptz not null default now()
);

create table ladder_positions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  date date not null,
  rung integer not null check (rung between 1 and 6),
  within_rung_step integer not null check (within_rung_step between 1 and 5),
  target_rung integer not null check (target_rung between 1 and 6),
  wants_to_stay boolean not null,
  note text not null default '',
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  foreign key (org_id, client_id) references clients (org_id, id)
);

create table day_evaluations (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  date date not null,
  content_fit text not null,
  level_fit text not null,
  participation_stage text not null,
  next_actions text not null,
  long_term_care jsonb,
  rung integer check (rung between 1 and 6),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  foreign key (org_id, client_id) references clients (org_id, id)
);

-- No fitting offer: recorded for the organisation's and the municipality's overview (003 L1868-1870).
create table unmet_needs (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  sought text not null check (length(trim(sought)) > 0),
  area text not null,
  why_nothing_fitted text not null check (length(trim(why_nothing_fitted)) > 0),
  municipality text,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  foreign key (org_id, client_id) references clients (org_id, id)
);

do $$
declare t text;
begin
  foreach t in array array['offers', 'activity_groups', 'occurrences', 'enrolments', 'attendance_records', 'participation_plans',
    'participation_plan_versions', 'participation_plan_comments', 'ladder_positions', 'day_evaluations', 'unmet_needs'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy %I on %I using (org_id = app_org_id()) with check (org_id = app_org_id())', t || '_org', t);
  end loop;
end
$$;

grant select, insert, update on offers, activity_groups, occurrences, enrolments, participation_plans to meedoen_app;
-- append-only for the application
grant select, insert on attendance_records, participation_plan_versions, participation_plan_comments, ladder_positions, day_evaluations, unmet_needs to meedoen_app;
