import type { AccessBasis } from '../access/decide-access.js';
import type { RepresentationBasis } from '../access/representation.js';
import { wgboDecider, type WgboDecider } from '../access/wgbo-ages.js';

/** Why this caller may not say yes or no to an offer proposed to this person. */
export type ProposalAnswerRefusal =
  'proposal.only_the_person' | 'proposal.representative_decides' | 'proposal.parental_authority_required';

/** Who gave an answer: the person themself, or a legal representative acting for them. */
export type ProposalParty = 'person' | 'representative';
export type ProposalAnswer = 'accepted' | 'declined';

/**
 * Who answers a proposal: the person's own wish leads (003 L21), so the person or the legal representative acting
 * for them — never a professional or a relative by consent. Which of the two follows the WGBO ages in core
 * (wgbo-ages.ts): under 12 the parents or guardian decide (BW 7:465 lid 1), so the child's own tap is not the answer;
 * from 16 the person decides and a parent no longer decides for them (BW 7:447, 7:450 lid 1), while a curator, mentor
 * or written authorisation still acts for a person who cannot (BW 7:465 lid 2-3). From 12 up to 16 both answer
 * (BW 7:450 lid 2: the young person and the parents with authority or the guardian): the young person and a parent
 * with parental authority each answer; see `proposalOutcome`.
 */
export function proposalAnswerRefusal(
  caller: { basis: AccessBasis; representations: readonly RepresentationBasis[] },
  birthDate: string,
  today: string,
): ProposalAnswerRefusal | null {
  if (caller.basis !== 'self' && caller.basis !== 'representative') return 'proposal.only_the_person';
  const decider = wgboDecider(birthDate, today);
  // BW 7:465 lid 1: under 12 the representative decides.
  if (caller.basis === 'self') return decider === 'representative' ? 'proposal.representative_decides' : null;
  // BW 7:450 lid 2: from 12 up to 16 the second answer is that of the parents with authority (or the guardian, who
  // holds authority too, BW 1:245); someone authorised in writing does not take their place.
  if (decider === 'both' && !caller.representations.includes('ouderlijk_gezag')) return 'proposal.parental_authority_required';
  // BW 7:450 lid 1 and 7:465 lid 2-3: from 16 only a legal representative other than a parent acts for the person.
  if (decider === 'client' && !caller.representations.some((b) => b !== 'ouderlijk_gezag')) return 'proposal.only_the_person';
  return null;
}

/** The side a caller answers for, once `proposalAnswerRefusal` let them: their own, or as representative. */
export function proposalPartyOf(basis: AccessBasis): ProposalParty {
  return basis === 'self' ? 'person' : 'representative';
}

/** An answer as stored: a side's later answer (a yes taken back, or confirmed at 16) comes after its earlier one. */
export interface GivenAnswer {
  party: ProposalParty;
  answer: ProposalAnswer;
}

/** Each side's current answer: its latest one (`answers` in the order they were given). */
export function currentAnswers<T extends GivenAnswer>(answers: readonly T[]): T[] {
  const latest = new Map<ProposalParty, T>();
  for (const a of answers) latest.set(a.party, a);
  return [...latest.values()];
}

/**
 * What the answers so far decide, on the day of the latest answer (`latest`, already among `answers`). From 12 up to 16
 * (BW 7:450 lid 2) both the young person and a parent with authority must say yes; one no declines the proposal.
 * Otherwise the one who may answer decides alone (BW 7:465 lid 1 under 12, BW 7:447 from 16), with the latest answer.
 * Only each side's current answer counts: a yes taken back is a no.
 */
export function proposalOutcome(
  decider: WgboDecider,
  answers: readonly GivenAnswer[],
  latest: GivenAnswer,
): ProposalAnswer | 'waiting' {
  if (decider !== 'both') return latest.answer;
  const current = currentAnswers(answers);
  if (current.some((a) => a.answer === 'declined')) return 'declined';
  const accepted = (party: ProposalParty) => current.some((a) => a.party === party && a.answer === 'accepted');
  return accepted('person') && accepted('representative') ? 'accepted' : 'waiting';
}

/**
 * Whether this side may answer again although it already answered (`mine`, its current answer). A side answers once
 * (a second tap, or the other parent after the first, changes nothing), with one exception: a young person whose yes
 * waited for a parent and who has turned 16 since decides alone now (BW 7:447, 7:450 lid 1; the age on the day of this
 * answer), so their yes today accepts the proposal by itself.
 */
export function mayAnswerAgain(
  decider: WgboDecider,
  party: ProposalParty,
  mine: ProposalAnswer,
  decision: ProposalAnswer,
): boolean {
  return decider === 'client' && party === 'person' && mine === 'accepted' && decision === 'accepted';
}

/** Why this caller may not change a side's yes to no. */
export type ProposalChangeRefusal =
  'proposal.not_your_answer' | 'proposal.no_yes_to_change' | 'proposal.already_answered' | 'proposal.not_open';

/**
 * "Toch niet": the one who said yes changes it to no while the proposal still waits (issue 14; the person's wish leads,
 * 003 L21). Only their own answer: not the other side's (that side says its own no), and not the yes another parent
 * gave (BW 7:450 lid 2 asks a parent's yes; it is that parent's word). Once the proposal was accepted or declined
 * the answers are final; a withdrawn proposal is no longer open.
 */
export function answerChangeRefusal(change: {
  status: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
  callerParty: ProposalParty;
  callerId: string;
  side: ProposalParty;
  current: { answer: ProposalAnswer; answeredById: string } | undefined;
}): ProposalChangeRefusal | null {
  if (change.side !== change.callerParty) return 'proposal.not_your_answer';
  if (change.current && change.current.answeredById !== change.callerId) return 'proposal.not_your_answer';
  if (change.status === 'accepted' || change.status === 'declined') return 'proposal.already_answered';
  if (change.status !== 'proposed') return 'proposal.not_open';
  if (change.current?.answer !== 'accepted') return 'proposal.no_yes_to_change';
  return null;
}

/** Whether, on this day, the young person and a parent both answer a proposal (ages 12 up to 16, BW 7:450 lid 2). */
export function proposalAnsweredTogether(birthDate: string, today: string): boolean {
  return wgboDecider(birthDate, today) === 'both';
}
