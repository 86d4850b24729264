-- Distribution-ready keys (issue 16; docs/adr/0006-distributing-by-organisation.md): every primary key, foreign key
-- and unique constraint or index of an organisation-owned table includes org_id, so that the schema can be
-- distributed by org_id (Citus requires the distribution column in every unique constraint and lets a foreign key
-- between distributed tables only include it). The catalogue test (db/keys-catalogue.int.test.ts) keeps it so.
-- Global identities that are looked up before the organisation is known (a session token, an invitation or
-- calendar-feed token, a sign-in e-mail) keep their global unique key; the ADR describes them.

-- 1. Foreign keys on a bare id: dropped here, added back with org_id after the keys they point at change.
alter table attendance_records drop constraint attendance_records_supersedes_fkey;
alter table attendance_records drop constraint attendance_records_same_chain;
alter table enrolments drop constraint enrolments_group_of_offer;
alter table consent_revocations drop constraint consent_revocations_consent_id_fkey;
alter table declaration_line_outcomes drop constraint declaration_line_outcomes_line_id_fkey;
alter table declaration_corrections drop constraint declaration_corrections_original_line_id_fkey;
alter table fhir_export_files drop constraint fhir_export_files_job_id_fkey;

-- 2. Unique constraints and indexes without org_id.
alter table activity_groups drop constraint activity_groups_offer_key;
alter table activity_groups add constraint activity_groups_offer_key unique (org_id, id, offer_id);
alter table attendance_records drop constraint attendance_records_chain_key;
alter table attendance_records add constraint attendance_records_chain_key unique (org_id, id, occurrence_id, client_id);
alter table measurement_administrations drop constraint measurement_administrations_administration_id_version_key;
alter table measurement_administrations
  add constraint measurement_administrations_administration_id_version_key unique (org_id, administration_id, version);
alter table occurrences drop constraint occurrences_group_id_date_starts_key;
alter table occurrences add constraint occurrences_group_id_date_starts_key unique (org_id, group_id, date, starts);

drop index attendance_records_one_first;
create unique index attendance_records_one_first on attendance_records (org_id, occurrence_id, client_id) where supersedes is null;
drop index attendance_records_superseded_once;
create unique index attendance_records_superseded_once on attendance_records (org_id, supersedes) where supersedes is not null;
drop index measurement_administrations_one_per_occasion;
create unique index measurement_administrations_one_per_occasion
  on measurement_administrations (org_id, trajectory_id, instrument_id, occasion_id, respondent) where version = 1;
drop index offer_proposals_one_open;
create unique index offer_proposals_one_open on offer_proposals (org_id, client_id, offer_id)
  where status = 'proposed' or request_status = 'open';
drop index agenda_feed_tokens_one_live;
create unique index agenda_feed_tokens_one_live on agenda_feed_tokens (org_id, user_id) where revoked_at is null;
drop index user_invitations_one_open;
create unique index user_invitations_one_open on user_invitations (org_id, user_id) where consumed_at is null and voided_at is null;

-- 3. Primary keys with org_id first.
alter table activity_groups drop constraint activity_groups_pkey, add primary key (org_id, id);
alter table agenda_exceptions drop constraint agenda_exceptions_pkey, add primary key (org_id, series_id, original_date);
alter table agenda_feed_tokens drop constraint agenda_feed_tokens_pkey, add primary key (org_id, id);
alter table agenda_rooms drop constraint agenda_rooms_pkey, add primary key (org_id, id);
alter table agenda_series drop constraint agenda_series_pkey, add primary key (org_id, id);
alter table agenda_sessions drop constraint agenda_sessions_pkey, add primary key (org_id, series_id, original_date);
alter table attendance_records drop constraint attendance_records_pkey, add primary key (org_id, id);
alter table break_glass_accesses drop constraint break_glass_accesses_pkey, add primary key (org_id, id);
alter table care_team_members drop constraint care_team_members_pkey, add primary key (org_id, id);
alter table client_representatives drop constraint client_representatives_pkey, add primary key (org_id, id);
alter table clients drop constraint clients_pkey, add primary key (org_id, id);
alter table consent_grants drop constraint consent_grants_pkey, add primary key (org_id, id);
alter table consent_revocations drop constraint consent_revocations_pkey, add primary key (org_id, consent_id);
alter table day_evaluations drop constraint day_evaluations_pkey, add primary key (org_id, id);
alter table declaration_answers drop constraint declaration_answers_pkey, add primary key (org_id, id);
alter table declaration_corrections drop constraint declaration_corrections_pkey, add primary key (org_id, id);
alter table declaration_line_outcomes drop constraint declaration_line_outcomes_pkey, add primary key (org_id, line_id, answer_id);
alter table declaration_lines drop constraint declaration_lines_pkey, add primary key (org_id, id);
alter table declaration_runs drop constraint declaration_runs_pkey, add primary key (org_id, id);
alter table document_problems drop constraint document_problems_pkey, add primary key (org_id, id);
alter table enrolments drop constraint enrolments_pkey, add primary key (org_id, id);
alter table fhir_export_jobs drop constraint fhir_export_jobs_pkey, add primary key (org_id, id);
alter table financing_parameter_sets drop constraint financing_parameter_sets_pkey, add primary key (org_id, id);
alter table funding_decisions drop constraint funding_decisions_pkey, add primary key (org_id, id);
alter table instrument_contents drop constraint instrument_contents_pkey, add primary key (org_id, id);
alter table instrument_licences drop constraint instrument_licences_pkey, add primary key (org_id, id);
alter table insurances drop constraint insurances_pkey, add primary key (org_id, id);
alter table ladder_positions drop constraint ladder_positions_pkey, add primary key (org_id, id);
alter table mdo_items drop constraint mdo_items_pkey, add primary key (org_id, mdo_id, trajectory_id);
alter table mdo_meetings drop constraint mdo_meetings_pkey, add primary key (org_id, id);
alter table measurement_administrations drop constraint measurement_administrations_pkey, add primary key (org_id, id);
alter table notifications drop constraint notifications_pkey, add primary key (org_id, id);
alter table occurrences drop constraint occurrences_pkey, add primary key (org_id, id);
alter table offer_proposals drop constraint offer_proposals_pkey, add primary key (org_id, id);
alter table offers drop constraint offers_pkey, add primary key (org_id, id);
alter table participatiewet_arrangements drop constraint participatiewet_arrangements_pkey, add primary key (org_id, id);
alter table participation_plan_comments drop constraint participation_plan_comments_pkey, add primary key (org_id, id);
alter table participation_plan_versions drop constraint participation_plan_versions_pkey, add primary key (org_id, client_id, version);
alter table participation_plans drop constraint participation_plans_pkey, add primary key (org_id, client_id);
alter table portfolio_files drop constraint portfolio_files_pkey, add primary key (org_id, id);
alter table sessions drop constraint sessions_pkey, add primary key (org_id, id);
alter table trajectories drop constraint trajectories_pkey, add primary key (org_id, id);
alter table trajectory_events drop constraint trajectory_events_pkey, add primary key (org_id, trajectory_id, seq);
alter table unmet_needs drop constraint unmet_needs_pkey, add primary key (org_id, id);
alter table user_invitations drop constraint user_invitations_pkey, add primary key (org_id, id);
alter table user_municipalities drop constraint user_municipalities_pkey, add primary key (org_id, user_id, municipality);
alter table user_roles drop constraint user_roles_pkey, add primary key (org_id, user_id, role);
alter table users drop constraint users_pkey, add primary key (org_id, id);
alter table wlz_indications drop constraint wlz_indications_pkey, add primary key (org_id, id);
alter table wmo301_receipts drop constraint wmo301_receipts_pkey, add primary key (org_id, id);
alter table wmo_allocations drop constraint wmo_allocations_pkey, add primary key (org_id, id);
alter table youth_care_decisions drop constraint youth_care_decisions_pkey, add primary key (org_id, id);

-- 4. The foreign keys of step 1, now with org_id.
alter table attendance_records
  add constraint attendance_records_supersedes_fkey foreign key (org_id, supersedes) references attendance_records (org_id, id);
alter table attendance_records
  add constraint attendance_records_same_chain foreign key (org_id, supersedes, occurrence_id, client_id)
  references attendance_records (org_id, id, occurrence_id, client_id);
alter table enrolments
  add constraint enrolments_group_of_offer foreign key (org_id, group_id, offer_id)
  references activity_groups (org_id, id, offer_id) not valid;
alter table consent_revocations
  add constraint consent_revocations_consent_id_fkey foreign key (org_id, consent_id) references consent_grants (org_id, id);
alter table declaration_line_outcomes
  add constraint declaration_line_outcomes_line_id_fkey foreign key (org_id, line_id) references declaration_lines (org_id, id);
alter table declaration_corrections
  add constraint declaration_corrections_original_line_id_fkey foreign key (org_id, original_line_id)
  references declaration_lines (org_id, id);
alter table fhir_export_files
  add constraint fhir_export_files_job_id_fkey foreign key (org_id, job_id) references fhir_export_jobs (org_id, id);

-- 5. The export files had no key of their own.
alter table fhir_export_files add column id bigint generated always as identity;
alter table fhir_export_files add primary key (org_id, id);
