import { isoDateIn } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withClientAccess } from '../access/client-access.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { auditListed, readableClients } from '../worklist/readable-clients.js';
import { AgendaItem, DateString, RoomView, SeriesParams, SeriesView } from './agenda-schemas.js';
import { loadExceptions, loadSeries } from './agenda-store.js';
import { agendaItems, type AgendaScope } from './agenda-views.js';
import { checkPeriod, requireAgendaOf } from './agenda-checks.js';

/** The agenda's rooms (listed and added) and its reading (issue 14): day and week views per professional, room and group, one series, a client's agenda. */
export function registerAgendaReadRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/agenda/rooms',
    {
      config: { access: { kind: 'permission', permission: 'agenda.view' } },
      schema: {
        tags: ['agenda'],
        summary: 'The organisation’s rooms',
        response: { 200: Type.Array(RoomView), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      return db.withOrg(auth.orgId, (tx) => tx.query(`select id, name, capacity from agenda_rooms where active order by name`));
    },
  );

  app.post(
    '/api/v1/agenda/rooms',
    {
      config: { access: { kind: 'permission', permission: 'agenda.plan' } },
      schema: {
        tags: ['agenda'],
        summary: 'Add a room that appointments can book',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
            capacity: Type.Union([Type.Integer({ minimum: 1, maximum: 500 }), Type.Null()]),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String({ format: 'uuid' }) }), ...problemResponses(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const body = request.body as { name: string; capacity: number | null };
      const id = await db.withOrg(auth.orgId, async (tx) => {
        const [row] = await tx.query<{ id: string }>(
          `insert into agenda_rooms (org_id, name, capacity) values ($1, $2, $3) on conflict (org_id, name) do nothing returning id`,
          [auth.orgId, body.name.trim(), body.capacity],
        );
        if (!row)
          throw new ProblemError('request.invalid', {
            errors: [{ path: '/body/name', message: 'a room with this name exists' }],
          });
        return row.id;
      });
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/v1/agenda',
    {
      config: { access: { kind: 'permission', permission: 'agenda.view' } },
      schema: {
        tags: ['agenda'],
        summary:
          'A day or week of the agenda of a professional (default: me), a room or a group; no client names or health data. ' +
          'Without dates: today (a work list can use this).',
        querystring: Type.Object(
          {
            professionalId: Type.Optional(Type.String({ format: 'uuid' })),
            roomId: Type.Optional(Type.String({ format: 'uuid' })),
            groupId: Type.Optional(Type.String({ format: 'uuid' })),
            from: Type.Optional(DateString),
            until: Type.Optional(DateString),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(AgendaItem), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const q = request.query as { professionalId?: string; roomId?: string; groupId?: string; from?: string; until?: string };
      const chosen = [q.professionalId, q.roomId, q.groupId].filter((v) => v !== undefined).length;
      if (chosen > 1)
        throw new ProblemError('request.invalid', {
          errors: [{ path: '/querystring', message: 'one of professionalId, roomId or groupId' }],
        });
      const scope: AgendaScope = q.roomId
        ? { kind: 'room', id: q.roomId }
        : q.groupId
          ? { kind: 'group', id: q.groupId }
          : { kind: 'professional', id: q.professionalId ?? auth.userId };
      if (scope.kind === 'professional') requireAgendaOf(auth, scope.id);
      const from = q.from ?? isoDateIn(new Date());
      const until = q.until ?? from;
      checkPeriod(from, until);
      const today = isoDateIn(new Date());
      return db.withOrg(auth.orgId, async (tx) => {
        let shown = new Map<string, { basis: string; role: string | null }>();
        const items = await agendaItems(tx, auth.orgId, scope, from, until, async (clientIds) => {
          // Who an appointment is with only for whom may see that client; its trajectory only for whom may read treatment.
          shown = await readableClients(tx, auth.orgId, auth.userId, clientIds, 'personalia', today);
          const treatment = await readableClients(tx, auth.orgId, auth.userId, clientIds, 'treatment', today);
          return { personalia: new Set(shown.keys()), treatment: new Set(treatment.keys()) };
        });
        // Each client named on the agenda is an access to their record (NEN 7513).
        await auditListed(tx, request, auth, 'agenda.read', shown, 'agenda');
        return items;
      });
    },
  );

  app.get(
    '/api/v1/agenda/series/:seriesId',
    {
      config: { access: { kind: 'permission', permission: 'agenda.view' } },
      schema: {
        tags: ['agenda'],
        summary: 'One series with its exceptions, to change it (own, or anyone’s with agenda.plan)',
        params: SeriesParams,
        response: { 200: SeriesView, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { seriesId } = request.params as { seriesId: string };
      return db.withOrg(auth.orgId, async (tx) => {
        const s = await loadSeries(tx, seriesId);
        if (!s) throw new ProblemError('resource.not_found');
        requireAgendaOf(auth, s.professional_id);
        // The link to the client for the professional of the appointment, and only when they may see that client.
        const today = isoDateIn(new Date());
        const linked = s.client_id === null ? [] : [s.client_id];
        const seen =
          s.professional_id === auth.userId
            ? await readableClients(tx, auth.orgId, auth.userId, linked, 'personalia', today)
            : new Map();
        const own = seen.size > 0 || (s.professional_id === auth.userId && s.client_id === null);
        const treats = own && (await readableClients(tx, auth.orgId, auth.userId, linked, 'treatment', today)).size > 0;
        await auditListed(tx, request, auth, 'agenda.series.read', seen, 'agenda_series');
        return {
          id: s.id,
          kind: s.kind,
          version: s.version,
          cancelled: s.cancelled_at !== null,
          professionalId: s.professional_id,
          roomId: s.room_id,
          groupId: s.group_id,
          clientId: own ? s.client_id : null,
          trajectoryId: treats ? s.trajectory_id : null,
          address: own ? s.address : null,
          onlineUrl: s.online_url,
          startDate: s.start_date,
          startTime: s.start_time,
          endTime: s.end_time,
          recurrence: s.recurrence,
          exceptions: await loadExceptions(tx, s.id),
        };
      });
    },
  );

  app.get(
    '/api/v1/clients/:clientId/agenda',
    {
      config: { access: { kind: 'client', category: 'personalia', action: 'read', audit: 'R', event: 'agenda.client.read' } },
      schema: {
        tags: ['agenda'],
        summary:
          'The client’s appointments and group sessions in a period (the portal’s “Mijn agenda”); treatment links only for who may read treatment',
        params: ClientIdParams,
        querystring: Type.Object(
          { from: Type.Optional(DateString), until: Type.Optional(DateString) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(AgendaItem), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      const q = request.query as { from?: string; until?: string };
      const from = q.from ?? isoDateIn(new Date());
      const until = q.until ?? from;
      checkPeriod(from, until);
      return withClientAccess(db, request, clientId, async (tx, access) => {
        // Whether someone is in treatment is health data (DOMAIN.md §7): its appointments only for who may read treatment.
        const treatment = access.abilities.treatment.read;
        // All linked first, so that appointments with a trajectory can be left out (not only unlinked) for the others.
        const items = await agendaItems(tx, access.orgId, { kind: 'client', id: clientId }, from, until, async () => ({
          personalia: new Set([clientId]),
          treatment: new Set([clientId]),
        }));
        return items
          .filter((i) => treatment || i.trajectoryId === null)
          .map((i) => ({ ...i, trajectoryId: treatment ? i.trajectoryId : null }));
      });
    },
  );
}
