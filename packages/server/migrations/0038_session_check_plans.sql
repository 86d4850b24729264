-- Every request checks its session (issue 16): the statements of that check are planned once per connection instead
-- of on every call. A SQL-language function that cannot be inlined (SECURITY DEFINER) is planned at each call; a
-- PL/pgSQL function keeps its statements' plans for the connection's life.

-- The directory lookup of migration 0033, unchanged in what it returns and who may call it.
create or replace function identity_lookup(p_kind text, p_key text)
  returns table (org_id uuid, owner_id uuid)
  language plpgsql stable security definer set search_path = public
  as $$
begin
  return query select d.org_id, d.owner_id from identity_directory d where d.kind = p_kind and d.key = p_key;
end
$$;

-- The session behind a token hash in organisation p_org, with the account's roles; no row when it is unknown or the
-- account is switched off. SECURITY INVOKER: it reads as the application role, under row-level security for the
-- organisation the transaction is bound to (the caller binds it from the directory first), so it reveals nothing the
-- statement it replaces (session-store.ts) could not.
create function session_by_token(p_token_hash text, p_org uuid)
  returns table (session_id uuid, org_id uuid, user_id uuid, csrf_token text, stage text, roles text[],
                 idle_seconds int, age_seconds int)
  language plpgsql stable security invoker set search_path = public
  as $$
#variable_conflict use_column
begin
  return query
    select s.id, s.org_id, s.user_id, s.csrf_token, s.stage,
           coalesce(array(select r.role from user_roles r where r.org_id = s.org_id and r.user_id = s.user_id order by r.role), '{}'),
           extract(epoch from now() - s.last_seen_at)::int,
           extract(epoch from now() - s.created_at)::int
      from sessions s join users u on u.org_id = s.org_id and u.id = s.user_id
     where s.org_id = p_org and s.token_hash = p_token_hash and u.active;
end
$$;
revoke all on function session_by_token(text, uuid) from public;
grant execute on function session_by_token(text, uuid) to meedoen_app;
