-- Whether an organisation with this id exists, without binding to it. Ids are random UUIDs, so this
-- reveals nothing guessable; health uses it to tell the UI that the demo organisation is loaded.
create function organisation_exists(p_id uuid)
  returns boolean
  language sql stable security definer set search_path = public
  as $$ select exists (select 1 from organisations where id = p_id) $$;

revoke all on function organisation_exists(uuid) from public;
grant execute on function organisation_exists(uuid) to meedoen_app;
