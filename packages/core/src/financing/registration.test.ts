import { describe, expect, it } from 'vitest';
import { runSteps, PMT_REFERRAL } from '../treatment/testing/trajectory-fixtures.js';
import { checkOptionalAgb, checkRegistration, type ProfessionalRegistration } from './registration.js';

const valid: ProfessionalRegistration = {
  agbCode: '26001234',
  register: 'kwaliteitsregister_paramedici',
  registrationNumber: 'KP-42',
  profession: 'ergotherapeut',
};
const codesOf = (r: Partial<ProfessionalRegistration>) => checkRegistration({ ...valid, ...r }).map((v) => `${v.code} ${v.path}`);

describe('a professional’s AGB code and registration (issue 12)', () => {
  it('accepts a complete registration and an empty one (a volunteer has none)', () => {
    expect(codesOf({})).toEqual([]);
    expect(codesOf({ agbCode: null, register: null, registrationNumber: null, profession: null })).toEqual([]);
  });

  it('an AGB code has eight digits', () => {
    for (const agbCode of ['2600123', '260012345', '2600123a', ' 26001234'])
      expect(codesOf({ agbCode })).toEqual(['registration.agb_invalid /agbCode']);
    expect(checkOptionalAgb('1234', '/referrerAgb')).toEqual([expect.objectContaining({ path: '/referrerAgb' })]);
    expect(checkOptionalAgb(null, '/referrerAgb')).toEqual([]);
  });

  it('a register goes with a number, and a BIG number has eleven digits', () => {
    expect(codesOf({ registrationNumber: null })).toEqual(['registration.incomplete /registrationNumber']);
    expect(codesOf({ registrationNumber: '  ' })).toEqual(['registration.incomplete /registrationNumber']);
    expect(codesOf({ register: null })).toEqual(['registration.incomplete /register']);
    expect(codesOf({ register: 'big', registrationNumber: '1234567890' })).toEqual([
      'registration.number_invalid /registrationNumber',
    ]);
    expect(codesOf({ register: 'big', registrationNumber: '12345678901' })).toEqual([]);
  });
});

describe('the referrer’s AGB code on a referral', () => {
  const codes = (events: ReturnType<typeof runSteps>) => events.violations.map((v) => `${v.code} ${v.path}`);
  it('is optional, eight digits when given, and absent under direct access', () => {
    expect(codes(runSteps([{ type: 'referred', referral: { ...PMT_REFERRAL, referrerAgb: '01012345' } }]))).toEqual([]);
    expect(codes(runSteps([{ type: 'referred', referral: { ...PMT_REFERRAL, referrerAgb: '0101234' } }]))).toEqual([
      'registration.agb_invalid /referrerAgb',
    ]);
    const dte = {
      ...PMT_REFERRAL,
      discipline: 'ergotherapie' as const,
      source: 'zelf_dte' as const,
      requestType: 'dte_screening' as const,
      funding: 'zvw' as const,
      regiebehandelaarId: null,
    };
    expect(codes(runSteps([{ type: 'referred', referral: { ...dte, referrerAgb: '01012345' } }]))).toEqual([
      'treatment.referrer_agb_without_referral /referrerAgb',
    ]);
    expect(codes(runSteps([{ type: 'referred', referral: { ...dte, referrerAgb: null } }]))).toEqual([]);
  });
});
