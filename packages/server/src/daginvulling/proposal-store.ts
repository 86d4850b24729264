import { proposalAnsweredTogether, type ProposalAnswer, type ProposalParty, type RepresentationBasis } from '@meedoen/core';
import type { Queryable } from '../db/database.js';

/** A proposal as every reader gets it: the offer, the steps with who and when, and the request's outcome. */
export interface ProposalView {
  id: string;
  offerId: string;
  offerName: string;
  groupId: string | null;
  groupName: string | null;
  message: string;
  status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
  proposedBy: string;
  proposedAt: string;
  answeredBy: string | null;
  answeredAt: string | null;
  answerReason: string | null;
  withdrawnBy: string | null;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  requestStatus: 'open' | 'placed' | 'declined' | null;
  requestClosedBy: string | null;
  requestClosedAt: string | null;
  requestDeclineReason: string | null;
  enrolmentId: string | null;
  /** Every answer given, in order: who, on which side, yes or no, and why (ages 12 up to 16: one of each side). */
  answers: ProposalAnswerView[];
  /** Whether the young person and a parent answer together today (ages 12 up to 16, BW 7:450 lid 2). */
  answeredTogether: boolean;
}

export interface ProposalAnswerView {
  party: ProposalParty;
  answer: ProposalAnswer;
  answeredBy: string;
  /** The reader gave this answer (so, while the proposal waits, may change their yes to no). */
  answeredByMe: boolean;
  answeredAt: string;
  reason: string | null;
  /** This answer replaces the same side's earlier one: a yes taken back, or a yes confirmed at 16. */
  replacesEarlier: boolean;
}

const VIEW = `select p.id, p.offer_id as "offerId", o.name as "offerName", p.group_id as "groupId", g.name as "groupName",
       p.message, p.status, pb.display_name as "proposedBy", p.proposed_at as "proposedAt",
       ab.display_name as "answeredBy", p.answered_at as "answeredAt", p.answer_reason as "answerReason",
       wb.display_name as "withdrawnBy", p.withdrawn_at as "withdrawnAt",
       p.withdraw_reason as "withdrawReason",
       p.request_status as "requestStatus", rb.display_name as "requestClosedBy", p.request_closed_at as "requestClosedAt",
       p.request_decline_reason as "requestDeclineReason", p.enrolment_id as "enrolmentId"
  from offer_proposals p
  join offers o on o.id = p.offer_id
  join users pb on pb.id = p.proposed_by
  left join activity_groups g on g.id = p.group_id
  left join users ab on ab.id = p.answered_by
  left join users wb on wb.id = p.withdrawn_by
  left join users rb on rb.id = p.request_closed_by`;

const iso = (value: unknown): string | null => (value instanceof Date ? value.toISOString() : (value as string | null));

type ProposalRow = Omit<ProposalView, 'answers' | 'answeredTogether'>;

function present(row: ProposalRow, answers: Map<string, ProposalAnswerView[]>, together: boolean): ProposalView {
  return {
    ...row,
    answers: answers.get(row.id) ?? [],
    answeredTogether: together,
    proposedAt: iso(row.proposedAt) ?? '',
    answeredAt: iso(row.answeredAt),
    withdrawnAt: iso(row.withdrawnAt),
    requestClosedAt: iso(row.requestClosedAt),
  };
}

/** The answers to this person's proposals (or to one of them), by proposal, in the order they were given. */
async function answersOf(
  tx: Queryable,
  orgId: string,
  clientId: string,
  proposalId: string | null,
  userId: string,
): Promise<Map<string, ProposalAnswerView[]>> {
  const rows = await tx.query<ProposalAnswerView & { proposalId: string }>(
    `select a.proposal_id as "proposalId", a.party, a.answer, u.display_name as "answeredBy",
            a.answered_by = $3::uuid as "answeredByMe", a.answered_at as "answeredAt", a.reason,
            a.seq > 1 as "replacesEarlier"
       from offer_proposal_answers a
       join offer_proposals p on p.org_id = a.org_id and p.id = a.proposal_id
       join users u on u.id = a.answered_by
      where p.org_id = $4 and p.client_id = $1 and ($2::uuid is null or p.id = $2::uuid)
      order by a.answered_at, a.seq, a.party`,
    [clientId, proposalId, userId, orgId],
  );
  const out = new Map<string, ProposalAnswerView[]>();
  for (const { proposalId: id, ...answer } of rows)
    out.set(id, [...(out.get(id) ?? []), { ...answer, answeredAt: iso(answer.answeredAt) ?? '' }]);
  return out;
}

/** Every proposal to this person, newest first; `userId` is the reader (whose answers are theirs). */
export async function listProposals(
  tx: Queryable,
  orgId: string,
  clientId: string,
  today: string,
  userId: string,
): Promise<ProposalView[]> {
  const rows = await tx.query<ProposalRow>(`${VIEW} where p.org_id = $1 and p.client_id = $2 order by p.proposed_at desc, p.id`, [
    orgId,
    clientId,
  ]);
  const answers = await answersOf(tx, orgId, clientId, null, userId);
  const together = proposalAnsweredTogether(await birthDateOf(tx, orgId, clientId), today);
  return rows.map((row) => present(row, answers, together));
}

export async function loadProposal(
  tx: Queryable,
  orgId: string,
  clientId: string,
  proposalId: string,
  today: string,
  userId: string,
): Promise<ProposalView | null> {
  const [row] = await tx.query<ProposalRow>(`${VIEW} where p.org_id = $1 and p.client_id = $2 and p.id = $3`, [
    orgId,
    clientId,
    proposalId,
  ]);
  if (!row) return null;
  const together = proposalAnsweredTogether(await birthDateOf(tx, orgId, clientId), today);
  return present(row, await answersOf(tx, orgId, clientId, proposalId, userId), together);
}

/**
 * Takes the proposal's row lock, which orders every answer, change and withdrawal of it, and says its status then
 * (null: no such proposal for this person).
 */
export async function lockProposal(
  tx: Queryable,
  orgId: string,
  clientId: string,
  proposalId: string,
): Promise<ProposalView['status'] | null> {
  const [row] = await tx.query<{ status: ProposalView['status'] }>(
    `select status from offer_proposals where org_id = $1 and client_id = $2 and id = $3 for update`,
    [orgId, clientId, proposalId],
  );
  return row?.status ?? null;
}

/** A proposal's answers as stored, each side's in the order of their number (core currentAnswers): read under the row lock. */
export async function givenAnswers(
  tx: Queryable,
  orgId: string,
  proposalId: string,
): Promise<{ party: ProposalParty; answer: ProposalAnswer; answeredById: string; seq: number }[]> {
  return tx.query(
    `select party, answer, answered_by as "answeredById", seq from offer_proposal_answers
      where org_id = $1 and proposal_id = $2 order by seq, answered_at, party`,
    [orgId, proposalId],
  );
}

/**
 * Stores a side's answer with its number (1 for its first; a later one replaces it without changing it). False when
 * that number is taken: a parallel answer of the same side came first.
 */
export async function addAnswer(
  tx: Queryable,
  orgId: string,
  proposalId: string,
  party: ProposalParty,
  seq: number,
  answer: ProposalAnswer,
  userId: string,
  reason: string | null,
): Promise<boolean> {
  const given = await tx.query(
    // clock_timestamp(): the moment it was given, after the row lock (a transaction's now() is when it began waiting).
    `insert into offer_proposal_answers (org_id, proposal_id, party, seq, answer, answered_by, reason, answered_at)
     values ($1, $2, $3, $4, $5, $6, $7, clock_timestamp())
     on conflict (org_id, proposal_id, party, seq) do nothing returning party`,
    [orgId, proposalId, party, seq, answer, userId, reason],
  );
  return given.length > 0;
}

/**
 * Who receives the enrolment request. The social map names no coordinator per offer (0006: offers have a provider, no
 * contact person), so the organisation's zorgcoordinator decides on placement (000 L543-546): those on this person's
 * care team today, or else every active zorgcoordinator of the organisation.
 */
export async function requestCoordinators(tx: Queryable, clientId: string, today: string): Promise<string[]> {
  const onTeam = await tx.query<{ user_id: string }>(
    `select distinct m.user_id from care_team_members m join users u on u.id = m.user_id and u.active
      where m.client_id = $1 and m.role = 'zorgcoordinator'
        and m.valid_from <= $2::date and (m.valid_until is null or m.valid_until >= $2::date)`,
    [clientId, today],
  );
  if (onTeam.length > 0) return onTeam.map((r) => r.user_id);
  const all = await tx.query<{ user_id: string }>(
    `select distinct r.user_id from user_roles r join users u on u.id = r.user_id and u.active where r.role = 'zorgcoordinator'`,
  );
  return all.map((r) => r.user_id);
}

/**
 * The bases on which this user represents this person today (the same rule as the access facts: a parental authority,
 * or another basis once a second person approved it), for who may answer a proposal.
 */
export async function representationsOf(
  tx: Queryable,
  userId: string,
  clientId: string,
  today: string,
): Promise<RepresentationBasis[]> {
  const rows = await tx.query<{ basis: RepresentationBasis }>(
    `select basis from client_representatives where user_id = $1 and client_id = $2
        and (basis = 'ouderlijk_gezag' or approved_at is not null)
        and valid_from <= $3::date and (valid_until is null or valid_until >= $3::date)`,
    [userId, clientId, today],
  );
  return rows.map((r) => r.basis);
}

/** The person's date of birth, for the WGBO ages of who answers. */
export async function birthDateOf(tx: Queryable, orgId: string, clientId: string): Promise<string> {
  const [row] = await tx.query<{ birth_date: string }>(
    `select birth_date::text as birth_date from clients where org_id = $1 and id = $2`,
    [orgId, clientId],
  );
  return row?.birth_date ?? '';
}

/** The person's own accounts, to tell them in the portal that something was proposed. */
export async function clientAccounts(tx: Queryable, clientId: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(`select id from users where client_id = $1 and active`, [clientId]);
  return rows.map((r) => r.id);
}

/**
 * A placement made through the enrolment route answers the open request for the same offer: the proposal shows
 * that the person was placed, by whom and when.
 */
export async function markPlaced(
  tx: Queryable,
  clientId: string,
  offerId: string,
  enrolmentId: string,
  userId: string,
): Promise<void> {
  await tx.query(
    `update offer_proposals set request_status = 'placed', enrolment_id = $3, request_closed_by = $4, request_closed_at = now()
      where client_id = $1 and offer_id = $2 and request_status = 'open'`,
    [clientId, offerId, enrolmentId, userId],
  );
}
