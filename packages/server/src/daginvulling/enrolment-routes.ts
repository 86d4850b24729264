import { DEFAULT_UNIT_RULES, type UnitRule } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withClientAccess } from '../access/client-access.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { EnrolmentRow } from './enrolment-schema.js';
import { markPlaced } from './proposal-store.js';

const UnitRuleSchema = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('dagdeel'),
      financer: Type.Enum(['wlz', 'wmo']),
      minMinutesPerDagdeel: Type.Integer({ minimum: 0, maximum: 240 }),
      countOnline: Type.Boolean(),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('uur'),
      rounding: Type.Enum(['down', 'nearest', 'up']),
      per: Type.Enum(['attendance', 'period']),
      countOnline: Type.Boolean(),
    },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('minuut'), countOnline: Type.Boolean() }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('stuks'), countOnline: Type.Boolean() }, { additionalProperties: false }),
]);

/** Placing a client in a group (an enrolment, with the financer's unit rule) and reading their enrolments. */
export function registerEnrolmentRoutes(app: FastifyInstance, db: Database): void {
  app.post(
    '/api/v1/clients/:clientId/enrolments',
    {
      config: { access: { kind: 'client', category: 'day_activities', action: 'write', audit: 'C', event: 'enrolment.create' } },
      schema: {
        tags: ['daginvulling'],
        summary:
          'Place the client in an offer (plaatsing): group, agreed days, funding with its indication and unit rule, status',
        params: ClientIdParams,
        body: Type.Object(
          {
            offerId: Type.String({ format: 'uuid' }),
            groupId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
            agreedDays: Type.Array(Type.Enum(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']), { uniqueItems: true }),
            status: Type.Enum(['aangemeld', 'actief', 'gepauzeerd', 'beeindigd']),
            startedOn: Type.String({ format: 'date' }),
            financer: Type.Enum(['wlz', 'wmo', 'participatiewet', 'geen']),
            indication: Type.Union([
              Type.Object(
                {
                  from: Type.String({ format: 'date' }),
                  until: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
                  volume: Type.Number({ minimum: 0, maximum: 99999 }),
                  per: Type.Enum(['week', 'maand', 'totaal']),
                },
                { additionalProperties: false },
              ),
              Type.Null(),
            ]),
            unitRule: Type.Optional(UnitRuleSchema),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String({ format: 'uuid' }) }), ...problemResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const b = request.body as {
        offerId: string;
        groupId: string | null;
        agreedDays: string[];
        status: string;
        startedOn: string;
        financer: 'wlz' | 'wmo' | 'participatiewet' | 'geen';
        indication: { from: string; until: string | null; volume: number; per: string } | null;
        unitRule?: UnitRule;
      };
      const rule = b.unitRule ?? (b.financer === 'wlz' ? DEFAULT_UNIT_RULES.wlz_dagdeel : DEFAULT_UNIT_RULES.wmo_uur);
      const id = await withClientAccess(db, request, clientId, async (tx, access) => {
        // A placement is the provider's decision with the person; a partner who sees the record only through the
        // person's consent (a job coach or werkbegeleider elsewhere) looks along and records, not places (003 L1912-1915).
        if (access.decision.basis === 'consent') throw new ProblemError('enrolment.care_team_only');
        const [offer] = await tx.query(`select 1 from offers where id = $1`, [b.offerId]);
        if (!offer)
          throw new ProblemError('resource.not_found', { errors: [{ path: '/body/offerId', message: 'no such offer' }] });
        if (b.groupId !== null) {
          const [group] = await tx.query<{ offer_id: string }>(`select offer_id from activity_groups where id = $1`, [b.groupId]);
          if (!group)
            throw new ProblemError('resource.not_found', { errors: [{ path: '/body/groupId', message: 'no such group' }] });
          // A group is a group of one offer (activity_groups.offer_id): a placement in it is a placement in that offer.
          // The database refuses the mismatch too (migration 0010); this names it.
          if (group.offer_id !== b.offerId)
            throw new ProblemError('enrolment.group_offer_mismatch', {
              errors: [
                { path: '/body/groupId', message: 'this group belongs to another offer', code: 'enrolment.group_offer_mismatch' },
              ],
            });
        }
        const [row] = await tx.query<{ id: string }>(
          `insert into enrolments (org_id, client_id, offer_id, group_id, agreed_days, status, started_on, financer, indication_from, indication_until, volume, volume_per, unit_rule)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
          [
            access.orgId,
            clientId,
            b.offerId,
            b.groupId,
            b.agreedDays,
            b.status,
            b.startedOn,
            b.financer,
            b.indication?.from ?? null,
            b.indication?.until ?? null,
            b.indication?.volume ?? null,
            b.indication?.per ?? null,
            JSON.stringify(rule),
          ],
        );
        const enrolmentId = row?.id ?? '';
        // An open enrolment request for this offer (an accepted proposal) is answered by this placement.
        await markPlaced(tx, clientId, b.offerId, enrolmentId, access.userId);
        return enrolmentId;
      });
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/v1/clients/:clientId/enrolments',
    {
      config: {
        access: {
          kind: 'client',
          category: 'day_activities',
          action: 'read',
          audit: 'R',
          event: 'enrolment.list',
          disclosure: { kind: 'whole', parts: ['attendance'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'The client’s placements with funding and indication',
        params: ClientIdParams,
        response: { 200: Type.Array(EnrolmentRow), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      return withClientAccess(db, request, clientId, (tx, access) =>
        tx.query(
          `select e.id, e.offer_id as "offerId", o.name as "offerName", o.form, e.group_id as "groupId", g.name as "groupName", e.agreed_days as "agreedDays",
                  e.status, e.started_on as "startedOn", e.ended_on as "endedOn", e.financer, e.indication_from as "indicationFrom",
                  e.indication_until as "indicationUntil", e.volume::float as volume, e.volume_per as "volumePer", e.unit_rule as "unitRule"
             from enrolments e join offers o on o.org_id = e.org_id and o.id = e.offer_id
             left join activity_groups g on g.org_id = e.org_id and g.id = e.group_id
            where e.org_id = $2 and e.client_id = $1 order by e.started_on desc`,
          [clientId, access.orgId],
        ),
      );
    },
  );
}
