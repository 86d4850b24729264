/**
 * The Dutch nl-core (zib 2020) profiles a mapped resource claims in `meta.profile`, where one exists
 * (REFERENCE.md §11.1, read from Nictiz/Nictiz-R4-zib2020 `resources/nl-core/*.xml`). Resources without a
 * zib profile (CarePlan for a treatment plan, HealthcareService, Consent for data sharing, AuditEvent)
 * claim none: claiming a profile the resource was never built for would mislead a receiver.
 */
const NL_CORE = 'http://nictiz.nl/fhir/StructureDefinition/';

export const NL_CORE_PROFILES = {
  Patient: `${NL_CORE}nl-core-Patient`,
  RelatedPerson: `${NL_CORE}nl-core-ContactPerson`,
  Practitioner: `${NL_CORE}nl-core-HealthProfessional-Practitioner`,
  PractitionerRole: `${NL_CORE}nl-core-HealthProfessional-PractitionerRole`,
  Organization: `${NL_CORE}nl-core-HealthcareProvider-Organization`,
  Location: `${NL_CORE}nl-core-HealthcareProvider`,
  CareTeam: `${NL_CORE}nl-core-CareTeam`,
  EpisodeOfCare: `${NL_CORE}nl-core-EpisodeOfCare`,
  ServiceRequest: `${NL_CORE}nl-core-Procedure-request`,
  Goal: `${NL_CORE}nl-core-TreatmentObjective`,
  Encounter: `${NL_CORE}nl-core-Encounter`,
} as const;

/** Meedoen's own code systems and identifiers, for concepts no public code system holds. */
const LOCAL = 'urn:meedoen:fhir:';
export const LOCAL_SYSTEMS = {
  discipline: `${LOCAL}CodeSystem:discipline`,
  careSetting: `${LOCAL}CodeSystem:care-setting`,
  role: `${LOCAL}CodeSystem:role`,
  trajectoryState: `${LOCAL}CodeSystem:trajectory-state`,
  referralSource: `${LOCAL}CodeSystem:referral-source`,
  requestType: `${LOCAL}CodeSystem:request-type`,
  goalDomain: `${LOCAL}CodeSystem:goal-domain`,
  dataCategory: `${LOCAL}CodeSystem:data-category`,
  continuumForm: `${LOCAL}CodeSystem:continuum-form`,
  auditEvent: `${LOCAL}CodeSystem:audit-event`,
  relation: `${LOCAL}CodeSystem:relation`,
  measurementAlert: `${LOCAL}CodeSystem:measurement-alert`,
  measurementInstrument: `${LOCAL}CodeSystem:measurement-instrument`,
  sessionForm: `${LOCAL}CodeSystem:session-form`,
  carePlanKind: `${LOCAL}CodeSystem:care-plan-kind`,
  encounterKind: `${LOCAL}CodeSystem:encounter-kind`,
  attendanceStatus: `${LOCAL}CodeSystem:attendance-status`,
} as const;
