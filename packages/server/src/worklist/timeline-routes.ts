import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withClientAccess } from '../access/client-access.js';
import type { Database } from '../db/database.js';
import { problemResponses } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { loadTimeline, readableParts, TIMELINE_KINDS } from './timeline-store.js';

export const TimelineItemSchema = Type.Object({
  id: Type.String(),
  kind: Type.Enum([...TIMELINE_KINDS]),
  date: Type.String({ description: 'the date it is about' }),
  at: Type.String({ format: 'date-time', description: 'when it was written' }),
  authorName: Type.Union([Type.String(), Type.Null()]),
  label: Type.String(),
  fields: Type.Array(Type.Object({ name: Type.String(), value: Type.String() })),
  trajectoryId: Type.Union([Type.String(), Type.Null()]),
});

export function registerTimelineRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/clients/:clientId/timeline',
    {
      config: {
        access: {
          kind: 'client',
          category: 'day_activities',
          action: 'read',
          audit: 'R',
          event: 'timeline.read',
          // Each item is filtered by its own part's rule in `readableParts` (treatment and measurements by their
          // category, attendance by the client's disclosure); no whole field of the answer is a disclosable part.
          disclosure: { kind: 'fields', fields: {} },
        },
      },
      schema: {
        tags: ['record'],
        summary:
          'The record read back: everything written about the person that the caller may read (notes, sessions, evaluations with their decisions, MDO, plan versions, measurements, attendance), newest first, paged',
        params: ClientIdParams,
        querystring: Type.Object(
          {
            page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
            pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(TimelineItemSchema),
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      const { page = 1, pageSize = 20 } = request.query as { page?: number; pageSize?: number };
      return withClientAccess(db, request, clientId, async (tx, access) => {
        const all = await loadTimeline(tx, access.orgId, clientId, readableParts(access.facts, access.disclosure));
        return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
      });
    },
  );
}
