-- AGB codes and registrations entered by the administrator (issue 12): the organisation's AGB code and, per
-- professional, AGB code, register, registration number and profession, each with a version (If-Match).
-- The referrer's AGB on a referral lives in the referral event (trajectory_events.data), checked on write.

-- The registers as codes (core PROFESSIONAL_REGISTERS; 001 L2318-2324, REFERENCE.md §8.1). Values written
-- before there was a screen (the demo seed, 'FVB' for the vaktherapists' association) are mapped first.
update users set register = 'register_vaktherapie' where register in ('FVB', 'Register Vaktherapie');
update users set register = 'kwaliteitsregister_paramedici' where register = 'Kwaliteitsregister Paramedici';
update users set register = 'big' where register in ('BIG', 'BIG-register');
update users set register = 'skj' where register = 'SKJ';
alter table users add constraint users_register_check
  check (register in ('register_vaktherapie', 'kwaliteitsregister_paramedici', 'big', 'skj'));
-- A register goes with a number (an empty number is no number).
update users set registration_number = null where registration_number is not null and length(trim(registration_number)) = 0;
alter table users add constraint users_registration_pair_check
  check ((register is null) = (registration_number is null));
alter table users add column registration_version integer not null default 1 check (registration_version > 0);

alter table organisations add column agb_version integer not null default 1 check (agb_version > 0);
-- Administrators change their own organisation's AGB code (row-level security keeps it to their own).
grant update (agb_code, agb_version) on organisations to meedoen_app;
