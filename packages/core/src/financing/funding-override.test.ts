import { describe, expect, it } from 'vitest';
import { allowedAlternatives, checkFundingOverride } from './funding-override.js';
import { derivePayer } from './derive-payer.js';
import type { PayerInput } from './payer.js';
import { ctx, noEntitlements, person, wlz, wmoAllocation } from './testing/fixtures.js';
import { FUNDING_FRAMES, type Entitlements, type FinancingPerson } from './types.js';

const withRegie = { basis: 'treatment_plan', referral: { source: 'regiebehandelaar', regiebehandelaarNamed: true } } as const;
const treatment = (date: string, overrides: Partial<PayerInput> = {}): PayerInput => ({
  kind: 'behandeling',
  discipline: 'muziektherapie',
  date,
  setting: 'praktijk',
  agreement: withRegie,
  offer: null,
  ...overrides,
});
const day = (date: string, overrides: Partial<PayerInput> = {}): PayerInput => ({
  kind: 'daginvulling',
  discipline: null,
  date,
  setting: 'activiteitencentrum',
  agreement: { basis: 'offer', referral: null },
  offer: { form: 'belevingsgerichte_dagbesteding', provision: 'maatwerk' },
  ...overrides,
});
const entitled = (e: Partial<Entitlements>): Partial<FinancingPerson> => ({ entitlements: { ...noEntitlements(), ...e } });
const codesOf = (v: { code: string }[]) => v.map((x) => x.code);
const REASON = 'De ouders kiezen dit bewust.';

describe('overriding the derived funding', () => {
  it("the reported defect: a 14-year-old's vaktherapie accepted as Zvw is refused (payer_not_allowed_for_age)", () => {
    const v = checkFundingOverride(treatment('2026-03-01'), ctx(person('2012-01-20')), 'zvw', REASON);
    expect(v).toEqual([{ code: 'financing.payer_not_allowed_for_age', path: '/funding', source: '001 L2490-2492' }]);
  });
  it('the day before the 18th birthday Zvw is refused; on the birthday it is the derived frame', () => {
    const teen = person('2008-06-15');
    expect(codesOf(checkFundingOverride(treatment('2026-06-14'), ctx(teen), 'zvw', REASON))).toEqual([
      'financing.payer_not_allowed_for_age',
    ]);
    expect(checkFundingOverride(treatment('2026-06-15'), ctx(teen), 'zvw', null)).toEqual([]);
  });
  it('any other choice needs a reason, at the reason field', () => {
    const v = checkFundingOverride(treatment('2026-03-01'), ctx(person('2012-01-20')), 'particulier', '  ');
    expect(v).toEqual([expect.objectContaining({ code: 'financing.override_reason_required', path: '/fundingReason' })]);
    expect(checkFundingOverride(treatment('2026-03-01'), ctx(person('2012-01-20')), 'particulier', REASON)).toEqual([]);
  });
  it('the Jeugdwet after 18 is refused, unless youth care was continued', () => {
    expect(codesOf(checkFundingOverride(treatment('2026-03-01'), ctx(person('2000-01-01')), 'jeugdwet', REASON))).toEqual([
      'financing.payer_not_allowed_for_age',
    ]);
    const continued = person('2007-01-01', entitled({ jeugdwet: [{ from: '2024-01-01', until: null, continuedAfter18: true }] }));
    // derived is already Jeugdwet for continued youth care; choosing it is no override
    expect(checkFundingOverride(treatment('2026-03-01'), ctx(continued), 'jeugdwet', null)).toEqual([]);
  });
  it('ergotherapie under the Jeugdwet is refused (frame_not_allowed_for_discipline)', () => {
    const v = checkFundingOverride(
      treatment('2026-03-01', { discipline: 'ergotherapie' }),
      ctx(person('2015-01-01')),
      'jeugdwet',
      REASON,
    );
    expect(codesOf(v)).toEqual(['financing.frame_not_allowed_for_discipline']);
  });
  it('treatment under the Wmo or the Participatiewet is refused (frame_not_allowed_for_kind)', () => {
    for (const frame of ['wmo', 'participatiewet', 'geen'] as const)
      expect(codesOf(checkFundingOverride(treatment('2026-03-01'), ctx(person('1980-01-01')), frame, REASON))).toEqual([
        'financing.frame_not_allowed_for_kind',
      ]);
  });
  it('a resident treated by the institution he lives in cannot be moved to the Zvw (wlz_precedes)', () => {
    const resident = person('1950-01-01', entitled({ wlz: [wlz()] }));
    expect(codesOf(checkFundingOverride(treatment('2026-03-01'), ctx(resident), 'zvw', REASON))).toEqual([
      'financing.wlz_precedes',
    ]);
    expect(codesOf(checkFundingOverride(treatment('2026-03-01'), ctx(resident), 'aanvullend', REASON))).toEqual([
      'financing.wlz_precedes',
    ]);
  });
  it('the Wlz without an indication that includes treatment by this institution is refused (entitlement_missing)', () => {
    expect(codesOf(checkFundingOverride(treatment('2026-03-01'), ctx(person('1950-01-01')), 'wlz', REASON))).toEqual([
      'financing.entitlement_missing',
    ]);
  });
  it("the Zvw for an adult's vaktherapie without a regiebehandelaar is refused with the treatment rule", () => {
    const noRegie = { basis: 'referral', referral: { source: 'huisarts_poh', regiebehandelaarNamed: false } } as const;
    const v = checkFundingOverride(treatment('2026-03-01', { agreement: noRegie }), ctx(person('1980-01-01')), 'zvw', REASON);
    expect(v).toEqual([{ code: 'treatment.regiebehandelaar_required', path: '/regiebehandelaarId', source: '001 L2465-2471' }]);
  });
  it('a supplementary policy is a choice only when the person has one that covers it', () => {
    const noRegie = { basis: 'referral', referral: { source: 'huisarts_poh', regiebehandelaarNamed: false } } as const;
    const uninsured = person('1980-01-01');
    expect(codesOf(checkFundingOverride(treatment('2026-03-01'), ctx(uninsured), 'aanvullend', REASON))).toEqual([
      'financing.entitlement_missing',
    ]);
    const insured = person(
      '1980-01-01',
      entitled({
        insurance: [{ from: '2026-01-01', until: null, uzovi: '3311', insuredNumber: null, supplementaryPolicyId: 'extra-6' }],
      }),
    );
    expect(checkFundingOverride(treatment('2026-03-01'), ctx(insured), 'aanvullend', REASON)).toEqual([]);
    expect(
      checkFundingOverride(
        treatment('2026-03-01', { agreement: noRegie, discipline: 'ergotherapie' }),
        ctx(insured),
        'aanvullend',
        REASON,
      ),
    ).toEqual([]);
  });
});

describe('overriding the funding of day activities', () => {
  it('the Zvw outside an admission is refused', () => {
    expect(codesOf(checkFundingOverride(day('2026-03-01'), ctx(person('1980-01-01')), 'zvw', REASON))).toEqual([
      'financing.frame_not_allowed_for_kind',
    ]);
  });
  it('the Wmo for someone with a Wlz indication is refused (wlz_precedes)', () => {
    const p = person('1950-01-01', entitled({ wlz: [wlz()], wmo: [wmoAllocation()] }));
    expect(codesOf(checkFundingOverride(day('2026-03-01'), ctx(p), 'wmo', REASON))).toEqual(['financing.wlz_precedes']);
  });
  it('the Wmo under 18 is refused; the Jeugdwet at 18 is refused', () => {
    const teen = person('2008-06-15', entitled({ wmo: [wmoAllocation()] }));
    expect(codesOf(checkFundingOverride(day('2026-06-14'), ctx(teen), 'wmo', REASON))).toEqual([
      'financing.payer_not_allowed_for_age',
    ]);
    expect(codesOf(checkFundingOverride(day('2026-06-15'), ctx(teen), 'jeugdwet', REASON))).toEqual([
      'financing.payer_not_allowed_for_age',
    ]);
  });
  it('the Wmo or the Participatiewet without allocation or arrangement is refused (entitlement_missing)', () => {
    expect(codesOf(checkFundingOverride(day('2026-03-01'), ctx(person('1980-01-01')), 'wmo', REASON))).toEqual([
      'financing.entitlement_missing',
    ]);
    expect(codesOf(checkFundingOverride(day('2026-03-01'), ctx(person('1980-01-01')), 'participatiewet', REASON))).toEqual([
      'financing.entitlement_missing',
    ]);
  });
});

describe('the alternatives shown are exactly the choices the check allows', () => {
  const people = [
    person('2012-01-20'),
    person('2008-06-15'),
    person('1980-01-01'),
    person('1950-01-01', entitled({ wlz: [wlz()] })),
    person(
      '1980-01-01',
      entitled({ wmo: [wmoAllocation()], participatiewet: [{ from: '2025-01-01', until: null, kind: 'beschut_werk' }] }),
    ),
    person('1980-01-01', { careSetting: 'ggz_klinisch' }),
  ];
  const inputs = [
    treatment('2026-06-15'),
    treatment('2026-06-15', { discipline: 'ergotherapie' }),
    day('2026-06-15'),
    day('2026-06-15', { kind: 'begeleiding' }),
  ];
  it('for every person, service and frame', () => {
    for (const p of people)
      for (const input of inputs) {
        const alternatives = allowedAlternatives(input, ctx(p));
        const derived = derivePayer(input, ctx(p)).frame;
        expect(alternatives).not.toContain(derived);
        for (const frame of FUNDING_FRAMES) {
          const violations = checkFundingOverride(input, ctx(p), frame, REASON);
          if (frame === derived || alternatives.includes(frame)) expect(violations).toEqual([]);
          else expect(violations.length).toBeGreaterThan(0);
        }
        // 001 L2500-2502: paying oneself is always possible
        if (derived !== 'particulier') expect(alternatives).toContain('particulier');
      }
  });
});
