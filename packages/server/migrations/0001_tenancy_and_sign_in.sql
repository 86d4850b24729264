-- Tenancy and sign-in: organisations, users with roles, sessions, and the clients they serve.
-- Every tenant table carries org_id and a row-level security policy bound to app.org_id, which the
-- application sets per transaction (set_config(..., true)) while running as the role meedoen_app.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'meedoen_app') then
    create role meedoen_app nologin nosuperuser nobypassrls;
  end if;
end
$$;

-- The organisation the current transaction is bound to, or null when none is.
create function app_org_id() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.org_id', true), '')::uuid $$;

create table organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) > 0),
  -- zorgaanbieder, praktijk, gemeente, werkgever (DOMAIN.md §2)
  kind text not null check (kind in ('zorgaanbieder', 'praktijk', 'gemeente', 'werkgever')),
  -- A GGZ institution requires a regiebehandelaar for vaktherapie (001 L1436-1438).
  is_ggz_institution boolean not null default false,
  created_at timestamptz not null default now()
);

create table clients (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  given_name text not null check (length(trim(given_name)) > 0),
  family_name text not null check (length(trim(family_name)) > 0),
  birth_date date not null,
  -- the person's place of care: where they live or are treated
  care_setting text not null check (care_setting in ('thuis', 'verpleeghuis', 'ggz_ambulant', 'ggz_klinisch', 'gehandicaptenzorg', 'jeugd', 'beschermd_wonen')),
  municipality text,
  created_at timestamptz not null default now(),
  unique (org_id, id)
);

create table users (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  email text not null check (email = lower(email) and position('@' in email) > 1),
  display_name text not null check (length(trim(display_name)) > 0),
  password_hash text not null,
  -- for vaktherapeuten and ergotherapeuten: their discipline (001 L26-28; 004)
  discipline text check (discipline in ('beeldende_therapie', 'danstherapie', 'dramatherapie', 'muziektherapie',
    'psychomotorische_therapie', 'psychomotorische_kindertherapie', 'speltherapie', 'ergotherapie')),
  -- a client's own account, or a naaste's, points at the client it concerns
  client_id uuid,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id)
);
-- One account per e-mail address across the platform: sign-in finds the organisation from it.
create unique index users_email_key on users (email);

create table user_roles (
  org_id uuid not null references organisations (id),
  user_id uuid not null,
  role text not null check (role in ('client', 'naaste', 'vaktherapeut', 'ergotherapeut', 'regiebehandelaar',
    'activiteitenbegeleider', 'trajectbegeleider', 'werkbegeleider', 'zorgcoordinator', 'planner', 'beheerder',
    'financier', 'gemeente')),
  primary key (user_id, role),
  foreign key (org_id, user_id) references users (org_id, id)
);

create table sessions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  user_id uuid not null,
  -- sha-256 of the cookie value: a leaked table does not yield usable sessions
  token_hash text not null unique,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  foreign key (org_id, user_id) references users (org_id, id)
);
create index sessions_user_idx on sessions (user_id);

-- Row-level security on every tenant table.
alter table organisations enable row level security;
create policy organisations_own on organisations
  using (id = app_org_id()) with check (id = app_org_id());

alter table clients enable row level security;
create policy clients_org on clients using (org_id = app_org_id()) with check (org_id = app_org_id());

alter table users enable row level security;
create policy users_org on users using (org_id = app_org_id()) with check (org_id = app_org_id());

alter table user_roles enable row level security;
create policy user_roles_org on user_roles using (org_id = app_org_id()) with check (org_id = app_org_id());

alter table sessions enable row level security;
create policy sessions_org on sessions using (org_id = app_org_id()) with check (org_id = app_org_id());

-- Before sign-in no organisation is known. These two narrow functions, run as the owner, are the only
-- way past row-level security; each returns just what the next step needs.
create function auth_find_login(p_email text)
  returns table (user_id uuid, org_id uuid, password_hash text)
  language sql stable security definer set search_path = public
  as $$ select u.id, u.org_id, u.password_hash from users u where u.email = lower(p_email) and u.active $$;

create function auth_find_session(p_token_hash text)
  returns table (session_id uuid, org_id uuid, user_id uuid, csrf_token text, last_seen_at timestamptz)
  language sql stable security definer set search_path = public
  as $$ select s.id, s.org_id, s.user_id, s.csrf_token, s.last_seen_at from sessions s where s.token_hash = p_token_hash $$;

revoke all on function auth_find_login(text) from public;
revoke all on function auth_find_session(text) from public;
grant execute on function auth_find_login(text) to meedoen_app;
grant execute on function auth_find_session(text) to meedoen_app;
grant execute on function app_org_id() to meedoen_app;

grant usage on schema public to meedoen_app;
grant select on organisations to meedoen_app;
grant select, insert, update on clients to meedoen_app;
grant select, insert, update on users to meedoen_app;
grant select, insert, delete on user_roles to meedoen_app;
grant select, insert, update, delete on sessions to meedoen_app;
grant select on schema_migrations to meedoen_app;
