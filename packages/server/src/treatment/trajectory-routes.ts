import { latestGasTScore, TRAJECTORY_STATES, type SessionRecord, type TrajectoryEventData } from '@meedoen/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { withClientAccess } from '../access/client-access.js';
import type { AuditAction } from '../access/audit-log.js';
import type { Config } from '../config.js';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { loadTrajectory, presentTrajectory } from './trajectory-store.js';
import { EvaluationSchema, GoalSchema, PlanSchema, ReferralBody, SessionBody, TrajectoryParams } from './trajectory-schemas.js';
import { takeStep } from './trajectory-service.js';
import { notify } from '../worklist/notification-store.js';

const TrajectoryRef = Type.Ref('Trajectory');
const Reason = {
  reason: Type.Optional(Type.String({ maxLength: 1000, description: 'why this step was taken (kept in the history)' })),
};

interface StepRoute {
  path: string;
  summary: string;
  audit: AuditAction;
  body: TSchema;
  toStep: (body: Record<string, unknown>, current: { nextPlanVersion: number }) => TrajectoryEventData;
}

/** One route per step of DOMAIN.md §3.2, each with its own validated body. */
const STEPS: StepRoute[] = [
  {
    path: 'parental-consent',
    summary: 'Record the parents’ (or legal representative’s) consent; required under 16 before the intake (001 L1579)',
    audit: 'C',
    body: Type.Object(
      {
        givenBy: Type.Enum(['ouder', 'wettelijk_vertegenwoordiger']),
        name: Type.String({ minLength: 1, maxLength: 200 }),
        date: Type.String({ format: 'date' }),
        ...Reason,
      },
      { additionalProperties: false },
    ),
    toStep: (b) => ({
      type: 'parental_consent_recorded',
      givenBy: b['givenBy'] as 'ouder',
      name: String(b['name']),
      date: String(b['date']),
    }),
  },
  {
    path: 'intake',
    summary: 'Start the discipline-specific intake',
    audit: 'U',
    body: Type.Object({ date: Type.String({ format: 'date' }), ...Reason }, { additionalProperties: false }),
    toStep: (b) => ({ type: 'intake_started', date: String(b['date']) }),
  },
  {
    path: 'acceptance',
    summary: 'Record the acceptance decision with reasons; a contra-indication blocks acceptance (001 L1609-1615)',
    audit: 'C',
    body: Type.Object(
      {
        accepted: Type.Boolean(),
        reasons: Type.String({ maxLength: 4000 }),
        contraIndications: Type.Array(Type.String({ maxLength: 500 }), { maxItems: 20 }),
        ...Reason,
      },
      { additionalProperties: false },
    ),
    toStep: (b) => ({
      type: 'acceptance_decided',
      accepted: b['accepted'] === true,
      reasons: String(b['reasons']),
      contraIndications: b['contraIndications'] as string[],
    }),
  },
  {
    path: 'diagnostics',
    summary: 'Record diagnostic findings',
    audit: 'C',
    body: Type.Object({ findings: Type.String({ minLength: 1, maxLength: 8000 }), ...Reason }, { additionalProperties: false }),
    toStep: (b) => ({ type: 'diagnostics_recorded', findings: String(b['findings']) }),
  },
  {
    path: 'diagnostics-report',
    summary: 'Close a diagnostics-only referral with the report to the referrer (001 L1338-1350)',
    audit: 'E',
    body: Type.Object(
      { report: Type.String({ maxLength: 8000 }), sentTo: Type.String({ maxLength: 200 }), ...Reason },
      { additionalProperties: false },
    ),
    toStep: (b) => ({ type: 'diagnostics_reported', report: String(b['report']), sentTo: String(b['sentTo']) }),
  },
  {
    path: 'indication',
    summary: 'Set the indication: the transdiagnostic factor (or occupation) to address first',
    audit: 'C',
    body: Type.Object(
      {
        focus: Type.String({ minLength: 1, maxLength: 200 }),
        rationale: Type.String({ minLength: 1, maxLength: 4000 }),
        ...Reason,
      },
      { additionalProperties: false },
    ),
    toStep: (b) => ({ type: 'indication_set', focus: String(b['focus']), rationale: String(b['rationale']) }),
  },
  {
    path: 'goals',
    summary:
      'Set the goal tree (main and sub-goals, SMART, optional GAS); replaces the previous tree, which stays in the history',
    audit: 'U',
    body: Type.Object({ goals: Type.Array(GoalSchema, { maxItems: 40 }), ...Reason }, { additionalProperties: false }),
    toStep: (b) => ({ type: 'goals_set', goals: b['goals'] as never }),
  },
  {
    path: 'plan',
    summary: 'Save a new version of the treatment plan (agreed versions stay frozen)',
    audit: 'U',
    body: Type.Object({ plan: PlanSchema, ...Reason }, { additionalProperties: false }),
    toStep: (b, current) => ({ type: 'plan_drafted', version: current.nextPlanVersion, plan: b['plan'] as never }),
  },
  {
    path: 'evaluation-agreements',
    summary: 'Agree how often, when and how to evaluate (before treatment starts, 001 L1714-1716)',
    audit: 'U',
    body: Type.Object(
      {
        everyWeeks: Type.Integer({ minimum: 1, maximum: 52 }),
        firstDate: Type.String({ format: 'date' }),
        method: Type.String({ minLength: 1, maxLength: 1000 }),
        ...Reason,
      },
      { additionalProperties: false },
    ),
    toStep: (b) => ({
      type: 'evaluation_agreements_set',
      everyWeeks: Number(b['everyWeeks']),
      firstDate: String(b['firstDate']),
      method: String(b['method']),
    }),
  },
  {
    path: 'plan-agreement',
    summary: 'Record the client’s agreement (instemming) with a plan version; treatment starts (001 L1722-1747)',
    audit: 'U',
    body: Type.Object(
      {
        version: Type.Integer({ minimum: 1 }),
        agreedBy: Type.Enum(['client', 'ouder', 'wettelijk_vertegenwoordiger']),
        alsoAgreedBy: Type.Optional(
          Type.Union([Type.Enum(['client', 'ouder', 'wettelijk_vertegenwoordiger']), Type.Null()], {
            description: 'from 12 up to 16 both the client and a representative agree (BW 7:450): the second of them',
          }),
        ),
        date: Type.String({ format: 'date' }),
        ...Reason,
      },
      { additionalProperties: false },
    ),
    toStep: (b) => ({
      type: 'plan_agreed',
      version: Number(b['version']),
      agreedBy: b['agreedBy'] as 'client',
      alsoAgreedBy: (b['alsoAgreedBy'] as 'client' | null | undefined) ?? null,
      date: String(b['date']),
    }),
  },
  {
    path: 'naasten',
    summary: 'Involve a naaste, on the client’s request or the professional’s indication (001 L838-840)',
    audit: 'C',
    body: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200 }),
        relation: Type.String({ minLength: 1, maxLength: 100 }),
        basis: Type.Enum(['verzoek_client', 'indicatie_professional']),
        ...Reason,
      },
      { additionalProperties: false },
    ),
    toStep: (b) => ({
      type: 'naaste_involved',
      name: String(b['name']),
      relation: String(b['relation']),
      basis: b['basis'] as 'verzoek_client',
    }),
  },
  {
    path: 'sessions',
    summary: 'Record an individual, partner or family session',
    audit: 'C',
    body: Type.Object({ session: SessionBody, ...Reason }, { additionalProperties: false }),
    toStep: (b) => ({
      type: 'session_recorded',
      session: toSession(b['session'] as Omit<SessionRecord, 'id' | 'groupSessionId'>, null),
    }),
  },
  {
    path: 'evaluation-start',
    summary: 'Start an evaluation moment',
    audit: 'U',
    body: Type.Object({ date: Type.String({ format: 'date' }), ...Reason }, { additionalProperties: false }),
    toStep: (b) => ({ type: 'evaluation_started', date: String(b['date']) }),
  },
  {
    path: 'evaluations',
    summary:
      'Record an evaluation: process, results per goal, satisfaction, discussed with the client, one of the five decisions (001 L1854-1944)',
    audit: 'C',
    body: Type.Object({ evaluation: EvaluationSchema, ...Reason }, { additionalProperties: false }),
    toStep: (b) => ({ type: 'evaluation_recorded', evaluation: b['evaluation'] as never }),
  },
  {
    path: 'closing-notes',
    summary: 'Write the advice and relapse prevention for the closing report to the referrer',
    audit: 'U',
    body: Type.Object(
      { advice: Type.String({ maxLength: 8000 }), relapsePrevention: Type.String({ maxLength: 8000 }), ...Reason },
      { additionalProperties: false },
    ),
    toStep: (b) => ({
      type: 'closing_notes_recorded',
      advice: String(b['advice']),
      relapsePrevention: String(b['relapsePrevention']),
    }),
  },
];

/** Who is told of a step: the client of a plan to agree to, the regiebehandelaar of an evaluation's decision. */
async function notifyStep(
  tx: Queryable,
  request: FastifyRequest,
  orgId: string,
  path: string,
  referral: { therapistId: string; regiebehandelaarId: string | null },
  clientId: string,
  trajectoryId: string,
): Promise<void> {
  if (path === 'plan') {
    const own = await tx.query<{ id: string }>(
      `select u.id from users u join user_roles r on r.user_id = u.id and r.role = 'client' where u.client_id = $1`,
      [clientId],
    );
    await notify(tx, request, orgId, {
      userIds: own.map((u) => u.id),
      kind: 'plan_awaiting_agreement',
      clientId,
      link: '/mijn-plan',
    });
  }
  if (path === 'evaluations')
    await notify(tx, request, orgId, {
      userIds: [referral.regiebehandelaarId, referral.therapistId],
      kind: 'evaluation_recorded',
      clientId,
      link: `/clienten/${clientId}/behandeling/${trajectoryId}`,
    });
}

export function toSession(
  body: Omit<SessionRecord, 'id' | 'groupSessionId' | 'homeVisitReason'> & { homeVisitReason?: string | null },
  groupSessionId: string | null,
): SessionRecord {
  return { ...body, homeVisitReason: body.homeVisitReason ?? null, id: crypto.randomUUID(), groupSessionId };
}

function expectedVersion(request: FastifyRequest): number | null {
  const header = request.headers['if-match'];
  if (typeof header !== 'string') return null;
  const version = Number(header.replace(/^W\//, '').replaceAll('"', ''));
  if (!Number.isInteger(version))
    throw new ProblemError('request.invalid', {
      errors: [{ path: '/headers/if-match', message: 'expected the trajectory version, e.g. "7"' }],
    });
  return version;
}

export async function addToCareTeamIfAbsent(
  tx: Queryable,
  orgId: string,
  clientId: string,
  userId: string,
  role: string,
  from: string,
  addedBy: string,
) {
  await tx.query(
    `insert into care_team_members (org_id, client_id, user_id, role, valid_from, added_by)
     select $1, $2, $3, $4, $5, $6
      where not exists (select 1 from care_team_members where client_id = $2 and user_id = $3 and role = $4
                           and valid_from <= $5::date and (valid_until is null or valid_until >= $5::date))`,
    [orgId, clientId, userId, role, from, addedBy],
  );
}

export function registerTrajectoryRoutes(app: FastifyInstance, db: Database, config: Pick<Config, 'sessionHorizonDays'>): void {
  app.post(
    '/api/v1/clients/:clientId/trajectories',
    {
      config: { access: { kind: 'client', category: 'treatment', action: 'write', audit: 'C', event: 'trajectory.refer' } },
      schema: {
        tags: ['treatment'],
        summary:
          'Register a referral (or a direct-access request for ergotherapie); the therapist and regiebehandelaar join the care team',
        params: ClientIdParams,
        body: ReferralBody,
        response: { 201: TrajectoryRef, ...problemResponses(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const body = request.body as Omit<Extract<TrajectoryEventData, { type: 'referred' }>['referral'], 'receivedOn'> & {
        receivedOn?: string;
      };
      const view = await withClientAccess(db, request, clientId, async (tx, access) => {
        const referral = { ...body, referrerAgb: body.referrerAgb?.trim() || null, receivedOn: body.receivedOn ?? access.today };
        const therapistRoles = (
          await tx.query<{ role: string }>(`select role from user_roles where user_id = $1`, [referral.therapistId])
        ).map((r) => r.role);
        const therapistRole = referral.discipline === 'ergotherapie' ? 'ergotherapeut' : 'vaktherapeut';
        if (!therapistRoles.includes(therapistRole)) {
          throw new ProblemError('care_team.not_a_professional', {
            errors: [{ path: '/body/therapistId', message: `not a ${therapistRole} of this organisation` }],
          });
        }
        const result = await takeStep(
          tx,
          access,
          null,
          { type: 'referred', referral },
          { sessionHorizonDays: config.sessionHorizonDays },
        );
        // The referral establishes the treatment relationship (DOMAIN.md §7).
        await addToCareTeamIfAbsent(
          tx,
          access.orgId,
          clientId,
          referral.therapistId,
          therapistRole,
          referral.receivedOn,
          access.userId,
        );
        if (referral.regiebehandelaarId)
          await addToCareTeamIfAbsent(
            tx,
            access.orgId,
            clientId,
            referral.regiebehandelaarId,
            'regiebehandelaar',
            referral.receivedOn,
            access.userId,
          );
        // The therapist has a referral to accept (issue 14: notifications where the event happens).
        await notify(tx, request, access.orgId, {
          userIds: [referral.therapistId],
          kind: 'referral_to_accept',
          clientId,
          link: `/clienten/${clientId}/behandeling/${result.id}`,
        });
        return result;
      });
      return reply.code(201).header('etag', `"${view.version}"`).send(view);
    },
  );

  app.get(
    '/api/v1/clients/:clientId/trajectories',
    {
      config: { access: { kind: 'client', category: 'treatment', action: 'read', audit: 'R', event: 'trajectory.list' } },
      schema: {
        tags: ['treatment'],
        summary: 'The client’s treatment trajectories',
        params: ClientIdParams,
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              discipline: Type.String(),
              requestType: Type.String(),
              state: Type.Enum([...TRAJECTORY_STATES]),
              therapistId: Type.String(),
              therapistName: Type.String(),
              nextEvaluationDate: Type.Union([Type.String(), Type.Null()]),
              warningCount: Type.Integer(),
              latestScore: Type.Union([
                Type.Object({
                  score: Type.Number({ description: 'GAS T-score of the latest evaluation' }),
                  date: Type.String({ format: 'date' }),
                }),
                Type.Null(),
              ]),
            }),
          ),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      return withClientAccess(db, request, clientId, async (tx, access) => {
        const rows = await tx.query<{ id: string }>(
          `select t.id, t.discipline, t.request_type as "requestType", t.state, t.therapist_id as "therapistId", u.display_name as "therapistName",
                  t.next_evaluation_date as "nextEvaluationDate", t.warning_count as "warningCount"
             from trajectories t join users u on u.org_id = t.org_id and u.id = t.therapist_id
            where t.org_id = $2 and t.client_id = $1 order by t.created_at desc`,
          [clientId, access.orgId],
        );
        const out = [];
        for (const row of rows) {
          const stored = await loadTrajectory(tx, access.orgId, clientId, row.id);
          out.push({
            ...row,
            latestScore: stored ? latestGasTScore(stored.trajectory.goals, stored.trajectory.evaluations) : null,
          });
        }
        return out;
      });
    },
  );

  app.get(
    '/api/v1/clients/:clientId/trajectories/:trajectoryId',
    {
      config: { access: { kind: 'client', category: 'treatment', action: 'read', audit: 'R', event: 'trajectory.read' } },
      schema: {
        tags: ['treatment'],
        summary: 'A trajectory with its history, warnings, plan completeness and GAS T-score',
        params: TrajectoryParams,
        response: { 200: TrajectoryRef, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { clientId, trajectoryId } = request.params as { clientId: string; trajectoryId: string };
      const view = await withClientAccess(
        db,
        request,
        clientId,
        async (tx, access) => {
          const stored = await loadTrajectory(tx, access.orgId, clientId, trajectoryId);
          if (!stored) throw new ProblemError('resource.not_found');
          return presentTrajectory(tx, access.orgId, stored, access.today, access.abilities.treatment);
        },
        { objectType: 'trajectory', objectId: trajectoryId },
      );
      return reply.header('etag', `"${view.version}"`).send(view);
    },
  );

  for (const step of STEPS) {
    app.post(
      `/api/v1/clients/:clientId/trajectories/:trajectoryId/${step.path}`,
      {
        config: {
          access: { kind: 'client', category: 'treatment', action: 'write', audit: step.audit, event: `trajectory.${step.path}` },
        },
        schema: {
          tags: ['treatment'],
          summary: step.summary,
          params: TrajectoryParams,
          headers: Type.Object({
            'if-match': Type.Optional(Type.String({ description: 'the version you saw; 409 if someone acted since' })),
          }),
          body: step.body,
          response: { 200: TrajectoryRef, ...problemResponses(401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const { clientId, trajectoryId } = request.params as { clientId: string; trajectoryId: string };
        const body = request.body as Record<string, unknown>;
        const version = expectedVersion(request);
        const view = await withClientAccess(
          db,
          request,
          clientId,
          async (tx, access) => {
            const stored = await loadTrajectory(tx, access.orgId, clientId, trajectoryId);
            if (!stored) throw new ProblemError('resource.not_found');
            const nextPlanVersion = (stored.trajectory.plans.at(-1)?.version ?? 0) + 1;
            const result = await takeStep(tx, access, trajectoryId, step.toStep(body, { nextPlanVersion }), {
              reason: (body['reason'] as string | undefined) ?? null,
              expectedVersion: version,
              sessionHorizonDays: config.sessionHorizonDays,
            });
            await notifyStep(tx, request, access.orgId, step.path, stored.trajectory.referral, clientId, trajectoryId);
            return result;
          },
          { objectType: 'trajectory', objectId: trajectoryId },
        );
        return reply.header('etag', `"${view.version}"`).send(view);
      },
    );
  }
}
