import type { ProblemCode } from '../errors/problem-codes.js';
import { DATA_CATEGORIES, type AccessAction, type DataCategory } from './data-categories.js';
import { mayArrangeCareTeam } from './care-team-arranger.js';
import { allows, hasOrgPermission, teamGrantFor } from './permissions.js';
import type { Role } from './roles.js';

/** One active consent of the client to this user: categories, read or also write. */
export interface ConsentScope {
  category: DataCategory;
  level: AccessAction;
}

/** Everything an access decision about one user and one client rests on, loaded once per request. */
export interface AccessFacts {
  /** The user's roles in the organisation. */
  roles: readonly Role[];
  /** The roles the user holds on this client's care team today (empty: not on the team). */
  teamRoles: readonly Role[];
  /** The user is this client (their own account). */
  isSelf: boolean;
  /** The user is this client's parent or legal representative, today. */
  isRepresentative: boolean;
  /** Active, unrevoked consent grants of this client to this user. */
  consents: readonly ConsentScope[];
  /** The user opened this record in an emergency, and that access has not expired. */
  breakGlass: boolean;
}

/** On what ground access was given; shown to the client in "who viewed my file" (NEN 7513 §9). */
export type AccessBasis = 'self' | 'representative' | 'care_team' | 'consent' | 'organisation' | 'break_glass';

/** Why access was refused; each reason has its own problem code (see `DENIAL_PROBLEMS`). */
export type DenialReason = 'no_relationship' | 'not_permitted' | 'break_glass_read_only' | 'not_disclosed';

export type AccessDecision =
  { allowed: true; basis: AccessBasis; breakGlass: boolean } | { allowed: false; reason: DenialReason };

/** The problem code a denial is answered with. */
export const DENIAL_PROBLEMS = {
  no_relationship: 'access.forbidden',
  not_permitted: 'access.forbidden',
  break_glass_read_only: 'access.break_glass_read_only',
  not_disclosed: 'access.not_disclosed',
} as const satisfies Record<DenialReason, ProblemCode>;

/**
 * What the person themself (or their representative) may change: their own plan, their consents, and their
 * own measurements — the patient fills in the ORS and SRS (001 L3698-3712); scores stay immutable.
 */
const OWN_WRITABLE: readonly DataCategory[] = ['participation_plan', 'care_network', 'measurements'];

/**
 * May this user do `action` on this category of this client's data? A role alone is never enough:
 * access comes from being the client, their representative, on the care team, holding the client's
 * consent, an organisation-wide administrative permission (personalia, care team, access log, financing), or an
 * emergency (break-glass, read only).
 */
export function decideClientAccess(facts: AccessFacts, category: DataCategory, action: AccessAction): AccessDecision {
  if (facts.isSelf) return ownAccess('self', category, action);
  if (facts.isRepresentative) return ownAccess('representative', category, action);
  if (allows(teamGrantFor(facts.teamRoles, category), action)) return { allowed: true, basis: 'care_team', breakGlass: false };
  if (facts.consents.some((consent) => consent.category === category && allows(consent.level, action))) {
    return { allowed: true, basis: 'consent', breakGlass: false };
  }
  if (allowsOrganisationWide(facts.roles, category, action)) return { allowed: true, basis: 'organisation', breakGlass: false };
  if (facts.breakGlass && action === 'read' && teamGrantFor(facts.roles, category) !== null) {
    return { allowed: true, basis: 'break_glass', breakGlass: true };
  }
  const related = facts.teamRoles.length > 0 || facts.consents.length > 0 || facts.breakGlass;
  return { allowed: false, reason: related ? 'not_permitted' : 'no_relationship' };
}

/**
 * The decision for one request. `changesData` is true for every request that writes (any method but
 * GET and HEAD), whatever the category's action: a comment on a plan one may read is still a write.
 * Break-glass opens a record to read it in an emergency, never to change it (ADR 0003): a write by
 * someone whose only ground is the emergency access is refused with its own reason, centrally.
 */
export function decideClientRequest(
  facts: AccessFacts,
  category: DataCategory,
  action: AccessAction,
  changesData: boolean,
): AccessDecision {
  const decision = decideClientAccess(facts, category, action);
  if (!changesData || !facts.breakGlass) return decision;
  if (decision.allowed ? decision.basis === 'break_glass' : true) return { allowed: false, reason: 'break_glass_read_only' };
  return decision;
}

function ownAccess(basis: 'self' | 'representative', category: DataCategory, action: AccessAction): AccessDecision {
  if (action === 'read' || OWN_WRITABLE.includes(category)) return { allowed: true, basis, breakGlass: false };
  return { allowed: false, reason: 'not_permitted' };
}

function allowsOrganisationWide(roles: readonly Role[], category: DataCategory, action: AccessAction): boolean {
  if (category === 'personalia' && action === 'read') return hasOrgPermission(roles, 'clients.directory');
  if (category === 'care_network') return hasOrgPermission(roles, 'care_team.manage');
  if (category === 'access_log' && action === 'read') return hasOrgPermission(roles, 'audit.search');
  // The financial administration enters entitlements and declares for every client (issue 12).
  if (category === 'financing') return hasOrgPermission(roles, 'declarations.manage');
  return false;
}

export type ClientAbilities = Record<DataCategory, { read: boolean; write: boolean }> & {
  /** Not otherwise allowed to read treatment data, but may open the record in an emergency. */
  breakGlass: boolean;
  /** May add professionals to the care team and end memberships (`careTeamArrangerViolations`). */
  arrangeCareTeam: boolean;
};

/** What the caller may do with this client's record; sent with every resource so the UI never re-implements the rules. */
export function clientAbilities(facts: AccessFacts): ClientAbilities {
  const entries = DATA_CATEGORIES.map((category) => [
    category,
    {
      read: decideClientAccess(facts, category, 'read').allowed,
      write: decideClientAccess(facts, category, 'write').allowed,
    },
  ]);
  const abilities = Object.fromEntries(entries) as Record<DataCategory, { read: boolean; write: boolean }>;
  // Offered only where emergency access would open something: a category the role reads on a care team that is
  // closed now (a care coordinator on the team gains nothing; DOMAIN.md §5).
  const wouldOpen = DATA_CATEGORIES.some((category) => !abilities[category].read && teamGrantFor(facts.roles, category) !== null);
  return {
    ...abilities,
    breakGlass: wouldOpen && !facts.breakGlass && hasOrgPermission(facts.roles, 'break_glass.use'),
    arrangeCareTeam: abilities.care_network.write && mayArrangeCareTeam(facts),
  };
}
