-- Measurement: "samen invullen" (issue 13). A therapist who fills in a client's (or parent's) questionnaire on
-- screen together with them records it as such; the portal (the person alone) and paper scores do not. Set on
-- the first version only; corrections keep the first version's answer to "who filled it in".
alter table measurement_administrations add column filled_together boolean not null default false;
