-- Global identities in a directory (issue 16; docs/adr/0006-distributing-by-organisation.md, step 3): the four
-- keys looked up before the organisation is known — a sign-in e-mail address, a session token, an invitation
-- token and a calendar-feed token — are unique across all organisations in one small table that names the
-- organisation and the owning row. The organisation's own tables keep the key unique within the organisation
-- (org_id first), so they can be distributed by org_id; on Citus this table is a reference table.
-- The application keeps the directory and the row in one transaction (db/identity-directory.ts); the lookups read
-- the directory first, then the row inside the organisation's binding (row-level security).

create table identity_directory (
  kind text not null check (kind in ('email', 'session', 'invitation', 'feed')),
  key text not null check (length(key) between 3 and 320),
  org_id uuid not null references organisations (id),
  -- the user, session, invitation or feed token the key belongs to
  owner_id uuid not null,
  primary key (kind, key)
);
create index identity_directory_org_idx on identity_directory (org_id);
-- No policy and no grant: the application role reaches the directory only through the functions below, so it can
-- neither list the e-mail addresses of other organisations nor claim or release keys for them.
alter table identity_directory enable row level security;

-- Existing keys move in. Revoked feed tokens stay out (the application releases a feed token when it is revoked).
insert into identity_directory (kind, key, org_id, owner_id) select 'email', email, org_id, id from users;
insert into identity_directory (kind, key, org_id, owner_id) select 'session', token_hash, org_id, id from sessions;
insert into identity_directory (kind, key, org_id, owner_id) select 'invitation', token_hash, org_id, id from user_invitations;
insert into identity_directory (kind, key, org_id, owner_id)
  select 'feed', token_hash, org_id, id from agenda_feed_tokens where revoked_at is null;

-- The organisation tables' keys now hold within the organisation only.
drop index users_email_key;
create unique index users_email_key on users (org_id, email);
alter table sessions drop constraint sessions_token_hash_key;
alter table sessions add constraint sessions_token_hash_key unique (org_id, token_hash);
alter table user_invitations drop constraint user_invitations_token_hash_key;
alter table user_invitations add constraint user_invitations_token_hash_key unique (org_id, token_hash);
alter table agenda_feed_tokens drop constraint agenda_feed_tokens_token_hash_key;
alter table agenda_feed_tokens add constraint agenda_feed_tokens_token_hash_key unique (org_id, token_hash);

-- The organisation behind a key (and the row it belongs to), or no row. The only way into the directory before an
-- organisation is known; it reveals no more than the finders it replaces did.
create function identity_lookup(p_kind text, p_key text)
  returns table (org_id uuid, owner_id uuid)
  language sql stable security definer set search_path = public
  as $$ select d.org_id, d.owner_id from identity_directory d where d.kind = p_kind and d.key = p_key $$;

-- Claim a key for the organisation the transaction is bound to: true when it is now this owner's, false when the
-- key is already taken (by anyone). The primary key decides, also under parallel claims: a second claim of one key
-- waits for the first transaction and then finds it taken.
create function identity_claim(p_kind text, p_key text, p_owner uuid)
  returns boolean
  language plpgsql volatile security definer set search_path = public
  as $$
declare
  v_org uuid := app_org_id();
begin
  if v_org is null then
    raise exception 'identity_claim needs a transaction bound to an organisation' using errcode = '42501';
  end if;
  insert into identity_directory (kind, key, org_id, owner_id) values (p_kind, p_key, v_org, p_owner)
    on conflict (kind, key) do nothing;
  return found;
end
$$;

-- Release keys of the bound organisation (a session ended, a feed token revoked); another organisation's keys stay.
create function identity_release(p_kind text, p_keys text[])
  returns void
  language sql volatile security definer set search_path = public
  as $$ delete from identity_directory d where d.kind = p_kind and d.key = any (p_keys) and d.org_id = app_org_id() $$;

revoke all on function identity_lookup(text, text) from public;
revoke all on function identity_claim(text, text, uuid) from public;
revoke all on function identity_release(text, text[]) from public;
grant execute on function identity_lookup(text, text) to meedoen_app;
grant execute on function identity_claim(text, text, uuid) to meedoen_app;
grant execute on function identity_release(text, text[]) to meedoen_app;

-- The finders that read the global keys across organisations are replaced by the directory and bound reads.
drop function auth_find_login(text);
drop function auth_find_session(text);
drop function auth_find_invitation(text);
drop function agenda_feed_owner(text);
