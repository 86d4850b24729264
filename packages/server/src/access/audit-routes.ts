import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { withClientAccess } from './client-access.js';
import { verifyAuditChains } from './audit-log.js';
import { requireFullAuth } from './route-access.js';

const AccessLogEntry = Type.Object({
  seq: Type.Integer(),
  occurredAt: Type.String({ format: 'date-time' }),
  userId: Type.Union([Type.String(), Type.Null()]),
  userName: Type.Union([Type.String(), Type.Null()]),
  organisation: Type.String(),
  role: Type.Union([Type.String(), Type.Null()]),
  event: Type.String(),
  action: Type.Enum(['C', 'R', 'U', 'D', 'E']),
  outcome: Type.Enum(['success', 'denied', 'failed']),
  data: Type.Union([Type.String(), Type.Null()], { description: 'which data: the category of the object involved' }),
  objectType: Type.Union([Type.String(), Type.Null()], { description: 'the object involved (NEN 7513 §7.4)' }),
  objectId: Type.Union([Type.String(), Type.Null()]),
  problemCode: Type.Union([Type.String(), Type.Null()], { description: 'for a refused or failed attempt: the answer’s code' }),
  basis: Type.Union([Type.String(), Type.Null()], {
    description: 'self, representative, care_team, consent, organisation, break_glass; or the reason of a denial',
  }),
  breakGlass: Type.Boolean(),
  reason: Type.Union([Type.String(), Type.Null()]),
});

const Period = {
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
};

/** The category of data an audited object belongs to, for "which data" in the client's view. */
const CATEGORY_OF_OBJECT: Record<string, string> = {
  client: 'personalia',
  care_team_member: 'care_network',
  consent: 'care_network',
  representative: 'care_network',
  trajectory: 'treatment',
  closing_report: 'treatment',
  occurrence: 'day_activities',
  portfolio_file: 'participation_plan',
  file: 'participation_plan',
};

function dataOf(objectType: string | null): string | null {
  return objectType === null ? null : (CATEGORY_OF_OBJECT[objectType] ?? objectType);
}

interface Filter {
  clientId?: string | undefined;
  userId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  onlySuccess: boolean;
  outcome?: 'success' | 'denied' | 'failed' | undefined;
  limit: number;
}

async function searchAudit(tx: Queryable, filter: Filter) {
  const rows = await tx.query<{ occurredAt: Date } & Record<string, unknown>>(
    `select a.seq::int as seq, a.occurred_at as "occurredAt", a.user_id as "userId", u.display_name as "userName",
            o.name as organisation, a.user_role as role, a.event, a.action, a.outcome, a.object_type as "objectType",
            a.object_id as "objectId", a.problem_code as "problemCode", a.basis, a.break_glass as "breakGlass", a.reason,
            a.client_id as "clientId", c.given_name || ' ' || c.family_name as "clientName"
       from audit_events a join organisations o on o.id = a.org_id left join users u on u.id = a.user_id
       left join clients c on c.id = a.client_id
      where ($1::uuid is null or a.client_id = $1::uuid)
        and ($2::uuid is null or a.user_id = $2::uuid)
        and ($3::date is null or a.occurred_at >= $3::date)
        and ($4::date is null or a.occurred_at < $4::date + 1)
        and (not $5::boolean or a.outcome = 'success')
        and ($7::text is null or a.outcome = $7::text)
      order by a.seq desc
      limit $6`,
    [
      filter.clientId ?? null,
      filter.userId ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.onlySuccess,
      filter.limit,
      filter.outcome ?? null,
    ],
  );
  return rows.map((row) => ({
    ...row,
    occurredAt: new Date(row.occurredAt).toISOString(),
    data: dataOf(row['objectType'] as string | null),
  }));
}

export function registerAuditRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/clients/:clientId/access-log',
    {
      config: { access: { kind: 'client', category: 'access_log', action: 'read', audit: 'R', event: 'access_log.read' } },
      schema: {
        tags: ['access'],
        summary:
          'Who accessed this client’s data: when, who, in which role, which data, on what basis, break-glass (NEN 7513 §9)',
        params: ClientIdParams,
        querystring: Type.Object(Period, { additionalProperties: false }),
        response: { 200: Type.Array(AccessLogEntry), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      const { from, to, limit } = request.query as { from?: string; to?: string; limit?: number };
      return withClientAccess(db, request, clientId, (tx) =>
        searchAudit(tx, { clientId, from, to, onlySuccess: true, limit: limit ?? 500 }),
      );
    },
  );

  app.get(
    '/api/v1/audit',
    {
      config: { access: { kind: 'permission', permission: 'audit.search' } },
      schema: {
        tags: ['access'],
        summary: 'Search the audit trail by client, user and period, denied attempts included (NEN 7513 §8)',
        querystring: Type.Object(
          {
            clientId: Type.Optional(Type.String({ format: 'uuid' })),
            userId: Type.Optional(Type.String({ format: 'uuid' })),
            outcome: Type.Optional(Type.Enum(['success', 'denied', 'failed'])),
            ...Period,
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Array(
            Type.Intersect([
              AccessLogEntry,
              Type.Object({
                clientId: Type.Union([Type.String(), Type.Null()]),
                clientName: Type.Union([Type.String(), Type.Null()]),
              }),
            ]),
          ),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const query = request.query as Omit<Filter, 'onlySuccess' | 'limit'> & { limit?: number };
      return db.withOrg(auth.orgId, (tx) => searchAudit(tx, { ...query, onlySuccess: false, limit: query.limit ?? 200 }));
    },
  );

  app.get(
    '/api/v1/audit/verification',
    {
      config: { access: { kind: 'permission', permission: 'audit.search' } },
      schema: {
        tags: ['access'],
        summary:
          'Check this organisation’s audit trail now: every hash and link of the chain, and the signed checkpoints (NEN 7513 §8)',
        response: {
          200: Type.Object({
            checkedAt: Type.String({ format: 'date-time' }),
            records: Type.Integer(),
            intact: Type.Boolean(),
            breaks: Type.Array(Type.Object({ seq: Type.Integer(), kind: Type.String(), problem: Type.String() })),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const result = await verifyAuditChains(db, { orgId: auth.orgId });
      const breaks = result.breaks.map(({ seq, kind, problem }) => ({ seq, kind, problem }));
      return { checkedAt: new Date().toISOString(), records: result.records, intact: breaks.length === 0, breaks };
    },
  );
}
