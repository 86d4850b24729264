import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { hasOrgPermission, ROLE_PERMISSIONS } from './permissions.js';
import { PROFESSIONAL_ROLES, type Role } from './roles.js';

/**
 * The roles someone can hold on a care team: the professionals who treat, support or coordinate. Not the
 * external work-floor supervisor, who sees only what the client shares (003 L1912-1915), nor the privacy
 * officer, who reviews the audit trail and has no care relationship (NEN 7513 §8).
 */
export const CARE_TEAM_ROLES: readonly Role[] = PROFESSIONAL_ROLES.filter(
  (role) => role !== 'werkbegeleider' && role !== 'privacyfunctionaris',
);

/** Who is arranging the care team: their roles in the organisation and on this client's care team today. */
export interface CareTeamArranger {
  roles: readonly Role[];
  /** The user's roles on this client's care team today (empty: no care relationship). */
  teamRoles: readonly Role[];
}

/**
 * May this person add a professional to, or end a membership of, this client's care team? Joining the
 * team opens the client's health data (DOMAIN.md §7; ARCHITECTURE.md "Authorisation": role and care
 * relationship), so only those who arrange care relationships do it: an organisation-wide care-team
 * manager (zorgcoördinator, planner, beheerder) or a care-team member whose team grant writes the care
 * network (the regiebehandelaar, 001 L1436-1449). Not the client, their representative or anyone through
 * a consent: they may record consents, never open the record to a professional of their choosing.
 */
export function careTeamArrangerViolations(arranger: CareTeamArranger): RuleViolation[] {
  if (hasOrgPermission(arranger.roles, 'care_team.manage')) return [];
  if (arranger.teamRoles.some((role) => ROLE_PERMISSIONS[role].team.care_network === 'write')) return [];
  // DOMAIN.md §7: a care relationship opens health data; only those who arrange care relationships create one.
  return [violation('care_team.arranger_not_allowed', '', 'DOMAIN.md §7')];
}

export function mayArrangeCareTeam(arranger: CareTeamArranger): boolean {
  return careTeamArrangerViolations(arranger).length === 0;
}
