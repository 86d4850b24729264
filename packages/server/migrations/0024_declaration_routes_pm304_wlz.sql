-- Declarations for routes pm304 (ergotherapie, per insurer) and wlz (day activities in dagdelen, per zorgkantoor)
-- next to iwmo_323 (issue 12). Runs and lines are the same tables: the same draft index, immutability
-- trigger, answers and corrections. A line of these routes has no allocation; what is particular to the route
-- (UZOVI, insured number, AGBs, cover and eigen-risico mark, the session it comes from) is kept in `detail`.
alter table declaration_lines
  alter column allocation_number drop not null,
  alter column product_category drop not null,
  add column detail jsonb,
  -- iWmo TR338/TR339: every 323 line carries its allocation number and product category
  add constraint declaration_lines_iwmo_allocation check (route <> 'iwmo_323' or (allocation_number is not null
    and product_category is not null)),
  add constraint declaration_lines_route check (route in ('iwmo_323', 'pm304', 'wlz'));

-- The zorgkantoor that pays a Wlz indication (002 L70): the receiver of the Wlz declaration.
alter table wlz_indications add column zorgkantoor text check (zorgkantoor ~ '^[0-9]{4}$');
