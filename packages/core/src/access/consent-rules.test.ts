import { describe, expect, it } from 'vitest';
import { CONSENT_GRANTEE_ROLES, validateConsentGrant, type ConsentGrantDraft } from './consent-rules.js';

const VALID: ConsentGrantDraft = {
  granteeRoles: ['werkbegeleider'],
  categories: ['participation_plan'],
  level: 'read',
  validFrom: '2026-11-01',
  validUntil: '2027-05-01',
  givenBy: 'client',
  naasteBasis: null,
};
const ADULT = { birthDate: '2003-01-17' };
const CHILD = { birthDate: '2017-04-09' };
const TODAY = '2026-11-22';

describe('consent grant rules', () => {
  it('accepts a valid grant', () => {
    expect(validateConsentGrant(VALID, ADULT, TODAY)).toEqual([]);
  });

  it('follows the WGBO ages: under 12 the representative, 12-15 both, 16+ the client alone (BW 7:450, 7:465)', () => {
    const code = (draft: Partial<ConsentGrantDraft>, birthDate: string) =>
      validateConsentGrant({ ...VALID, ...draft }, { birthDate }, TODAY).map((v) => v.code);
    expect(validateConsentGrant(VALID, CHILD, TODAY)).toEqual([
      { code: 'consent.representative_decides_under_twelve', path: '/givenBy', source: 'BW 7:450, 7:465' },
    ]);
    expect(code({ givenBy: 'ouder' }, CHILD.birthDate)).toEqual([]);
    // 12 up to 16: both, in either order; one alone is refused.
    expect(code({ givenBy: 'client' }, '2012-06-01')).toEqual(['consent.both_decide_twelve_to_fifteen']);
    expect(code({ givenBy: 'ouder' }, '2012-06-01')).toEqual(['consent.both_decide_twelve_to_fifteen']);
    expect(code({ givenBy: 'client', alsoGivenBy: 'ouder' }, '2012-06-01')).toEqual([]);
    expect(code({ givenBy: 'wettelijk_vertegenwoordiger', alsoGivenBy: 'client' }, '2012-06-01')).toEqual([]);
    // The day of the 16th birthday the client decides; a parent no longer decides for them.
    expect(code({}, '2010-11-22')).toEqual([]);
    expect(code({}, '2010-11-23')).toEqual(['consent.both_decide_twelve_to_fifteen']);
    expect(code({ givenBy: 'ouder' }, ADULT.birthDate)).toEqual(['consent.client_decides_from_sixteen']);
    // A curator or mentor still acts for an adult who cannot decide (BW 7:465).
    expect(code({ givenBy: 'wettelijk_vertegenwoordiger' }, ADULT.birthDate)).toEqual([]);
  });

  it('a naaste needs a recorded basis (001 L838-840)', () => {
    const toNaaste = { ...VALID, granteeRoles: ['naaste'] as const };
    expect(validateConsentGrant(toNaaste, ADULT, TODAY).map((v) => v.code)).toEqual(['consent.naaste_basis_required']);
    expect(validateConsentGrant({ ...toNaaste, naasteBasis: 'verzoek_client' }, ADULT, TODAY)).toEqual([]);
  });

  it('consent opens editing of the participation plan only', () => {
    expect(validateConsentGrant({ ...VALID, level: 'write' }, ADULT, TODAY)).toEqual([]);
    expect(
      validateConsentGrant({ ...VALID, level: 'write', categories: ['treatment'] }, ADULT, TODAY).map((v) => v.code),
    ).toEqual(['consent.write_not_grantable']);
  });

  it('refuses a period that ends before it starts', () => {
    expect(validateConsentGrant({ ...VALID, validUntil: '2026-10-01' }, ADULT, TODAY).map((v) => v.code)).toEqual([
      'consent.period_invalid',
    ]);
  });
});

describe('who can be given consent', () => {
  it('the people who work with the client and naasten, never the administrative roles', () => {
    expect(CONSENT_GRANTEE_ROLES).toEqual(
      expect.arrayContaining(['vaktherapeut', 'activiteitenbegeleider', 'werkbegeleider', 'zorgcoordinator', 'naaste']),
    );
    for (const role of ['planner', 'beheerder', 'privacyfunctionaris', 'client', 'financier', 'gemeente'] as const)
      expect(CONSENT_GRANTEE_ROLES).not.toContain(role);
  });
});
