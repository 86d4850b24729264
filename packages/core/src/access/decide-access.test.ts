import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES, type DataCategory } from './data-categories.js';
import { clientAbilities, decideClientAccess, decideClientRequest, DENIAL_PROBLEMS, type AccessFacts } from './decide-access.js';
import { ROLES } from './roles.js';
import {
  CATEGORY_ORDER as ORDER,
  EXPECTED_ON_CARE_TEAM as ON_CARE_TEAM,
  EXPECTED_OWN_RECORD,
  EXPECTED_ROLE_ONLY as ROLE_ONLY,
  EXPECTED_PERMISSION_HOLDERS,
} from './testing/expected-access.js';
import { hasOrgPermission, ORG_PERMISSIONS } from './permissions.js';

const NONE: AccessFacts = { roles: [], teamRoles: [], isSelf: false, isRepresentative: false, consents: [], breakGlass: false };

function rowOf(facts: AccessFacts): string {
  return DATA_CATEGORIES.map((category) => {
    if (decideClientAccess(facts, category, 'write').allowed) return 'W';
    return decideClientAccess(facts, category, 'read').allowed ? 'R' : '-';
  }).join(' ');
}

describe('the permission table, as a matrix of role × relationship × category', () => {
  it('lists categories in the order the expected rows use', () => {
    expect(DATA_CATEGORIES.join(' ')).toBe(ORDER);
  });

  it.each(ROLES)('%s on the care team', (role) => {
    expect(rowOf({ ...NONE, roles: [role], teamRoles: [role] })).toBe(ON_CARE_TEAM[role]);
  });

  it.each(ROLES)('%s with the role alone (no care relationship, no consent)', (role) => {
    expect(rowOf({ ...NONE, roles: [role] })).toBe(ROLE_ONLY[role]);
  });

  it.each(ORG_PERMISSIONS)('organisation permission %s is held by exactly the expected roles', (permission) => {
    expect(ROLES.filter((role) => hasOrgPermission([role], permission))).toEqual(EXPECTED_PERMISSION_HOLDERS[permission]);
  });

  it('a vaktherapeut outside the team is denied treatment data as "no relationship"', () => {
    expect(decideClientAccess({ ...NONE, roles: ['vaktherapeut'] }, 'treatment', 'read')).toEqual({
      allowed: false,
      reason: 'no_relationship',
    });
  });

  it('the client reads everything of their own and edits their plan and consents', () => {
    expect(rowOf({ ...NONE, roles: ['client'], isSelf: true })).toBe(EXPECTED_OWN_RECORD);
    expect(decideClientAccess({ ...NONE, roles: ['client'], isSelf: true }, 'treatment', 'read')).toMatchObject({
      basis: 'self',
    });
  });

  it('a parent or legal representative acts as the client', () => {
    expect(rowOf({ ...NONE, roles: ['naaste'], isRepresentative: true })).toBe(EXPECTED_OWN_RECORD);
  });

  it('consent opens exactly the granted categories at the granted level', () => {
    const disclosed: AccessFacts = {
      ...NONE,
      roles: ['werkbegeleider'],
      consents: [{ category: 'participation_plan', level: 'read' }],
    };
    expect(rowOf(disclosed)).toBe('- - - - - R - -');
    const editing: AccessFacts = {
      ...NONE,
      roles: ['trajectbegeleider'],
      consents: [{ category: 'participation_plan', level: 'write' }],
    };
    expect(rowOf(editing)).toBe('- - - - - W - -');
    expect(decideClientAccess(disclosed, 'participation_plan', 'read')).toMatchObject({ basis: 'consent' });
  });

  it('a day-activity professional on the team sees health data only with consent (DOMAIN.md §7)', () => {
    const ab: AccessFacts = { ...NONE, roles: ['activiteitenbegeleider'], teamRoles: ['activiteitenbegeleider'] };
    expect(decideClientAccess(ab, 'treatment', 'read').allowed).toBe(false);
    expect(decideClientAccess({ ...ab, consents: [{ category: 'treatment', level: 'read' }] }, 'treatment', 'read').allowed).toBe(
      true,
    );
  });

  it('break-glass opens the role’s categories for reading only, flagged', () => {
    const emergency: AccessFacts = { ...NONE, roles: ['vaktherapeut'], breakGlass: true };
    expect(rowOf(emergency)).toBe('R R R R R R - R');
    expect(decideClientAccess(emergency, 'treatment', 'read')).toEqual({ allowed: true, basis: 'break_glass', breakGlass: true });
    expect(decideClientAccess(emergency, 'treatment', 'write').allowed).toBe(false);
  });

  it('care team beats break-glass, so a team member’s reads are not flagged as emergencies', () => {
    const facts: AccessFacts = { ...NONE, roles: ['vaktherapeut'], teamRoles: ['vaktherapeut'], breakGlass: true };
    expect(decideClientAccess(facts, 'treatment', 'read')).toMatchObject({ basis: 'care_team', breakGlass: false });
  });
});

describe('abilities', () => {
  it('tell the UI per category what the caller may do, and whether break-glass is on offer', () => {
    const outsider = clientAbilities({ ...NONE, roles: ['vaktherapeut'] });
    expect(outsider.treatment).toEqual({ read: false, write: false });
    expect(outsider.breakGlass).toBe(true);
    const member = clientAbilities({ ...NONE, roles: ['vaktherapeut'], teamRoles: ['vaktherapeut'] });
    expect(member.treatment).toEqual({ read: true, write: true });
    expect(member.breakGlass).toBe(false);
    const supervisor = clientAbilities({ ...NONE, roles: ['activiteitenbegeleider'] });
    expect(supervisor.breakGlass).toBe(false);
    // A care coordinator outside the team is offered it (it would open the care network and the day); on the team
    // she is not: emergency access would open nothing she cannot already read.
    const coordinator = clientAbilities({ ...NONE, roles: ['zorgcoordinator'] });
    expect(coordinator.breakGlass).toBe(true);
    const onTeam = clientAbilities({ ...NONE, roles: ['zorgcoordinator'], teamRoles: ['zorgcoordinator'] });
    expect(onTeam.treatment.read).toBe(false);
    expect(onTeam.breakGlass).toBe(false);
    const categories: DataCategory[] = [...DATA_CATEGORIES];
    expect(Object.keys(member).sort()).toEqual([...categories, 'arrangeCareTeam', 'breakGlass'].sort());
    // Arranging the care team: a care-team manager or the regiebehandelaar on the team; not a therapist, not the client.
    expect(member.arrangeCareTeam).toBe(false);
    expect(coordinator.arrangeCareTeam).toBe(true);
    expect(clientAbilities({ ...NONE, roles: ['regiebehandelaar'], teamRoles: ['regiebehandelaar'] }).arrangeCareTeam).toBe(true);
    expect(clientAbilities({ ...NONE, roles: ['client'], isSelf: true }).arrangeCareTeam).toBe(false);
  });
});

describe('break-glass is read-only, for every request that changes data', () => {
  const emergency: AccessFacts = { ...NONE, roles: ['vaktherapeut'], breakGlass: true };

  it('reads pass, flagged as break-glass', () => {
    expect(decideClientRequest(emergency, 'participation_plan', 'read', false)).toEqual({
      allowed: true,
      basis: 'break_glass',
      breakGlass: true,
    });
  });

  it('a write through a category one may only read (a comment) is refused as break-glass read-only', () => {
    expect(decideClientRequest(emergency, 'participation_plan', 'read', true)).toEqual({
      allowed: false,
      reason: 'break_glass_read_only',
    });
  });

  it('a write to a category the role could write on the team is refused with the same reason', () => {
    expect(decideClientRequest(emergency, 'treatment', 'write', true)).toEqual({
      allowed: false,
      reason: 'break_glass_read_only',
    });
  });

  it('a write on one’s own ground (the care team) is not affected by an open break-glass', () => {
    const member: AccessFacts = { ...emergency, teamRoles: ['vaktherapeut'] };
    expect(decideClientRequest(member, 'treatment', 'write', true)).toMatchObject({ allowed: true, basis: 'care_team' });
  });

  it('each denial reason has its own problem code', () => {
    expect(DENIAL_PROBLEMS).toEqual({
      no_relationship: 'access.forbidden',
      not_permitted: 'access.forbidden',
      break_glass_read_only: 'access.break_glass_read_only',
      not_disclosed: 'access.not_disclosed',
    });
  });
});
