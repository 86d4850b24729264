import type { AccessBasis } from '../access/decide-access.js';
import type { RepresentationBasis } from '../access/representation.js';
import { wgboDecider } from '../access/wgbo-ages.js';

/** Why this caller may not say yes or no to an offer proposed to this person. */
export type ProposalAnswerRefusal = 'proposal.only_the_person' | 'proposal.representative_decides';

/**
 * Who answers a proposal: the person's own wish leads (003 L21), so the person or the legal representative acting
 * for them — never a professional or a relative by consent. Which of the two follows the WGBO ages in core
 * (wgbo-ages.ts): under 12 the parents or guardian decide (BW 7:465 lid 1), so the child's own tap is not the answer;
 * from 16 the person decides and a parent no longer decides for them (BW 7:447, 7:450 lid 1), while a curator, mentor
 * or written authorisation still acts for a person who cannot (BW 7:465 lid 2-3). From 12 up to 16 both take part
 * (BW 7:450 lid 2): either may answer here; a second, joint answer is not asked.
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
  // BW 7:450 lid 1 and 7:465 lid 2-3: from 16 only a legal representative other than a parent acts for the person.
  if (decider === 'client' && !caller.representations.some((b) => b !== 'ouderlijk_gezag')) return 'proposal.only_the_person';
  return null;
}
