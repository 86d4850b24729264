import { recorderViolations, type Role } from '@meedoen/core';
import { describe, expect, it } from 'vitest';
import { DEMO_CARE_TEAMS, DEMO_CONSENTS, DEMO_REPRESENTATIVES } from './demo-organisation.js';

// The demo follows the rule it shows: consents and representations are recorded by someone on the client's care team
// who arranges the care network (WGBO BW 7:457), never by the beheerder.
function teamRoles(clientKey: string, userKey: string): Role[] {
  return DEMO_CARE_TEAMS.filter((m) => m.clientKey === clientKey && m.userKey === userKey).map((m) => m.role);
}

describe('the demo organisation', () => {
  it.each(DEMO_CONSENTS.map((c) => [c.key, c] as const))('consent %s is recorded by an allowed care-team member', (_, c) => {
    const recorder = {
      userId: c.recordedByKey,
      isSelf: false,
      isRepresentative: false,
      teamRoles: teamRoles(c.clientKey, c.recordedByKey),
    };
    expect(recorderViolations(recorder, 'consent')).toEqual([]);
  });

  it.each(DEMO_REPRESENTATIVES.map((r) => [r.userKey, r] as const))(
    'representative %s is recorded by an allowed care-team member',
    (_, r) => {
      const recorder = {
        userId: r.recordedByKey,
        isSelf: false,
        isRepresentative: false,
        teamRoles: teamRoles(r.clientKey, r.recordedByKey),
      };
      expect(recorderViolations(recorder, 'representation')).toEqual([]);
    },
  );

  it('would refuse the beheerder as recorder (the check can fail)', () => {
    const recorder = {
      userId: 'bram.willems',
      isSelf: false,
      isRepresentative: false,
      teamRoles: teamRoles('kevin', 'bram.willems'),
    };
    expect(recorderViolations(recorder, 'consent').map((v) => v.code)).toEqual(['consent.recorder_not_in_care_team']);
  });
});
