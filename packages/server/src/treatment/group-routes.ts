import { isoDateIn, trajectoryWarnings, USUAL_RANGES } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditActor } from '../access/audit-context.js';
import { appendAudit } from '../access/audit-log.js';
import { withClientAccess, withClientsAccess } from '../access/client-access.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { registerMdoListRoute } from './mdo-list-route.js';
import { loadTrajectory, measuredSessions } from './trajectory-store.js';
import { SessionBody } from './trajectory-schemas.js';
import { takeStep } from './trajectory-service.js';
import { toSession } from './trajectory-routes.js';

const Participant = Type.Object(
  { clientId: Type.String({ format: 'uuid' }), trajectoryId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

/** Work across several clients: a group session, the caseload, the multidisciplinary meeting. */
export function registerGroupRoutes(app: FastifyInstance, db: Database, config: Pick<Config, 'sessionHorizonDays'>): void {
  registerMdoListRoute(app, db);
  app.post(
    '/api/v1/group-sessions',
    {
      config: {
        access: { kind: 'client', category: 'treatment', action: 'write', audit: 'C', event: 'trajectory.group_session' },
      },
      schema: {
        tags: ['treatment'],
        summary: 'Document a group session once; each participant’s trajectory gets its own record, all or none',
        body: Type.Object(
          { session: SessionBody, participants: Type.Array(Participant, { minItems: 1, maxItems: 30 }) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ groupSessionId: Type.String({ format: 'uuid' }), recorded: Type.Integer() }),
          ...problemResponses(401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const body = request.body as {
        session: Parameters<typeof toSession>[0];
        participants: { clientId: string; trajectoryId: string }[];
      };
      if (body.session.form !== 'groep')
        throw new ProblemError('request.invalid', {
          errors: [{ path: '/body/session/form', message: 'a group session has form "groep"' }],
        });
      const groupSessionId = crypto.randomUUID();
      await withClientsAccess(
        db,
        request,
        body.participants.map((p) => p.clientId),
        async (tx, accesses) => {
          for (const participant of body.participants) {
            const access = accesses.find((a) => a.clientId === participant.clientId);
            if (!access) throw new ProblemError('access.forbidden');
            await takeStep(
              tx,
              access,
              participant.trajectoryId,
              { type: 'session_recorded', session: toSession(body.session, groupSessionId) },
              { sessionHorizonDays: config.sessionHorizonDays },
            );
          }
        },
      );
      return reply.code(201).send({ groupSessionId, recorded: body.participants.length });
    },
  );

  app.get(
    '/api/v1/caseload',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['treatment'],
        summary:
          'My trajectories (as therapist or regiebehandelaar, on the care team): by state, evaluations due or overdue, warnings',
        querystring: Type.Object(
          { dueWithinDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            byState: Type.Record(Type.String(), Type.Integer()),
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                clientId: Type.String(),
                clientName: Type.String(),
                discipline: Type.String(),
                state: Type.String(),
                nextEvaluationDate: Type.Union([Type.String(), Type.Null()]),
                evaluationDue: Type.Boolean(),
                evaluationOverdue: Type.Boolean(),
                warnings: Type.Array(Type.String()),
              }),
            ),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { dueWithinDays = 14 } = request.query as { dueWithinDays?: number };
      const today = isoDateIn(new Date());
      return db.withOrg(auth.orgId, async (tx) => {
        const rows = await tx.query<{
          id: string;
          client_id: string;
          client_name: string;
          discipline: string;
          due_limit: string;
        }>(
          `select t.id, t.client_id, c.given_name || ' ' || c.family_name as client_name, t.discipline, ($3::date + $2::int)::text as due_limit
             from trajectories t join clients c on c.org_id = t.org_id and c.id = t.client_id
            where t.org_id = $4 and (t.therapist_id = $1 or t.regiebehandelaar_id = $1)
              and exists (select 1 from care_team_members m where m.org_id = t.org_id and m.client_id = t.client_id and m.user_id = $1
                            and m.valid_from <= $3::date and (m.valid_until is null or m.valid_until >= $3::date))
            order by t.next_evaluation_date nulls last, c.family_name`,
          [auth.userId, dueWithinDays, today, auth.orgId],
        );
        const items = [];
        const byState: Record<string, number> = {};
        for (const row of rows) {
          const stored = await loadTrajectory(tx, auth.orgId, row.client_id, row.id);
          if (!stored) continue;
          const t = stored.trajectory;
          byState[t.state] = (byState[t.state] ?? 0) + 1;
          const treating = t.state === 'in_behandeling' || t.state === 'evaluatie';
          items.push({
            id: t.id,
            clientId: t.clientId,
            clientName: row.client_name,
            discipline: row.discipline,
            state: t.state,
            nextEvaluationDate: t.nextEvaluationDate,
            evaluationDue: treating && t.nextEvaluationDate !== null && t.nextEvaluationDate <= row.due_limit,
            evaluationOverdue: treating && t.nextEvaluationDate !== null && t.nextEvaluationDate < today,
            warnings: trajectoryWarnings(t, today, USUAL_RANGES, await measuredSessions(tx, auth.orgId, t.id)).map((w) => w.code),
          });
          // Each client shown is an access to their treatment data (NEN 7513).
          await appendAudit(tx, auth.orgId, {
            event: 'caseload.list',
            action: 'R',
            outcome: 'success',
            clientId: t.clientId,
            ...auditActor(request, auth),
            role: auth.roles[0] ?? null,
            basis: 'care_team',
            breakGlass: false,
            reason: null,
            objectType: 'trajectory',
            objectId: t.id,
          });
        }
        return { byState, items };
      });
    },
  );

  app.post(
    '/api/v1/mdo-meetings',
    {
      config: { access: { kind: 'client', category: 'treatment', action: 'write', audit: 'C', event: 'mdo.record' } },
      schema: {
        tags: ['treatment'],
        summary: 'Record a multidisciplinary meeting: who took part, which trajectories were discussed, what was decided',
        body: Type.Object(
          {
            heldOn: Type.String({ format: 'date' }),
            participants: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 30 }),
            notes: Type.Optional(Type.String({ maxLength: 4000 })),
            items: Type.Array(
              Type.Object(
                {
                  clientId: Type.String({ format: 'uuid' }),
                  trajectoryId: Type.String({ format: 'uuid' }),
                  decision: Type.String({ minLength: 1, maxLength: 2000 }),
                  notes: Type.Optional(Type.String({ maxLength: 4000 })),
                },
                { additionalProperties: false },
              ),
              { minItems: 1, maxItems: 50 },
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String({ format: 'uuid' }) }), ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const body = request.body as {
        heldOn: string;
        participants: string[];
        notes?: string;
        items: { clientId: string; trajectoryId: string; decision: string; notes?: string }[];
      };
      const id = await withClientsAccess(
        db,
        request,
        body.items.map((i) => i.clientId),
        async (tx, accesses) => {
          const orgId = accesses[0]?.orgId ?? '';
          const [meeting] = await tx.query<{ id: string }>(
            `insert into mdo_meetings (org_id, held_on, participants, notes, recorded_by) values ($1, $2, $3, $4, $5) returning id`,
            [orgId, body.heldOn, body.participants, body.notes ?? null, accesses[0]?.userId],
          );
          for (const item of body.items) {
            const [found] = await tx.query(`select 1 from trajectories where id = $1 and client_id = $2`, [
              item.trajectoryId,
              item.clientId,
            ]);
            if (!found)
              throw new ProblemError('resource.not_found', {
                errors: [{ path: '/body/items', message: `trajectory ${item.trajectoryId} not found for this client` }],
              });
            await tx.query(
              `insert into mdo_items (org_id, mdo_id, trajectory_id, client_id, decision, notes) values ($1, $2, $3, $4, $5, $6)`,
              [orgId, meeting?.id, item.trajectoryId, item.clientId, item.decision, item.notes ?? null],
            );
          }
          return meeting?.id ?? '';
        },
      );
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/v1/clients/:clientId/mdo-items',
    {
      config: { access: { kind: 'client', category: 'treatment', action: 'read', audit: 'R', event: 'mdo.read' } },
      schema: {
        tags: ['treatment'],
        summary: 'What multidisciplinary meetings decided about this client’s trajectories',
        params: ClientIdParams,
        response: {
          200: Type.Array(
            Type.Object({
              mdoId: Type.String(),
              heldOn: Type.String(),
              participants: Type.Array(Type.String()),
              trajectoryId: Type.String(),
              decision: Type.String(),
              notes: Type.Union([Type.String(), Type.Null()]),
            }),
          ),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      return withClientAccess(db, request, clientId, (tx) =>
        tx.query(
          `select m.id as "mdoId", m.held_on as "heldOn", m.participants, i.trajectory_id as "trajectoryId", i.decision, i.notes
             from mdo_items i join mdo_meetings m on m.id = i.mdo_id where i.client_id = $1 order by m.held_on desc`,
          [clientId],
        ),
      );
    },
  );
}
