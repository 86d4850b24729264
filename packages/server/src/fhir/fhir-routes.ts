import {
  capabilityStatement,
  isoDateIn,
  parseDateFilter,
  searchBundle,
  type FhirTypeCapability,
  type Resource,
} from '@meedoen/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { requireFullAuth } from '../access/route-access.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import { SERVER_VERSION } from '../version.js';
import { CLIENT_TYPES, isUuid, partsAsked, patientIdOf, type ClientTypeSpec, type SearchParamSpec } from './fhir-client-types.js';
import { readParts, typeAccess } from './fhir-part-access.js';
import { FHIR_BASE_PATH, fhirBase, PagingQuery, pageOf, searchQueryOf, sendFhir } from './fhir-http.js';
import { ORG_TYPES, type OrgTypeSpec } from './fhir-org-types.js';

const OneOrMore = Type.Union([
  Type.String({ minLength: 1, maxLength: 200 }),
  Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 10 }),
]);
const ResourceIdParams = Type.Object({ resourceId: Type.String({ pattern: '^[A-Za-z0-9.-]{1,64}$' }) });
const FHIR_RESPONSE = { 200: { description: 'application/fhir+json' } };

const valuesOf = (value: unknown): string[] => (value === undefined ? [] : [value].flat().map(String));

function searchQuerySchema(first: Record<string, TSchema>, params: readonly SearchParamSpec[], includes: readonly string[]) {
  return Type.Object(
    {
      ...first,
      ...Object.fromEntries(params.map((p) => [p.name, Type.Optional(OneOrMore)])),
      ...(includes.length > 0
        ? {
            _include: Type.Optional(
              Type.Union([Type.Enum([...includes]), Type.Array(Type.Enum([...includes]), { maxItems: 5 })]),
            ),
          }
        : {}),
      ...PagingQuery,
    },
    { additionalProperties: false },
  );
}

/** Refuse a date that is not one before anything is read (400 with the parameter's path). */
function checkDates(params: readonly SearchParamSpec[], query: Record<string, unknown>): void {
  const errors = params
    .filter((p) => p.type === 'date')
    .flatMap((p) =>
      valuesOf(query[p.name])
        .flatMap((v) => v.split(','))
        .filter((v) => parseDateFilter(v) === null)
        .map(() => ({
          path: `/querystring/${p.name}`,
          message: 'is not a FHIR date (yyyy, yyyy-mm or yyyy-mm-dd, with an optional prefix)',
        })),
    );
  if (errors.length > 0) throw new ProblemError('request.invalid', { errors });
}

/** Every parameter given must match (AND); comma-separated values of one are alternatives (OR). */
function matching(resources: readonly Resource[], params: readonly SearchParamSpec[], query: Record<string, unknown>) {
  return resources.filter((r) =>
    params.every((p) => valuesOf(query[p.name]).every((value) => value.split(',').some((one) => p.match(r, one)))),
  );
}

function included(
  shown: readonly Resource[],
  includes: Record<string, (r: Resource) => string[]>,
  asked: readonly string[],
  pool: readonly Resource[],
): Resource[] {
  const wanted = new Set(shown.flatMap((r) => asked.flatMap((name) => includes[name]?.(r) ?? [])));
  return pool.filter((r) => wanted.has(`${r.resourceType}/${r.id}`));
}

function respond(request: FastifyRequest, type: string, query: Record<string, unknown>, matches: Resource[], extra: Resource[]) {
  return searchBundle(fhirBase(request), type, searchQueryOf(query), matches, pageOf(query), extra);
}

function registerClientType(app: FastifyInstance, db: Database, spec: ClientTypeSpec): void {
  const subject = spec.type === 'Patient' ? '_id' : 'patient';
  const includeNames = Object.keys(spec.includes);
  const kinds =
    spec.parts.length > 1
      ? `; made of parts (${spec.parts.map((p) => p.category).join(', ')}), each checked and audited on its own: the answer holds the parts the caller may see`
      : '';
  const searchEvent = `fhir.${spec.type}.search`;
  const readEvent = `fhir.${spec.type}.read`;
  app.get(
    `${FHIR_BASE_PATH}/${spec.type}`,
    {
      config: { access: typeAccess(spec, searchEvent) },
      schema: {
        tags: ['fhir'],
        summary: `FHIR R4 search ${spec.type} of one client (${subject} required); the same access check and audit as the JSON API${kinds}`,
        querystring: searchQuerySchema({ [subject]: Type.String({ minLength: 1, maxLength: 80 }) }, spec.params, includeNames),
        response: FHIR_RESPONSE,
      },
    },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const clientId = patientIdOf(String(query[subject]));
      if (!isUuid(clientId))
        throw new ProblemError('request.invalid', {
          errors: [{ path: `/querystring/${subject}`, message: 'is not a Patient id' }],
        });
      checkDates(spec.params, query);
      const found = await readParts(db, request, clientId, partsAsked(spec, query), searchEvent, async (part, tx, granted) => {
        const all = await part.load({
          tx,
          clientId,
          orgId: granted.orgId,
          today: granted.today,
          disclosure: granted.disclosure,
        });
        return { own: all.filter((r) => r.resourceType === spec.type), all };
      });
      const matches = matching(
        found.flatMap((f) => f.own),
        spec.params,
        query,
      );
      const page = pageOf(query);
      const shown = matches.slice(page.offset, page.offset + page.count);
      const pool = found.flatMap((f) => f.all);
      return sendFhir(
        reply,
        respond(request, spec.type, query, matches, included(shown, spec.includes, valuesOf(query['_include']), pool)),
      );
    },
  );

  app.get(
    `${FHIR_BASE_PATH}/${spec.type}/:resourceId`,
    {
      config: { access: typeAccess(spec, readEvent) },
      schema: { tags: ['fhir'], summary: `FHIR R4 read ${spec.type}${kinds}`, params: ResourceIdParams, response: FHIR_RESPONSE },
    },
    async (request, reply) => {
      const { resourceId } = request.params as { resourceId: string };
      const auth = requireFullAuth(request);
      // The part the id belongs to decides which category is checked.
      const owned = await db.withOrg(auth.orgId, async (tx) => {
        for (const part of spec.parts) {
          const clientId = await part.owner(tx, resourceId);
          if (clientId) return { part, clientId };
        }
        return null;
      });
      // An id nobody here knows gets the answer a client one may not see gets (and is audited as such).
      if (!owned) throw new ProblemError('access.forbidden');
      const [resource] = await readParts(
        db,
        request,
        owned.clientId,
        [owned.part],
        readEvent,
        async (part, tx, granted) => {
          const all = await part.load({
            tx,
            clientId: owned.clientId,
            orgId: granted.orgId,
            today: granted.today,
            disclosure: granted.disclosure,
          });
          const hit = all.find((r) => r.resourceType === spec.type && r.id === resourceId);
          if (!hit) throw new ProblemError('resource.not_found');
          return hit;
        },
        { objectId: resourceId },
      );
      return sendFhir(reply, resource);
    },
  );
}

function registerOrgType(app: FastifyInstance, db: Database, config: Config, spec: OrgTypeSpec): void {
  const includeNames = Object.keys(spec.includes);
  const load = (orgId: string, withIncludes: boolean) =>
    db.withOrg(orgId, async (tx) => {
      const own = await spec.load(tx, orgId, config.offerStaleDays);
      if (!withIncludes) return { own, pool: [] as Resource[] };
      const targets = ORG_TYPES.filter((t) => spec.includeTargets?.includes(t.type));
      const pool: Resource[] = [];
      for (const target of targets) pool.push(...(await target.load(tx, orgId, config.offerStaleDays)));
      return { own, pool };
    });
  app.get(
    `${FHIR_BASE_PATH}/${spec.type}`,
    {
      config: { access: spec.access },
      schema: {
        tags: ['fhir'],
        summary: `FHIR R4 search ${spec.type} of the organisation`,
        querystring: searchQuerySchema({}, spec.params, includeNames),
        response: FHIR_RESPONSE,
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const query = request.query as Record<string, unknown>;
      const asked = valuesOf(query['_include']);
      const { own, pool } = await load(auth.orgId, asked.length > 0);
      const matches = matching(own, spec.params, query);
      const page = pageOf(query);
      const shown = matches.slice(page.offset, page.offset + page.count);
      return sendFhir(reply, respond(request, spec.type, query, matches, included(shown, spec.includes, asked, pool)));
    },
  );
  app.get(
    `${FHIR_BASE_PATH}/${spec.type}/:resourceId`,
    {
      config: { access: spec.access },
      schema: { tags: ['fhir'], summary: `FHIR R4 read ${spec.type}`, params: ResourceIdParams, response: FHIR_RESPONSE },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { resourceId } = request.params as { resourceId: string };
      const { own } = await load(auth.orgId, false);
      const found = own.find((r) => r.id === resourceId);
      if (!found) throw new ProblemError('resource.not_found');
      return sendFhir(reply, found);
    },
  );
}

const EXPORT_DOC =
  'Asynchronous per the Bulk Data spec: send `Prefer: respond-async` (answered with Preference-Applied), get 202 with Content-Location, poll that URL (202 with X-Progress and Retry-After while running), then the manifest with one NDJSON file per type. `_type` narrows the types.';

/** What the facade offers, for the CapabilityStatement. */
export function fhirCapabilities(): FhirTypeCapability[] {
  const toCapability = (spec: ClientTypeSpec | OrgTypeSpec, first: FhirTypeCapability['searchParams']): FhirTypeCapability => ({
    type: spec.type,
    ...(spec.profile ? { profile: spec.profile } : {}),
    read: true,
    search: true,
    searchParams: [
      ...first,
      ...spec.params.map(({ name, type, documentation }) => ({ name, type, documentation })),
      { name: '_count', type: 'number' as const, documentation: 'matches per page (at most 200)' },
    ],
    includes: Object.keys(spec.includes),
  });
  const partsOf = (spec: ClientTypeSpec) =>
    spec.parts.length > 1
      ? {
          documentation: `Made of parts, each checked and audited under its own data category: ${spec.parts
            .map((p) => (p.marker ? `${p.category} (${p.marker.param}=${p.marker.code})` : p.category))
            .join(', ')}. A search naming one part's ${spec.parts[0]?.marker?.param ?? 'kind'} checks only that part.`,
        }
      : {};
  return [
    ...CLIENT_TYPES.map((spec) => ({
      ...partsOf(spec),
      ...toCapability(spec, [
        spec.type === 'Patient'
          ? { name: '_id', type: 'token', documentation: 'required: the client' }
          : { name: 'patient', type: 'reference', documentation: 'required: the client (Patient/id or id)' },
      ]),
    })),
    ...ORG_TYPES.map((spec) => toCapability(spec, [])),
  ];
}

export function registerFhirRoutes(app: FastifyInstance, db: Database, config: Config): void {
  app.get(
    `${FHIR_BASE_PATH}/metadata`,
    {
      config: { access: { kind: 'public' } },
      schema: { tags: ['fhir'], summary: 'FHIR R4 CapabilityStatement', response: FHIR_RESPONSE },
    },
    async (request, reply) =>
      sendFhir(
        reply,
        capabilityStatement(fhirBase(request), SERVER_VERSION, isoDateIn(new Date()), fhirCapabilities(), [
          { name: 'export', definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export', documentation: EXPORT_DOC },
          {
            name: 'patient-export',
            definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/patient-export',
            documentation: EXPORT_DOC,
          },
        ]),
      ),
  );
  for (const spec of CLIENT_TYPES) registerClientType(app, db, spec);
  for (const spec of ORG_TYPES) registerOrgType(app, db, config, spec);
}
