-- Corrections of sent declarations (issue 12): never a change to what was sent, but a credit line that
-- references the original and a new line, both in a later run (REFERENCE.md §9.3; iWmo TR316, TR323).
-- A correction is asked for once per original line: the unique index makes two parallel requests end in
-- one correction and one 409 (financing.already_credited). Whether it is still pending is derived: no
-- credit line for the original in a run that was not discarded.
create table declaration_corrections (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  original_line_id uuid not null references declaration_lines (id),
  reason text not null check (length(btrim(reason)) > 0 and length(reason) <= 2000),
  requested_by uuid not null,
  requested_at timestamptz not null default now(),
  unique (org_id, id)
);
create unique index declaration_corrections_one_per_line on declaration_corrections (org_id, original_line_id);

alter table declaration_corrections enable row level security;
create policy declaration_corrections_org on declaration_corrections
  using (org_id = app_org_id()) with check (org_id = app_org_id());
grant select, insert on declaration_corrections to meedoen_app;
