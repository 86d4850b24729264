import {
  DEFAULT_FINANCING_PARAMETERS,
  parametersInForce,
  validateFinancingParameters,
  type FinancingParameters,
} from '@meedoen/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { auditActor } from '../access/audit-context.js';
import { appendAudit } from '../access/audit-log.js';
import { markAudited } from '../access/request-audit.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Authenticated } from '../access/session-store.js';
import { requireIfMatch } from '../daginvulling/offer-routes.js';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses, ProblemError, throwIfViolations } from '../errors/problem.js';
import { ParameterSetBody, ParameterSetsResponse, SetIdParams, StoredParameterSetSchema } from './parameter-set-schemas.js';
import {
  insertParameterSet,
  listParameterSets,
  lockParameterSets,
  updateParameterSet,
  type ParameterSetInput,
  type StoredParameterSet,
} from './parameter-set-store.js';

/**
 * The organisation's contracts and tariffs (issue 14): its financing parameter sets (issue 12). Only the
 * administrator (organisation.manage) reads and writes them; row-level security keeps them to the organisation;
 * a set is checked with core's rules against all the organisation's sets under a per-organisation lock; every
 * change is audited and kept as a version; a change needs the version read (If-Match).
 */
const MANAGE = { access: { kind: 'permission', permission: 'organisation.manage' } } as const;

async function readSets(tx: Queryable, orgId: string) {
  const sets = await listParameterSets(tx, orgId);
  const inForce = parametersInForce(
    sets.map((s) => s.parameters),
    DEFAULT_FINANCING_PARAMETERS,
  );
  // The defaults in force: whole, or cut to the days the organisation's own sets leave uncovered.
  const own = new Set(sets.map((s) => s.parameters));
  const defaults = inForce.filter((p) => !own.has(p));
  return { sets, usingDefaults: defaults.length > 0, defaults };
}

/** Core's rules for the candidate against the organisation's other sets; a violation names the body's field. */
function checkAgainst(candidate: FinancingParameters, others: readonly StoredParameterSet[]): void {
  // The candidate is set 0: its own values and every overlap with another set are reported at /0/….
  const violations = validateFinancingParameters([candidate, ...others.map((o) => o.parameters)])
    .filter((v) => v.path.startsWith('/0/'))
    .map((v) => ({ ...v, path: v.path.slice(2) }));
  throwIfViolations(violations);
}

async function auditChange(
  tx: Queryable,
  request: FastifyRequest,
  auth: Authenticated,
  action: 'C' | 'U',
  setId: string,
  reason: string,
): Promise<void> {
  await appendAudit(tx, auth.orgId, {
    event: 'organisation.financing_parameters',
    action,
    outcome: 'success',
    clientId: null,
    ...auditActor(request, auth),
    role: 'beheerder',
    basis: null,
    breakGlass: false,
    reason: reason.slice(0, 300),
    objectType: 'financing_parameter_set',
    objectId: setId,
  });
  markAudited(request);
}

const period = (p: { validFrom: string; validUntil: string }) => `${p.validFrom} – ${p.validUntil}`;

export function registerParameterSetRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/financing/parameter-sets',
    {
      config: MANAGE,
      schema: {
        tags: ['financing'],
        summary: 'The organisation’s contracts and tariffs (financing parameter sets), and the defaults still in force',
        response: { 200: ParameterSetsResponse, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      return db.withOrg(auth.orgId, (tx) => readSets(tx, auth.orgId));
    },
  );

  app.post(
    '/api/v1/financing/parameter-sets',
    {
      config: MANAGE,
      schema: {
        tags: ['financing'],
        summary: 'Add a set for a period no other set of the organisation covers; audited',
        body: ParameterSetBody,
        response: { 201: StoredParameterSetSchema, ...problemResponses(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const input = request.body as ParameterSetInput;
      const created = await db.withOrg(auth.orgId, async (tx) => {
        // One writer per organisation at a time: two overlapping periods cannot both pass the check.
        await lockParameterSets(tx, auth.orgId);
        checkAgainst({ id: 'new', ...input }, await listParameterSets(tx, auth.orgId));
        const id = await insertParameterSet(tx, auth.orgId, auth.userId, input);
        await auditChange(tx, request, auth, 'C', id, `period ${period(input)}`);
        const saved = (await listParameterSets(tx, auth.orgId)).find((s) => s.id === id);
        if (!saved) throw new ProblemError('resource.not_found');
        return saved;
      });
      return reply.code(201).header('etag', `"${created.version}"`).send(created);
    },
  );

  app.put(
    '/api/v1/financing/parameter-sets/:setId',
    {
      config: MANAGE,
      schema: {
        tags: ['financing'],
        summary: 'Change a set (If-Match: the version read); the previous version is kept; audited',
        params: SetIdParams,
        body: ParameterSetBody,
        response: { 200: StoredParameterSetSchema, ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const version = requireIfMatch(request);
      const { setId } = request.params as { setId: string };
      const input = request.body as ParameterSetInput;
      const changed = await db.withOrg(auth.orgId, async (tx) => {
        await lockParameterSets(tx, auth.orgId);
        const sets = await listParameterSets(tx, auth.orgId);
        const before = sets.find((s) => s.id === setId);
        if (!before) throw new ProblemError('resource.not_found');
        if (before.version !== version) throw new ProblemError('resource.version_conflict');
        checkAgainst(
          { id: setId, ...input },
          sets.filter((s) => s.id !== setId),
        );
        if (!(await updateParameterSet(tx, auth.orgId, setId, version, auth.userId, input)))
          throw new ProblemError('resource.version_conflict');
        await auditChange(
          tx,
          request,
          auth,
          'U',
          setId,
          `version ${version} → ${version + 1}; period ${period(before.parameters)} → ${period(input)}`,
        );
        const saved = (await listParameterSets(tx, auth.orgId)).find((s) => s.id === setId);
        if (!saved) throw new ProblemError('resource.not_found');
        return saved;
      });
      return reply.header('etag', `"${changed.version}"`).send(changed);
    },
  );
}
