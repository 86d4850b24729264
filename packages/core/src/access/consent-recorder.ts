import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { ROLE_PERMISSIONS } from './permissions.js';
import { ROLES, type Role } from './roles.js';

/**
 * How the client gave the consent that is being recorded: in person to a professional, on a signed
 * form (kept as a document, referenced), or themselves in the portal.
 */
export const RECORDED_HOW = ['in_person', 'signed_form', 'portal'] as const;
export type RecordedHow = (typeof RECORDED_HOW)[number];

/**
 * Roles that may record, on the client's care team, a consent or a representation the client (or
 * their representative) gave: those whose team grant lets them arrange the client's care network
 * (the permission table: regiebehandelaar, zorgcoördinator). Planners, administrators, the privacy
 * officer and the external work-floor supervisor do not; neither does anyone outside the client's care
 * team (WGBO BW 7:457: no one outside the treatment relationship decides about disclosure).
 */
export const CONSENT_RECORDER_ROLES: readonly Role[] = ROLES.filter(
  (role) => ROLE_PERMISSIONS[role].team.care_network === 'write',
);

/** Who is recording: the client, their approved representative, or someone with roles on the client's care team today. */
export interface Recorder {
  userId: string;
  isSelf: boolean;
  isRepresentative: boolean;
  /** The user's roles on this client's care team today (empty: no care relationship). */
  teamRoles: readonly Role[];
}

const RECORDER_PROBLEMS = {
  consent: { outside: 'consent.recorder_not_in_care_team', role: 'consent.recorder_role_not_allowed' },
  representation: { outside: 'representation.recorder_not_in_care_team', role: 'representation.recorder_role_not_allowed' },
} as const;

/**
 * The recorder may act: a care-team professional in a recording role — and, for a consent, the
 * client or their representative themself. Roles that merely manage care teams organisation-wide
 * (planner, beheerder, zorgcoördinator without a relationship with this client) may not.
 */
export function recorderViolations(recorder: Recorder, subject: 'consent' | 'representation'): RuleViolation[] {
  if (subject === 'consent' && (recorder.isSelf || recorder.isRepresentative)) return [];
  const codes = RECORDER_PROBLEMS[subject];
  // WGBO BW 7:457: only those in the treatment relationship act on the client's consent.
  if (recorder.teamRoles.length === 0) return [violation(codes.outside, '', 'WGBO BW 7:457')];
  if (!recorder.teamRoles.some((role) => CONSENT_RECORDER_ROLES.includes(role)))
    return [violation(codes.role, '', 'WGBO BW 7:457')];
  return [];
}

export interface ConsentRecording {
  recorder: Recorder;
  granteeUserId: string;
  recordedHow: RecordedHow;
  /** Where the signed form is kept (a document reference); required for `signed_form`. */
  documentRef: string | null;
}

/**
 * Who may record a consent, and how. The client and their representative record their own consent
 * in the portal. A professional records a consent the client gave them in person or on a signed form,
 * and only from within the client's care team. Nobody records a consent with themselves as grantee:
 * a professional cannot give themselves access, and a client has no use for consent to themself.
 */
export function validateConsentRecording(recording: ConsentRecording): RuleViolation[] {
  const { recorder } = recording;
  const out = recorderViolations(recorder, 'consent');
  if (out.length > 0) return out;
  // WGBO BW 7:457: the consent is the client's; whoever records it cannot be its beneficiary.
  if (recording.granteeUserId === recorder.userId)
    out.push(violation('consent.self_grant_forbidden', '/granteeUserId', 'WGBO BW 7:457'));
  const own = recorder.isSelf || recorder.isRepresentative;
  if (own && recording.recordedHow !== 'portal')
    out.push(violation('consent.recorded_how_invalid', '/recordedHow', 'WGBO BW 7:457'));
  if (!own && recording.recordedHow === 'portal')
    out.push(violation('consent.recorded_how_invalid', '/recordedHow', 'WGBO BW 7:457'));
  if (recording.recordedHow === 'signed_form' && !recording.documentRef?.trim())
    out.push(violation('consent.document_required', '/documentRef', 'WGBO BW 7:457'));
  return out;
}
