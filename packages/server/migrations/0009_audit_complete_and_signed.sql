-- A complete and tamper-evident audit trail (issue 11, findings 3 and 4).

-- Every refusal and failed attempt is recorded too, not only granted access: `failed` is an attempt
-- answered with an error other than a denial (invalid input, a stale version); `problem_code` is the
-- problem+json code the caller got. Old rows keep NULL, which their hashes did not cover.
alter table audit_events drop constraint audit_events_outcome_check;
alter table audit_events add constraint audit_events_outcome_check check (outcome in ('success', 'denied', 'failed'));
alter table audit_events add column problem_code text;

-- Signed checkpoints: an HMAC over (organisation, sequence number, head hash) with a key that is never
-- stored in the database (MEEDOEN_AUDIT_KEY). Someone who can rewrite the audit tables can recompute
-- every hash of the chain, but cannot sign a checkpoint for it; `meedoen audit verify` checks each
-- checkpoint against the chain and names a key it does not know. The key id is a fingerprint of the
-- key, never the key.
create table audit_checkpoints (
  org_id uuid not null references organisations (id),
  seq bigint not null check (seq > 0),
  head_hash text not null,
  key_id text not null,
  signature text not null,
  created_at timestamptz not null default now(),
  primary key (org_id, seq)
);

alter table audit_checkpoints enable row level security;
create policy audit_checkpoints_org on audit_checkpoints using (org_id = app_org_id()) with check (org_id = app_org_id());
-- append-only for the application, like the trail itself
grant select, insert on audit_checkpoints to meedoen_app;
