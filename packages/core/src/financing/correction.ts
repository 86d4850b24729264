import { violation, type RuleViolation } from '../rules/rule-violation.js';

/**
 * Asking for a correction of a sent declaration line (issue 12): the sent line is never edited; a credit
 * line that references it and a new line go into a later run (REFERENCE.md §9.3). Only a debet line the
 * receiver accepted can be credited (iWmo TR323: a credit needs its accepted debet; TR316: in a later
 * message). A rejected line needs no credit: it reopens with its return codes and is declared again.
 */
export interface CorrectionTarget {
  direction: 'D' | 'C';
  runStatus: 'draft' | 'sent' | 'answered' | 'discarded';
  /** What the receiver answered for this line; null while unanswered. */
  outcome: 'accepted' | 'rejected' | null;
}

export function checkCorrectionRequest(target: CorrectionTarget): RuleViolation[] {
  const acceptedDebet = target.direction === 'D' && target.runStatus === 'answered' && target.outcome === 'accepted';
  // REFERENCE.md §9.3 "Corrections: a credit line (C) for the earlier line, then a new debet line"; TR323
  return acceptedDebet ? [] : [violation('financing.credit_without_debet', '/lineId', 'REFERENCE.md §9.3; iWmo TR323')];
}
