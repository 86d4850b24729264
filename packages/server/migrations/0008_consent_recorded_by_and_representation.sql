-- Consent and representation as rules (issue 11, findings 1 and 7): who recorded a consent and how
-- the client gave it; the legal basis of a representation and, when it is not derived from the date
-- of birth, a second person's approval before it grants anything.

-- How the client gave the consent that was recorded: in person, on a signed form (document_ref says
-- where it is kept), or in the portal by the client or their representative themself. Older rows:
-- recorded by the client's own account means the portal, anything else was recorded by a professional.
alter table consent_grants add column recorded_how text check (recorded_how in ('in_person', 'signed_form', 'portal'));
alter table consent_grants add column document_ref text;
-- From 12 up to 16 both the young person and a representative consent (BW 7:450 lid 2): the second of them.
alter table consent_grants add column also_given_by text check (also_given_by in ('client', 'ouder', 'wettelijk_vertegenwoordiger'));
update consent_grants g
   set recorded_how = case when exists (select 1 from users u where u.id = g.recorded_by and u.client_id = g.client_id)
                           then 'portal' else 'in_person' end;
alter table consent_grants alter column recorded_how set not null;
alter table consent_grants add constraint consent_grants_signed_form_document
  check (recorded_how <> 'signed_form' or (document_ref is not null and btrim(document_ref) <> ''));

-- The legal basis of a representation (WGBO BW 7:465; REFERENCE.md §13). Parental authority is derived
-- from the client's date of birth and ends the day before the 18th birthday (BW 1:233); a curator, mentor
-- or written authorisation rests on a document and needs a second professional's approval (four eyes).
-- Older rows: a parent keeps parental authority (capped at 18); an older "wettelijk vertegenwoordiger"
-- has no recorded basis and grants nothing until it is recorded again with its basis.
alter table client_representatives add column basis text
  check (basis in ('ouderlijk_gezag', 'curator', 'mentor', 'schriftelijk_gemachtigde'));
alter table client_representatives add column document_ref text;
alter table client_representatives add column approved_by uuid;
alter table client_representatives add column approved_at timestamptz;
alter table client_representatives add constraint client_representatives_document
  check (basis is null or basis = 'ouderlijk_gezag' or (document_ref is not null and btrim(document_ref) <> ''));
alter table client_representatives add constraint client_representatives_four_eyes
  check (approved_by is null or approved_by <> recorded_by);
alter table client_representatives add constraint client_representatives_approval_pair
  check ((approved_by is null) = (approved_at is null));
-- A parent recorded for a client who was already 18 keeps no basis either.
update client_representatives r
   set basis = 'ouderlijk_gezag',
       valid_until = least(coalesce(r.valid_until, c.last_minor_day), c.last_minor_day)
  from (select id, (birth_date + interval '18 years' - interval '1 day')::date as last_minor_day from clients) c
 where c.id = r.client_id and r.relation = 'ouder' and r.valid_from <= c.last_minor_day;
