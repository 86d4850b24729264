-- The agenda (issue 14): rooms, appointment series in local time with their exceptions (cancelled or
-- moved sessions, RFC 5545 RECURRENCE-ID / EXDATE), the sessions derived from them for overlap checks
-- and day/week views, and per-professional iCalendar feed tokens (stored hashed, revocable).
-- Day-activity groups keep their own schedule and occurrences (0006); the agenda reads those, it
-- does not copy them. A series can point at the group, the trajectory or the client it serves.

create table agenda_rooms (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  name text not null check (length(trim(name)) > 0),
  capacity integer check (capacity is null or capacity > 0),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (org_id, id),
  unique (org_id, name)
);

create table agenda_series (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  kind text not null check (kind in ('individueel', 'groep', 'mdo', 'huisbezoek', 'ruimte', 'online')),
  professional_id uuid not null,
  room_id uuid,
  client_id uuid,
  trajectory_id uuid,
  group_id uuid,
  address text,
  online_url text,
  start_date date not null,
  start_time text not null check (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  end_time text not null check (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and end_time > start_time),
  time_zone text not null,
  recurrence jsonb,
  cancelled_at timestamptz,
  cancel_reason text,
  version integer not null default 1,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  unique (org_id, id),
  foreign key (org_id, professional_id) references users (org_id, id),
  foreign key (org_id, room_id) references agenda_rooms (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id),
  foreign key (org_id, trajectory_id) references trajectories (org_id, id),
  foreign key (org_id, group_id) references activity_groups (org_id, id)
);
create index agenda_series_client_idx on agenda_series (client_id);

-- One change per session of a series, named by its original date.
create table agenda_exceptions (
  org_id uuid not null references organisations (id),
  series_id uuid not null,
  original_date date not null,
  kind text not null check (kind in ('cancelled', 'moved')),
  reason text not null check (length(trim(reason)) > 0),
  to_date date,
  to_start text,
  to_end text,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  primary key (series_id, original_date),
  check ((kind = 'moved') = (to_date is not null and to_start is not null and to_end is not null)),
  foreign key (org_id, series_id) references agenda_series (org_id, id)
);

-- The sessions that take place, derived from a series and its exceptions; rewritten whenever either
-- changes, under a lock per professional and per room, so two planners cannot double-book.
create table agenda_sessions (
  org_id uuid not null references organisations (id),
  series_id uuid not null,
  original_date date not null,
  date date not null,
  starts text not null,
  ends text not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null check (ends_at > starts_at),
  moved boolean not null default false,
  professional_id uuid not null,
  room_id uuid,
  primary key (series_id, original_date),
  foreign key (org_id, series_id) references agenda_series (org_id, id)
);
create index agenda_sessions_professional_idx on agenda_sessions (professional_id, starts_at);
create index agenda_sessions_room_idx on agenda_sessions (room_id, starts_at);

create table agenda_feed_tokens (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  user_id uuid not null,
  -- sha-256 of the secret in the feed's address: a leaked table yields no working link
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  foreign key (org_id, user_id) references users (org_id, id)
);
create unique index agenda_feed_tokens_one_live on agenda_feed_tokens (user_id) where revoked_at is null;

do $$
declare t text;
begin
  foreach t in array array['agenda_rooms', 'agenda_series', 'agenda_exceptions', 'agenda_sessions', 'agenda_feed_tokens'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy %I on %I using (org_id = app_org_id()) with check (org_id = app_org_id())', t || '_org', t);
  end loop;
end
$$;

grant select, insert, update on agenda_rooms, agenda_series, agenda_feed_tokens to meedoen_app;
grant select, insert, update, delete on agenda_exceptions, agenda_sessions to meedoen_app;

-- The feed is fetched by a calendar app without a session: find the owner of a token past row-level
-- security, and nothing more.
create function agenda_feed_owner(p_token_hash text)
  returns table (org_id uuid, user_id uuid)
  language sql stable security definer set search_path = public
  as $$ select t.org_id, t.user_id from agenda_feed_tokens t join users u on u.id = t.user_id
         where t.token_hash = p_token_hash and t.revoked_at is null and u.active $$;
revoke all on function agenda_feed_owner(text) from public;
grant execute on function agenda_feed_owner(text) to meedoen_app;
