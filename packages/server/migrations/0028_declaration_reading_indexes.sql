-- Declaring a month reads every person's rows as one set per kind of data (issue 12 performance): an index
-- for each filter those statements use, so a month for 10,000 persons is not a scan per person or per row.

-- The rows of a client's current entitlement version (wmo_allocations and client_identifiers already have
-- (org_id, client_id, version, …) keys; these four had only their id).
create index wlz_indications_client_version_idx on wlz_indications (client_id, version);
create index youth_care_decisions_client_version_idx on youth_care_decisions (client_id, version);
create index participatiewet_arrangements_client_version_idx on participatiewet_arrangements (client_id, version);
create index insurances_client_version_idx on insurances (client_id, version);

-- The month's occurrences (attendance of the month), not every occurrence the organisation ever had.
create index occurrences_org_date_idx on occurrences (org_id, date);

-- The month's ergotherapie sessions (PM304): the session date inside the event.
create index trajectory_events_session_date_idx on trajectory_events (((data -> 'session') ->> 'date'))
  where type = 'session_recorded';

-- Pending corrections: is there already a credit line naming the original's reference?
create index declaration_lines_previous_reference_idx on declaration_lines (route, previous_reference)
  where previous_reference is not null;
