import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requireFullAuth } from '../access/route-access.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { NOTIFICATION_KINDS } from './notification-store.js';

const NotificationSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Enum([...NOTIFICATION_KINDS]),
  link: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  read: Type.Boolean(),
});

/** The caller's own in-app messages: a kind and where to look, no content (the record is opened with its own rules). */
export function registerNotificationRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/notifications',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['worklist'],
        summary: 'My messages, newest first (the latest 50), with the number unread',
        response: {
          200: Type.Object({ items: Type.Array(NotificationSchema), unread: Type.Integer() }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      return db.withOrg(auth.orgId, async (tx) => {
        const items = await tx.query<{ id: string; kind: string; link: string; created_at: Date; read: boolean }>(
          `select id, kind, link, created_at, read_at is not null as read from notifications
            where org_id = $2 and user_id = $1 order by created_at desc, id limit 50`,
          [auth.userId, auth.orgId],
        );
        const [count] = await tx.query<{ unread: number }>(
          `select count(*)::int as unread from notifications where org_id = $2 and user_id = $1 and read_at is null`,
          [auth.userId, auth.orgId],
        );
        return {
          items: items.map((n) => ({
            id: n.id,
            kind: n.kind,
            link: n.link,
            createdAt: new Date(n.created_at).toISOString(),
            read: n.read,
          })),
          unread: count?.unread ?? 0,
        };
      });
    },
  );

  app.post(
    '/api/v1/notifications/:notificationId/read',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['worklist'],
        summary: 'Mark one of my messages as read (again: no change)',
        params: Type.Object({ notificationId: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { notificationId } = request.params as { notificationId: string };
      await db.withOrg(auth.orgId, async (tx) => {
        const rows = await tx.query(
          `update notifications set read_at = coalesce(read_at, now()) where id = $1 and user_id = $2 returning id`,
          [notificationId, auth.userId],
        );
        // Someone else's message answers the same as one that does not exist.
        if (rows.length === 0) throw new ProblemError('resource.not_found');
      });
      return reply.code(204).send();
    },
  );
}
