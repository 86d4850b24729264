-- Work lists, notifications and notes search (issue 14).
--
-- 1. In-app notifications per user: what happened that needs them ("a referral to accept", "a plan awaiting
--    agreement"). The message holds no health content: a kind, the client it concerns and where to look.
create table notifications (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  user_id uuid not null,
  kind text not null check (kind in ('referral_to_accept', 'plan_awaiting_agreement', 'evaluation_recorded')),
  client_id uuid,
  link text not null check (link like '/%'),
  created_at timestamptz not null default now(),
  read_at timestamptz,
  unique (org_id, id),
  foreign key (org_id, user_id) references users (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id)
);
create index notifications_user_idx on notifications (user_id, created_at desc);
alter table notifications enable row level security;
create policy notifications_org on notifications using (org_id = app_org_id()) with check (org_id = app_org_id());
-- read is marked by update; a notification is never deleted (it is part of what the user was told)
grant select, insert, update on notifications to meedoen_app;

-- 2. Full-text search over session notes with Dutch stemming (`meedoen_dutch_vector`, 0016): the index holds the
--    note's three texts, the query must use the same expression.
create index trajectory_events_session_notes_fts on trajectory_events using gin (
  meedoen_dutch_vector(
    coalesce(data #>> '{session,activities}', '') || ' ' || coalesce(data #>> '{session,observations}', '') || ' '
      || coalesce(data #>> '{session,sessionEvaluation}', '')
  )
) where type = 'session_recorded';
