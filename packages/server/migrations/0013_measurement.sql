-- Measuring what works (issue 13; docs/design/measurement-api.md §1, §3): an organisation's licences,
-- loaded licensed content and instrument setups; its measurement settings; and the administrations of
-- instruments as immutable versions (a correction is a new version with who and why).

create table instrument_licences (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  instrument_id text not null,
  holder text not null,
  reference text not null,
  valid_from date not null,
  valid_until date,
  digital_use boolean not null,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  unique (org_id, id),
  check (valid_until is null or valid_until >= valid_from)
);

-- Wording and scoring keys the organisation loads with its licence (never shipped in the repository).
create table instrument_contents (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  instrument_id text not null,
  edition text not null,
  copyright text not null,
  languages jsonb not null,
  scoring_key jsonb,
  loaded_by uuid not null,
  loaded_at timestamptz not null default now(),
  unique (org_id, id)
);

create table instrument_setups (
  org_id uuid not null references organisations (id),
  instrument_id text not null,
  enabled boolean not null,
  licence_id uuid,
  content_id uuid,
  version integer not null check (version > 0),
  changed_by uuid not null,
  changed_at timestamptz not null default now(),
  primary key (org_id, instrument_id),
  foreign key (org_id, licence_id) references instrument_licences (org_id, id),
  foreign key (org_id, content_id) references instrument_contents (org_id, id)
);

create table measurement_settings (
  org_id uuid primary key references organisations (id),
  settings jsonb not null,
  version integer not null check (version > 0),
  changed_by uuid not null,
  changed_at timestamptz not null default now()
);

create table measurement_administrations (
  id uuid primary key,
  org_id uuid not null references organisations (id),
  administration_id uuid not null,
  version integer not null check (version > 0),
  instrument_id text not null,
  client_id uuid not null,
  trajectory_id uuid not null,
  occasion_id text not null,
  moment text not null,
  session_id uuid,
  -- 1-based position of the session in the trajectory (schedule.ts); the reference model's x-axis
  session_number integer check (session_number > 0),
  respondent text not null,
  mode text not null check (mode in ('digital', 'paper')),
  -- null: administered, no score (the migrated "ORS given" ticks; YCORS)
  answers jsonb,
  scores jsonb,
  administered_on date not null,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  correction_reason text,
  content_id uuid,
  migrated_from jsonb,
  -- two corrections of the same version: one becomes the next version, the other fails
  unique (administration_id, version),
  check ((version = 1) = (correction_reason is null)),
  check (answers is not null or version = 1),
  check (version > 1 or administration_id = id),
  foreign key (org_id, trajectory_id) references trajectories (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id),
  foreign key (org_id, content_id) references instrument_contents (org_id, id)
);
-- One administration per occasion, instrument and respondent: a second "send" is refused (409).
create unique index measurement_administrations_one_per_occasion
  on measurement_administrations (trajectory_id, instrument_id, occasion_id, respondent) where version = 1;
create index measurement_administrations_trajectory_idx on measurement_administrations (trajectory_id, instrument_id);
create index measurement_administrations_client_idx on measurement_administrations (client_id, administered_on);
create index measurement_administrations_org_idx on measurement_administrations (org_id, instrument_id);

alter table instrument_licences enable row level security;
create policy instrument_licences_org on instrument_licences using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table instrument_contents enable row level security;
create policy instrument_contents_org on instrument_contents using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table instrument_setups enable row level security;
create policy instrument_setups_org on instrument_setups using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table measurement_settings enable row level security;
create policy measurement_settings_org on measurement_settings using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table measurement_administrations enable row level security;
create policy measurement_administrations_org on measurement_administrations
  using (org_id = app_org_id()) with check (org_id = app_org_id());

grant select, insert on instrument_licences to meedoen_app;
grant select, insert on instrument_contents to meedoen_app;
grant select, insert, update on instrument_setups to meedoen_app;
grant select, insert, update on measurement_settings to meedoen_app;
-- scores are never rewritten: a correction is a new row
grant select, insert on measurement_administrations to meedoen_app;

-- The "ORS/SRS given" tick of a recorded session becomes an administration without score (design §3):
-- ORS, CORS or YCORS by the client's age on the session date (REFERENCE.md §1.4: < 6, 6-12, 13+), at the
-- start of the session, occasion numbered per date as the schedule does. No SRS is invented.
insert into measurement_administrations
  (id, org_id, administration_id, version, instrument_id, client_id, trajectory_id, occasion_id, moment, session_id,
   session_number, respondent, mode, answers, scores, administered_on, recorded_by, recorded_at, migrated_from)
select m.new_id, m.org_id, m.new_id, 1,
       case when m.age < 6 then 'ycors' when m.age < 13 then 'cors' else 'ors' end,
       m.client_id, m.trajectory_id,
       'session:' || m.session_date::text || case when m.nth > 1 then '#' || m.nth::text else '' end || ':start',
       'session_start', m.session_id, m.position, 'client', 'paper', null, null, m.session_date, m.actor_id, m.at,
       jsonb_build_object('trajectoryId', m.trajectory_id, 'seq', m.seq)
  from (
    select gen_random_uuid() as new_id, e.org_id, t.client_id, e.trajectory_id, e.seq, e.actor_id, e.at,
           (e.data -> 'session' ->> 'id')::uuid as session_id,
           (e.data -> 'session' ->> 'date')::date as session_date,
           e.data -> 'session' ->> 'outcomeMeasured' as measured,
           date_part('year', age((e.data -> 'session' ->> 'date')::date, c.birth_date)) as age,
           row_number() over (partition by e.trajectory_id, e.data -> 'session' ->> 'date' order by e.seq) as nth,
           row_number() over (partition by e.trajectory_id order by e.data -> 'session' ->> 'date', e.seq) as position
      from trajectory_events e
      join trajectories t on t.id = e.trajectory_id
      join clients c on c.id = t.client_id
     where e.type = 'session_recorded'
  ) m
 where m.measured = 'true';
