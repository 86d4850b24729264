import { ageInYears } from '../people/age.js';
import { violation, type RuleViolation } from '../rules/rule-violation.js';

/**
 * The legal basis on which someone represents a client (WGBO BW 7:465; REFERENCE.md §13): parental
 * authority (derived from the client's date of birth: it ends at 18, BW 1:233), a curator or mentor
 * appointed by the court, or a person the client authorised in writing. A naaste is never a
 * representative by being a naaste.
 */
export const REPRESENTATION_BASES = ['ouderlijk_gezag', 'curator', 'mentor', 'schriftelijk_gemachtigde'] as const;
export type RepresentationBasis = (typeof REPRESENTATION_BASES)[number];

/** BW 1:233: minority, and with it parental authority, ends at 18. */
export const PARENTAL_AUTHORITY_ENDS_AT = 18;

export interface RepresentationDraft {
  basis: RepresentationBasis;
  /** Court decision or written authorisation: where it is kept. Required for every basis not derived from the date of birth. */
  documentRef: string | null;
}

/** The relation shown and used for decisions: a parent, or another legal representative. */
export function relationOf(basis: RepresentationBasis): 'ouder' | 'wettelijk_vertegenwoordiger' {
  return basis === 'ouderlijk_gezag' ? 'ouder' : 'wettelijk_vertegenwoordiger';
}

/** Derived from the date of birth: needs no second person's approval (but still a recorder in the care team). */
export function isDerivedBasis(basis: RepresentationBasis): boolean {
  return basis === 'ouderlijk_gezag';
}

/** The last day parental authority holds: the day before the 18th birthday (BW 1:233). */
export function parentalAuthorityUntil(birthDate: string): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const birthday = new Date(Date.UTC(y + PARENTAL_AUTHORITY_ENDS_AT, m - 1, d));
  // 29 February: the birthday in a year without it falls on 1 March (Date rolls over), the last day is 28 February.
  birthday.setUTCDate(birthday.getUTCDate() - 1);
  return birthday.toISOString().slice(0, 10);
}

export function validateRepresentation(
  draft: RepresentationDraft,
  client: { birthDate: string },
  today: string,
): RuleViolation[] {
  const out: RuleViolation[] = [];
  // BW 1:233, 1:245: parental authority exists only over a minor.
  if (draft.basis === 'ouderlijk_gezag' && ageInYears(client.birthDate, today) >= PARENTAL_AUTHORITY_ENDS_AT)
    out.push(violation('representation.parental_authority_ended', '/basis', 'BW 1:233'));
  // BW 7:465 lid 3: a curator, mentor or written authorisation rests on a document that must be on record.
  if (!isDerivedBasis(draft.basis) && !draft.documentRef?.trim())
    out.push(violation('representation.document_required', '/documentRef', 'BW 7:465 lid 3'));
  return out;
}

/**
 * Four eyes for a representation not derived from the date of birth: another professional than the
 * one who recorded it approves it; until then it grants nothing.
 */
export function validateRepresentationApproval(
  representation: { basis: RepresentationBasis; recordedBy: string; approvedAt: string | null },
  approverId: string,
): RuleViolation[] {
  if (isDerivedBasis(representation.basis) || representation.approvedAt)
    return [violation('representation.approval_not_needed', '', 'BW 7:465 lid 3')];
  // Four-eyes principle: the recorder cannot approve their own record.
  if (representation.recordedBy === approverId) return [violation('representation.second_person_required', '', 'BW 7:465 lid 3')];
  return [];
}
