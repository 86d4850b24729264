-- FHIR export of day-activity data (issue 15): a file's rows of a category the client discloses part by part
-- (003 L1912-1915) name the parts they were built from (the participation plan's sections shared with the
-- requester, attendance), so a download refuses a row when one of those parts is no longer shared.
-- Null: a category without disclosure (treatment, measurements, …).
alter table fhir_export_files add column disclosed_parts text[];
