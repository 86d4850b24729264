/**
 * The roles a user can hold in an organisation. Roles are data: the permission table per role comes
 * with the access context; here is only who exists and what they are called.
 */
export const ROLES = [
  'client', // cliënt / deelnemer (DOMAIN.md §2; 001 L1500-1536)
  'naaste', // partner, family, mantelzorger; involved on the client's request or indication (001 L838-840)
  'vaktherapeut', // one of the seven vaktherapie disciplines (001 L26-28)
  'ergotherapeut', // ergotherapie (004)
  'regiebehandelaar', // final responsibility for the treatment plan (001 L1436-1449)
  'activiteitenbegeleider', // delivers day activities, no referral, does not treat (000 L42-49)
  'trajectbegeleider', // coordinates a participation trajectory (003 L1677-1801)
  'werkbegeleider', // external, supports on the work floor (003 L1803-1842)
  'zorgcoordinator', // decides continuation of day activities with the AB (000 L543-546)
  'planner', // planning and administration
  'beheerder', // administrator of the organisation
  'privacyfunctionaris', // privacy officer: searches the audit trail, reviews break-glass (NEN 7513 §8 logbeheerder)
  'financier', // read-only: insurer / care office
  'gemeente', // read-only: municipality (klantmanager / Wmo-consulent, 003 L1844-1870)
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Professionals who deliver or coordinate care; the others are the person, their relatives or read-only parties. */
export const PROFESSIONAL_ROLES: readonly Role[] = [
  'vaktherapeut',
  'ergotherapeut',
  'regiebehandelaar',
  'activiteitenbegeleider',
  'trajectbegeleider',
  'werkbegeleider',
  'zorgcoordinator',
  'planner',
  'beheerder',
  'privacyfunctionaris',
];

export function isProfessionalRole(role: Role): boolean {
  return PROFESSIONAL_ROLES.includes(role);
}
