import {
  isoDateIn,
  NL_CORE_PROFILES,
  PROFESSIONAL_ROLES,
  toHealthcareService,
  toLocation,
  toOrganization,
  toPractitioner,
  toPractitionerRole,
  offerHasLocation,
  type Resource,
  type ResourceType,
} from '@meedoen/core';
import type { RouteAccess } from '../access/route-access.js';
import type { Queryable } from '../db/database.js';
import type { SearchParamSpec } from './fhir-client-types.js';

/** The organisation's own data, no client's: the same access as the JSON routes that show it. */
export interface OrgTypeSpec {
  type: ResourceType;
  access: RouteAccess;
  profile?: string;
  load: (tx: Queryable, orgId: string, staleDays: number) => Promise<Resource[]>;
  params: SearchParamSpec[];
  includes: Record<string, (resource: Resource) => string[]>;
  /** The types the includes point to, loaded only when an `_include` is asked. */
  includeTargets?: ResourceType[];
}

async function professionals(tx: Queryable) {
  return tx.query<{ id: string; displayName: string; roles: string[]; discipline: string | null; active: boolean }>(
    `select u.id, u.display_name as "displayName", array(select role from user_roles where user_id = u.id order by role) as roles,
            u.discipline, u.active
       from users u where exists (select 1 from user_roles r where r.user_id = u.id and r.role = any($1::text[]))
      order by u.display_name, u.id`,
    [PROFESSIONAL_ROLES],
  );
}

async function offers(tx: Queryable, staleDays: number) {
  return tx.query<Parameters<typeof toHealthcareService>[0]>(
    `select o.id, o.name, o.provider, o.internal, o.description, o.form, o.conditions, o.for_whom as "forWhom", o.schedule,
            o.address, o.lat, o.lon, o.online, o.public_transport as "publicTransport",
            (o.last_confirmed_on < $1::date - $2::int) as stale
       from offers o order by o.name, o.id`,
    [isoDateIn(new Date()), staleDays],
  );
}

const nameContains: SearchParamSpec = {
  name: 'name',
  type: 'string',
  documentation: 'part of the name, case and accents aside',
  match: (r, v) => {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const name = (r as { name?: unknown }).name;
    return typeof name === 'string' && fold(name).includes(fold(v));
  },
};

export const ORG_TYPES: OrgTypeSpec[] = [
  {
    type: 'Organization',
    access: { kind: 'signed_in' },
    profile: NL_CORE_PROFILES.Organization,
    // Row-level security shows only the caller's own organisation.
    load: async (tx) =>
      (await tx.query<{ id: string; name: string; kind: string }>(`select id, name, kind from organisations`)).map(
        toOrganization,
      ),
    params: [nameContains],
    includes: {},
  },
  {
    type: 'Practitioner',
    access: { kind: 'permission', permission: 'users.read' },
    profile: NL_CORE_PROFILES.Practitioner,
    load: async (tx) => (await professionals(tx)).map(toPractitioner),
    params: [],
    includes: {},
  },
  {
    type: 'PractitionerRole',
    access: { kind: 'permission', permission: 'users.read' },
    profile: NL_CORE_PROFILES.PractitionerRole,
    load: async (tx, orgId) => (await professionals(tx)).map((p) => toPractitionerRole(p, orgId)),
    params: [],
    includes: {},
  },
  {
    type: 'HealthcareService',
    access: { kind: 'signed_in' },
    load: async (tx, orgId, staleDays) => (await offers(tx, staleDays)).map((o) => toHealthcareService(o, orgId)),
    params: [
      nameContains,
      {
        name: 'active',
        type: 'token',
        documentation: 'true for offers confirmed within the configured period',
        match: (r, v) => String((r as { active?: boolean }).active) === v,
      },
    ],
    includeTargets: ['Location'],
    includes: {
      'HealthcareService:location': (r) =>
        ((r as { location?: { reference?: string }[] }).location ?? []).map((l) => l.reference ?? ''),
    },
  },
  {
    type: 'Location',
    access: { kind: 'signed_in' },
    load: async (tx, orgId, staleDays) => (await offers(tx, staleDays)).filter(offerHasLocation).map((o) => toLocation(o, orgId)),
    params: [nameContains],
    includes: {},
  },
];
