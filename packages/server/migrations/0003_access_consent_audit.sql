-- Access: care teams, representatives, consent (append-only), break-glass, the NEN 7513 audit trail
-- (append-only, hash-chained), second factor and login lockout.

-- The privacy officer role (NEN 7513 §8: a designated logbeheerder).
alter table user_roles drop constraint user_roles_role_check;
alter table user_roles add constraint user_roles_role_check check (role in ('client', 'naaste', 'vaktherapeut',
  'ergotherapeut', 'regiebehandelaar', 'activiteitenbegeleider', 'trajectbegeleider', 'werkbegeleider',
  'zorgcoordinator', 'planner', 'beheerder', 'privacyfunctionaris', 'financier', 'gemeente'));

-- Second factor (TOTP, RFC 6238) and lockout after repeated failures.
alter table organisations add column require_second_factor boolean not null default false;
alter table users
  add column totp_secret text,
  add column totp_pending_secret text,
  add column totp_enabled_at timestamptz,
  add column totp_last_step bigint,
  add column failed_logins integer not null default 0,
  add column locked_until timestamptz,
  add column password_changed_at timestamptz not null default now();
-- A session is fully signed in, waits for the second factor, or may only enrol one.
alter table sessions add column stage text not null default 'active'
  check (stage in ('active', 'second_factor', 'enrol_second_factor'));

drop function auth_find_login(text);
create function auth_find_login(p_email text)
  returns table (user_id uuid, org_id uuid, password_hash text, locked_until timestamptz)
  language sql stable security definer set search_path = public
  as $$ select u.id, u.org_id, u.password_hash, u.locked_until from users u where u.email = lower(p_email) and u.active $$;

drop function auth_find_session(text);
create function auth_find_session(p_token_hash text)
  returns table (session_id uuid, org_id uuid, user_id uuid, csrf_token text, last_seen_at timestamptz, stage text, roles text[])
  language sql stable security definer set search_path = public
  as $$ select s.id, s.org_id, s.user_id, s.csrf_token, s.last_seen_at, s.stage,
               coalesce(array(select r.role from user_roles r where r.user_id = s.user_id order by r.role), '{}')
          from sessions s join users u on u.id = s.user_id
         where s.token_hash = p_token_hash and u.active $$;

revoke all on function auth_find_login(text) from public;
revoke all on function auth_find_session(text) from public;
grant execute on function auth_find_login(text) to meedoen_app;
grant execute on function auth_find_session(text) to meedoen_app;

-- The care team: who treats or supports the client, in which role, from when until when.
create table care_team_members (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  user_id uuid not null,
  role text not null check (role in ('vaktherapeut', 'ergotherapeut', 'regiebehandelaar', 'activiteitenbegeleider',
    'trajectbegeleider', 'zorgcoordinator', 'planner', 'beheerder')),
  valid_from date not null,
  valid_until date,
  added_by uuid not null,
  added_at timestamptz not null default now(),
  check (valid_until is null or valid_until >= valid_from),
  foreign key (org_id, client_id) references clients (org_id, id),
  foreign key (org_id, user_id) references users (org_id, id)
);
create index care_team_members_client_idx on care_team_members (client_id);
create index care_team_members_user_idx on care_team_members (user_id);

-- Parents and legal representatives act for the client (001 L1579: parental consent under 16).
create table client_representatives (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  user_id uuid not null,
  relation text not null check (relation in ('ouder', 'wettelijk_vertegenwoordiger')),
  valid_from date not null,
  valid_until date,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  foreign key (org_id, client_id) references clients (org_id, id),
  foreign key (org_id, user_id) references users (org_id, id)
);
create index client_representatives_client_idx on client_representatives (client_id);

-- Consent: append-only. A grant is never changed; revoking it adds a revocation.
create table consent_grants (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  grantee_user_id uuid not null,
  categories text[] not null check (cardinality(categories) > 0 and categories <@ array['personalia', 'care_network',
    'treatment', 'measurements', 'day_activities', 'participation_plan', 'access_log']),
  level text not null check (level in ('read', 'write')),
  valid_from date not null,
  valid_until date,
  given_by text not null check (given_by in ('client', 'ouder', 'wettelijk_vertegenwoordiger')),
  -- 001 L838-840: why a naaste is involved
  naaste_basis text check (naaste_basis in ('verzoek_client', 'indicatie_professional')),
  note text,
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  check (valid_until is null or valid_until >= valid_from),
  foreign key (org_id, client_id) references clients (org_id, id),
  foreign key (org_id, grantee_user_id) references users (org_id, id)
);
create index consent_grants_client_idx on consent_grants (client_id);
create index consent_grants_grantee_idx on consent_grants (grantee_user_id);

create table consent_revocations (
  consent_id uuid primary key references consent_grants (id),
  org_id uuid not null references organisations (id),
  revoked_by uuid not null,
  revoked_at timestamptz not null default now(),
  reason text
);

-- Break-glass: an emergency opening of a record outside the care team, with a stated reason.
create table break_glass_accesses (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  user_id uuid not null,
  reason text not null check (length(trim(reason)) >= 10),
  opened_at timestamptz not null default now(),
  expires_at timestamptz not null,
  reviewed_by uuid,
  reviewed_at timestamptz,
  review_note text,
  foreign key (org_id, client_id) references clients (org_id, id),
  foreign key (org_id, user_id) references users (org_id, id)
);
create index break_glass_accesses_lookup_idx on break_glass_accesses (client_id, user_id, expires_at);

-- The audit trail (NEN 7513 §5.1, §7): one row per access to a client's data, chained per organisation:
-- each row carries the hash of its predecessor, so an edited or deleted row breaks the chain.
create table audit_events (
  org_id uuid not null references organisations (id),
  seq bigint not null,
  occurred_at timestamptz not null,
  event text not null,
  action char(1) not null check (action in ('C', 'R', 'U', 'D', 'E')),
  outcome text not null check (outcome in ('success', 'denied')),
  client_id uuid,
  user_id uuid,
  responsible_user_id uuid,
  user_role text,
  basis text,
  break_glass boolean not null default false,
  reason text,
  object_type text,
  object_id text,
  ip text,
  user_agent text,
  prev_hash text not null,
  hash text not null,
  primary key (org_id, seq)
);
create index audit_events_client_idx on audit_events (org_id, client_id, occurred_at);
create index audit_events_user_idx on audit_events (org_id, user_id, occurred_at);

create table audit_chain_heads (
  org_id uuid primary key references organisations (id),
  last_seq bigint not null,
  last_hash text not null
);

alter table care_team_members enable row level security;
create policy care_team_members_org on care_team_members using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table client_representatives enable row level security;
create policy client_representatives_org on client_representatives using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table consent_grants enable row level security;
create policy consent_grants_org on consent_grants using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table consent_revocations enable row level security;
create policy consent_revocations_org on consent_revocations using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table break_glass_accesses enable row level security;
create policy break_glass_accesses_org on break_glass_accesses using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table audit_events enable row level security;
create policy audit_events_org on audit_events using (org_id = app_org_id()) with check (org_id = app_org_id());
alter table audit_chain_heads enable row level security;
create policy audit_chain_heads_org on audit_chain_heads using (org_id = app_org_id()) with check (org_id = app_org_id());

grant select, insert, update on care_team_members to meedoen_app;
grant select, insert, update on client_representatives to meedoen_app;
-- append-only for the application: no UPDATE, no DELETE
grant select, insert on consent_grants to meedoen_app;
grant select, insert on consent_revocations to meedoen_app;
grant select, insert on audit_events to meedoen_app;
grant select, insert, update on audit_chain_heads to meedoen_app;
grant select, insert on break_glass_accesses to meedoen_app;
grant update (reviewed_by, reviewed_at, review_note) on break_glass_accesses to meedoen_app;
