-- One-time invitations instead of a first password the administrator sets (issue 14): the administrator
-- knows no one's password. An account starts without a password; the person chooses one through a link
-- with a random secret, of which only the sha-256 is stored (OWASP Forgot Password Cheat Sheet: random,
-- single use, expiring, stored hashed). A newer invitation voids the older ones; using one is atomic.
-- (Numbered 0025: main took 0023 and 0024 while this was written.)

-- An account without a password cannot sign in: sign-in treats it like a wrong password.
alter table users alter column password_hash drop not null;

create table user_invitations (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  user_id uuid not null,
  -- sha-256 of the secret in the link: a leaked table yields no working link
  token_hash text not null unique check (length(token_hash) = 64),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  -- set once, by the one request that uses it (update … where consumed_at is null)
  consumed_at timestamptz,
  -- set when a newer invitation replaces this one, or the account is switched off
  voided_at timestamptz,
  check (expires_at > created_at),
  check (consumed_at is null or voided_at is null),
  unique (org_id, id),
  foreign key (org_id, user_id) references users (org_id, id),
  foreign key (org_id, created_by) references users (org_id, id)
);
-- At most one open invitation per account, also when two administrators issue one at the same moment.
create unique index user_invitations_one_open on user_invitations (user_id) where consumed_at is null and voided_at is null;

alter table user_invitations enable row level security;
create policy user_invitations_org on user_invitations
  using (org_id = app_org_id()) with check (org_id = app_org_id());
grant select, insert, update on user_invitations to meedoen_app;

-- The person opening the link is not signed in: find the organisation of a link past row-level security,
-- and nothing more. Everything else happens bound to that organisation.
create function auth_find_invitation(p_token_hash text)
  returns table (invitation_id uuid, org_id uuid)
  language sql stable security definer set search_path = public
  as $$ select i.id, i.org_id from user_invitations i where i.token_hash = p_token_hash $$;
revoke all on function auth_find_invitation(text) from public;
grant execute on function auth_find_invitation(text) to meedoen_app;
