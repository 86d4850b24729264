-- Financing (issue 12): a client's entitlements (Wlz indication, Wmo allocations, youth-care decisions,
-- Participatiewet, insurance), the BSN in its own table, the funding of a trajectory (derived, or overridden
-- with a reason), and the organisation's financing parameters with a validity period.
-- Design: docs/design/financing-api.md §2.2 and §3.

-- A consent may name the new data category `financing`.
alter table consent_grants drop constraint consent_grants_categories_check;
alter table consent_grants add constraint consent_grants_categories_check check (cardinality(categories) > 0 and
  categories <@ array['personalia', 'care_network', 'treatment', 'measurements', 'day_activities', 'participation_plan',
    'access_log', 'financing']);

-- The organisation's own AGB code (8 digits), sent in every declaration.
alter table organisations add column agb_code text check (agb_code ~ '^[0-9]{8}$');
-- A practitioner's AGB code, register and number (000 L70-72), and a profession where the role is not enough.
alter table users
  add column agb_code text check (agb_code ~ '^[0-9]{8}$'),
  add column register text,
  add column registration_number text,
  add column profession text check (profession in ('vaktherapeut', 'ergotherapeut', 'regiebehandelaar',
    'activiteitenbegeleider', 'agoog', 'trajectbegeleider', 'werkbegeleider', 'zorgmedewerker', 'ervaringsdeskundige',
    'vrijwilliger'));

-- Every save of a client's entitlements is a new version; the rows of the latest version are the current ones.
-- Append-only: nothing is overwritten. Two saves on the same version: one wins (unique), the other gets 409.
create table entitlement_versions (
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  version integer not null check (version > 0),
  recorded_by uuid not null,
  recorded_at timestamptz not null default now(),
  primary key (org_id, client_id, version),
  foreign key (org_id, client_id) references clients (org_id, id)
);

create table client_identifiers (
  org_id uuid not null,
  client_id uuid not null,
  version integer not null,
  bsn text not null check (bsn ~ '^[0-9]{9}$'),
  primary key (org_id, client_id, version),
  foreign key (org_id, client_id, version) references entitlement_versions (org_id, client_id, version)
);

create table wlz_indications (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null,
  client_id uuid not null,
  version integer not null,
  valid_from date not null,
  valid_until date check (valid_until is null or valid_until >= valid_from),
  delivery_form text not null check (delivery_form in ('verblijf', 'vpt', 'mpt', 'pgb')),
  with_treatment boolean not null,
  stay_by_this_organisation boolean not null,
  dagbesteding_in_stay boolean not null,
  foreign key (org_id, client_id, version) references entitlement_versions (org_id, client_id, version)
);

create table wmo_allocations (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null,
  client_id uuid not null,
  version integer not null,
  allocation_number text not null,
  municipality_code text not null,
  product_category text not null,
  product_code text,
  volume integer check (volume is null or volume > 0),
  unit text not null,
  frequency text not null,
  tariff_cents integer check (tariff_cents is null or tariff_cents >= 0),
  valid_from date not null,
  valid_until date check (valid_until is null or valid_until >= valid_from),
  source text not null check (source in ('manual', 'wmo301')),
  -- one allocation number per municipality within one version (TR332)
  unique (org_id, client_id, version, municipality_code, allocation_number),
  foreign key (org_id, client_id, version) references entitlement_versions (org_id, client_id, version)
);

create table youth_care_decisions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null,
  client_id uuid not null,
  version integer not null,
  valid_from date not null,
  valid_until date check (valid_until is null or valid_until >= valid_from),
  continued_after_18 boolean not null,
  foreign key (org_id, client_id, version) references entitlement_versions (org_id, client_id, version)
);

create table participatiewet_arrangements (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null,
  client_id uuid not null,
  version integer not null,
  valid_from date not null,
  valid_until date check (valid_until is null or valid_until >= valid_from),
  kind text not null check (kind in ('beschut_werk', 're_integratie')),
  foreign key (org_id, client_id, version) references entitlement_versions (org_id, client_id, version)
);

create table insurances (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null,
  client_id uuid not null,
  version integer not null,
  valid_from date not null,
  valid_until date check (valid_until is null or valid_until >= valid_from),
  uzovi text not null check (uzovi ~ '^[0-9]{4}$'),
  insured_number text,
  supplementary_policy_id text,
  foreign key (org_id, client_id, version) references entitlement_versions (org_id, client_id, version)
);

-- The funding of a trajectory: the derived frame and the chosen one (an override carries its reason).
-- Insert-only; the latest decision counts. `seq` orders decisions: two parallel overrides, one wins.
create table funding_decisions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null,
  client_id uuid not null,
  trajectory_id uuid not null,
  seq integer not null check (seq > 0),
  derived_frame text not null,
  chosen_frame text not null,
  reason text,
  decided_by uuid not null,
  decided_at timestamptz not null default now(),
  unique (org_id, trajectory_id, seq),
  foreign key (org_id, trajectory_id) references trajectories (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id)
);

-- Financing parameters per organisation with a validity period (core FinancingParameters). Insert-only;
-- periods must not overlap: the insert locks the table and checks in the same transaction.
create table financing_parameter_sets (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  valid_from date not null,
  valid_until date not null check (valid_until >= valid_from),
  document jsonb not null,
  created_by uuid not null,
  created_at timestamptz not null default now()
);

do $$
declare t text;
begin
  foreach t in array array['entitlement_versions', 'client_identifiers', 'wlz_indications', 'wmo_allocations',
    'youth_care_decisions', 'participatiewet_arrangements', 'insurances', 'funding_decisions', 'financing_parameter_sets']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy %I on %I using (org_id = app_org_id()) with check (org_id = app_org_id())', t || '_org', t);
  end loop;
end $$;

create index entitlement_versions_client_idx on entitlement_versions (client_id, version desc);
create index funding_decisions_trajectory_idx on funding_decisions (trajectory_id, seq desc);

grant select, insert on entitlement_versions, client_identifiers, wlz_indications, wmo_allocations, youth_care_decisions,
  participatiewet_arrangements, insurances, funding_decisions, financing_parameter_sets to meedoen_app;

-- Declaration runs (iWmo 323 per municipality and month). A run is built as a draft, checked with the
-- receiver's checks, then sent; once sent it never changes (corrections are credit + new line in a later run).
create table declaration_runs (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  route text not null check (route in ('iwmo_323', 'pm304', 'wlz')),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  receiver text not null,
  status text not null check (status in ('draft', 'sent', 'answered', 'discarded')),
  declaration_number text not null,
  dagtekening date not null,
  total_cents bigint not null check (total_cents >= 0),
  total_direction text not null check (total_direction in ('D', 'C')),
  checks jsonb not null,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  unique (org_id, id),
  -- TR333: a declaration number is used once per provider and route
  unique (org_id, route, declaration_number)
);
-- Two parallel runs for one receiver and month: one draft wins, the other gets 409.
create unique index declaration_runs_one_draft on declaration_runs (org_id, route, receiver, month) where status = 'draft';

create table declaration_lines (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null,
  run_id uuid not null,
  route text not null,
  client_id uuid not null,
  reference text not null,
  previous_reference text,
  bsn text,
  allocation_number text not null,
  product_category text not null,
  product_code text,
  period_start date not null,
  period_end date not null,
  volume integer not null,
  unit text not null,
  tariff_cents integer,
  amount_cents bigint not null,
  direction text not null check (direction in ('D', 'C')),
  -- TR314: a reference is unique for the provider, ever
  unique (org_id, route, reference),
  foreign key (org_id, run_id) references declaration_runs (org_id, id),
  foreign key (org_id, client_id) references clients (org_id, id)
);
create index declaration_lines_run_idx on declaration_lines (run_id);
create index declaration_lines_client_idx on declaration_lines (client_id);

-- Line references from a per-organisation counter row, taken with update … returning (a row lock).
create table declaration_counters (
  org_id uuid not null references organisations (id),
  route text not null,
  next_value bigint not null,
  primary key (org_id, route)
);

create table declaration_answers (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null,
  run_id uuid not null,
  received_at timestamptz not null default now(),
  raw text not null,
  outcome jsonb not null,
  recorded_by uuid not null,
  unique (org_id, id),
  foreign key (org_id, run_id) references declaration_runs (org_id, id)
);

create table declaration_line_outcomes (
  org_id uuid not null,
  line_id uuid not null references declaration_lines (id),
  answer_id uuid not null,
  status text not null check (status in ('accepted', 'rejected')),
  return_codes text[] not null,
  primary key (line_id, answer_id),
  foreign key (org_id, answer_id) references declaration_answers (org_id, id)
);

-- A sent run never changes, except sent → answered; a draft may be sent or discarded (its references stay used);
-- lines are added only to a draft run.
create function declaration_run_guard() returns trigger language plpgsql as $$
begin
  if old.status <> 'draft' and not (old.status = 'sent' and new.status = 'answered'
      and new.checks = old.checks and new.total_cents = old.total_cents and new.sent_at is not distinct from old.sent_at) then
    raise exception 'financing.declaration_immutable' using errcode = 'P0001';
  end if;
  return new;
end $$;
create trigger declaration_runs_immutable before update on declaration_runs
  for each row execute function declaration_run_guard();

create function declaration_line_guard() returns trigger language plpgsql as $$
begin
  if (select status from declaration_runs where id = new.run_id) <> 'draft' then
    raise exception 'financing.declaration_immutable' using errcode = 'P0001';
  end if;
  return new;
end $$;
create trigger declaration_lines_draft_only before insert on declaration_lines
  for each row execute function declaration_line_guard();

do $$
declare t text;
begin
  foreach t in array array['declaration_runs', 'declaration_lines', 'declaration_counters', 'declaration_answers',
    'declaration_line_outcomes']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy %I on %I using (org_id = app_org_id()) with check (org_id = app_org_id())', t || '_org', t);
  end loop;
end $$;

grant select, insert on declaration_runs, declaration_lines, declaration_answers, declaration_line_outcomes to meedoen_app;
grant update (status, sent_at) on declaration_runs to meedoen_app;
grant select, insert, update on declaration_counters to meedoen_app;
