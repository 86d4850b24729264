-- Treatment trajectories (vaktherapie, ergotherapie): an append-only stream of events per trajectory
-- (001 §3.3-3.5); the trajectory's state is derived from it. `trajectories` is a projection for lists.

create table trajectories (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  discipline text not null,
  request_type text not null,
  therapist_id uuid not null,
  regiebehandelaar_id uuid,
  state text not null,
  next_evaluation_date date,
  warning_count integer not null default 0,
  last_seq integer not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id),
  foreign key (org_id, therapist_id) references users (org_id, id)
);
create index trajectories_client_idx on trajectories (client_id);
create index trajectories_therapist_idx on trajectories (therapist_id, state);

create table trajectory_events (
  org_id uuid not null references organisations (id),
  trajectory_id uuid not null,
  seq integer not null check (seq > 0),
  type text not null,
  data jsonb not null,
  actor_id uuid not null,
  at timestamptz not null,
  reason text,
  -- two writers on the same version: one wins, the other gets a conflict (optimistic concurrency)
  primary key (trajectory_id, seq),
  foreign key (org_id, trajectory_id) references trajectories (org_id, id)
);

-- Multidisciplinary meeting: which trajectories were discussed and what was decided.
create table mdo_meetings (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  held_on date not null,
  participants text[] not null check (cardinality(participants) > 0),
  notes text,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  unique (org_id, id)
);
create table mdo_items (
  org_id uuid not null references organisations (id),
  mdo_id uuid not null,
  trajectory_id uuid not null,
  client_id uuid not null,
  decision text not null,
  notes text,
  primary key (mdo_id, trajectory_id),
  foreign key (org_id, mdo_id) references mdo_meetings (org_id, id),
  foreign key (org_id, trajectory_id) references trajectories (org_id, id)
);

alter table trajectories enable row level security;
create policy trajectories_org on trajectories using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table trajectory_events enable row level security;
create policy trajectory_events_org on trajectory_events using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table mdo_meetings enable row level security;
create policy mdo_meetings_org on mdo_meetings using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table mdo_items enable row level security;
create policy mdo_items_org on mdo_items using (org_id = app_org_id()) with check (org_id = app_org_id());

grant select, insert, update on trajectories to meedoen_app;
-- the history is never rewritten
grant select, insert on trajectory_events to meedoen_app;
grant select, insert on mdo_meetings to meedoen_app;
grant select, insert on mdo_items to meedoen_app;
