import {
  matchesDate,
  matchesToken,
  NL_CORE_PROFILES,
  parentOf,
  parseDateFilter,
  type DataCategory,
  type FhirSearchParam,
  type Resource,
  type ResourceType,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import {
  accessLogResources,
  careNetworkResources,
  patientResources,
  treatmentResources,
  type ClientScope,
} from './fhir-client-data.js';
import { measurementResources } from './fhir-measurement-data.js';
import { clientOfAdministration } from '../measurement/measurement-store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** A search parameter with how it matches one value (comma-separated values are alternatives). */
export interface SearchParamSpec extends FhirSearchParam {
  match: (resource: Resource, value: string) => boolean;
}

/** A resource type made of one client's data: which category the access mechanism checks, how to load and search it. */
export interface ClientTypeSpec {
  type: ResourceType;
  category: DataCategory;
  profile?: string;
  load: (scope: ClientScope) => Promise<Resource[]>;
  /** The client a resource id belongs to (within the caller's organisation), or null. */
  owner: (tx: Queryable, id: string) => Promise<string | null>;
  params: SearchParamSpec[];
  /** `_include` values: the references of a match to add (same category only, so the same access check covers them). */
  includes: Record<string, (resource: Resource) => string[]>;
}

type Any = Record<string, unknown> & Resource;
const field = (resource: Resource, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], resource);

const status = (path = 'status', name = 'status'): SearchParamSpec => ({
  name,
  type: 'token',
  documentation: `the ${path}`,
  match: (r, v) => field(r, path) === v,
});
const date = (path: string, name = 'date'): SearchParamSpec => ({
  name,
  type: 'date',
  documentation: `${path}, with a prefix (eq, ne, gt, lt, ge, le)`,
  match: (r, v) => {
    const filter = parseDateFilter(v);
    return filter !== null && matchesDate(field(r, path) as string | undefined, filter);
  },
});
const category: SearchParamSpec = {
  name: 'category',
  type: 'token',
  documentation: 'the category, as code or system|code',
  match: (r, v) =>
    matchesToken(
      ((r as Any)['category'] as { coding?: { system?: string; code?: string }[] }[] | undefined)?.flatMap(
        (c) => c.coding ?? [],
      ) ?? [],
      v,
    ),
};

/** A token search on a CodeableConcept (`code` or `system|code`). */
const token = (path: string, name: string): SearchParamSpec => ({
  name,
  type: 'token',
  documentation: `the ${path}, as code or system|code`,
  match: (r, v) =>
    matchesToken((field(r, path) as { coding?: { system?: string; code?: string }[] } | undefined)?.coding ?? [], v),
});

async function one(tx: Queryable, sql: string, id: string): Promise<string | null> {
  const [row] = await tx.query<{ client_id: string }>(sql, [id]);
  return row?.client_id ?? null;
}
const clientById = (tx: Queryable, id: string) =>
  isUuid(id) ? one(tx, `select id as client_id from clients where id = $1`, id) : Promise.resolve(null);
const trajectoryOwner = (tx: Queryable, id: string) => {
  const trajectoryId = parentOf(id) ?? id;
  return isUuid(trajectoryId) ? one(tx, `select client_id from trajectories where id = $1`, trajectoryId) : Promise.resolve(null);
};
/** An administration's resources start with its id (a uuid): `id` or `id-scale`. */
const administrationOwner = (tx: Queryable, id: string) => {
  const administrationId = id.slice(0, 36);
  return isUuid(administrationId) ? clientOfAdministration(tx, administrationId) : Promise.resolve(null);
};
const refs =
  (...paths: string[]) =>
  (r: Resource) =>
    paths.flatMap((path) => [field(r, path)].flat().map((ref) => (ref as { reference?: string } | undefined)?.reference ?? ''));

export const CLIENT_TYPES: ClientTypeSpec[] = [
  {
    type: 'Patient',
    category: 'personalia',
    profile: NL_CORE_PROFILES.Patient,
    load: patientResources,
    owner: clientById,
    params: [],
    includes: {},
  },
  {
    type: 'RelatedPerson',
    category: 'care_network',
    profile: NL_CORE_PROFILES.RelatedPerson,
    load: careNetworkResources,
    owner: (tx, id) =>
      isUuid(id) ? one(tx, `select client_id from client_representatives where id = $1`, id) : Promise.resolve(null),
    params: [],
    includes: {},
  },
  {
    type: 'CareTeam',
    category: 'care_network',
    profile: NL_CORE_PROFILES.CareTeam,
    load: careNetworkResources,
    owner: clientById,
    params: [status()],
    includes: {},
  },
  {
    type: 'Consent',
    category: 'care_network',
    load: careNetworkResources,
    owner: (tx, id) => (isUuid(id) ? one(tx, `select client_id from consent_grants where id = $1`, id) : Promise.resolve(null)),
    params: [status(), date('dateTime')],
    includes: {},
  },
  {
    type: 'EpisodeOfCare',
    category: 'treatment',
    profile: NL_CORE_PROFILES.EpisodeOfCare,
    load: treatmentResources,
    owner: trajectoryOwner,
    params: [status(), date('period.start')],
    includes: { 'EpisodeOfCare:incoming-referral': refs('referralRequest') },
  },
  {
    type: 'ServiceRequest',
    category: 'treatment',
    profile: NL_CORE_PROFILES.ServiceRequest,
    load: treatmentResources,
    owner: trajectoryOwner,
    params: [status(), category, date('authoredOn', 'authored')],
    includes: {},
  },
  {
    type: 'Goal',
    category: 'treatment',
    profile: NL_CORE_PROFILES.Goal,
    load: treatmentResources,
    owner: trajectoryOwner,
    params: [status('lifecycleStatus', 'lifecycle-status'), category],
    includes: {},
  },
  {
    type: 'CarePlan',
    category: 'treatment',
    load: treatmentResources,
    owner: trajectoryOwner,
    params: [status(), category, date('period.start')],
    includes: { 'CarePlan:goal': refs('goal') },
  },
  {
    type: 'Encounter',
    category: 'treatment',
    profile: NL_CORE_PROFILES.Encounter,
    load: treatmentResources,
    owner: trajectoryOwner,
    params: [status(), date('period.start')],
    includes: { 'Encounter:episode-of-care': refs('episodeOfCare') },
  },
  {
    type: 'QuestionnaireResponse',
    category: 'measurements',
    load: measurementResources,
    owner: administrationOwner,
    params: [status(), date('authored')],
    includes: {},
  },
  {
    type: 'Observation',
    category: 'measurements',
    load: measurementResources,
    owner: administrationOwner,
    params: [status(), category, token('code', 'code'), date('effectiveDateTime')],
    includes: { 'Observation:derived-from': refs('derivedFrom') },
  },
  {
    type: 'Flag',
    category: 'measurements',
    load: measurementResources,
    owner: trajectoryOwner,
    params: [status(), category, token('code', 'code'), date('period.start')],
    includes: {},
  },
  {
    type: 'AuditEvent',
    category: 'access_log',
    load: accessLogResources,
    owner: (tx, id) => {
      const seq = /^audit-(\d{1,15})$/.exec(id)?.[1];
      return seq
        ? one(tx, `select client_id from audit_events where seq = $1::bigint and client_id is not null`, seq)
        : Promise.resolve(null);
    },
    params: [date('recorded')],
    includes: {},
  },
];

/** `Patient/…` or the bare id. */
export function patientIdOf(value: string): string {
  return value.startsWith('Patient/') ? value.slice('Patient/'.length) : value;
}
