import { describe, expect, it } from 'vitest';
import { CARE_TEAM_ROLES, careTeamArrangerViolations } from './care-team-arranger.js';
import { ROLES, type Role } from './roles.js';

describe('who arranges a care team', () => {
  const codes = (roles: Role[], teamRoles: Role[] = []) => careTeamArrangerViolations({ roles, teamRoles }).map((v) => v.code);

  it('the organisation’s care-team managers, anywhere; the regiebehandelaar and zorgcoördinator on the team', () => {
    expect(ROLES.filter((role) => codes([role]).length === 0)).toEqual(['zorgcoordinator', 'planner', 'beheerder']);
    expect(codes(['regiebehandelaar'], ['regiebehandelaar'])).toEqual([]);
    expect(codes(['regiebehandelaar'])).toEqual(['care_team.arranger_not_allowed']);
  });

  it('never the client, a naaste or a therapist, on the team or not', () => {
    for (const role of ['client', 'naaste', 'vaktherapeut', 'activiteitenbegeleider', 'werkbegeleider'] as const)
      expect(codes([role], [role])).toEqual(['care_team.arranger_not_allowed']);
  });

  it('the roles on a care team are the professionals who treat, support or coordinate', () => {
    expect(CARE_TEAM_ROLES).not.toContain('werkbegeleider');
    expect(CARE_TEAM_ROLES).not.toContain('privacyfunctionaris');
    expect(CARE_TEAM_ROLES).toContain('vaktherapeut');
  });
});
