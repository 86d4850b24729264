import { describe, expect, it } from 'vitest';
import type { FinancingLine } from './double-funding.js';
import { buildErgoLedger, type ErgoContact } from './ergotherapie-ledger.js';
import { toPm304File } from './messages.js';
import { buildPm304Lines, checkPm304, type Pm304CheckContext, type Pm304Line } from './pm304.js';
import { ctx, noEntitlements, person } from './testing/fixtures.js';

const joke = person('1971-03-02', {
  id: 'joke',
  entitlements: {
    ...noEntitlements(),
    insurance: [{ from: '2026-01-01', until: null, uzovi: '3311', insuredNumber: '987654321', supplementaryPolicyId: null }],
  },
});
const contact = (id: string, date: string, minutes: number, overrides: Partial<ErgoContact> = {}): ErgoContact => ({
  id,
  date,
  start: '10:00',
  type: 'individuele_zitting',
  groupSize: null,
  directMinutes: minutes,
  indirectMinutes: 0,
  setting: 'praktijk',
  homeVisitReason: null,
  directAccess: false,
  ...overrides,
});
const contacts = [
  contact('s', '2026-03-02', 15, { type: 'dte_screening', directAccess: true }),
  contact('h', '2026-03-09', 45, { setting: 'aan_huis', homeVisitReason: 'angst buiten de deur', directAccess: true }),
];
const linesFor = (cs: ErgoContact[], c = ctx(joke)) =>
  buildPm304Lines(
    {
      ledger: buildErgoLedger(2026, cs, c),
      contacts: cs,
      practiceAgb: '04000001',
      practitionerAgbOf: () => '04000002',
      referrerAgbOf: () => '01000003',
      referenceOf: (id, i) => `${id}-${i}`,
    },
    c,
  );
const checkCtx = (overrides: Partial<Pm304CheckContext> = {}): Pm304CheckContext => ({
  month: '2026-03',
  date: '2026-04-03',
  usedReferences: [],
  basicQuartersBefore: {},
  ...overrides,
});

describe('PM304 lines from the ergotherapie ledger', () => {
  it('the screening (5002), the session (5000) and the home-visit surcharge (5001), to the insurer; no referrer under direct access', () => {
    const lines = linesFor(contacts);
    expect(lines.map((l) => [l.prestatiecode, l.quantity, l.amountCents, l.uzovi, l.referrerAgb])).toEqual([
      ['5002', 1, 1668, '3311', null],
      ['5000', 3, 3 * 1668, '3311', null],
      ['5001', 1, 2682, '3311', null],
    ]);
    expect(lines[1]).toMatchObject({
      bsn: '111222333',
      insuredNumber: '987654321',
      practiceAgb: '04000001',
      cover: 'basis',
      direction: 'D',
    });
  });
  it('from 18 each basic-cover line is marked for the eigen risico, under 18 none; the home reason rides on the surcharge', () => {
    expect(linesFor(contacts).map((l) => [l.prestatiecode, l.eigenRisico, l.homeVisitReason])).toEqual([
      ['5002', true, null],
      ['5000', true, null],
      ['5001', true, 'angst buiten de deur'],
    ]);
    const child = { ...joke, birthDate: '2012-05-01' };
    expect(linesFor(contacts, ctx(child)).map((l) => l.eigenRisico)).toEqual([false, false, false]);
  });
  it('self-paid quarters are not declared to the insurer', () => {
    const tenHours = Array.from({ length: 10 }, (_, i) => contact(`c${i}`, `2026-01-${String(i + 5).padStart(2, '0')}`, 60));
    const lines = linesFor([...tenHours, contact('x', '2026-03-02', 30)]);
    expect(lines.some((l) => l.contactId === 'x')).toBe(false);
  });
  it('a file per insurer with its closing totals', () => {
    const file = toPm304File(linesFor(contacts), {
      practiceAgb: '04000001',
      uzovi: '3311',
      fileNumber: 'F1',
      date: '2026-04-03',
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
    });
    expect(file.voorloop.record).toBe('01');
    expect(file.verzekerden).toHaveLength(1);
    expect(file.verzekerden[0]?.prestaties.map((p) => p.record)).toEqual(['04', '04', '04']);
    expect(file.sluit).toEqual({ record: '99', insuredCount: 1, prestatieCount: 3, totalCents: 1668 + 3 * 1668 + 2682 });
  });
});

describe("before sending a PM304: the insurer's checks (PM305 codes UNCONFIRMED: no return code given)", () => {
  const check = (lines: Pm304Line[], c = checkCtx()) => checkPm304(lines, c, ctx(joke)).findings.map((f) => f.check);
  it('correct lines pass', () => {
    expect(checkPm304(linesFor(contacts), checkCtx(), ctx(joke))).toEqual({ findings: [], blocked: false });
  });
  it('AGB, BSN, insurance and a month not yet over block, each with its code', () => {
    const [first] = linesFor(contacts) as [Pm304Line];
    const r = checkPm304(
      [{ ...first, practiceAgb: null, bsn: '123456789', uzovi: null }],
      checkCtx({ date: '2026-03-31' }),
      ctx(joke),
    );
    expect(r.findings.map((f) => [f.check, f.problem, f.returnCode, f.confirmed])).toEqual([
      ['period_not_closed', 'financing.period_not_closed', null, false],
      ['agb_missing', 'financing.agb_missing', null, false],
      ['bsn_invalid', 'financing.bsn_invalid', null, false],
      ['insurance_missing', 'financing.entitlement_missing', null, false],
    ]);
  });
  it('two prestaties on one day; a surcharge without an activity that day', () => {
    const [screening, session, surcharge] = linesFor(contacts) as [Pm304Line, Pm304Line, Pm304Line];
    expect(check([screening, { ...session, date: screening.date }])).toEqual(['one_prestatie_per_day']);
    expect(check([screening, { ...surcharge, date: '2026-03-20' }])).toEqual(['surcharge_without_activity']);
  });
  it('more basic-cover quarters than the year holds, counting earlier files', () => {
    expect(check(linesFor(contacts), checkCtx({ basicQuartersBefore: { joke: 37 } }))).toEqual(['cover_exceeded']);
    expect(check(linesFor(contacts), checkCtx({ basicQuartersBefore: { joke: 36 } }))).toEqual([]);
  });
  it('a reference used before', () => {
    expect(check(linesFor(contacts), checkCtx({ usedReferences: ['s-0'] }))).toEqual(['reference_not_unique']);
  });
  it('a double-funded minute blocks the month', () => {
    const overlap: FinancingLine[] = [
      {
        id: 'a',
        personId: 'joke',
        serviceId: 'h',
        date: '2026-03-09',
        serviceStart: '10:00',
        paysMinutes: { from: 0, to: 45 },
        frame: 'zvw',
        payer: 'insurer',
        payerId: '3311',
        direction: 'debet',
        creditsLineId: null,
        status: 'draft',
      },
      {
        id: 'b',
        personId: 'joke',
        serviceId: 'd',
        date: '2026-03-09',
        serviceStart: '09:30',
        paysMinutes: { from: 0, to: 120 },
        frame: 'wmo',
        payer: 'municipality',
        payerId: '0193',
        direction: 'debet',
        creditsLineId: null,
        status: 'draft',
      },
    ];
    expect(checkPm304(linesFor(contacts), checkCtx({ financingLines: overlap }), ctx(joke)).blocked).toBe(true);
  });
});
