import { isoDateIn } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requireFullAuth } from '../access/route-access.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { problemResponses } from '../errors/problem.js';
import { auditListed } from './readable-clients.js';
import { countByKind, loadWorklist, WORKLIST_KINDS } from './worklist-store.js';

const Nullable = (schema: ReturnType<typeof Type.String>) => Type.Union([schema, Type.Null()]);

export function registerWorklistRoutes(
  app: FastifyInstance,
  db: Database,
  config: Pick<Config, 'expiryNoticeDays' | 'notesToWriteDays'>,
): void {
  app.get(
    '/api/v1/worklist',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['worklist'],
        summary:
          'My work list as a start page: today’s roll calls and appointments (note written or not), session notes still to write, referrals to accept, plans awaiting agreement, evaluations due, alerts, consents and allocations ending soon; only clients I may read, each shown audited',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                kind: Type.Enum([...WORKLIST_KINDS]),
                clientId: Nullable(Type.String()),
                clientName: Nullable(Type.String()),
                date: Nullable(Type.String()),
                label: Type.String(),
                link: Type.String(),
                done: Type.Union([Type.Boolean(), Type.Null()], {
                  description: 'today’s appointments: whether the session note is written',
                }),
              }),
            ),
            counts: Type.Object(Object.fromEntries(WORKLIST_KINDS.map((kind) => [kind, Type.Integer()]))),
            total: Type.Integer(),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const today = isoDateIn(new Date());
      return db.withOrg(auth.orgId, async (tx) => {
        const { items, shown } = await loadWorklist(tx, auth.orgId, auth.userId, today, config);
        await auditListed(tx, request, auth, 'worklist.read', shown, 'worklist');
        return { items, counts: countByKind(items), total: items.length };
      });
    },
  );
}
