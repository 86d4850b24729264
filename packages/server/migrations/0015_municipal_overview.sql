-- The municipal overview (003 L1600-1608: the whole continuum and enough diversity in every municipality;
-- 003 L1867-1870: the municipality signals gaps between needs and the offer): where each offer is
-- (municipality and neighbourhood), and which municipalities a user with the role gemeente may see.

alter table offers add column municipality text, add column neighbourhood text;
create index offers_municipality_idx on offers (org_id, municipality);

-- A municipality's officer sees the aggregates of the municipalities bound to them, nothing else.
create table user_municipalities (
  org_id uuid not null references organisations (id),
  user_id uuid not null,
  municipality text not null check (length(trim(municipality)) > 0),
  primary key (user_id, municipality),
  foreign key (org_id, user_id) references users (org_id, id)
);
alter table user_municipalities enable row level security;
create policy user_municipalities_org on user_municipalities using (org_id = app_org_id()) with check (org_id = app_org_id());
grant select, insert, delete on user_municipalities to meedoen_app;
