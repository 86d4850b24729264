import { describe, expect, it } from 'vitest';
import { isProblemCode, PROBLEMS } from '../errors/problem-codes.js';
import { DEFAULT_FINANCING_PARAMETERS, FINANCING_PARAMETERS_2026 } from './parameters-2026.js';
import {
  ergoCode,
  parametersInForce,
  parametersOn,
  validateFinancingParameters,
  type FinancingParameters,
} from './parameters.js';
import { IWMO_CHECKS, IWMO_RETURN_CODES } from './return-codes.js';

describe('financing parameters: yearly numbers are data with a validity period', () => {
  it('the 2026 set is valid and says where each group of values comes from', () => {
    expect(validateFinancingParameters(DEFAULT_FINANCING_PARAMETERS)).toEqual([]);
    for (const key of [
      'ergotherapie.rounding',
      'ergotherapie.basicCoverQuarters',
      'ergotherapie.tariffsCents',
      'eigenRisico.amountCents',
      'wlz.dagbestedingCode',
    ])
      expect(FINANCING_PARAMETERS_2026.sources[key]).toBeTruthy();
    expect(FINANCING_PARAMETERS_2026.sources['ergotherapie.rounding']).toContain('UNCONFIRMED');
  });
  it('the set valid on a date is found; a date without a set is refused with its code', () => {
    expect(parametersOn(DEFAULT_FINANCING_PARAMETERS, '2026-12-31')).toMatchObject({ ok: true, parameters: { id: 'nl-2026' } });
    expect(parametersOn(DEFAULT_FINANCING_PARAMETERS, '2027-01-01')).toEqual({
      ok: false,
      violation: { code: 'financing.parameters_missing', path: '/date', source: 'issue 12: yearly numbers are configuration' },
    });
  });
  it('bad values and overlapping periods are refused when loaded (parameters_invalid)', () => {
    const broken: FinancingParameters = {
      ...FINANCING_PARAMETERS_2026,
      validUntil: '2025-12-31',
      ergotherapie: {
        ...FINANCING_PARAMETERS_2026.ergotherapie,
        basicCoverQuarters: -1,
        tariffsCents: { ...FINANCING_PARAMETERS_2026.ergotherapie.tariffsCents, '5000': 16.68 },
      },
      eigenRisico: { amountCents: -5 },
    };
    const v = validateFinancingParameters([broken]);
    expect(v.every((x) => x.code === 'financing.parameters_invalid')).toBe(true);
    expect(v.map((x) => x.path)).toEqual([
      '/0/validUntil',
      '/0/ergotherapie/basicCoverQuarters',
      '/0/ergotherapie/tariffsCents/5000',
      '/0/eigenRisico/amountCents',
    ]);
    const overlapping = [
      FINANCING_PARAMETERS_2026,
      { ...FINANCING_PARAMETERS_2026, id: 'again', validFrom: '2026-07-01', validUntil: '2027-06-30' },
    ];
    expect(validateFinancingParameters(overlapping).map((x) => x.path)).toEqual(['/0/validFrom']);
  });
  it('a group session is coded by its size', () => {
    expect([2, 3, 4, 5, 10, 1, 11, null].map((n) => ergoCode(FINANCING_PARAMETERS_2026, 'groepszitting', n))).toEqual([
      '5012',
      '5013',
      '5014',
      '5015',
      '5015',
      null,
      null,
      null,
    ]);
    expect(ergoCode(FINANCING_PARAMETERS_2026, 'dte_screening', null)).toBe('5002');
  });
});

describe('the sets in force: the organisation’s own, defaults where it has none', () => {
  const own = (validFrom: string, validUntil: string): FinancingParameters => ({
    ...FINANCING_PARAMETERS_2026,
    id: `own-${validFrom}`,
    validFrom,
    validUntil,
  });
  it('next year’s own contract leaves this year’s defaults in force; an own set of a whole year replaces them', () => {
    expect(parametersInForce([own('2027-01-01', '2027-12-31')], DEFAULT_FINANCING_PARAMETERS).map((p) => p.id)).toEqual([
      'nl-2026',
      'own-2027-01-01',
    ]);
    expect(parametersInForce([own('2026-01-01', '2026-12-31')], DEFAULT_FINANCING_PARAMETERS).map((p) => p.id)).toEqual([
      'own-2026-01-01',
    ]);
    expect(parametersInForce([], DEFAULT_FINANCING_PARAMETERS)).toEqual([...DEFAULT_FINANCING_PARAMETERS]);
  });
  it('a contract for part of the year leaves the defaults in force for the days it does not cover', () => {
    const period = (p: FinancingParameters) => [p.id, p.validFrom, p.validUntil];
    // From 1 July: January to June keep the defaults, so a declaration for March still finds its numbers.
    const fromJuly = parametersInForce([own('2026-07-01', '2027-06-30')], DEFAULT_FINANCING_PARAMETERS);
    expect(fromJuly.map(period)).toEqual([
      ['nl-2026:2026-01-01', '2026-01-01', '2026-06-30'],
      ['own-2026-07-01', '2026-07-01', '2027-06-30'],
    ]);
    expect(parametersOn(fromJuly, '2026-03-15')).toMatchObject({ ok: true, parameters: { id: 'nl-2026:2026-01-01' } });
    // Two contracts with a gap: the defaults fill the gap and the ends, nothing else.
    const gaps = parametersInForce(
      [own('2026-03-01', '2026-04-30'), own('2026-09-01', '2026-09-30')],
      DEFAULT_FINANCING_PARAMETERS,
    );
    expect(gaps.map(period)).toEqual([
      ['nl-2026:2026-01-01', '2026-01-01', '2026-02-28'],
      ['own-2026-03-01', '2026-03-01', '2026-04-30'],
      ['nl-2026:2026-05-01', '2026-05-01', '2026-08-31'],
      ['own-2026-09-01', '2026-09-01', '2026-09-30'],
      ['nl-2026:2026-10-01', '2026-10-01', '2026-12-31'],
    ]);
    expect(validateFinancingParameters(gaps)).toEqual([]);
  });
  it('a negative Wlz tariff and a group code for fewer than two persons are refused with their path', () => {
    const bad: FinancingParameters = {
      ...FINANCING_PARAMETERS_2026,
      ergotherapie: { ...FINANCING_PARAMETERS_2026.ergotherapie, groupCodes: [{ size: 1, maxSize: 1, code: '5012' }] },
      wlz: { ...FINANCING_PARAMETERS_2026.wlz, dagbestedingTariffCents: -1 },
    };
    expect(validateFinancingParameters([bad]).map((v) => v.path)).toEqual([
      '/0/wlz/dagbestedingTariffCents',
      '/0/ergotherapie/groupCodes/0/maxSize',
    ]);
  });
});

describe('the receiver checks as data', () => {
  it('name real problem codes and real return codes', () => {
    for (const [id, def] of Object.entries(IWMO_CHECKS)) {
      expect(isProblemCode(def.problem), id).toBe(true);
      if (def.returnCode !== null) expect(IWMO_RETURN_CODES[def.returnCode], `${id} → ${def.returnCode}`).toBeDefined();
      expect(def.source.length).toBeGreaterThan(3);
    }
  });
  it('every financing problem code has Dutch and English text', () => {
    const financing = Object.entries(PROBLEMS).filter(([code]) => code.startsWith('financing.'));
    expect(financing.length).toBeGreaterThan(25);
    for (const [, d] of financing) expect(d.nl).not.toBe(d.en);
  });
});
