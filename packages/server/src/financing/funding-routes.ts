import {
  allowedAlternatives,
  checkFundingOverride,
  derivePayer,
  type Discipline,
  type FinancingContext,
  type FundingFrame,
  type PayerInput,
  type TrajectoryEventData,
} from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import type { Database, Queryable } from '../db/database.js';
import { requireIfMatch } from '../daginvulling/offer-routes.js';
import { problemResponses, ProblemError, throwIfViolations } from '../errors/problem.js';
import { TrajectoryParams } from '../treatment/trajectory-schemas.js';
import { withClientAccess } from '../access/client-access.js';
import { loadFinancingContext } from './delivered-services.js';
import { FundingBody, FundingResponse } from './financing-schemas.js';

interface TrajectoryFunding {
  input: PayerInput;
  referralFunding: string | null;
}

/**
 * What the payer rules need of a trajectory on a date: treatment or diagnostics (the request type), its
 * discipline, where the sessions take place (the latest session's setting; the practice before the first),
 * and the agreement (treatment plan once agreed, else the referral or direct access).
 */
async function trajectoryFunding(
  tx: Queryable,
  clientId: string,
  trajectoryId: string,
  onDate: string,
): Promise<TrajectoryFunding> {
  const [trajectory] = await tx.query<{ discipline: Discipline; request_type: string }>(
    `select discipline, request_type from trajectories where id = $1 and client_id = $2`,
    [trajectoryId, clientId],
  );
  if (!trajectory) throw new ProblemError('resource.not_found');
  const events = await tx.query<{ data: TrajectoryEventData }>(
    `select data from trajectory_events where trajectory_id = $1 and type in ('referred', 'plan_agreed', 'session_recorded') order by seq`,
    [trajectoryId],
  );
  let referral: Extract<TrajectoryEventData, { type: 'referred' }>['referral'] | null = null;
  let planAgreed = false;
  let setting: PayerInput['setting'] = 'praktijk';
  for (const { data } of events) {
    if (data.type === 'referred') referral = data.referral;
    if (data.type === 'plan_agreed') planAgreed = true;
    if (data.type === 'session_recorded') setting = data.session.setting;
  }
  return {
    referralFunding: referral?.funding ?? null,
    input: {
      kind: trajectory.request_type === 'behandeling' ? 'behandeling' : 'diagnostiek',
      discipline: trajectory.discipline,
      date: onDate,
      setting,
      agreement: {
        basis: planAgreed ? 'treatment_plan' : referral?.source === 'zelf_dte' ? 'direct_access' : 'referral',
        referral: referral ? { source: referral.source, regiebehandelaarNamed: referral.regiebehandelaarId !== null } : null,
      },
      offer: null,
    },
  };
}

async function latestDecision(tx: Queryable, trajectoryId: string) {
  const [row] = await tx.query<{ seq: number; chosen_frame: FundingFrame; reason: string | null }>(
    `select seq, chosen_frame, reason from funding_decisions where trajectory_id = $1 order by seq desc limit 1`,
    [trajectoryId],
  );
  return row ?? null;
}

function view(ctx: FinancingContext, funding: TrajectoryFunding, decision: Awaited<ReturnType<typeof latestDecision>>) {
  const derived = derivePayer(funding.input, ctx);
  const chosen = decision?.chosen_frame ?? derived.frame;
  return {
    version: decision?.seq ?? 0,
    onDate: funding.input.date,
    referralFunding: funding.referralFunding,
    derived,
    alternatives: allowedAlternatives(funding.input, ctx),
    chosen,
    reason: decision?.reason ?? null,
    overridden: chosen !== derived.frame,
  };
}

/**
 * The funding of a trajectory is derived from the person's age, the discipline, the setting and their
 * entitlements, and shown; choosing another frame needs a reason, is audited with it, and is refused
 * where the law leaves no choice (issue 12; 001 L2460-2500).
 */
export function registerFundingRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/clients/:clientId/trajectories/:trajectoryId/funding',
    {
      config: {
        access: { kind: 'client', category: 'treatment', action: 'read', audit: 'R', event: 'funding.read' },
      },
      schema: {
        tags: ['financing'],
        summary: 'Who pays this trajectory today: derived with reasons, the frames that may be chosen instead, the choice; ETag',
        params: TrajectoryParams,
        response: { 200: FundingResponse, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { clientId, trajectoryId } = request.params as { clientId: string; trajectoryId: string };
      const result = await withClientAccess(db, request, clientId, async (tx, access) => {
        const funding = await trajectoryFunding(tx, clientId, trajectoryId, access.today);
        return view(await loadFinancingContext(tx, clientId), funding, await latestDecision(tx, trajectoryId));
      });
      return reply.header('etag', `"${result.version}"`).send(result);
    },
  );

  app.put(
    '/api/v1/clients/:clientId/trajectories/:trajectoryId/funding',
    {
      config: {
        access: { kind: 'client', category: 'treatment', action: 'write', audit: 'U', event: 'funding.decide' },
      },
      schema: {
        tags: ['financing'],
        summary:
          'Choose the frame (If-Match): another than the derived one needs a reason, and is refused where the law leaves no choice (422 financing.payer_not_allowed_for_age and kin)',
        params: TrajectoryParams,
        body: FundingBody,
        response: { 200: FundingResponse, ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { clientId, trajectoryId } = request.params as { clientId: string; trajectoryId: string };
      const expected = requireIfMatch(request);
      const body = request.body as { frame: FundingFrame; reason: string | null };
      const reason = body.reason?.trim() ? body.reason.trim() : null;
      const result = await withClientAccess(
        db,
        request,
        clientId,
        async (tx, access) => {
          access.auditObject('trajectory', trajectoryId);
          const ctx = await loadFinancingContext(tx, clientId);
          const funding = await trajectoryFunding(tx, clientId, trajectoryId, access.today);
          throwIfViolations(checkFundingOverride(funding.input, ctx, body.frame, reason, '/frame'));
          const current = await latestDecision(tx, trajectoryId);
          if ((current?.seq ?? 0) !== expected) throw new ProblemError('resource.version_conflict');
          const derived = derivePayer(funding.input, ctx);
          // Two parallel decisions on the same version: the unique (trajectory, seq) lets one win.
          const written = await tx.query(
            `insert into funding_decisions (org_id, client_id, trajectory_id, seq, derived_frame, chosen_frame, reason, decided_by)
             values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing returning seq`,
            [access.orgId, clientId, trajectoryId, expected + 1, derived.frame, body.frame, reason, access.userId],
          );
          if (written.length === 0) throw new ProblemError('resource.version_conflict');
          return view(ctx, funding, await latestDecision(tx, trajectoryId));
        },
        { objectType: 'trajectory', objectId: trajectoryId, reason },
      );
      return reply.header('etag', `"${result.version}"`).send(result);
    },
  );
}
