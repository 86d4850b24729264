import { describe, expect, it } from 'vitest';
import { parseEiReturn, renderEiReturn } from './ei-claim.js';
import { EiFieldError, layoutProblems, parseEiFile, renderEiRecord } from './ei-flat-file.js';
import { AW319_LAYOUT, AW320_LAYOUT, PM304_LAYOUT, PM305_LAYOUT } from './ei-layouts.js';
import { buildErgoLedger, type ErgoContact } from './ergotherapie-ledger.js';
import { toPm304File } from './messages.js';
import { buildPm304Lines } from './pm304.js';
import { renderPm304 } from './pm304-file.js';
import { applyPm305 } from './returns.js';
import { ctx, noEntitlements, person } from './testing/fixtures.js';
import { checkWlzClaim, renderWlzClaim, type WlzClaimLine } from './wlz-claim.js';

/**
 * The published PM304 v3.2 record layout (vektis.nl PM304-3.2), written here on its own — not taken from
 * ei-layouts.ts — so a wrong position in the renderer's table fails this test. [from, to] are 1-based, inclusive.
 */
const PUBLISHED_PM304: Record<string, Record<string, [number, number]>> = {
  '01': {
    code: [3, 5],
    version: [6, 7],
    subversion: [8, 9],
    uzovi: [27, 30],
    practice: [47, 54],
    periodStart: [65, 72],
    periodEnd: [73, 80],
    invoice: [81, 92],
    date: [93, 100],
    currency: [115, 117],
  },
  '02': { detail: [3, 14], bsn: [15, 23], uzovi: [24, 27], insured: [28, 42], birth: [54, 61] },
  '04': {
    detail: [3, 14],
    bsn: [15, 23],
    uzovi: [24, 27],
    date: [59, 66],
    codeList: [67, 69],
    code: [70, 75],
    quantity: [76, 79],
    practitioner: [128, 135],
    referrer: [148, 155],
    tariff: [162, 169],
    calculated: [170, 177],
    dc1: [178, 178],
    amount: [183, 190],
    dc2: [191, 191],
    reference: [192, 211],
    previous: [212, 231],
  },
  '99': { insured: [3, 8], prestaties: [15, 20], comments: [21, 26], details: [27, 33], total: [34, 44], dc: [45, 45] },
};
const at = (line: string, [from, to]: [number, number]) => line.slice(from - 1, to);

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
const lines = buildPm304Lines(
  {
    ledger: buildErgoLedger(2026, contacts, ctx(joke)),
    contacts,
    practiceAgb: '04000001',
    practitionerAgbOf: () => '04000002',
    referrerAgbOf: () => '01000003',
    referenceOf: (id, i) => `MD${id}${i}`,
  },
  ctx(joke),
);
const pm304 = renderPm304(
  toPm304File(lines, {
    practiceAgb: '04000001',
    uzovi: '3311',
    fileNumber: '202603000001',
    date: '2026-04-03',
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
  }),
);

describe('the record layouts themselves', () => {
  it('every record of every layout covers positions 1-310 without gaps or overlaps', () => {
    for (const layout of [PM304_LAYOUT, PM305_LAYOUT, AW319_LAYOUT, AW320_LAYOUT]) expect(layoutProblems(layout)).toEqual([]);
  });
  it('a value too long or not numeric for its field is refused, not cut off', () => {
    expect(() => renderEiRecord(PM304_LAYOUT, '02', { 'Burgerservicenummer (bsn) verzekerde': '1234567890' })).toThrow(
      EiFieldError,
    );
    expect(() => renderEiRecord(PM304_LAYOUT, '02', { 'Uzovi-nummer': 'AB12' })).toThrow(EiFieldError);
  });
});

describe('the PM304 file against the published record layout', () => {
  const records = pm304.split('\r\n').filter((l) => l.length > 0);
  it('records 01, 02, 04 (screening, session, home-visit surcharge), 98 (why at home), 99; each 310 long, CR LF', () => {
    expect(pm304.endsWith('\r\n')).toBe(true);
    expect(records.map((r) => r.slice(0, 2))).toEqual(['01', '02', '04', '04', '04', '98', '99']);
    for (const r of records) expect(r).toHaveLength(310);
  });
  it('the voorloop: message 107 version 3.2, the insurer, the practice AGB, the month, the invoice, the day', () => {
    const v = records[0] as string;
    const f = PUBLISHED_PM304['01'] as Record<string, [number, number]>;
    expect(Object.fromEntries(Object.entries(f).map(([k, pos]) => [k, at(v, pos)]))).toEqual({
      code: '107',
      version: '03',
      subversion: '02',
      uzovi: '3311',
      practice: '04000001',
      periodStart: '20260301',
      periodEnd: '20260331',
      invoice: '202603000001',
      date: '20260403',
      currency: 'EUR',
    });
  });
  it('the insured person and each prestatie at their published positions; DTE screening 5002 on its own, no referrer', () => {
    const p = PUBLISHED_PM304['04'] as Record<string, [number, number]>;
    expect(at(records[1] as string, PUBLISHED_PM304['02']?.bsn as [number, number])).toBe('111222333');
    expect(at(records[1] as string, PUBLISHED_PM304['02']?.birth as [number, number])).toBe('19710302');
    const rows = records.slice(2, 5).map((r) => ({
      detail: at(r, p.detail as [number, number]),
      date: at(r, p.date as [number, number]),
      list: at(r, p.codeList as [number, number]),
      code: at(r, p.code as [number, number]).trim(),
      quantity: at(r, p.quantity as [number, number]),
      referrer: at(r, p.referrer as [number, number]),
      tariff: at(r, p.tariff as [number, number]),
      amount: at(r, p.amount as [number, number]),
      dc: at(r, p.dc2 as [number, number]),
      reference: at(r, p.reference as [number, number]).trim(),
    }));
    expect(rows).toEqual([
      {
        detail: '000000000002',
        date: '20260302',
        list: '012',
        code: '5002',
        quantity: '0001',
        referrer: '00000000',
        tariff: '00001668',
        amount: '00001668',
        dc: 'D',
        reference: 'MDs0',
      },
      {
        detail: '000000000003',
        date: '20260309',
        list: '012',
        code: '5000',
        quantity: '0003',
        referrer: '00000000',
        tariff: '00001668',
        amount: '00005004',
        dc: 'D',
        reference: 'MDh1',
      },
      {
        detail: '000000000004',
        date: '20260309',
        list: '012',
        code: '5001',
        quantity: '0001',
        referrer: '00000000',
        tariff: '00002682',
        amount: '00002682',
        dc: 'D',
        reference: 'MDh2',
      },
    ]);
    expect(records[5]).toContain('angst buiten de deur');
  });
  it('the sluit record: counts and the total', () => {
    const s = records[6] as string;
    const f = PUBLISHED_PM304['99'] as Record<string, [number, number]>;
    expect(Object.fromEntries(Object.entries(f).map(([k, pos]) => [k, at(s, pos)]))).toEqual({
      insured: '000001',
      prestaties: '000003',
      comments: '000001',
      details: '0000005',
      total: String(1668 + 5004 + 2682).padStart(11, '0'),
      dc: 'D',
    });
  });
});

describe('the PM305 answer read back', () => {
  it('one prestatie rejected with its codes, the others awarded in full', () => {
    const answer = parseEiReturn(PM305_LAYOUT, renderEiReturn(PM304_LAYOUT, PM305_LAYOUT, pm304, { MDh2: ['X123'] }));
    expect(answer.fileNumber).toBe('202603000001');
    expect(answer.prestaties).toEqual([
      { reference: 'MDs0', returnCodes: [], awardedCents: 1668 },
      { reference: 'MDh1', returnCodes: [], awardedCents: 5004 },
      { reference: 'MDh2', returnCodes: ['X123'], awardedCents: 0 },
    ]);
    const outcome = applyPm305(lines, answer);
    expect(outcome).toMatchObject({ accepted: ['MDs0', 'MDh1'], awardedCents: 6672 });
    expect(outcome.rejected).toEqual([{ reference: 'MDh2', codes: [{ code: 'X123', text: null }] }]);
  });
  it('a PM304 offered as the answer is refused (message code 107, not 108)', () => {
    expect(() => parseEiReturn(PM305_LAYOUT, pm304)).toThrow();
  });
});

describe('the Wlz day-activity file (AW319) and its checks', () => {
  const line: WlzClaimLine = {
    reference: 'MW1',
    previousReference: null,
    personId: 'p1',
    bsn: '111222333',
    birthDate: '1958-02-10',
    zorgkantoor: '5501',
    period: { start: '2026-03-01', end: '2026-03-31' },
    prestatieCode: 'H811',
    dagdelen: 3,
    tariffCents: 5000,
    amountCents: 15000,
    direction: 'D',
  };
  const checkCtx = { month: '2026-03', date: '2026-04-02', senderAgb: '12345678', usedReferences: [] };
  it('a complete line passes; the file carries dagdelen, unit 16 and the amount at the AW319 positions', () => {
    expect(checkWlzClaim([line], checkCtx)).toEqual({ findings: [], blocked: false });
    const text = renderWlzClaim(
      { zorgkantoor: '5501', senderAgb: '12345678', declarationNumber: '202603000002', date: '2026-04-02', month: '2026-03' },
      [line],
    );
    const records = parseEiFile(AW319_LAYOUT, text);
    expect(records.map((r) => r.kind)).toEqual(['01', '02', '04', '99']);
    expect(records[0]?.values['Code externe-integratiebericht']).toBe('187');
    const p = text.split('\r\n')[2] as string;
    // AW319 v1.4 record 04: begin 106-113, end 114-121, prestatiecode 125-129, aantal 130-133, eenheid 134-135,
    // declaratiebedrag 186-193, reference 195-214.
    expect([p.slice(105, 113), p.slice(113, 121), p.slice(124, 129), p.slice(129, 133), p.slice(133, 135)]).toEqual([
      '20260301',
      '20260331',
      'H811 ',
      '0003',
      '16',
    ]);
    expect([p.slice(185, 193), p.slice(193, 194), p.slice(194, 214).trim()]).toEqual(['00015000', 'D', 'MW1']);
  });
  it('blocks: month not over, no AGB, BSN fails the eleven test, no zorgkantoor, no prestatiecode, no tariff', () => {
    const bad = { ...line, bsn: '123456789', zorgkantoor: null, prestatieCode: null, tariffCents: null };
    const r = checkWlzClaim([bad], { ...checkCtx, date: '2026-03-31', senderAgb: null });
    expect(r.findings.map((f) => [f.check, f.problem, f.returnCode])).toEqual([
      ['period_not_closed', 'financing.period_not_closed', null],
      ['agb_missing', 'financing.agb_missing', null],
      ['bsn_invalid', 'financing.bsn_invalid', null],
      ['zorgkantoor_missing', 'financing.entitlement_missing', null],
      ['prestatiecode_missing', 'financing.parameters_missing', null],
      ['tariff_missing', 'financing.parameters_missing', null],
    ]);
    expect(r.blocked).toBe(true);
  });
  it('the AW320 answer read back like a PM305', () => {
    const text = renderWlzClaim(
      { zorgkantoor: '5501', senderAgb: '12345678', declarationNumber: 'N1', date: '2026-04-02', month: '2026-03' },
      [line],
    );
    const answer = parseEiReturn(AW320_LAYOUT, renderEiReturn(AW319_LAYOUT, AW320_LAYOUT, text, { MW1: ['W001'] }));
    expect(applyPm305([line], answer).rejected).toEqual([{ reference: 'MW1', codes: [{ code: 'W001', text: null }] }]);
  });
});
