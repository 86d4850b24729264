-- Allocations (issue 12): a municipality's iWmo 301 toewijzing read in once, and an enrolment (a day-activity
-- placement) linked to the allocation its attendance is delivered and declared under.

-- Every 301 product read in, once per municipality and ToewijzingNummer (TR332: the number is unique per
-- municipality). A re-import of the same message finds its rows and changes nothing; two parallel imports of
-- the same number: one insert wins on the unique key, the other sees the row. Insert-only.
create table wmo301_receipts (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  municipality_code text not null check (municipality_code ~ '^[0-9]{4}$'),
  allocation_number text not null,
  client_id uuid not null,
  message_id text not null,
  message_date date not null,
  allocation jsonb not null,
  imported_by uuid not null,
  imported_at timestamptz not null default now(),
  unique (org_id, municipality_code, allocation_number),
  foreign key (org_id, client_id) references clients (org_id, id)
);
create index wmo301_receipts_client_idx on wmo301_receipts (client_id);

alter table wmo301_receipts enable row level security;
create policy wmo301_receipts_org on wmo301_receipts using (org_id = app_org_id()) with check (org_id = app_org_id());
grant select, insert on wmo301_receipts to meedoen_app;

-- The allocation an enrolment is delivered under, by its stable key (municipality + ToewijzingNummer): the
-- allocation rows themselves are versioned with the client's entitlements, the number stays the same.
alter table enrolments
  add column allocation_municipality_code text,
  add column allocation_number text,
  add constraint enrolments_allocation_both check ((allocation_municipality_code is null) = (allocation_number is null));
