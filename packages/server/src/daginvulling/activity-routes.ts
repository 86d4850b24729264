import { isoDateIn, WEEKDAYS, type TimeSlot } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requireFullAuth } from '../access/route-access.js';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { TimeSlotSchema } from './offer-schemas.js';

const GroupParams = Type.Object({ groupId: Type.String({ format: 'uuid' }) });
const GroupView = Type.Object({
  id: Type.String(),
  offerId: Type.String(),
  offerName: Type.String(),
  name: Type.String(),
  schedule: Type.Array(TimeSlotSchema),
  location: Type.String(),
  online: Type.Boolean(),
  capacity: Type.Integer(),
  supervisorIds: Type.Array(Type.String()),
  seasonFrom: Type.String(),
  seasonUntil: Type.Union([Type.String(), Type.Null()]),
  participants: Type.Integer(),
});
const OccurrenceView = Type.Object({
  id: Type.String(),
  groupId: Type.String(),
  groupName: Type.String(),
  date: Type.String(),
  starts: Type.String(),
  ends: Type.String(),
  cancelled: Type.Boolean(),
});

/** Dates in [from, until] whose weekday has a slot in the schedule, with that slot. */
export function scheduledDates(
  schedule: readonly TimeSlot[],
  from: string,
  until: string,
): { date: string; starts: string; ends: string }[] {
  const out: { date: string; starts: string; ends: string }[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${until}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    const day = WEEKDAYS[(d.getUTCDay() + 6) % 7];
    for (const slot of schedule.filter((s) => s.day === day))
      out.push({ date: d.toISOString().slice(0, 10), starts: slot.from, ends: slot.to });
  }
  return out;
}

export async function generateOccurrences(
  tx: Queryable,
  orgId: string,
  groupId: string,
  schedule: TimeSlot[],
  from: string,
  until: string,
): Promise<number> {
  let created = 0;
  for (const o of scheduledDates(schedule, from, until)) {
    const rows = await tx.query(
      `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, $3, $4, $5) on conflict do nothing returning id`,
      [orgId, groupId, o.date, o.starts, o.ends],
    );
    created += rows.length;
  }
  return created;
}

/** Groups with recurring schedules (also online and at external sites), and their occurrences. */
export function registerActivityRoutes(app: FastifyInstance, db: Database): void {
  app.post(
    '/api/v1/groups',
    {
      config: { access: { kind: 'permission', permission: 'offers.manage' } },
      schema: {
        tags: ['daginvulling'],
        summary:
          'Create a group for an offer: weekly schedule, location (or online / an external site), capacity, supervisors, season',
        body: Type.Object(
          {
            offerId: Type.String({ format: 'uuid' }),
            name: Type.String({ minLength: 1, maxLength: 200 }),
            schedule: Type.Array(TimeSlotSchema, { minItems: 1, maxItems: 14 }),
            location: Type.String({ minLength: 1, maxLength: 300 }),
            online: Type.Boolean(),
            capacity: Type.Integer({ minimum: 1, maximum: 200 }),
            supervisorIds: Type.Array(Type.String({ format: 'uuid' }), { maxItems: 10 }),
            seasonFrom: Type.String({ format: 'date' }),
            seasonUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String({ format: 'uuid' }) }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const b = request.body as {
        offerId: string;
        name: string;
        schedule: TimeSlot[];
        location: string;
        online: boolean;
        capacity: number;
        supervisorIds: string[];
        seasonFrom: string;
        seasonUntil: string | null;
      };
      const id = await db.withOrg(auth.orgId, async (tx) => {
        const [offer] = await tx.query(`select 1 from offers where id = $1`, [b.offerId]);
        if (!offer)
          throw new ProblemError('resource.not_found', { errors: [{ path: '/body/offerId', message: 'no such offer' }] });
        const [row] = await tx.query<{ id: string }>(
          `insert into activity_groups (org_id, offer_id, name, schedule, location, online, capacity, supervisor_ids, season_from, season_until)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
          [
            auth.orgId,
            b.offerId,
            b.name,
            JSON.stringify(b.schedule),
            b.location,
            b.online,
            b.capacity,
            b.supervisorIds,
            b.seasonFrom,
            b.seasonUntil,
          ],
        );
        return row?.id ?? '';
      });
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/v1/groups',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'Groups and their schedules; `mine` for the groups I supervise',
        querystring: Type.Object({ mine: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: { 200: Type.Array(GroupView), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { mine } = request.query as { mine?: boolean };
      return db.withOrg(auth.orgId, (tx) =>
        tx.query(
          `select g.id, g.offer_id as "offerId", o.name as "offerName", g.name, g.schedule, g.location, g.online, g.capacity,
                  g.supervisor_ids as "supervisorIds", g.season_from as "seasonFrom", g.season_until as "seasonUntil",
                  (select count(*)::int from enrolments e where e.org_id = g.org_id and e.group_id = g.id and e.status = 'actief') as participants
             from activity_groups g join offers o on o.org_id = g.org_id and o.id = g.offer_id
            where g.org_id = $3 and (not coalesce($2::boolean, false) or $1 = any(g.supervisor_ids))
            order by g.name`,
          [auth.userId, mine ?? null, auth.orgId],
        ),
      );
    },
  );

  app.post(
    '/api/v1/groups/:groupId/occurrences',
    {
      config: { access: { kind: 'permission', permission: 'offers.manage' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'Plan the group’s occurrences from its schedule for a period (existing ones are kept)',
        params: GroupParams,
        body: Type.Object(
          { from: Type.String({ format: 'date' }), until: Type.String({ format: 'date' }) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ created: Type.Integer() }), ...problemResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { groupId } = request.params as { groupId: string };
      const { from, until } = request.body as { from: string; until: string };
      if (until < from || Date.parse(until) - Date.parse(from) > 400 * 86_400_000) {
        throw new ProblemError('request.invalid', {
          errors: [{ path: '/body/until', message: 'a period of at most about a year, ending after it starts' }],
        });
      }
      const created = await db.withOrg(auth.orgId, async (tx) => {
        const [group] = await tx.query<{ schedule: TimeSlot[] }>(`select schedule from activity_groups where id = $1`, [groupId]);
        if (!group) throw new ProblemError('resource.not_found');
        return generateOccurrences(tx, auth.orgId, groupId, group.schedule, from, until);
      });
      return reply.code(201).send({ created });
    },
  );

  app.get(
    '/api/v1/occurrences',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'Occurrences of my groups (or one group) in a period; defaults to today',
        querystring: Type.Object(
          {
            groupId: Type.Optional(Type.String({ format: 'uuid' })),
            from: Type.Optional(Type.String({ format: 'date' })),
            until: Type.Optional(Type.String({ format: 'date' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(OccurrenceView), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const q = request.query as { groupId?: string; from?: string; until?: string };
      const today = isoDateIn(new Date());
      return db.withOrg(auth.orgId, (tx) =>
        tx.query(
          `select o.id, o.group_id as "groupId", g.name as "groupName", o.date, o.starts, o.ends, o.cancelled
             from occurrences o join activity_groups g on g.id = o.group_id
            where o.date between $2::date and $3::date
              and (case when $4::uuid is null then $1 = any(g.supervisor_ids) else o.group_id = $4::uuid end)
            order by o.date, o.starts`,
          [auth.userId, q.from ?? today, q.until ?? q.from ?? today, q.groupId ?? null],
        ),
      );
    },
  );
}
