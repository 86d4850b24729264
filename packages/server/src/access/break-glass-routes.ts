import { hasOrgPermission } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { auditActor } from './audit-context.js';
import { appendAudit } from './audit-log.js';
import { requireFullAuth } from './route-access.js';

const BreakGlassSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  clientId: Type.String({ format: 'uuid' }),
  clientName: Type.String(),
  userId: Type.String({ format: 'uuid' }),
  userName: Type.String(),
  reason: Type.String(),
  openedAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  reviewedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  reviewNote: Type.Union([Type.String(), Type.Null()]),
});

/** Emergency access to a record outside one's care team: allowed with a reason, flagged, and reviewed. */
export function registerBreakGlassRoutes(app: FastifyInstance, db: Database, config: Config): void {
  app.post(
    '/api/v1/clients/:clientId/break-glass',
    {
      config: { access: { kind: 'permission', permission: 'break_glass.use' } },
      schema: {
        tags: ['access'],
        summary:
          'Open a record outside your care team in an emergency, with a stated reason; read-only, for a limited time, reported to the privacy officer',
        params: ClientIdParams,
        body: Type.Object({ reason: Type.String({ minLength: 10, maxLength: 1000 }) }, { additionalProperties: false }),
        response: {
          201: Type.Object({ id: Type.String({ format: 'uuid' }), expiresAt: Type.String({ format: 'date-time' }) }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { clientId } = request.params as { clientId: string };
      const { reason } = request.body as { reason: string };
      const opened = await db.withOrg(auth.orgId, async (tx) => {
        const [client] = await tx.query(`select 1 from clients where id = $1`, [clientId]);
        const entry = {
          event: 'client.break_glass',
          action: 'E' as const,
          clientId: client ? clientId : null,
          ...auditActor(request, auth),
          role: auth.roles.find((role) => hasOrgPermission([role], 'break_glass.use')) ?? null,
          basis: 'break_glass',
          breakGlass: true,
          reason,
          objectType: 'client',
          objectId: clientId,
        };
        if (!client) {
          await appendAudit(tx, auth.orgId, { ...entry, outcome: 'denied' });
          return null;
        }
        const [row] = await tx.query<{ id: string; expires_at: Date }>(
          `insert into break_glass_accesses (org_id, client_id, user_id, reason, expires_at)
           values ($1, $2, $3, $4, now() + make_interval(mins => $5)) returning id, expires_at`,
          [auth.orgId, clientId, auth.userId, reason.trim(), config.breakGlassMinutes],
        );
        await appendAudit(tx, auth.orgId, { ...entry, outcome: 'success' });
        return row ?? null;
      });
      if (!opened) throw new ProblemError('access.forbidden');
      return reply.code(201).send({ id: opened.id, expiresAt: new Date(opened.expires_at).toISOString() });
    },
  );

  app.get(
    '/api/v1/audit/break-glass',
    {
      config: { access: { kind: 'permission', permission: 'break_glass.report' } },
      schema: {
        tags: ['access'],
        summary: 'Emergency accesses for the privacy officer to review, newest first',
        querystring: Type.Object({ unreviewed: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: { 200: Type.Array(BreakGlassSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { unreviewed } = request.query as { unreviewed?: boolean };
      const rows = await db.withOrg(auth.orgId, (tx) =>
        tx.query<Record<string, unknown> & { openedAt: Date; expiresAt: Date; reviewedAt: Date | null }>(
          `select b.id, b.client_id as "clientId", c.given_name || ' ' || c.family_name as "clientName", b.user_id as "userId",
                  u.display_name as "userName", b.reason, b.opened_at as "openedAt", b.expires_at as "expiresAt",
                  b.reviewed_at as "reviewedAt", b.review_note as "reviewNote"
             from break_glass_accesses b join clients c on c.id = b.client_id join users u on u.id = b.user_id
            where not coalesce($1::boolean, false) or b.reviewed_at is null
            order by b.opened_at desc limit 500`,
          [unreviewed ?? null],
        ),
      );
      return rows.map((row) => ({
        ...row,
        openedAt: new Date(row.openedAt).toISOString(),
        expiresAt: new Date(row.expiresAt).toISOString(),
        reviewedAt: row.reviewedAt ? new Date(row.reviewedAt).toISOString() : null,
      }));
    },
  );

  app.post(
    '/api/v1/audit/break-glass/:id/review',
    {
      config: { access: { kind: 'permission', permission: 'break_glass.report' } },
      schema: {
        tags: ['access'],
        summary: 'Mark an emergency access as reviewed, with a note',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { id } = request.params as { id: string };
      const { note } = request.body as { note: string };
      const updated = await db.withOrg(auth.orgId, (tx) =>
        tx.query(
          `update break_glass_accesses set reviewed_by = $2, reviewed_at = now(), review_note = $3 where id = $1 returning id`,
          [id, auth.userId, note],
        ),
      );
      if (updated.length === 0) throw new ProblemError('resource.not_found');
      return reply.code(204).send();
    },
  );
}
