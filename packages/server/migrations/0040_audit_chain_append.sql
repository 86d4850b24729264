-- The audit trail's chain in one round trip (issue 16): lock the organisation's chain head, number the new records,
-- hash each over its predecessor, and move the head — all on the server, so the records go in with the statement
-- that calls this, instead of a locking read first and the insert after. The hash is the one the application checks
-- (audit-record.ts, hashAuditRecord): SHA-256 over the JSON array [prevHash, orgId, seq, ...the record's own fields];
-- the application sends each record's own fields as that array's tail (`,"2026-…",…]`), so the bytes hashed are the
-- same either way. Runs as the caller: row-level security keeps a chain to the organisation the transaction is bound to.
create function audit_chain_append(p_org uuid, p_tails text[], p_genesis text)
  returns table (o_ord int, o_seq bigint, o_prev_hash text, o_hash text)
  language plpgsql volatile
as $$
declare
  v_seq bigint;
  v_hash text;
  v_org text := p_org::text;
begin
  select h.last_seq, h.last_hash into v_seq, v_hash from audit_chain_heads h where h.org_id = p_org for update;
  if not found then
    -- An organisation's first record creates its head; a concurrent first writer waits on the same row.
    insert into audit_chain_heads (org_id, last_seq, last_hash) values (p_org, 0, p_genesis) on conflict (org_id) do nothing;
    select h.last_seq, h.last_hash into v_seq, v_hash from audit_chain_heads h where h.org_id = p_org for update;
    if not found then
      raise exception 'audit chain head of % not visible', p_org;
    end if;
  end if;
  for i in 1 .. coalesce(array_length(p_tails, 1), 0) loop
    o_ord := i;
    o_seq := v_seq + i;
    o_prev_hash := v_hash;
    o_hash := encode(sha256(convert_to('["' || v_hash || '","' || v_org || '",' || o_seq::text || p_tails[i], 'UTF8')), 'hex');
    v_hash := o_hash;
    return next;
  end loop;
  update audit_chain_heads set last_seq = v_seq + coalesce(array_length(p_tails, 1), 0), last_hash = v_hash
   where org_id = p_org;
end
$$;
revoke all on function audit_chain_append(uuid, text[], text) from public;
grant execute on function audit_chain_append(uuid, text[], text) to meedoen_app;
