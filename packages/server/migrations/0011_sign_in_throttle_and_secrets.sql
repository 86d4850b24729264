-- Sign-in hardening (issue 11, finding 8): the sign-in throttle in the database, so several instances on one
-- server share it; sessions with an absolute lifetime; second-factor secrets only ever written encrypted.

-- Failed attempts per account (keyed by the e-mail address given, known or not, so unknown and existing
-- accounts behave the same) and per client address. Keys are HMACs, never the address or e-mail itself.
-- `level` is a leaky bucket: every failure adds one, time drains it; at the capacity the key must wait,
-- doubling per further failure (back-off), up to a maximum. Not a tenant table: nobody is signed in yet.
create table sign_in_throttle (
  scope text not null check (scope in ('account', 'address')),
  key_hash text not null check (length(key_hash) between 16 and 128),
  level double precision not null check (level >= 0),
  updated_at timestamptz not null,
  blocked_until timestamptz,
  primary key (scope, key_hash)
);
-- No policy and no grant: the application role reaches this table only through the functions below.
alter table sign_in_throttle enable row level security;

-- Count an attempt before it is checked, atomically (the row lock orders parallel attempts, so 50 parallel
-- guesses cannot all slip in before the back-off starts). An attempt while the key must wait is not counted
-- and not allowed: `wait_seconds` > 0. Otherwise `wait_seconds` = 0 and `backoff_seconds` says how long the
-- key must wait after this attempt should it fail (0: no back-off yet).
create function auth_throttle_reserve(p_scope text, p_key text, p_capacity double precision,
                                      p_drain_per_hour double precision, p_max_wait_seconds double precision)
  returns table (wait_seconds double precision, backoff_seconds double precision)
  language plpgsql volatile security definer set search_path = public
  as $$
declare
  v_level double precision;
  v_updated timestamptz;
  v_blocked timestamptz;
  v_backoff double precision;
begin
  insert into sign_in_throttle (scope, key_hash, level, updated_at) values (p_scope, p_key, 0, now())
    on conflict (scope, key_hash) do nothing;
  select t.level, t.updated_at, t.blocked_until into v_level, v_updated, v_blocked
    from sign_in_throttle t where t.scope = p_scope and t.key_hash = p_key for update;
  if v_blocked is not null and v_blocked > clock_timestamp() then
    return query select extract(epoch from v_blocked - clock_timestamp())::double precision, 0::double precision;
    return;
  end if;
  v_level := greatest(0, v_level - extract(epoch from clock_timestamp() - v_updated) * p_drain_per_hour / 3600) + 1;
  -- Whole failures decide the back-off (a trace of draining between quick attempts does not postpone it).
  v_backoff := case when round(v_level) >= p_capacity
                    then least(p_max_wait_seconds, power(2, round(v_level) - p_capacity)) else 0 end;
  update sign_in_throttle
     set level = v_level, updated_at = clock_timestamp(),
         blocked_until = case when v_backoff > 0 then clock_timestamp() + v_backoff * interval '1 second' end
   where scope = p_scope and key_hash = p_key;
  -- Forget keys that have been quiet for two days (their bucket has long drained).
  if random() < 0.01 then
    delete from sign_in_throttle
     where updated_at < now() - interval '2 days' and (blocked_until is null or blocked_until < now());
  end if;
  return query select 0::double precision, v_backoff;
end
$$;

-- A successful attempt: the account's failures are forgotten; an address gets its attempt back (successes
-- never count), and loses a back-off its own attempt started.
create function auth_throttle_release(p_scope text, p_key text, p_capacity double precision)
  returns void
  language plpgsql volatile security definer set search_path = public
  as $$
begin
  if p_scope = 'account' then
    delete from sign_in_throttle where scope = p_scope and key_hash = p_key;
  else
    update sign_in_throttle
       set level = greatest(0, level - 1),
           blocked_until = case when round(level - 1) >= p_capacity then blocked_until end
     where scope = p_scope and key_hash = p_key;
  end if;
end
$$;

revoke all on function auth_throttle_reserve(text, text, double precision, double precision, double precision) from public;
revoke all on function auth_throttle_release(text, text, double precision) from public;
grant execute on function auth_throttle_reserve(text, text, double precision, double precision, double precision) to meedoen_app;
grant execute on function auth_throttle_release(text, text, double precision) to meedoen_app;

-- The per-user lockout columns are replaced by the throttle above.
drop function auth_find_login(text);
create function auth_find_login(p_email text)
  returns table (user_id uuid, org_id uuid, password_hash text, email text)
  language sql stable security definer set search_path = public
  as $$ select u.id, u.org_id, u.password_hash, u.email from users u where u.email = lower(p_email) and u.active $$;
revoke all on function auth_find_login(text) from public;
grant execute on function auth_find_login(text) to meedoen_app;
alter table users drop column failed_logins, drop column locked_until;

-- Sessions end after an absolute lifetime too, not only after inactivity: the finder returns the age.
drop function auth_find_session(text);
create function auth_find_session(p_token_hash text)
  returns table (session_id uuid, org_id uuid, user_id uuid, csrf_token text, last_seen_at timestamptz, stage text,
                 roles text[], created_at timestamptz)
  language sql stable security definer set search_path = public
  as $$ select s.id, s.org_id, s.user_id, s.csrf_token, s.last_seen_at, s.stage,
               coalesce(array(select r.role from user_roles r where r.user_id = s.user_id order by r.role), '{}'),
               s.created_at
          from sessions s join users u on u.id = s.user_id
         where s.token_hash = p_token_hash and u.active $$;
revoke all on function auth_find_session(text) from public;
grant execute on function auth_find_session(text) to meedoen_app;

-- Second-factor secrets are stored sealed (AES-256-GCM, "v1:<key id>:<iv>:<ciphertext>"), with a key kept
-- outside the database. A migration cannot know that key: secrets stored readable before this migration are
-- sealed by the application at its next start (sealStoredSecrets), before it serves requests. NOT VALID: the
-- check holds for every row written from now on, while the old rows wait for that first start.
alter table users
  add constraint users_totp_secret_sealed check (totp_secret is null or totp_secret like 'v1:%') not valid,
  add constraint users_totp_pending_secret_sealed check (totp_pending_secret is null or totp_pending_secret like 'v1:%') not valid;
