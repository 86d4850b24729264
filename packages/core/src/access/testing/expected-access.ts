import type { Role } from '../roles.js';

/**
 * The expected access per role, written out by hand (not derived from the code it checks).
 * Per category, in DATA_CATEGORIES order: R = read, W = read and write, - = nothing.
 */
export const CATEGORY_ORDER =
  'personalia care_network treatment measurements day_activities participation_plan access_log financing';

export const EXPECTED_ON_CARE_TEAM: Record<Role, string> = {
  client: '- - - - - - - -',
  naaste: '- - - - - - - -',
  vaktherapeut: 'R R W W R R - R',
  ergotherapeut: 'R R W W R R - R',
  regiebehandelaar: 'R W W W R R - R',
  activiteitenbegeleider: 'R R - - W W - -',
  trajectbegeleider: 'R R - - W W - -',
  werkbegeleider: '- - - - - - - -',
  zorgcoordinator: 'R W - - W R - -',
  planner: 'R W - - - - - W',
  beheerder: 'R W - - - - R W',
  privacyfunctionaris: '- - - - - - R -',
  financier: '- - - - - - - -',
  gemeente: '- - - - - - - -',
};

export const EXPECTED_ROLE_ONLY: Record<Role, string> = {
  client: '- - - - - - - -',
  naaste: '- - - - - - - -',
  vaktherapeut: '- - - - - - - -',
  ergotherapeut: '- - - - - - - -',
  regiebehandelaar: '- - - - - - - -',
  activiteitenbegeleider: '- - - - - - - -',
  trajectbegeleider: '- - - - - - - -',
  werkbegeleider: '- - - - - - - -',
  zorgcoordinator: 'R W - - - - - -',
  planner: 'R W - - - - - W',
  beheerder: 'R W - - - - R W',
  privacyfunctionaris: '- - - - - - R -',
  financier: '- - - - - - - -',
  gemeente: '- - - - - - - -',
};

/** The client themself, or their parent / legal representative. */
export const EXPECTED_OWN_RECORD = 'R W R W R W R R';

/** A consent for every category to read, plus one to edit the participation plan. */
export const EXPECTED_FULL_CONSENT = 'R R R R R W R R';

/** Organisation-wide permissions per role, by hand. */
export const EXPECTED_PERMISSION_HOLDERS: Record<string, Role[]> = {
  'clients.create': ['planner', 'beheerder'],
  'clients.directory': ['zorgcoordinator', 'planner', 'beheerder'],
  'care_team.manage': ['zorgcoordinator', 'planner', 'beheerder'],
  'users.read': [
    'vaktherapeut',
    'ergotherapeut',
    'regiebehandelaar',
    'activiteitenbegeleider',
    'trajectbegeleider',
    'zorgcoordinator',
    'planner',
    'beheerder',
  ],
  'audit.search': ['beheerder', 'privacyfunctionaris'],
  'break_glass.report': ['beheerder', 'privacyfunctionaris'],
  'consents.overview': ['privacyfunctionaris'],
  'break_glass.use': ['vaktherapeut', 'ergotherapeut', 'regiebehandelaar', 'zorgcoordinator'],
  'organisation.manage': ['beheerder'],
  'offers.manage': ['activiteitenbegeleider', 'trajectbegeleider', 'zorgcoordinator', 'planner', 'beheerder'],
  'unmet_needs.report': ['trajectbegeleider', 'zorgcoordinator', 'beheerder'],
  'declarations.manage': ['planner', 'beheerder'],
  'municipal_overview.read': ['gemeente'],
  'reports.export': ['zorgcoordinator', 'beheerder', 'financier'],
  'agenda.plan': ['zorgcoordinator', 'planner', 'beheerder'],
  'agenda.view': [
    'vaktherapeut',
    'ergotherapeut',
    'regiebehandelaar',
    'activiteitenbegeleider',
    'trajectbegeleider',
    'zorgcoordinator',
    'planner',
    'beheerder',
  ],
};

/** The stronger of two rows, per category (a user can hold access on two grounds at once). */
export function strongerRow(a: string, b: string): string {
  const rank = { '-': 0, R: 1, W: 2 } as const;
  const left = a.split(' ') as (keyof typeof rank)[];
  const right = b.split(' ') as (keyof typeof rank)[];
  return left.map((cell, i) => (rank[cell] >= rank[right[i] ?? '-'] ? cell : (right[i] ?? '-'))).join(' ');
}
