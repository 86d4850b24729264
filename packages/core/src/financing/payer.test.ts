import { describe, expect, it } from 'vitest';
import { derivePayer } from './derive-payer.js';
import { birthdayAt, type PayerInput } from './payer.js';
import { ctx, noEntitlements, person, wlz, wmoAllocation } from './testing/fixtures.js';
import type { Entitlements, FinancingPerson } from './types.js';

const withRegie = { basis: 'treatment_plan', referral: { source: 'regiebehandelaar', regiebehandelaarNamed: true } } as const;
const noRegie = { basis: 'referral', referral: { source: 'huisarts_poh', regiebehandelaarNamed: false } } as const;

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

// Born 2008-06-15: 18 on 2026-06-15.
const teen = person('2008-06-15');

describe('vaktherapie: the age boundary of the Jeugdwet (001 L2490-2492)', () => {
  it('the day before the 18th birthday: Jeugdwet, paid by the municipality', () => {
    const d = derivePayer(treatment('2026-06-14'), ctx(teen));
    expect(d).toMatchObject({
      frame: 'jeugdwet',
      payer: 'municipality',
      route: 'ijw',
      eigenRisico: false,
      changesOn: '2026-06-15',
    });
    expect(d.reasons[0]?.source).toBe('001 L2490-2492');
    expect(d.warnings.map((w) => w.code)).toEqual(['no_youth_decision']);
  });
  it('on the 18th birthday, under a regiebehandelaar: Zvw, with eigen risico', () => {
    const d = derivePayer(treatment('2026-06-15'), ctx(teen));
    expect(d).toMatchObject({ frame: 'zvw', payer: 'insurer', route: 'zpm_consult', eigenRisico: true, changesOn: null });
    expect(d.reasons[0]?.source).toBe('000 L323-338; 001 L2465-2471');
  });
  it('on the 18th birthday without a regiebehandelaar: outside the Zvw, the person pays', () => {
    expect(derivePayer(treatment('2026-06-15', { agreement: noRegie }), ctx(teen))).toMatchObject({
      frame: 'particulier',
      payer: 'client',
      route: 'client_invoice',
    });
  });
  it('a 14-year-old on a Zvw-style referral is still Jeugdwet', () => {
    expect(derivePayer(treatment('2026-03-01'), ctx(person('2012-01-20'))).frame).toBe('jeugdwet');
  });
  it('continued youth care keeps the Jeugdwet until 23', () => {
    const continued = person('2005-01-01', entitled({ jeugdwet: [{ from: '2022-01-01', until: null, continuedAfter18: true }] }));
    expect(derivePayer(treatment('2026-03-01'), ctx(continued))).toMatchObject({ frame: 'jeugdwet', warnings: [] });
    expect(derivePayer(treatment('2027-12-31'), ctx(continued)).frame).toBe('jeugdwet');
    expect(derivePayer(treatment('2028-01-01'), ctx(continued)).frame).toBe('zvw');
  });
  it('a supplementary policy that covers vaktherapie pays outside the Zvw', () => {
    const insured = person(
      '1990-01-01',
      entitled({
        insurance: [{ from: '2026-01-01', until: null, uzovi: '3311', insuredNumber: null, supplementaryPolicyId: 'extra-6' }],
      }),
    );
    expect(derivePayer(treatment('2026-03-01', { agreement: noRegie }), ctx(insured))).toMatchObject({
      frame: 'aanvullend',
      payer: 'insurer',
    });
    const basic = person(
      '1990-01-01',
      entitled({
        insurance: [
          { from: '2026-01-01', until: null, uzovi: '3311', insuredNumber: null, supplementaryPolicyId: 'extra-basis' },
        ],
      }),
    );
    expect(derivePayer(treatment('2026-03-01', { agreement: noRegie }), ctx(basic)).frame).toBe('particulier');
  });
});

describe('ergotherapie: Zvw at every age, eigen risico from 18 (004 L104-112; Zvw art. 19)', () => {
  const ergo = (date: string) => treatment(date, { discipline: 'ergotherapie', agreement: noRegie });
  it('a child: Zvw, no eigen risico', () => {
    expect(derivePayer(ergo('2026-03-01'), ctx(person('2017-04-04')))).toMatchObject({
      frame: 'zvw',
      route: 'pm304',
      eigenRisico: false,
    });
  });
  it('the day before the 18th birthday: no eigen risico; on the birthday: eigen risico', () => {
    expect(derivePayer(ergo('2026-06-14'), ctx(teen))).toMatchObject({ frame: 'zvw', eigenRisico: false });
    const on = derivePayer(ergo('2026-06-15'), ctx(teen));
    expect(on).toMatchObject({ frame: 'zvw', eigenRisico: true });
    expect(on.reasons.map((r) => r.code)).toContain('eigen_risico');
  });
  it('an 80-year-old: Zvw', () => {
    expect(derivePayer(ergo('2026-03-01'), ctx(person('1946-01-01'))).frame).toBe('zvw');
  });
  it('within a GGZ institution under a regiebehandelaar it is a ZPM consult, not first-line', () => {
    expect(derivePayer(treatment('2026-03-01', { discipline: 'ergotherapie' }), ctx(person('1980-01-01'), true)).route).toBe(
      'zpm_consult',
    );
  });
});

describe('the Wlz pays the treatment of a resident whose indication includes treatment', () => {
  const resident = (w = wlz()) => person('1950-01-01', { careSetting: 'verpleeghuis', ...entitled({ wlz: [w] }) });
  it('vaktherapie and ergotherapie alike', () => {
    expect(derivePayer(treatment('2026-03-01'), ctx(resident()))).toMatchObject({
      frame: 'wlz',
      payer: 'zorgkantoor',
      eigenRisico: false,
    });
    expect(derivePayer(treatment('2026-03-01', { discipline: 'ergotherapie' }), ctx(resident())).frame).toBe('wlz');
  });
  it('also for a child in Wlz care with treatment: the Wlz comes before the Jeugdwet', () => {
    expect(derivePayer(treatment('2026-03-01'), ctx(person('2015-01-01', entitled({ wlz: [wlz()] })))).frame).toBe('wlz');
  });
  it('not without treatment in the indication, nor when another institution provides the stay', () => {
    expect(derivePayer(treatment('2026-03-01'), ctx(resident(wlz({ withTreatment: false })))).frame).toBe('zvw');
    expect(derivePayer(treatment('2026-03-01'), ctx(resident(wlz({ stayByThisOrganisation: false })))).frame).toBe('zvw');
    expect(derivePayer(treatment('2026-03-01'), ctx(resident(wlz({ deliveryForm: 'vpt' })))).frame).toBe('zvw');
  });
  it('not after the indication ended', () => {
    expect(derivePayer(treatment('2026-03-01'), ctx(resident(wlz({ until: '2026-02-28' })))).frame).toBe('zvw');
  });
});

describe('day activities and support: each frame', () => {
  it('during an admission: part of the Zvw stay (000 L340-349; 003 L2600-2601)', () => {
    expect(derivePayer(day('2026-03-01'), ctx(person('1980-01-01', { careSetting: 'ggz_klinisch' })))).toMatchObject({
      frame: 'zvw',
      route: 'included_in_stay',
      eigenRisico: true,
    });
  });
  it('with a Wlz indication: Wlz, in the stay package or as a separate prestatie', () => {
    expect(derivePayer(day('2026-03-01'), ctx(person('1950-01-01', entitled({ wlz: [wlz()] }))))).toMatchObject({
      frame: 'wlz',
      route: 'included_in_stay',
    });
    const elsewhere = person('1950-01-01', entitled({ wlz: [wlz({ stayByThisOrganisation: false })] }));
    expect(derivePayer(day('2026-03-01'), ctx(elsewhere))).toMatchObject({ frame: 'wlz', route: 'wlz_prestatie' });
    const separatePackage = person('1950-01-01', entitled({ wlz: [wlz({ dagbestedingInStay: false })] }));
    expect(derivePayer(day('2026-03-01'), ctx(separatePackage))).toMatchObject({ frame: 'wlz', route: 'wlz_prestatie' });
  });
  it('with a Wlz indication individual support is Wlz: in the stay of this institution, or a separate prestatie at home (mpt)', () => {
    const resident = person('1950-01-01', entitled({ wlz: [wlz({ dagbestedingInStay: false })] }));
    const support = derivePayer(day('2026-03-01', { kind: 'begeleiding' }), ctx(resident));
    expect(support).toMatchObject({ frame: 'wlz', route: 'included_in_stay' });
    expect(support.reasons.map((r) => r.code)).toEqual(['wlz_begeleiding', 'wlz_in_stay_package']);
    const atHome = person('1950-01-01', entitled({ wlz: [wlz({ deliveryForm: 'mpt', stayByThisOrganisation: false })] }));
    expect(derivePayer(day('2026-03-01', { kind: 'begeleiding' }), ctx(atHome))).toMatchObject({
      frame: 'wlz',
      route: 'wlz_prestatie',
    });
  });
  it('the day before the 18th birthday: Jeugdwet; on the birthday, with a Wmo allocation: Wmo', () => {
    const withAllocation = person('2008-06-15', entitled({ wmo: [wmoAllocation()] }));
    expect(derivePayer(day('2026-06-14'), ctx(withAllocation)).frame).toBe('jeugdwet');
    expect(derivePayer(day('2026-06-15'), ctx(withAllocation))).toMatchObject({
      frame: 'wmo',
      route: 'iwmo_323',
      payer: 'municipality',
    });
  });
  it('a Wmo allocation counts only for its category (07 dagbesteding, 02 begeleiding) and its period', () => {
    const only02 = person('1980-01-01', entitled({ wmo: [wmoAllocation({ productCategory: '02' })] }));
    expect(derivePayer(day('2026-03-01'), ctx(only02)).frame).toBe('particulier');
    expect(derivePayer(day('2026-03-01', { kind: 'begeleiding' }), ctx(only02)).frame).toBe('wmo');
    const ended = person('1980-01-01', entitled({ wmo: [wmoAllocation({ until: '2026-02-28' })] }));
    expect(derivePayer(day('2026-02-28'), ctx(ended)).frame).toBe('wmo');
    expect(derivePayer(day('2026-03-01'), ctx(ended)).frame).toBe('particulier');
  });
  it('sheltered work: Participatiewet (003 L289-291)', () => {
    const p = person('1990-01-01', entitled({ participatiewet: [{ from: '2025-01-01', until: null, kind: 'beschut_werk' }] }));
    expect(derivePayer(day('2026-03-01', { offer: { form: 'beschut_werk', provision: 'maatwerk' } }), ctx(p))).toMatchObject({
      frame: 'participatiewet',
      payer: 'municipality',
    });
  });
  it('a general provision: Wmo by subsidy; ordinary society: nobody pays; nothing: the person', () => {
    const p = person('1990-01-01');
    expect(
      derivePayer(day('2026-03-01', { offer: { form: 'inloop_ontmoeting', provision: 'algemene_voorziening' } }), ctx(p)),
    ).toMatchObject({
      frame: 'wmo',
      route: 'subsidy',
    });
    expect(
      derivePayer(day('2026-03-01', { offer: { form: 'vrijwilligerswerk', provision: 'gewone_samenleving' } }), ctx(p)),
    ).toMatchObject({
      frame: 'geen',
      payer: 'none',
    });
    const none = derivePayer(day('2026-03-01'), ctx(p));
    expect(none).toMatchObject({ frame: 'particulier', payer: 'client' });
    expect(none.warnings.map((w) => w.code)).toEqual(['no_entitlement_warning']);
  });
});

describe('birthdayAt', () => {
  it('gives the birthday, and 1 March for a 29 February birthday in a common year', () => {
    expect(birthdayAt('2008-06-15', 18)).toBe('2026-06-15');
    expect(birthdayAt('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayAt('2008-02-29', 16)).toBe('2024-02-29');
  });
});
