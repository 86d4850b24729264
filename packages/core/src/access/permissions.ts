import type { AccessAction, DataCategory } from './data-categories.js';
import type { Role } from './roles.js';

/** What a role may do with a client's data when the user is on that client's care team. */
export type TeamGrant = Partial<Record<DataCategory, AccessAction>>;

/** Organisation-wide permissions that need no care relationship. */
export const ORG_PERMISSIONS = [
  'clients.create', // register a new client
  'clients.directory', // find any client of the organisation by name (personalia only)
  'care_team.manage', // add professionals to any client's care team
  'users.read', // see the organisation's professionals (to build care teams)
  'audit.search', // search the audit trail (NEN 7513 §8)
  'break_glass.report', // review emergency accesses
  // The consents of all persons, for the privacy officer who monitors compliance (AVG art. 39 lid 1 onder b); issue 14.
  'consents.overview',
  'break_glass.use', // open a record outside the care team in an emergency
  'organisation.manage', // the organisation's settings, such as the second-factor policy
  'offers.manage', // the social map, groups and their schedules
  'unmet_needs.report', // the overview of needs no offer met, without client identities (003 L1867-1870)
  'declarations.manage', // every client's financing: entitlements, funding, the monthly declarations (issue 12)
  'municipal_overview.read', // aggregates per neighbourhood and rung for the bound municipalities (003 L1600-1608, L1867-1870)
  'reports.export', // CSV/XLSX totals for financers and management: attendance, units per contract, treatment volumes
  'agenda.view', // work in the agenda: one's own appointments, the rooms and groups, a calendar link (issue 14)
  'agenda.plan', // plan anyone's appointments, rooms and group sessions; no health content (issue 14)
] as const;
export type OrgPermission = (typeof ORG_PERMISSIONS)[number];

export interface RolePermissions {
  team: TeamGrant;
  organisation: readonly OrgPermission[];
}

const TREATER: RolePermissions = {
  // Treatment is "geneeskundige zorg" delivered by the treating therapist (000 L107-114, L323-332).
  team: {
    personalia: 'read',
    care_network: 'read',
    treatment: 'write',
    measurements: 'write',
    day_activities: 'read',
    participation_plan: 'read',
    // The treating therapist sees how their treatment is funded (001 L2460-2500).
    financing: 'read',
  },
  organisation: ['users.read', 'break_glass.use', 'agenda.view'],
};

/**
 * The permission table per role. Team grants apply only while the user is on the client's care team;
 * a role alone opens no client record. Day-activity roles get no health data through the team
 * (DOMAIN.md §7; 003 L1912-1915): only the client's consent opens it.
 */
export const ROLE_PERMISSIONS: Record<Role, RolePermissions> = {
  client: { team: {}, organisation: [] },
  naaste: { team: {}, organisation: [] },
  vaktherapeut: TREATER,
  ergotherapeut: TREATER,
  regiebehandelaar: {
    // Final responsibility for the treatment plan (001 L1436-1449): also arranges the care team.
    team: { ...TREATER.team, care_network: 'write' },
    organisation: ['users.read', 'break_glass.use', 'agenda.view'],
  },
  activiteitenbegeleider: {
    team: { personalia: 'read', care_network: 'read', day_activities: 'write', participation_plan: 'write' },
    organisation: ['users.read', 'offers.manage', 'agenda.view'],
  },
  trajectbegeleider: {
    team: { personalia: 'read', care_network: 'read', day_activities: 'write', participation_plan: 'write' },
    organisation: ['users.read', 'offers.manage', 'unmet_needs.report', 'agenda.view'],
  },
  // External: sees only what the client discloses through consent (003 L1912-1915).
  werkbegeleider: { team: {}, organisation: [] },
  zorgcoordinator: {
    // Decides continuation of day activities with the AB (000 L543-546).
    team: { personalia: 'read', care_network: 'write', day_activities: 'write', participation_plan: 'read' },
    organisation: [
      'users.read',
      'clients.directory',
      'care_team.manage',
      'break_glass.use',
      'offers.manage',
      'unmet_needs.report',
      'reports.export',
      'agenda.view',
      'agenda.plan',
    ],
  },
  planner: {
    team: { personalia: 'read' },
    organisation: [
      'users.read',
      'clients.directory',
      'clients.create',
      'care_team.manage',
      'offers.manage',
      'declarations.manage',
      'agenda.view',
      'agenda.plan',
    ],
  },
  beheerder: {
    team: { personalia: 'read' },
    organisation: [
      'users.read',
      'clients.directory',
      'clients.create',
      'care_team.manage',
      'audit.search',
      'break_glass.report',
      'organisation.manage',
      'offers.manage',
      'unmet_needs.report',
      'declarations.manage',
      'reports.export',
      'agenda.view',
      'agenda.plan',
    ],
  },
  privacyfunctionaris: { team: {}, organisation: ['audit.search', 'break_glass.report', 'consents.overview'] },
  // Read-only parties outside the organisation: totals only, never a client's record.
  financier: { team: {}, organisation: ['reports.export'] },
  // Aggregates only (issue 15): the overview's counts, never a single need with its free text.
  gemeente: { team: {}, organisation: ['municipal_overview.read'] },
};

export function hasOrgPermission(roles: readonly Role[], permission: OrgPermission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].organisation.includes(permission));
}

/** The strongest team grant of a set of roles for one category. */
export function teamGrantFor(roles: readonly Role[], category: DataCategory): AccessAction | null {
  let best: AccessAction | null = null;
  for (const role of roles) {
    const grant = ROLE_PERMISSIONS[role].team[category];
    if (grant === 'write') return 'write';
    if (grant === 'read') best = 'read';
  }
  return best;
}

export function allows(grant: AccessAction | null | undefined, action: AccessAction): boolean {
  return grant === 'write' || (grant === 'read' && action === 'read');
}

/** Whether any of these roles can see health data (treatment or measurements) through a care team. */
export function seesHealthData(roles: readonly Role[]): boolean {
  return roles.some((role) => {
    const team = ROLE_PERMISSIONS[role].team;
    return team.treatment !== undefined || team.measurements !== undefined;
  });
}
