import { describe, expect, it } from 'vitest';
import type { FinancingLine } from './double-funding.js';
import { checkIwmoDeclaration, type IwmoCheckContext, type SentWmoLine } from './iwmo-checks.js';
import { declarationTotal, type Wmo323Declaration, type Wmo323Line } from './iwmo-declaration.js';
import { findingsAsViolations } from './receiver-checks.js';
import { wmoAllocation } from './testing/fixtures.js';

const BSN = '111222333';
const allocation = { ...wmoAllocation(), bsn: BSN };
const line = (overrides: Partial<Wmo323Line> = {}): Wmo323Line => ({
  reference: 'R-2026-03-1',
  previousReference: null,
  personId: 'kevin',
  bsn: BSN,
  allocationNumber: 'TW-1001',
  productCategory: '07',
  productCode: '07A08',
  period: { start: '2026-03-01', end: '2026-03-31' },
  volume: 14,
  unit: '16',
  tariffCents: 4500,
  amountCents: 14 * 4500,
  direction: 'D',
  ...overrides,
});
const declaration = (lines: Wmo323Line[] = [line()], overrides: Partial<Wmo323Declaration> = {}): Wmo323Declaration => ({
  municipalityCode: '0193',
  declarationNumber: 'D202603',
  period: { start: '2026-03-01', end: '2026-03-31' },
  date: '2026-04-02',
  lines,
  ...declarationTotal(lines),
  ...overrides,
});
const context = (overrides: Partial<IwmoCheckContext> = {}): IwmoCheckContext => ({
  senderAgb: '12345678',
  allocations: [allocation],
  history: [],
  usedDeclarationNumbers: [],
  ...overrides,
});
const sent = (l: Wmo323Line, status: SentWmoLine['status'] = 'accepted'): SentWmoLine => ({ ...l, status });
const found = (d: Wmo323Declaration, c = context()) => checkIwmoDeclaration(d, c).findings.map((f) => [f.check, f.returnCode]);

describe("before sending a 323: the municipality's checks, with its return codes", () => {
  it('a correct declaration passes and is not blocked', () => {
    expect(checkIwmoDeclaration(declaration(), context())).toEqual({ findings: [], blocked: false });
  });
  it('a period that has not ended (TR137: 0001)', () => {
    const r = checkIwmoDeclaration(declaration(undefined, { date: '2026-03-31' }), context());
    expect(r.blocked).toBe(true);
    expect(r.findings).toEqual([
      expect.objectContaining({
        check: 'period_not_closed',
        problem: 'financing.period_not_closed',
        returnCode: '0001',
        level: 'message',
      }),
    ]);
  });
  it('a BSN that fails the eleven test; a missing AGB code — likely 0001, marked unconfirmed', () => {
    const r = checkIwmoDeclaration(
      declaration([line({ bsn: '123456789' })]),
      context({ senderAgb: null, allocations: [{ ...allocation, bsn: '123456789' }] }),
    );
    expect(r.findings.map((f) => [f.check, f.problem, f.returnCode, f.confirmed])).toEqual([
      ['agb_missing', 'financing.agb_missing', '0001', false],
      ['bsn_invalid', 'financing.bsn_invalid', '0001', false],
    ]);
  });
  it('a deployment can set the return code it learned from the receiver', () => {
    const r = checkIwmoDeclaration(declaration(), context({ senderAgb: '123', codes: { agb_missing: '9999' } }));
    expect(r.findings).toEqual([expect.objectContaining({ check: 'agb_missing', returnCode: '9999', confirmed: true })]);
  });
  it('a declaration number used before (9333), a total that is not the sum (TR358: 0001)', () => {
    expect(found(declaration(undefined, { totalCents: 1 }), context({ usedDeclarationNumbers: ['D202603'] }))).toEqual([
      ['declaration_number_not_unique', '9333'],
      ['total_mismatch', '0001'],
    ]);
  });
});

describe('each line against its allocation', () => {
  it("no allocation (9338); another client's allocation (8187)", () => {
    expect(found(declaration([line({ allocationNumber: 'TW-9' })]))).toEqual([['allocation_missing', '9338']]);
    expect(found(declaration([line()]), context({ allocations: [{ ...allocation, bsn: '999900006' }] }))).toEqual([
      ['not_this_client', '8187'],
    ]);
  });
  it('category (9339), product code (9340) and unit (9341) must match; hours may be declared in minutes', () => {
    expect(found(declaration([line({ productCategory: '02' })]))).toEqual([['category_mismatch', '9339']]);
    expect(found(declaration([line({ productCode: '07A01' })]))).toEqual([['code_mismatch', '9340']]);
    expect(found(declaration([line({ unit: '04' })]))).toEqual([['unit_mismatch', '9341']]);
    const hours = { ...allocation, unit: '04', tariffCents: 6000, volume: 10 };
    const inMinutes = line({ unit: '01', volume: 90, tariffCents: 6000, amountCents: 9000 });
    expect(found(declaration([inMinutes]), context({ allocations: [hours] }))).toEqual([]);
  });
  it('the product period inside the allocation (9307, 9308), inside one month of the declaration (9319), from the first to the last day (9387, 9388)', () => {
    const fromTenth = { ...allocation, from: '2026-03-10', until: '2026-03-20' };
    const four = { volume: 4, amountCents: 4 * 4500 };
    expect(found(declaration([line(four)]), context({ allocations: [fromTenth] }))).toEqual([
      ['begin_before_allocation', '9307'],
      ['end_after_allocation', '9308'],
      ['period_start_not_month_start', '9387'],
      ['period_end_not_month_end', '9388'],
    ]);
    const tenth = { start: '2026-03-10', end: '2026-03-20' };
    expect(found(declaration([line({ ...four, period: tenth })]), context({ allocations: [fromTenth] }))).toEqual([]);
    // 2 weeks touched (10–20 March) × 4 = 8: more is refused per period and over the allocation
    const nine = line({ volume: 9, amountCents: 9 * 4500, period: tenth });
    expect(found(declaration([nine]), context({ allocations: [fromTenth] }))).toEqual([
      ['volume_exceeds_line', '9321'],
      ['volume_exceeds_total', '9322'],
    ]);
    expect(found(declaration([line({ period: { start: '2026-03-01', end: '2026-04-15' } })]))).toContainEqual([
      'outside_declaration_period',
      '9319',
    ]);
    expect(found(declaration([line({ period: { start: '2026-04-01', end: '2026-04-30' } })]))).toContainEqual([
      'outside_declaration_period',
      '9319',
    ]);
    // an earlier month may be declared later (TR319: the current or a previous declaration period)
    expect(found(declaration([line({ period: { start: '2026-02-01', end: '2026-02-28' } })]))).toEqual([]);
  });
  it('amount = volume × tariff (9346); the contract tariff (0611); a whole volume (IV042)', () => {
    expect(found(declaration([line({ amountCents: 1 })]))).toEqual([['amount_mismatch', '9346']]);
    expect(found(declaration([line({ tariffCents: 5000, amountCents: 14 * 5000 })]))).toEqual([['tariff_mismatch', '0611']]);
    expect(found(declaration([line({ volume: 2.5, amountCents: 2.5 * 4500 })]))).toEqual([['volume_not_whole', '0001']]);
  });
  it('the volume of a period within the allocation: 4 dagdelen × 6 weeks touched in March 2026 = 24 (9321)', () => {
    expect(found(declaration([line({ volume: 24, amountCents: 24 * 4500 })]))).toEqual([]);
    expect(found(declaration([line({ volume: 25, amountCents: 25 * 4500 })]))).toEqual([['volume_exceeds_line', '9321']]);
  });
  it('the sum over the allocation (9322): a total volume of 20, 15 already accepted, 10 more is refused', () => {
    const total = { ...allocation, frequency: '6', volume: 20 };
    const february = sent(
      line({ reference: 'R-2026-02-1', period: { start: '2026-02-01', end: '2026-02-28' }, volume: 15, amountCents: 15 * 4500 }),
    );
    const r = found(
      declaration([line({ volume: 10, amountCents: 10 * 4500 })]),
      context({ allocations: [total], history: [february] }),
    );
    expect(r).toEqual([['volume_exceeds_total', '9322']]);
    const rejectedBefore = { ...february, status: 'rejected' as const };
    expect(
      found(
        declaration([line({ volume: 10, amountCents: 10 * 4500 })]),
        context({ allocations: [total], history: [rejectedBefore] }),
      ),
    ).toEqual([]);
  });
});

describe('references, credits and declaring twice', () => {
  const march = line();
  it('a reference used before is refused (8021), also a rejected one', () => {
    expect(found(declaration([march]), context({ history: [sent(march, 'rejected')] }))).toEqual([
      ['reference_not_unique', '8021'],
    ]);
    expect(found(declaration([march, { ...march }]))).toContainEqual(['reference_not_unique', '8021']);
  });
  it('a second debet for the same month and product is refused (9389) — unless the first is credited, also in this message', () => {
    const again = line({ reference: 'R-2026-03-2' });
    expect(found(declaration([again]), context({ history: [sent(march)] }))).toEqual([['already_declared', '9389']]);
    const credit = line({ reference: 'R-2026-03-C', previousReference: march.reference, direction: 'C' });
    const corrected = line({ reference: 'R-2026-03-2', volume: 12, amountCents: 12 * 4500 });
    expect(found(declaration([credit, corrected]), context({ history: [sent(march)] }))).toEqual([]);
    expect(found(declaration([again]), context({ history: [sent(march, 'rejected')] }))).toEqual([]);
  });
  it('a credit needs an accepted debet of an earlier message (8017; TR316: not the same message)', () => {
    const credit = line({ reference: 'C1', previousReference: 'R-unknown', direction: 'C' });
    expect(found(declaration([credit]))).toEqual([['credit_without_debet', '8017']]);
    expect(
      found(declaration([march, line({ reference: 'C1', previousReference: march.reference, direction: 'C' })])),
    ).toContainEqual(['credit_in_same_message', '0001']);
    const creditOfSent = line({ reference: 'C1', previousReference: march.reference, direction: 'C' });
    expect(found(declaration([creditOfSent]), context({ history: [sent(march, 'sent')] }))).toEqual([
      ['credit_without_debet', '8017'],
    ]);
  });
  it('a line credited before cannot be credited again (9390)', () => {
    const credit = line({ reference: 'C1', previousReference: march.reference, direction: 'C' });
    const history = [sent(march), sent(credit)];
    expect(found(declaration([{ ...credit, reference: 'C2' }]), context({ history }))).toEqual([['already_credited', '9390']]);
  });
});

describe('double funding blocks declaring, with no return code (the municipality cannot see it)', () => {
  const overlap: FinancingLine[] = [
    {
      id: 'a',
      personId: 'kevin',
      serviceId: 'day',
      date: '2026-03-10',
      serviceStart: '09:00',
      paysMinutes: { from: 0, to: 180 },
      frame: 'wmo',
      payer: 'municipality',
      payerId: '0193',
      direction: 'debet',
      creditsLineId: null,
      status: 'draft',
    },
    {
      id: 'b',
      personId: 'kevin',
      serviceId: 'pmt',
      date: '2026-03-10',
      serviceStart: '10:00',
      paysMinutes: { from: 0, to: 45 },
      frame: 'zvw',
      payer: 'insurer',
      payerId: '3311',
      direction: 'debet',
      creditsLineId: null,
      status: 'draft',
    },
  ];
  it('a month with a double-funded minute is blocked', () => {
    const r = checkIwmoDeclaration(declaration(), context({ financingLines: overlap }));
    expect(r.blocked).toBe(true);
    expect(r.findings).toEqual([
      expect.objectContaining({
        check: 'double_funding_overlap',
        problem: 'financing.double_funding_overlap',
        returnCode: null,
        level: 'client',
      }),
    ]);
    expect(findingsAsViolations(r.findings)).toEqual([
      { code: 'financing.double_funding_overlap', path: '/lines/a,b', source: 'issue 12 (own check)' },
    ]);
  });
  it("findings become violations with the receiver's code in the source", () => {
    const r = checkIwmoDeclaration(declaration([line({ amountCents: 1 })]), context());
    expect(findingsAsViolations(r.findings)).toEqual([
      { code: 'financing.amount_mismatch', path: '/lines/0/amountCents', source: 'TR346 (retourcode 9346)' },
    ]);
  });
});
