import {
  ladderHistory,
  mergeDisclosedWrite,
  nextDayEvaluationDue,
  type DayEvaluation,
  type LadderPosition,
  type ParticipationPlan,
} from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditActor } from '../access/audit-context.js';
import { appendAudits } from '../access/audit-log.js';
import { withClientAccess } from '../access/client-access.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { requireIfMatch } from './offer-routes.js';
import { planProblems, PlanWrite, readStoredPlan } from './plan-schema.js';

type StoredPlan = ParticipationPlan;

/** What a reader gets: sections the caller may not see are left out by the access mechanism. */
const PlanDocument = Type.Object(
  {},
  { additionalProperties: true, description: 'the participation plan document (see core ParticipationPlan)' },
);

/** The stored plan, read defensively: a damaged section reads as empty and is named (see plan-schema.ts). */
export async function loadPlan(
  tx: Queryable,
  orgId: string,
  clientId: string,
): Promise<{ document: StoredPlan; version: number; damaged: string[] }> {
  const [row] = await tx.query<{ document: unknown; version: number }>(
    `select document, version from participation_plans where org_id = $1 and client_id = $2`,
    [orgId, clientId],
  );
  const { plan, damaged } = readStoredPlan(row?.document ?? null);
  return row ? { document: plan, version: row.version, damaged } : { document: plan, version: 0, damaged: [] };
}

export function registerParticipationRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/clients/:clientId/participation-plan',
    {
      config: {
        access: {
          kind: 'client',
          category: 'participation_plan',
          action: 'read',
          audit: 'R',
          event: 'participation_plan.read',
          // 003 L1912-1915: an external party sees the sections and comments the client shared with them.
          disclosure: { kind: 'fields', fields: { plan: 'sections', comments: 'comments' } },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'The client’s own participation plan, as far as the caller may see it (disclosure); ETag = version',
        params: ClientIdParams,
        response: {
          200: Type.Object({
            version: Type.Integer(),
            plan: PlanDocument,
            complete: Type.Boolean({ description: 'false: sections are hidden by the client’s disclosure' }),
            damaged: Type.Array(Type.String(), {
              description: 'sections of a plan stored before validation that did not match the schema; shown empty',
            }),
            comments: Type.Array(Type.Object({}, { additionalProperties: true })),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const result = await withClientAccess(db, request, clientId, async (tx, access) => {
        const { document: plan, version, damaged } = await loadPlan(tx, access.orgId, clientId);
        if (damaged.length > 0) request.log.warn({ damaged }, 'stored participation plan has damaged sections');
        const comments = await tx.query(
          `select c.id, c.text, c.created_at as "createdAt", u.display_name as "authorName"
             from participation_plan_comments c join users u on u.org_id = c.org_id and u.id = c.author_id
            where c.org_id = $2 and c.client_id = $1 order by c.created_at`,
          [clientId, access.orgId],
        );
        // The mechanism removes what the client did not share with this caller.
        // A damaged section is named only to those who may see that section.
        const disclosure = access.disclosure;
        const shown = disclosure.limited ? damaged.filter((s) => disclosure.open.includes(s as never)) : damaged;
        return { version, plan, complete: !access.disclosure.limited, damaged: shown, comments };
      });
      return reply.header('etag', `"${result.version}"`).send(result);
    },
  );

  app.put(
    '/api/v1/clients/:clientId/participation-plan',
    {
      config: {
        access: {
          kind: 'client',
          category: 'participation_plan',
          action: 'write',
          audit: 'U',
          event: 'participation_plan.write',
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'Save the plan (If-Match with the version you saw: 409 on a stale write, nothing lost); every version is kept',
        params: ClientIdParams,
        body: Type.Object({ plan: PlanWrite }, { additionalProperties: false }),
        response: { 200: Type.Object({ version: Type.Integer() }), ...problemResponses(401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const expected = requireIfMatch(request);
      const body = request.body as { plan: StoredPlan };
      const version = await withClientAccess(db, request, clientId, async (tx, access) => {
        const current = await loadPlan(tx, access.orgId, clientId);
        if (current.version !== expected) throw new ProblemError('resource.version_conflict');
        const next = current.version + 1;
        // An external party with write consent changes only what the client shared with them (003 L1912-1915).
        const plan = mergeDisclosedWrite(current.document, body.plan, access.disclosure);
        // Every stored plan is a whole plan (issue 11): `{}` or a plan missing sections is refused, never stored.
        const problems = planProblems(plan, '/body/plan');
        if (problems.length > 0) throw new ProblemError('document.invalid', { errors: problems });
        const written = await tx.query(
          `insert into participation_plans (client_id, org_id, version, document, updated_by) values ($1, $2, $3, $4, $5)
           on conflict (org_id, client_id) do update set version = excluded.version, document = excluded.document, updated_by = excluded.updated_by, updated_at = now()
             where participation_plans.version = $6 returning version`,
          [clientId, access.orgId, next, JSON.stringify(plan), access.userId, current.version],
        );
        if (written.length === 0) throw new ProblemError('resource.version_conflict');
        await tx.query(
          `insert into participation_plan_versions (org_id, client_id, version, document, saved_by) values ($1, $2, $3, $4, $5)`,
          [access.orgId, clientId, next, JSON.stringify(plan), access.userId],
        );
        return next;
      });
      return reply.header('etag', `"${version}"`).send({ version });
    },
  );

  app.get(
    '/api/v1/clients/:clientId/participation-plan/versions',
    {
      config: {
        access: {
          kind: 'client',
          category: 'participation_plan',
          action: 'write',
          audit: 'R',
          event: 'participation_plan.versions',
          // Who saved when: nothing the client discloses part by part.
          disclosure: { kind: 'none' },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'Every saved version of the plan, newest first (for those who may edit it)',
        params: ClientIdParams,
        response: { 200: Type.Array(Type.Object({}, { additionalProperties: true })), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      return withClientAccess(db, request, clientId, (tx) =>
        tx.query(
          `select v.version, v.saved_at as "savedAt", u.display_name as "savedBy" from participation_plan_versions v join users u on u.id = v.saved_by where v.client_id = $1 order by v.version desc`,
          [clientId],
        ),
      );
    },
  );

  app.post(
    '/api/v1/clients/:clientId/participation-plan/comments',
    {
      config: {
        access: {
          kind: 'client',
          category: 'participation_plan',
          action: 'read',
          audit: 'C',
          event: 'participation_plan.comment',
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'Comment on the plan (for professionals who may read it; the client keeps the pen)',
        params: ClientIdParams,
        body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }),
        response: { 201: Type.Object({ id: Type.String() }), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const { text } = request.body as { text: string };
      const id = await withClientAccess(db, request, clientId, async (tx, access) => {
        const [row] = await tx.query<{ id: string }>(
          `insert into participation_plan_comments (org_id, client_id, author_id, text) values ($1, $2, $3, $4) returning id`,
          [access.orgId, clientId, access.userId, text],
        );
        return row?.id ?? '';
      });
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/v1/clients/:clientId/ladder',
    {
      config: {
        access: {
          kind: 'client',
          category: 'participation_plan',
          action: 'read',
          audit: 'R',
          event: 'ladder.read',
          disclosure: { kind: 'whole', parts: ['ladder'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'Ladder positions over time with each move (up, down, skipped rungs, growth within a rung)',
        params: ClientIdParams,
        response: { 200: Type.Array(Type.Object({}, { additionalProperties: true })), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      return withClientAccess(db, request, clientId, async (tx, access) => {
        const rows = await tx.query<LadderPosition>(
          `select date, rung, within_rung_step as "withinRungStep", target_rung as "targetRung", wants_to_stay as "wantsToStay", note
             from ladder_positions where org_id = $2 and client_id = $1`,
          [clientId, access.orgId],
        );
        return ladderHistory(rows);
      });
    },
  );

  app.post(
    '/api/v1/clients/:clientId/ladder',
    {
      config: { access: { kind: 'client', category: 'participation_plan', action: 'write', audit: 'C', event: 'ladder.record' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'Record the ladder position and the person’s own target; any direction is allowed (003 L1540-1544)',
        params: ClientIdParams,
        body: Type.Object(
          {
            date: Type.String({ format: 'date' }),
            rung: Type.Integer({ minimum: 1, maximum: 6 }),
            withinRungStep: Type.Integer({ minimum: 1, maximum: 5 }),
            targetRung: Type.Integer({ minimum: 1, maximum: 6 }),
            wantsToStay: Type.Boolean(),
            note: Type.String({ maxLength: 1000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String() }), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const b = request.body as LadderPosition;
      const id = await withClientAccess(db, request, clientId, async (tx, access) => {
        const [row] = await tx.query<{ id: string }>(
          `insert into ladder_positions (org_id, client_id, date, rung, within_rung_step, target_rung, wants_to_stay, note, recorded_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
          [access.orgId, clientId, b.date, b.rung, b.withinRungStep, b.targetRung, b.wantsToStay, b.note, access.userId],
        );
        return row?.id ?? '';
      });
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/api/v1/clients/:clientId/day-evaluations',
    {
      config: {
        access: { kind: 'client', category: 'day_activities', action: 'write', audit: 'C', event: 'day_evaluation.record' },
      },
      schema: {
        tags: ['daginvulling'],
        summary:
          'Evaluate day activities on the three lines (003 L1525-1535) with the ladder position, and for long-term care the questions of 000 L535-541',
        params: ClientIdParams,
        body: Type.Object(
          {
            date: Type.String({ format: 'date' }),
            contentFit: Type.String({ minLength: 1, maxLength: 4000 }),
            levelFit: Type.String({ minLength: 1, maxLength: 4000 }),
            participationStage: Type.String({ minLength: 1, maxLength: 4000 }),
            nextActions: Type.String({ minLength: 1, maxLength: 4000 }),
            rung: Type.Union([Type.Integer({ minimum: 1, maximum: 6 }), Type.Null()]),
            longTermCare: Type.Union([
              Type.Object(
                {
                  enjoys: Type.String({ minLength: 1 }),
                  overStimulated: Type.String({ minLength: 1 }),
                  behaviourTowardsOthers: Type.String({ minLength: 1 }),
                },
                { additionalProperties: false },
              ),
              Type.Null(),
            ]),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String() }), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const b = request.body as DayEvaluation;
      const id = await withClientAccess(db, request, clientId, async (tx, access) => {
        const [row] = await tx.query<{ id: string }>(
          `insert into day_evaluations (org_id, client_id, date, content_fit, level_fit, participation_stage, next_actions, long_term_care, rung, recorded_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
          [
            access.orgId,
            clientId,
            b.date,
            b.contentFit,
            b.levelFit,
            b.participationStage,
            b.nextActions,
            b.longTermCare ? JSON.stringify(b.longTermCare) : null,
            b.rung,
            access.userId,
          ],
        );
        return row?.id ?? '';
      });
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/v1/day-evaluations/due',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'Day-activity evaluations due for clients on my care team: half-yearly, or when an indication ends',
        querystring: Type.Object(
          { withinDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Array(
            Type.Object({
              clientId: Type.String(),
              clientName: Type.String(),
              due: Type.String(),
              reason: Type.String(),
              overdue: Type.Boolean(),
            }),
          ),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { withinDays = 30 } = request.query as { withinDays?: number };
      return db.withOrg(auth.orgId, async (tx) => {
        const rows = await tx.query<{
          client_id: string;
          client_name: string;
          started_on: string;
          indication_until: string | null;
          last: string | null;
          today: string;
          horizon: string;
        }>(
          `select e.client_id, c.given_name || ' ' || c.family_name as client_name, min(e.started_on)::text as started_on, min(e.indication_until)::text as indication_until,
                  (select max(d.date)::text from day_evaluations d where d.client_id = e.client_id) as last, current_date::text as today, (current_date + $2::int)::text as horizon
             from enrolments e join clients c on c.id = e.client_id
            where e.status = 'actief' and exists (select 1 from care_team_members m where m.client_id = e.client_id and m.user_id = $1
                    and m.role in ('activiteitenbegeleider', 'trajectbegeleider', 'zorgcoordinator') and m.valid_from <= current_date and (m.valid_until is null or m.valid_until >= current_date))
            group by e.client_id, c.given_name, c.family_name`,
          [auth.userId, withinDays],
        );
        const due = rows
          .map((r) => ({
            clientId: r.client_id,
            clientName: r.client_name,
            ...nextDayEvaluationDue({ startedOn: r.started_on, lastEvaluatedOn: r.last, indicationUntil: r.indication_until }),
            today: r.today,
            horizon: r.horizon,
          }))
          .filter((r) => r.due <= r.horizon)
          .map((r) => ({
            clientId: r.clientId,
            clientName: r.clientName,
            due: r.due,
            reason: r.reason,
            overdue: r.due < r.today,
          }))
          .sort((a, b) => a.due.localeCompare(b.due));
        // Each client shown is an access to their day-activity data (NEN 7513), on the ground of the care team.
        await appendAudits(
          tx,
          auth.orgId,
          due.map((item) => ({
            event: 'day_evaluation.due_list',
            action: 'R' as const,
            outcome: 'success' as const,
            clientId: item.clientId,
            ...auditActor(request, auth),
            role: auth.roles[0] ?? null,
            basis: 'care_team',
            breakGlass: false,
            reason: null,
            objectType: 'day_activities',
            objectId: null,
          })),
        );
        return due;
      });
    },
  );
}
