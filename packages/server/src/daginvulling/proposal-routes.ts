import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  answerChangeRefusal,
  currentAnswers,
  mayAnswerAgain,
  proposalAnswerRefusal,
  proposalOutcome,
  proposalPartyOf,
  wgboDecider,
  type ProposalAnswer,
  type ProposalParty,
  type WgboDecider,
} from '@meedoen/core';
import { Type } from 'typebox';
import { withClientAccess, type ClientAccess } from '../access/client-access.js';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { notify } from '../worklist/notification-store.js';
import {
  addAnswer,
  birthDateOf,
  clientAccounts,
  givenAnswers,
  listProposals,
  loadProposal,
  lockProposal,
  representationsOf,
  requestCoordinators,
  type ProposalView,
} from './proposal-store.js';

const ProposalParams = Type.Object({
  clientId: Type.String({ format: 'uuid' }),
  proposalId: Type.String({ format: 'uuid' }),
});

const ProposalSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  offerId: Type.String({ format: 'uuid' }),
  offerName: Type.String(),
  groupId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  groupName: Type.Union([Type.String(), Type.Null()]),
  message: Type.String(),
  status: Type.Enum(['proposed', 'accepted', 'declined', 'withdrawn']),
  proposedBy: Type.String(),
  proposedAt: Type.String({ format: 'date-time' }),
  answeredBy: Type.Union([Type.String(), Type.Null()]),
  answeredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  answerReason: Type.Union([Type.String(), Type.Null()]),
  withdrawnBy: Type.Union([Type.String(), Type.Null()]),
  withdrawnAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  withdrawReason: Type.Union([Type.String(), Type.Null()]),
  requestStatus: Type.Union([Type.Enum(['open', 'placed', 'declined']), Type.Null()], {
    description: 'after acceptance: the enrolment request to the coordinator, and its outcome',
  }),
  requestClosedBy: Type.Union([Type.String(), Type.Null()]),
  requestClosedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  requestDeclineReason: Type.Union([Type.String(), Type.Null()]),
  enrolmentId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  answers: Type.Array(
    Type.Object({
      party: Type.Enum(['person', 'representative'], {
        description: 'the person themself, or a legal representative acting for them',
      }),
      answer: Type.Enum(['accepted', 'declined']),
      answeredBy: Type.String(),
      answeredByMe: Type.Boolean({ description: 'the reader gave this answer (and may change their yes to no while it waits)' }),
      answeredAt: Type.String({ format: 'date-time' }),
      reason: Type.Union([Type.String(), Type.Null()]),
      replacesEarlier: Type.Boolean({
        description: 'this answer replaces the same side’s earlier one: a yes changed to no, or a yes confirmed at 16',
      }),
    }),
    {
      description:
        'every answer given, in order; from 12 up to 16 the young person and a parent each answer, and the proposal stays open until both said yes; a side’s later answer replaces its earlier one, which stays listed',
    },
  ),
  answeredTogether: Type.Boolean({
    description: 'whether today the young person and a parent with authority both answer (ages 12 up to 16, BW 7:450 lid 2)',
  }),
});

const OptionalReason = Type.Object(
  { reason: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])) },
  { additionalProperties: false },
);

async function existing(tx: Queryable, access: ClientAccess, clientId: string, proposalId: string): Promise<ProposalView> {
  const proposal = await loadProposal(tx, access.orgId, clientId, proposalId, access.today, access.userId);
  if (!proposal) throw new ProblemError('resource.not_found');
  return proposal;
}

/**
 * The person's own wish leads (003 L21, L99: "de vraag/wens van mensen is leidend"; 003 L632-633: "zelf bepalen geeft
 * zelfvertrouwen"): only the person, or the legal representative acting for them, says yes or no — not a professional
 * or a relative who may edit the plan by consent. Which of the two follows the WGBO ages (core proposal-answer.ts).
 */
async function requireWhoAnswers(
  tx: Queryable,
  access: ClientAccess,
  clientId: string,
): Promise<{ party: ProposalParty; decider: WgboDecider }> {
  const basis = access.decision.basis;
  const representations = basis === 'representative' ? await representationsOf(tx, access.userId, clientId, access.today) : [];
  const birthDate = await birthDateOf(tx, access.orgId, clientId);
  const refusal = proposalAnswerRefusal({ basis, representations }, birthDate, access.today);
  if (refusal) throw new ProblemError(refusal);
  // The age on the day of answering (BW 7:450): a young person who turns 16 meanwhile decides alone from then on.
  return { party: proposalPartyOf(basis), decider: wgboDecider(birthDate, access.today) };
}

/**
 * Matches are actionable (issue 14): propose an offer to the person, the person answers in the portal, and an
 * acceptance becomes an enrolment request for the coordinator, who places the person (the enrolment route closes the
 * request) or declines it with a reason.
 */
export function registerProposalRoutes(app: FastifyInstance, db: Database): void {
  app.post(
    '/api/v1/clients/:clientId/proposals',
    {
      config: {
        access: { kind: 'client', category: 'day_activities', action: 'write', audit: 'C', event: 'offer_proposal.create' },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'Propose an offer (optionally a group) to the person, with a short message; one open proposal per offer',
        params: Type.Object({ clientId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(
          {
            offerId: Type.String({ format: 'uuid' }),
            groupId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
            message: Type.String({ minLength: 1, maxLength: 1000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: ProposalSchema, ...problemResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const b = request.body as { offerId: string; groupId?: string | null; message: string };
      const proposal = await withClientAccess(db, request, clientId, async (tx, access) => {
        const [offer] = await tx.query(`select 1 from offers where id = $1`, [b.offerId]);
        if (!offer)
          throw new ProblemError('proposal.offer_unknown', {
            errors: [{ path: '/body/offerId', message: 'no such offer', code: 'proposal.offer_unknown' }],
          });
        if (b.groupId) {
          const [group] = await tx.query(`select 1 from activity_groups where id = $1 and offer_id = $2`, [b.groupId, b.offerId]);
          if (!group)
            throw new ProblemError('proposal.group_offer_mismatch', {
              errors: [{ path: '/body/groupId', message: 'group of another offer', code: 'proposal.group_offer_mismatch' }],
            });
        }
        // The unique partial index decides between parallel proposals: the loser inserts nothing and is told so.
        const [row] = await tx.query<{ id: string }>(
          `insert into offer_proposals (org_id, client_id, offer_id, group_id, message, proposed_by)
           values ($1, $2, $3, $4, $5, $6)
           on conflict (org_id, client_id, offer_id) where status = 'proposed' or request_status = 'open' do nothing returning id`,
          [access.orgId, clientId, b.offerId, b.groupId ?? null, b.message.trim(), access.userId],
        );
        if (!row)
          throw new ProblemError('proposal.already_open', {
            errors: [{ path: '/body/offerId', message: 'already proposed and open', code: 'proposal.already_open' }],
          });
        access.auditObject('offer_proposal', row.id);
        await notify(tx, request, access.orgId, {
          userIds: await clientAccounts(tx, clientId),
          kind: 'offer_proposed',
          clientId,
          link: '/mijn-voorstellen',
        });
        return existing(tx, access, clientId, row.id);
      });
      return reply.code(201).send(proposal);
    },
  );

  app.get(
    '/api/v1/clients/:clientId/proposals',
    {
      config: {
        access: {
          kind: 'client',
          category: 'day_activities',
          action: 'read',
          audit: 'R',
          event: 'offer_proposal.list',
          // What was proposed follows from the person's wishes, and its outcome is a placement: both parts shared.
          disclosure: { kind: 'whole', parts: ['preferences', 'attendance'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'Offers proposed to the person, newest first, each with its answer and the enrolment request’s outcome',
        params: Type.Object({ clientId: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Array(ProposalSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      return withClientAccess(db, request, clientId, (tx, access) =>
        listProposals(tx, access.orgId, clientId, access.today, access.userId),
      );
    },
  );

  /**
   * What the answers now decide (core `proposalOutcome`), under the proposal's row lock: still waiting, or accepted (an
   * enrolment request to the coordinators) or declined, naming who gave the deciding answer and why.
   */
  const settle = async (
    tx: Queryable,
    request: FastifyRequest,
    access: ClientAccess,
    clientId: string,
    proposalId: string,
    decider: WgboDecider,
    latest: { party: ProposalParty; answer: ProposalAnswer },
    reason: string | null,
  ): Promise<ProposalView> => {
    const outcome = proposalOutcome(decider, await givenAnswers(tx, access.orgId, proposalId), latest);
    if (outcome === 'waiting') return existing(tx, access, clientId, proposalId);
    const coordinators = outcome === 'accepted' ? await requestCoordinators(tx, clientId, access.today) : [];
    const updated = await tx.query(
      `update offer_proposals set status = $4, answered_by = $5, answered_at = now(), answer_reason = $6,
              request_status = case when $4 = 'accepted' then 'open' end, coordinator_ids = $7::uuid[]
        where org_id = $1 and client_id = $2 and id = $3 and status = 'proposed' returning id`,
      [access.orgId, clientId, proposalId, outcome, access.userId, reason, coordinators],
    );
    if (updated.length === 0) throw new ProblemError('proposal.not_open');
    if (outcome === 'accepted')
      await notify(tx, request, access.orgId, {
        userIds: coordinators,
        kind: 'enrolment_request',
        clientId,
        link: `/clienten/${clientId}/aanbod`,
      });
    return existing(tx, access, clientId, proposalId);
  };

  const reasonOf = (request: FastifyRequest) =>
    ((request.body as { reason?: string | null } | undefined)?.reason ?? '').trim() || null;

  const answer = (decision: ProposalAnswer) => async (request: FastifyRequest) => {
    const { clientId, proposalId } = request.params as { clientId: string; proposalId: string };
    const reason = reasonOf(request);
    return withClientAccess(db, request, clientId, async (tx, access) => {
      access.auditObject('offer_proposal', proposalId);
      await existing(tx, access, clientId, proposalId);
      const { party, decider } = await requireWhoAnswers(tx, access, clientId);
      // The proposal's row lock orders every answer, change and withdrawal of this proposal: two answers arriving
      // together (the young person and the parent) are counted one after the other, so exactly one of them completes it.
      if ((await lockProposal(tx, access.orgId, clientId, proposalId)) !== 'proposed')
        throw new ProblemError('proposal.not_open');
      // One answer per side: a second tap, or the other parent after the first, changes nothing (core mayAnswerAgain:
      // except a young person's waiting yes confirmed once they are 16). The primary key is the backstop.
      const mine = currentAnswers(await givenAnswers(tx, access.orgId, proposalId)).find((a) => a.party === party);
      if (mine && !mayAnswerAgain(decider, party, mine.answer, decision)) throw new ProblemError('proposal.already_answered');
      if (!(await addAnswer(tx, access.orgId, proposalId, party, (mine?.seq ?? 0) + 1, decision, access.userId, reason)))
        throw new ProblemError('proposal.already_answered');
      return settle(tx, request, access, clientId, proposalId, decider, { party, answer: decision }, reason);
    });
  };

  for (const [path, decision, summary] of [
    [
      'accept',
      'accepted',
      'The person (or their legal representative) accepts: an enrolment request goes to the coordinator. From 12 up to 16 the young person and a parent with authority both accept; the first yes waits for the other',
    ],
    [
      'decline',
      'declined',
      'The person (or their legal representative) declines, optionally saying why; from 12 up to 16 one no of either declines it',
    ],
  ] as const)
    app.post(
      `/api/v1/clients/:clientId/proposals/:proposalId/${path}`,
      {
        config: {
          access: {
            kind: 'client',
            // The person's own participation: what they may change themselves (core OWN_WRITABLE).
            category: 'participation_plan',
            action: 'write',
            audit: 'U',
            event: `offer_proposal.${path}`,
          },
        },
        schema: {
          tags: ['daginvulling'],
          summary,
          params: ProposalParams,
          body: OptionalReason,
          response: { 200: ProposalSchema, ...problemResponses(401, 403, 404, 409) },
        },
      },
      answer(decision),
    );

  app.post(
    '/api/v1/clients/:clientId/proposals/:proposalId/answers/:party/change-to-no',
    {
      config: {
        access: {
          kind: 'client',
          category: 'participation_plan',
          action: 'write',
          audit: 'U',
          event: 'offer_proposal.change_to_no',
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary:
          '"Toch niet": the one who said yes for this side (the young person, or the parent who answered) changes it to no while the proposal waits for the other side; that declines it. The yes stays readable among the answers. Once accepted or declined the answers stand (409 proposal.already_answered); another side’s or another parent’s yes is not yours (403 proposal.not_your_answer)',
        params: Type.Object({
          clientId: Type.String({ format: 'uuid' }),
          proposalId: Type.String({ format: 'uuid' }),
          party: Type.Enum(['person', 'representative'], { description: 'the side whose yes becomes a no' }),
        }),
        body: OptionalReason,
        response: { 200: ProposalSchema, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const {
        clientId,
        proposalId,
        party: side,
      } = request.params as {
        clientId: string;
        proposalId: string;
        party: ProposalParty;
      };
      const reason = reasonOf(request);
      return withClientAccess(db, request, clientId, async (tx, access) => {
        access.auditObject('offer_proposal', proposalId);
        await existing(tx, access, clientId, proposalId);
        const { party, decider } = await requireWhoAnswers(tx, access, clientId);
        // The same row lock as every answer: a change and the other side's yes arriving together are counted in turn.
        const status = await lockProposal(tx, access.orgId, clientId, proposalId);
        if (status === null) throw new ProblemError('resource.not_found');
        const current = currentAnswers(await givenAnswers(tx, access.orgId, proposalId)).find((a) => a.party === side);
        const refusal = answerChangeRefusal({
          status,
          callerParty: party,
          callerId: access.userId,
          side,
          current: current && { answer: current.answer, answeredById: current.answeredById },
        });
        if (refusal) throw new ProblemError(refusal);
        if (!(await addAnswer(tx, access.orgId, proposalId, side, (current?.seq ?? 0) + 1, 'declined', access.userId, reason)))
          throw new ProblemError('proposal.already_answered');
        return settle(tx, request, access, clientId, proposalId, decider, { party: side, answer: 'declined' }, reason);
      });
    },
  );

  app.post(
    '/api/v1/clients/:clientId/proposals/:proposalId/withdraw',
    {
      config: {
        access: { kind: 'client', category: 'day_activities', action: 'write', audit: 'U', event: 'offer_proposal.withdraw' },
      },
      schema: {
        tags: ['daginvulling'],
        summary:
          'Withdraw a proposal the person has not yet answered, saying why: the one who proposed it, or the coordinator on the care team',
        params: ProposalParams,
        body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false }),
        response: { 200: ProposalSchema, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { clientId, proposalId } = request.params as { clientId: string; proposalId: string };
      const reason = (request.body as { reason: string }).reason.trim();
      return withClientAccess(db, request, clientId, async (tx, access) => {
        access.auditObject('offer_proposal', proposalId);
        await existing(tx, access, clientId, proposalId);
        const [row] = await tx.query<{ proposed_by: string }>(
          `select proposed_by from offer_proposals where client_id = $1 and id = $2`,
          [clientId, proposalId],
        );
        // The proposer takes back their own word; the zorgcoordinator on the team decides on placement (000 L543-546).
        if (row?.proposed_by !== access.userId && !access.facts.teamRoles.includes('zorgcoordinator'))
          throw new ProblemError('proposal.not_the_proposer');
        // Withdrawing and answering both change only a proposal still waiting: the row lock and this condition let
        // exactly one of them win, the other changes nothing and is told the proposal is no longer open.
        const updated = await tx.query(
          `update offer_proposals set status = 'withdrawn', withdrawn_by = $3, withdrawn_at = now(), withdraw_reason = $4
            where client_id = $1 and id = $2 and status = 'proposed' returning id`,
          [clientId, proposalId, access.userId, reason],
        );
        if (updated.length === 0) throw new ProblemError('proposal.not_open');
        return existing(tx, access, clientId, proposalId);
      });
    },
  );

  app.post(
    '/api/v1/clients/:clientId/proposals/:proposalId/request-decline',
    {
      config: {
        access: {
          kind: 'client',
          category: 'day_activities',
          action: 'write',
          audit: 'U',
          event: 'enrolment_request.decline',
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'The coordinator declines the enrolment request, with a reason the person and the proposer see',
        params: ProposalParams,
        body: Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false }),
        response: { 200: ProposalSchema, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { clientId, proposalId } = request.params as { clientId: string; proposalId: string };
      const { reason } = request.body as { reason: string };
      return withClientAccess(db, request, clientId, async (tx, access) => {
        access.auditObject('offer_proposal', proposalId);
        await existing(tx, access, clientId, proposalId);
        const [row] = await tx.query<{ request_status: string | null; coordinator: boolean }>(
          `select request_status, $3 = any(coordinator_ids) as coordinator from offer_proposals where client_id = $1 and id = $2`,
          [clientId, proposalId, access.userId],
        );
        if (row?.request_status !== 'open') throw new ProblemError('proposal.request_not_open');
        if (!row.coordinator) throw new ProblemError('proposal.not_the_coordinator');
        await tx.query(
          `update offer_proposals set request_status = 'declined', request_decline_reason = $3, request_closed_by = $4,
                  request_closed_at = now()
            where client_id = $1 and id = $2 and request_status = 'open'`,
          [clientId, proposalId, reason.trim(), access.userId],
        );
        return existing(tx, access, clientId, proposalId);
      });
    },
  );
}
