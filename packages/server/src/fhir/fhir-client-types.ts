import {
  CARE_PLAN_KINDS,
  ENCOUNTER_KINDS,
  LADDER_CATEGORY,
  LOCAL_SYSTEMS,
  matchesDate,
  matchesToken,
  NL_CORE_PROFILES,
  parentOf,
  parseDateFilter,
  type DataCategory,
  type DisclosureSpec,
  type FhirSearchParam,
  type Resource,
  type ResourceType,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { accessLogResources, careNetworkResources, patientResources, treatmentResources } from './fhir-client-data.js';
import {
  ATTENDANCE_DISCLOSURE,
  ATTENDANCE_OWNER_SQL,
  attendanceResources,
  LADDER_DISCLOSURE,
  LADDER_OWNER_SQL,
  ladderResources,
  participationPlanResources,
  PLAN_DISCLOSURE,
  type DisclosedScope,
} from './fhir-day-data.js';
import { measurementResources } from './fhir-measurement-data.js';
import { clientOfAdministration } from '../measurement/measurement-store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** A search parameter with how it matches one value (comma-separated values are alternatives). */
export interface SearchParamSpec extends FhirSearchParam {
  match: (resource: Resource, value: string) => boolean;
}

/**
 * One part of a resource type: data of one category, with its own loader and owner lookup. A type made
 * of two parts (Encounter: a treatment session or a day-activity attendance) is checked, searched, read
 * and exported per part, so a caller gets exactly the parts the access mechanism grants them.
 */
export interface ClientTypePart {
  category: DataCategory;
  /** For a category the client discloses part by part: which parts the resources are made of. */
  disclosure?: DisclosureSpec;
  load: (scope: DisclosedScope) => Promise<Resource[]>;
  /** The client a resource id of this part belongs to (within the caller's organisation), or null. */
  owner: (tx: Queryable, id: string) => Promise<string | null>;
  /** The coding every resource of this part carries under the search parameter `param`: a search naming another part's skips this one. */
  marker?: { param: string; system: string; code: string };
}

/** A resource type made of one client's data: its parts, and how to search it. */
export interface ClientTypeSpec {
  type: ResourceType;
  profile?: string;
  parts: readonly ClientTypePart[];
  params: SearchParamSpec[];
  /** `_include` values: the references of a match to add (from the same part only, so the same access check covers them). */
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
/** A token search on a list of CodeableConcepts (`code` or `system|code`). */
const tokens = (path: string, name: string, documentation: string): SearchParamSpec => ({
  name,
  type: 'token',
  documentation,
  match: (r, v) =>
    matchesToken(
      ((r as Any)[path] as { coding?: { system?: string; code?: string }[] }[] | undefined)?.flatMap((c) => c.coding ?? []) ?? [],
      v,
    ),
});
const category = tokens('category', 'category', 'the category, as code or system|code');

/** A token search on a CodeableConcept (`code` or `system|code`). */
const token = (path: string, name: string): SearchParamSpec => ({
  name,
  type: 'token',
  documentation: `the ${path}, as code or system|code`,
  match: (r, v) =>
    matchesToken((field(r, path) as { coding?: { system?: string; code?: string }[] } | undefined)?.coding ?? [], v),
});

/** A token search on a Coding (`code` or `system|code`). */
const coding = (path: string, name: string): SearchParamSpec => ({
  name,
  type: 'token',
  documentation: `the ${path}, as code or system|code`,
  match: (r, v) => {
    const value = field(r, path) as { system?: string; code?: string } | undefined;
    return value !== undefined && matchesToken([value], v);
  },
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

const planOwner = (tx: Queryable, id: string) =>
  isUuid(id) ? one(tx, `select client_id from participation_plans where client_id = $1`, id) : Promise.resolve(null);
const ladderOwner = (tx: Queryable, id: string) => (isUuid(id) ? one(tx, LADDER_OWNER_SQL, id) : Promise.resolve(null));
const attendanceOwner = (tx: Queryable, id: string) => (isUuid(id) ? one(tx, ATTENDANCE_OWNER_SQL, id) : Promise.resolve(null));

/** A type of one part. */
const single = (category: DataCategory, load: ClientTypePart['load'], owner: ClientTypePart['owner']): ClientTypePart[] => [
  { category, load, owner },
];

export const CLIENT_TYPES: ClientTypeSpec[] = [
  {
    type: 'Patient',
    profile: NL_CORE_PROFILES.Patient,
    parts: single('personalia', patientResources, clientById),
    params: [],
    includes: {},
  },
  {
    type: 'RelatedPerson',
    profile: NL_CORE_PROFILES.RelatedPerson,
    parts: single('care_network', careNetworkResources, (tx, id) =>
      isUuid(id) ? one(tx, `select client_id from client_representatives where id = $1`, id) : Promise.resolve(null),
    ),
    params: [],
    includes: {},
  },
  {
    type: 'CareTeam',
    profile: NL_CORE_PROFILES.CareTeam,
    parts: single('care_network', careNetworkResources, clientById),
    params: [status()],
    includes: {},
  },
  {
    type: 'Consent',
    parts: single('care_network', careNetworkResources, (tx, id) =>
      isUuid(id) ? one(tx, `select client_id from consent_grants where id = $1`, id) : Promise.resolve(null),
    ),
    params: [status(), date('dateTime')],
    includes: {},
  },
  {
    type: 'EpisodeOfCare',
    profile: NL_CORE_PROFILES.EpisodeOfCare,
    parts: single('treatment', treatmentResources, trajectoryOwner),
    params: [status(), date('period.start')],
    includes: { 'EpisodeOfCare:incoming-referral': refs('referralRequest') },
  },
  {
    type: 'ServiceRequest',
    profile: NL_CORE_PROFILES.ServiceRequest,
    parts: single('treatment', treatmentResources, trajectoryOwner),
    params: [status(), category, date('authoredOn', 'authored')],
    includes: {},
  },
  {
    type: 'Goal',
    profile: NL_CORE_PROFILES.Goal,
    parts: single('treatment', treatmentResources, trajectoryOwner),
    params: [status('lifecycleStatus', 'lifecycle-status'), category],
    includes: {},
  },
  {
    // The treatment plan is health data; the participation plan is the client's own (DOMAIN.md §4.4, §7).
    type: 'CarePlan',
    parts: [
      {
        category: 'treatment',
        load: treatmentResources,
        owner: trajectoryOwner,
        marker: { param: 'category', system: LOCAL_SYSTEMS.carePlanKind, code: CARE_PLAN_KINDS.treatment },
      },
      {
        category: 'participation_plan',
        disclosure: PLAN_DISCLOSURE,
        load: participationPlanResources,
        owner: planOwner,
        marker: { param: 'category', system: LOCAL_SYSTEMS.carePlanKind, code: CARE_PLAN_KINDS.participation },
      },
    ],
    params: [status(), category, date('period.start')],
    includes: { 'CarePlan:goal': refs('goal') },
  },
  {
    // A treatment session is health data; attendance at a day activity is day-activity data (DOMAIN.md §7; 003 L1912-1915).
    type: 'Encounter',
    profile: NL_CORE_PROFILES.Encounter,
    parts: [
      {
        category: 'treatment',
        load: treatmentResources,
        owner: trajectoryOwner,
        marker: { param: 'type', system: LOCAL_SYSTEMS.encounterKind, code: ENCOUNTER_KINDS.treatment },
      },
      {
        category: 'day_activities',
        disclosure: ATTENDANCE_DISCLOSURE,
        load: attendanceResources,
        owner: attendanceOwner,
        marker: { param: 'type', system: LOCAL_SYSTEMS.encounterKind, code: ENCOUNTER_KINDS.dayActivity },
      },
    ],
    params: [
      status(),
      date('period.start'),
      tokens('type', 'type', 'the kind (behandelsessie or dagactiviteit), session form or attendance, as code or system|code'),
      coding('class', 'class'),
    ],
    includes: { 'Encounter:episode-of-care': refs('episodeOfCare') },
  },
  {
    type: 'QuestionnaireResponse',
    parts: single('measurements', measurementResources, administrationOwner),
    params: [status(), date('authored')],
    includes: {},
  },
  {
    // A score of an instrument is a measurement; a position on the participation ladder belongs to the
    // client's participation plan, which the client may share part by part (003 L1912-1915).
    type: 'Observation',
    parts: [
      {
        category: 'measurements',
        load: measurementResources,
        owner: administrationOwner,
        marker: { param: 'category', system: LADDER_CATEGORY.system, code: 'survey' },
      },
      {
        category: 'participation_plan',
        disclosure: LADDER_DISCLOSURE,
        load: ladderResources,
        owner: ladderOwner,
        marker: { param: 'category', ...LADDER_CATEGORY },
      },
    ],
    params: [status(), category, token('code', 'code'), date('effectiveDateTime')],
    includes: { 'Observation:derived-from': refs('derivedFrom') },
  },
  {
    type: 'Flag',
    parts: single('measurements', measurementResources, trajectoryOwner),
    params: [status(), category, token('code', 'code'), date('period.start')],
    includes: {},
  },
  {
    type: 'AuditEvent',
    parts: single('access_log', accessLogResources, (tx, id) => {
      const seq = /^audit-(\d{1,15})$/.exec(id)?.[1];
      return seq
        ? one(tx, `select client_id from audit_events where seq = $1::bigint and client_id is not null`, seq)
        : Promise.resolve(null);
    }),
    params: [date('recorded')],
    includes: {},
  },
];

/**
 * The parts a search may find anything in. A value of a part's marker parameter that is another part's
 * marker rules this part out; any other value (a session form, say) could match within it. Every
 * occurrence of the parameter must leave the part in (FHIR: repeated parameters AND, commas OR).
 */
export function partsAsked(spec: ClientTypeSpec, query: Record<string, unknown>): ClientTypePart[] {
  const asked = spec.parts.filter((part) => {
    if (!part.marker) return true;
    const { param } = part.marker;
    const markers = spec.parts.flatMap((p) => (p.marker?.param === param ? [p.marker] : []));
    const occurrences = query[param] === undefined ? [] : [query[param]].flat().map(String);
    return occurrences.every((value) =>
      value.split(',').some((one) => {
        const isMarker = markers.some((m) => matchesToken([m], one));
        return !isMarker || matchesToken([part.marker as { system: string; code: string }], one);
      }),
    );
  });
  // Parameters that rule out every part find nothing; the parts are still checked, so the answer says what the caller may know.
  return asked.length > 0 ? asked : [...spec.parts];
}

/** `Patient/…` or the bare id. */
export function patientIdOf(value: string): string {
  return value.startsWith('Patient/') ? value.slice('Patient/'.length) : value;
}
