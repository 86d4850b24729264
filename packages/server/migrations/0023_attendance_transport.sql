-- How someone came to the day activity, recorded at the roll call (003 L1277-1288): the municipality is
-- responsible for transport from home to day activities and needs the concrete demand. Null: not recorded.
alter table attendance_records
  add column transport text
  check (transport in ('zelfstandig', 'met_maatje', 'gebracht', 'georganiseerd_vervoer'));
-- Only someone who came travelled there (not online, not absent).
alter table attendance_records
  add constraint attendance_records_transport_only_present check (transport is null or status = 'aanwezig');
