import { violation, type RuleViolation } from '../rules/rule-violation.js';
import type { AccessAction, DataCategory } from './data-categories.js';
import { PROFESSIONAL_ROLES, type Role } from './roles.js';
import { partiesOf, wgboShortfall, type WgboShortfall } from './wgbo-ages.js';

/** Roles that run the organisation rather than work with people. */
const ADMINISTRATIVE_ROLES: readonly Role[] = ['planner', 'beheerder', 'privacyfunctionaris'];

/** Who gave the consent: the client, or for them a parent or legal representative. */
export const CONSENT_GIVERS = ['client', 'ouder', 'wettelijk_vertegenwoordiger'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/**
 * Where a consent stands on a day: running, not yet begun, past its end date, or revoked. Consent is append-only:
 * a revocation ends it from then on and wins over the period (migration 0003; AVG art. 7 lid 3).
 */
export const CONSENT_STATUSES = ['active', 'not_started', 'expired', 'revoked'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Why a naaste is involved (001 L838-840). */
export const NAASTE_BASES = ['verzoek_client', 'indicatie_professional'] as const;
export type NaasteBasis = (typeof NAASTE_BASES)[number];

export interface ConsentGrantDraft {
  granteeRoles: readonly Role[];
  categories: readonly DataCategory[];
  level: AccessAction;
  validFrom: string;
  validUntil: string | null;
  givenBy: ConsentGiver;
  /** From 12 up to 16 both the young person and a representative consent (BW 7:450 lid 2): the second of them. */
  alsoGivenBy?: ConsentGiver | null;
  naasteBasis: NaasteBasis | null;
}

/**
 * Who a client can let look along by consent: the people who work with them, the external work-floor supervisor
 * included (003 L1912-1915), and their naasten (001 L838-840). Administrators, planners and the privacy officer
 * have their own narrow grounds and do not receive health data by consent.
 */
export const CONSENT_GRANTEE_ROLES: readonly Role[] = [
  ...PROFESSIONAL_ROLES.filter((role) => !ADMINISTRATIVE_ROLES.includes(role)),
  'naaste',
];

/** Categories a consent may open for writing; everything else a consent opens for reading only. */
const WRITABLE_BY_CONSENT: readonly DataCategory[] = ['participation_plan'];

/** The age below which consent is given by the parents (001 L1579); the WGBO ages refine it (`wgbo-ages.ts`). */
export const PARENTAL_CONSENT_BELOW_AGE = 16;

/** The problem code of each WGBO shortfall for a consent to share data. */
const CONSENT_WGBO_PROBLEMS = {
  representative_must_decide: 'consent.representative_decides_under_twelve',
  both_must_agree: 'consent.both_decide_twelve_to_fifteen',
  client_decides_alone: 'consent.client_decides_from_sixteen',
} as const satisfies Record<WgboShortfall, string>;

export function validateConsentGrant(draft: ConsentGrantDraft, client: { birthDate: string }, today: string): RuleViolation[] {
  const violations: RuleViolation[] = [];
  // 001 L1579 and WGBO BW 7:450, 7:465 (REFERENCE.md §13): under 12 the representative, 12-15 both, 16+ the client.
  const shortfall = wgboShortfall(partiesOf(draft.givenBy, draft.alsoGivenBy), client.birthDate, today);
  if (shortfall) violations.push(violation(CONSENT_WGBO_PROBLEMS[shortfall], '/givenBy', 'BW 7:450, 7:465'));
  if (draft.alsoGivenBy && draft.alsoGivenBy === draft.givenBy)
    violations.push(violation('consent.both_decide_twelve_to_fifteen', '/alsoGivenBy', 'BW 7:450'));
  // 001 L838-840: naasten only at the client's request or on a professional's indication.
  if (draft.granteeRoles.includes('naaste') && !draft.naasteBasis) {
    violations.push(violation('consent.naaste_basis_required', '/naasteBasis', '001 L838-840'));
  }
  // DOMAIN.md §4.4: professionals edit the client's own plan only with permission; nothing else is editable by consent.
  if (draft.level === 'write' && draft.categories.some((category) => !WRITABLE_BY_CONSENT.includes(category))) {
    violations.push(violation('consent.write_not_grantable', '/level', 'DOMAIN.md §4.4'));
  }
  if (draft.validUntil !== null && draft.validUntil < draft.validFrom) {
    violations.push(violation('consent.period_invalid', '/validUntil', 'consent period'));
  }
  return violations;
}
