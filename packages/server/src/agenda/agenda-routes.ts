import { type SeriesException } from '@meedoen/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { auditActor } from '../access/audit-context.js';
import type { AuditAction } from '../access/audit-log.js';
import { withClientsAccessAs, type ClientAccess } from '../access/client-access.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { DateString, SeriesCreateBody, SeriesParams, SeriesUpdateBody, SessionParams, Time } from './agenda-schemas.js';
import {
  AGENDA_TIME_ZONE,
  checkSeries,
  loadExceptions,
  loadSeries,
  patternOf,
  replaceExceptions,
  writeSessions,
  type SeriesInput,
  type SeriesRow,
} from './agenda-store.js';
import { requireAgendaOf, type Auth } from './agenda-checks.js';
import { registerAgendaReadRoutes } from './agenda-read-routes.js';

/** Planning happens in this century: dates far outside it are typing errors (and beyond what the zone data covers). */
function checkPlausibleDates(startDate: string, exceptions: readonly SeriesException[]): void {
  const plausible = (d: string) => d >= '2000-01-01' && d <= '2099-12-31';
  if (!plausible(startDate))
    throw new ProblemError('request.invalid', { errors: [{ path: '/body/startDate', message: 'a date between 2000 and 2099' }] });
  exceptions.forEach((e, i) => {
    if (e.kind === 'moved' && !plausible(e.toDate))
      throw new ProblemError('request.invalid', {
        errors: [{ path: `/body/exceptions/${i}/toDate`, message: 'a date between 2000 and 2099' }],
      });
  });
}

function checkDistinctDates(exceptions: readonly SeriesException[]): void {
  const seen = new Set<string>();
  exceptions.forEach((e, i) => {
    if (seen.has(e.date))
      throw new ProblemError('request.invalid', {
        errors: [{ path: `/body/exceptions/${i}/date`, message: 'one exception per session' }],
      });
    seen.add(e.date);
  });
}

/**
 * Runs a write in one transaction; when the series concerns a client, through the client-access
 * mechanism (decided and audited as reading the client's personalia, NEN 7513), else bound to the
 * organisation only.
 */
async function inSeriesContext<T>(
  db: Database,
  request: FastifyRequest,
  clientId: string | null,
  event: string,
  audit: AuditAction,
  fn: (tx: Queryable, access: ClientAccess | null) => Promise<T>,
): Promise<T> {
  const auth = requireFullAuth(request);
  if (!clientId) return db.withOrg(auth.orgId, (tx) => fn(tx, null));
  return withClientsAccessAs(
    db,
    { auth, method: request.method, audit: auditActor(request, auth) },
    { kind: 'client', category: 'personalia', action: 'read', audit, event },
    [clientId],
    (tx, [access]) => fn(tx, access ?? null),
  );
}

async function checkLinks(tx: Queryable, body: SeriesInput, access: ClientAccess | null): Promise<void> {
  const missing = async (sql: string, id: string | null, path: string) => {
    if (id === null) return;
    const [row] = await tx.query(sql, [id]);
    if (!row) throw new ProblemError('resource.not_found', { errors: [{ path, message: 'not found' }] });
  };
  await missing(`select 1 from users where id = $1 and active`, body.professionalId, '/body/professionalId');
  await missing(`select 1 from agenda_rooms where id = $1 and active`, body.roomId, '/body/roomId');
  await missing(`select 1 from activity_groups where id = $1`, body.groupId, '/body/groupId');
  if (body.trajectoryId !== null) {
    // A session on the agenda opens its treatment record: only for someone who may read that record.
    if (!access?.abilities.treatment.read) throw new ProblemError('access.forbidden');
    const [row] = await tx.query(`select 1 from trajectories where id = $1 and client_id = $2`, [
      body.trajectoryId,
      body.clientId,
    ]);
    if (!row)
      throw new ProblemError('resource.not_found', {
        errors: [{ path: '/body/trajectoryId', message: 'not a trajectory of this client' }],
      });
  }
}

function requireVersion(series: SeriesRow | null, version: number, auth: Auth): SeriesRow {
  if (!series) throw new ProblemError('resource.not_found');
  requireAgendaOf(auth, series.professional_id);
  if (series.cancelled_at) throw new ProblemError('resource.not_found', { detail: 'This series was cancelled.' });
  if (series.version !== version) throw new ProblemError('resource.version_conflict');
  return series;
}

/** Re-derive the sessions of a changed series and bump its version, all under the professional/room lock. */
async function rewrite(tx: Queryable, orgId: string, series: SeriesRow, exceptions: SeriesException[], userId: string) {
  const pattern = patternOf(series);
  checkSeries(
    { kind: series.kind, roomId: series.room_id, address: series.address, onlineUrl: series.online_url },
    pattern,
    exceptions,
  );
  await replaceExceptions(tx, orgId, series.id, userId, exceptions);
  await writeSessions(
    tx,
    orgId,
    { id: series.id, professionalId: series.professional_id, roomId: series.room_id, pattern },
    exceptions,
  );
  const [row] = await tx.query<{ version: number }>(
    `update agenda_series set version = version + 1 where id = $1 returning version`,
    [series.id],
  );
  return { id: series.id, version: row?.version ?? series.version + 1 };
}

const Saved = Type.Object({ id: Type.String({ format: 'uuid' }), version: Type.Integer() });

/** The agenda (issue 14): rooms, series with exceptions, day and week views per professional, room, group and client. */
export function registerAgendaRoutes(app: FastifyInstance, db: Database): void {
  registerAgendaReadRoutes(app, db);

  app.post(
    '/api/v1/agenda/series',
    {
      config: { access: { kind: 'permission', permission: 'agenda.view' } },
      schema: {
        tags: ['agenda'],
        summary:
          'Plan an appointment or a recurring series (RFC 5545 rule) with exceptions; refused when the professional or the room is already booked',
        body: SeriesCreateBody,
        response: { 201: Saved, ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const raw = request.body as Omit<SeriesInput, 'professionalId'> & { professionalId?: string };
      const body: SeriesInput = { ...raw, professionalId: raw.professionalId ?? auth.userId };
      requireAgendaOf(auth, body.professionalId);
      checkDistinctDates(body.exceptions);
      checkPlausibleDates(body.startDate, body.exceptions);
      if (body.trajectoryId !== null && body.clientId === null)
        throw new ProblemError('request.invalid', {
          errors: [{ path: '/body/clientId', message: 'a trajectory belongs to a client' }],
        });
      const pattern = {
        startDate: body.startDate,
        startTime: body.startTime,
        endTime: body.endTime,
        timeZone: AGENDA_TIME_ZONE,
        recurrence: body.recurrence,
      };
      checkSeries(body, pattern, body.exceptions);
      const saved = await inSeriesContext(db, request, body.clientId, 'agenda.series.create', 'C', async (tx, access) => {
        await checkLinks(tx, body, access);
        const [row] = await tx.query<{ id: string }>(
          `insert into agenda_series (org_id, kind, professional_id, room_id, client_id, trajectory_id, group_id, address, online_url,
                                      start_date, start_time, end_time, time_zone, recurrence, created_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) returning id`,
          [
            auth.orgId,
            body.kind,
            body.professionalId,
            body.roomId,
            body.clientId,
            body.trajectoryId,
            body.groupId,
            body.address,
            body.onlineUrl,
            body.startDate,
            body.startTime,
            body.endTime,
            AGENDA_TIME_ZONE,
            body.recurrence === null ? null : JSON.stringify(body.recurrence),
            auth.userId,
          ],
        );
        const id = row?.id ?? '';
        access?.auditObject('agenda_series', id);
        await replaceExceptions(tx, auth.orgId, id, auth.userId, body.exceptions);
        await writeSessions(
          tx,
          auth.orgId,
          { id, professionalId: body.professionalId, roomId: body.roomId, pattern },
          body.exceptions,
        );
        return { id, version: 1 };
      });
      return reply.code(201).send(saved);
    },
  );

  app.put(
    '/api/v1/agenda/series/:seriesId',
    {
      config: { access: { kind: 'permission', permission: 'agenda.view' } },
      schema: {
        tags: ['agenda'],
        summary: 'Change the time, place, recurrence or exceptions of a series (optimistic concurrency on version)',
        params: SeriesParams,
        body: SeriesUpdateBody,
        response: { 200: Saved, ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { seriesId } = request.params as { seriesId: string };
      const body = request.body as Omit<SeriesInput, 'kind' | 'clientId' | 'trajectoryId' | 'groupId'> & { version: number };
      checkDistinctDates(body.exceptions);
      checkPlausibleDates(body.startDate, body.exceptions);
      const clientId = await db.withOrg(auth.orgId, async (tx) => (await loadSeries(tx, seriesId))?.client_id ?? null);
      return inSeriesContext(db, request, clientId, 'agenda.series.update', 'U', async (tx, access) => {
        const current = requireVersion(await loadSeries(tx, seriesId, true), body.version, auth);
        requireAgendaOf(auth, body.professionalId);
        access?.auditObject('agenda_series', seriesId);
        const next: SeriesRow = {
          ...current,
          professional_id: body.professionalId,
          room_id: body.roomId,
          address: body.address,
          online_url: body.onlineUrl,
          start_date: body.startDate,
          start_time: body.startTime,
          end_time: body.endTime,
          recurrence: body.recurrence,
        };
        await checkLinks(tx, { ...body, kind: current.kind, clientId: null, trajectoryId: null, groupId: null }, access);
        await tx.query(
          `update agenda_series set professional_id = $2, room_id = $3, address = $4, online_url = $5, start_date = $6,
                  start_time = $7, end_time = $8, recurrence = $9 where id = $1`,
          [
            seriesId,
            next.professional_id,
            next.room_id,
            next.address,
            next.online_url,
            next.start_date,
            next.start_time,
            next.end_time,
            next.recurrence === null ? null : JSON.stringify(next.recurrence),
          ],
        );
        return rewrite(tx, auth.orgId, next, body.exceptions, auth.userId);
      });
    },
  );

  app.post(
    '/api/v1/agenda/series/:seriesId/cancel',
    {
      config: { access: { kind: 'permission', permission: 'agenda.view' } },
      schema: {
        tags: ['agenda'],
        summary: 'Cancel a whole series with a reason (its sessions leave the agenda)',
        params: SeriesParams,
        body: Type.Object(
          { version: Type.Integer({ minimum: 1 }), reason: Type.String({ minLength: 1, maxLength: 300 }) },
          { additionalProperties: false },
        ),
        response: { 200: Saved, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { seriesId } = request.params as { seriesId: string };
      const body = request.body as { version: number; reason: string };
      const clientId = await db.withOrg(auth.orgId, async (tx) => (await loadSeries(tx, seriesId))?.client_id ?? null);
      return inSeriesContext(db, request, clientId, 'agenda.series.cancel', 'U', async (tx, access) => {
        requireVersion(await loadSeries(tx, seriesId, true), body.version, auth);
        access?.auditObject('agenda_series', seriesId);
        await tx.query(`delete from agenda_sessions where series_id = $1`, [seriesId]);
        const [row] = await tx.query<{ version: number }>(
          `update agenda_series set cancelled_at = now(), cancel_reason = $2, version = version + 1 where id = $1 returning version`,
          [seriesId, body.reason],
        );
        return { id: seriesId, version: row?.version ?? 0 };
      });
    },
  );

  const changeOne = (
    path: string,
    summary: string,
    body: ReturnType<typeof Type.Object>,
    event: string,
    exceptionOf: (date: string, b: Record<string, string>) => SeriesException,
  ) =>
    app.post(
      path,
      {
        config: { access: { kind: 'permission', permission: 'agenda.view' } },
        schema: {
          tags: ['agenda'],
          summary,
          params: SessionParams,
          body,
          response: { 200: Saved, ...problemResponses(401, 403, 404, 409, 422) },
        },
      },
      async (request) => {
        const auth = requireFullAuth(request);
        const { seriesId, date } = request.params as { seriesId: string; date: string };
        const b = request.body as Record<string, string> & { version: number };
        const toDate = b['toDate'];
        if (toDate !== undefined && (toDate < '2000-01-01' || toDate > '2099-12-31'))
          throw new ProblemError('request.invalid', {
            errors: [{ path: '/body/toDate', message: 'a date between 2000 and 2099' }],
          });
        const clientId = await db.withOrg(auth.orgId, async (tx) => (await loadSeries(tx, seriesId))?.client_id ?? null);
        return inSeriesContext(db, request, clientId, event, 'U', async (tx, access) => {
          const current = requireVersion(await loadSeries(tx, seriesId, true), b.version, auth);
          access?.auditObject('agenda_series', seriesId);
          const others = (await loadExceptions(tx, seriesId)).filter((e) => e.date !== date);
          try {
            return await rewrite(tx, auth.orgId, current, [...others, exceptionOf(date, b)], auth.userId);
          } catch (error) {
            // The rules speak of the whole list of exceptions; this request names one session by its date.
            if (error instanceof ProblemError && error.code === 'agenda.not_in_series')
              throw new ProblemError('agenda.not_in_series', {
                errors: [
                  { path: '/params/date', message: 'no session of this series on that date', code: 'agenda.not_in_series' },
                ],
              });
            throw error;
          }
        });
      },
    );

  changeOne(
    '/api/v1/agenda/series/:seriesId/sessions/:date/cancel',
    'Cancel one session of a series (a holiday, a cancelled week), with a reason',
    Type.Object(
      { version: Type.Integer({ minimum: 1 }), reason: Type.String({ minLength: 1, maxLength: 300 }) },
      { additionalProperties: false },
    ),
    'agenda.session.cancel',
    (date, b) => ({ date, kind: 'cancelled', reason: b['reason'] ?? '' }),
  );

  changeOne(
    '/api/v1/agenda/series/:seriesId/sessions/:date/move',
    'Move one session of a series to another date and time, with a reason',
    Type.Object(
      {
        version: Type.Integer({ minimum: 1 }),
        reason: Type.String({ minLength: 1, maxLength: 300 }),
        toDate: DateString,
        toStart: Time,
        toEnd: Time,
      },
      { additionalProperties: false },
    ),
    'agenda.session.move',
    (date, b) => ({
      date,
      kind: 'moved',
      reason: b['reason'] ?? '',
      toDate: b['toDate'] ?? date,
      toStart: b['toStart'] ?? '',
      toEnd: b['toEnd'] ?? '',
    }),
  );
}
