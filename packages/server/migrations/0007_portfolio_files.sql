-- Portfolio files of the participation plan: certificates, photos of work (003 L2844-2849; 002 L203).
-- Stored in the database so they share its backups, row-level security and audit.
create table portfolio_files (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references organisations (id),
  client_id uuid not null,
  name text not null check (length(trim(name)) > 0),
  content_type text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes integer not null check (size_bytes > 0 and size_bytes <= 5242880),
  data bytea not null,
  uploaded_by uuid not null,
  uploaded_at timestamptz not null default now(),
  foreign key (org_id, client_id) references clients (org_id, id)
);
create index portfolio_files_client_idx on portfolio_files (client_id);
alter table portfolio_files enable row level security;
create policy portfolio_files_org on portfolio_files using (org_id = app_org_id()) with check (org_id = app_org_id());
grant select, insert on portfolio_files to meedoen_app;
