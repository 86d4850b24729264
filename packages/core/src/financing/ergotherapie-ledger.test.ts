import { describe, expect, it } from 'vitest';
import { findDoubleFunding } from './double-funding.js';
import {
  buildErgoLedger,
  ergoFinancingLines,
  ergotherapieStatement,
  previewErgoContact,
  toQuarters,
  type ErgoContact,
  type ErgoPreview,
} from './ergotherapie-ledger.js';
import { ctx, noEntitlements, person } from './testing/fixtures.js';
import type { FinancingPerson } from './types.js';

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
/** Ten sessions of an hour in January–March: exactly the 40 quarters of basic cover. */
const tenHours = Array.from({ length: 10 }, (_, i) => contact(`c${i + 1}`, `2026-01-${String(i * 2 + 5).padStart(2, '0')}`, 60));
const joke = person('1971-03-02'); // Joke Smit, 55, first-line ergotherapie
const insured = (policy: string): FinancingPerson =>
  person('1971-03-02', {
    entitlements: {
      ...noEntitlements(),
      insurance: [{ from: '2026-01-01', until: null, uzovi: '3311', insuredNumber: '123456789', supplementaryPolicyId: policy }],
    },
  });

describe('quarter-hours and the rounding rule (configurable; default to the nearest quarter)', () => {
  it('nearest: 8 minutes or more of a started quarter count', () => {
    expect([7, 8, 22, 23, 45, 52, 53].map((m) => toQuarters(m, 15, 'nearest'))).toEqual([0, 1, 1, 2, 3, 3, 4]);
  });
  it('up and down', () => {
    expect([1, 15, 16].map((m) => toQuarters(m, 15, 'up'))).toEqual([1, 1, 2]);
    expect([14, 29, 30].map((m) => toQuarters(m, 15, 'down'))).toEqual([0, 1, 2]);
  });
  it('a contact that rounds to no quarter is not declared, with a warning', () => {
    const ledger = buildErgoLedger(2026, [contact('c1', '2026-02-01', 5)], ctx(joke));
    expect(ledger.lines).toEqual([]);
    expect(ledger.warnings.map((w) => w.reason.code)).toEqual(['below_one_quarter']);
  });
});

describe('the cover: 40 quarters a calendar year, then supplementary, then self-pay', () => {
  it('cover exhausted at quarter 41: the 41st quarter is a self-pay line, with a warning', () => {
    const ledger = buildErgoLedger(2026, [...tenHours, contact('c11', '2026-04-01', 15)], ctx(joke));
    expect(ledger).toMatchObject({ basicLimit: 40, basicUsed: 40, selfPayQuarters: 1, violations: [] });
    expect(ledger.lines.at(-1)).toMatchObject({
      contactId: 'c11',
      code: '5000',
      quarters: 1,
      cover: 'eigen_betaling',
      frame: 'particulier',
      payer: 'client',
      amountCents: 1668,
      eigenRisico: false,
    });
    expect(ledger.warnings.map((w) => [w.contactId, w.reason.code])).toEqual([['c11', 'cover_exhausted_self_pay']]);
  });
  it('a session across the limit is split: its covered minutes and its self-paid minutes', () => {
    const ledger = buildErgoLedger(
      2026,
      [...tenHours.slice(0, 9), contact('c10', '2026-03-01', 45), contact('c11', '2026-03-08', 45)],
      ctx(joke),
    );
    const c11 = ledger.lines.filter((l) => l.contactId === 'c11');
    expect(c11.map((l) => [l.cover, l.quarters, l.paysMinutes])).toEqual([
      ['basis', 1, { from: 0, to: 15 }],
      ['eigen_betaling', 2, { from: 15, to: 45 }],
    ]);
    // the split is not double funding: different minutes of one session
    expect(findDoubleFunding(ergoFinancingLines(ledger, [contact('c11', '2026-03-08', 45)], ctx(joke))).findings).toEqual([]);
  });
  it('a supplementary policy pays from quarter 41 up to its extra quarters, then self-pay', () => {
    const p = insured('extra-6'); // 24 extra quarters
    const sixteenHours = Array.from({ length: 17 }, (_, i) =>
      contact(`c${i}`, `2026-0${1 + Math.floor(i / 9)}-${String((i % 9) * 3 + 1).padStart(2, '0')}`, 60),
    );
    const ledger = buildErgoLedger(2026, sixteenHours, ctx(p));
    expect(ledger).toMatchObject({ basicUsed: 40, supplementaryLimit: 24, supplementaryUsed: 24, selfPayQuarters: 4 });
    const covers = ledger.lines.map((l) => l.cover);
    expect(covers.filter((c) => c === 'aanvullend')).toHaveLength(6);
    expect(ledger.lines.filter((l) => l.cover === 'aanvullend').every((l) => l.frame === 'aanvullend' && !l.eigenRisico)).toBe(
      true,
    );
  });
  it('a new calendar year starts a new cover', () => {
    const ledger = buildErgoLedger(2026, [contact('old', '2025-12-30', 600), contact('c1', '2026-01-02', 60)], ctx(joke));
    expect(ledger).toMatchObject({ basicUsed: 4, selfPayQuarters: 0 });
  });
  it('a year without parameters is refused, not guessed', () => {
    const ledger = buildErgoLedger(2027, [contact('c1', '2027-01-05', 60)], ctx(joke));
    expect(ledger.violations).toEqual([expect.objectContaining({ code: 'financing.parameters_missing', contactId: 'c1' })]);
  });
});

describe('eigen risico from 18, not under 18 (Zvw art. 19)', () => {
  it('an adult: basic-cover lines count towards the eigen risico', () => {
    const ledger = buildErgoLedger(2026, [contact('c1', '2026-02-01', 60)], ctx(joke));
    expect(ledger.lines[0]).toMatchObject({
      cover: 'basis',
      frame: 'zvw',
      payer: 'insurer',
      amountCents: 4 * 1668,
      eigenRisico: true,
    });
  });
  it('under 18: no eigen risico; from the 18th birthday on: eigen risico', () => {
    const teen = person('2008-06-15');
    const ledger = buildErgoLedger(2026, [contact('before', '2026-06-14', 60), contact('on', '2026-06-15', 60)], ctx(teen));
    expect(ledger.lines.map((l) => [l.contactId, l.eigenRisico])).toEqual([
      ['before', false],
      ['on', true],
    ]);
    expect(ergotherapieStatement(buildErgoLedger(2026, [contact('c', '2026-01-10', 60)], ctx(teen))).eigenRisicoApplies).toBe(
      false,
    );
  });
});

describe('DTE screening: recorded and coded on its own (5002)', () => {
  it('under direct access: its own line with code 5002, using the cover', () => {
    const ledger = buildErgoLedger(
      2026,
      [contact('s', '2026-02-01', 15, { type: 'dte_screening', directAccess: true })],
      ctx(joke),
    );
    expect(ledger.lines).toEqual([expect.objectContaining({ code: '5002', quarters: 1, cover: 'basis' })]);
    expect(ledger.basicUsed).toBe(1);
  });
  it('with a referral the screening is refused (dte_screening_needs_direct_access)', () => {
    const ledger = buildErgoLedger(
      2026,
      [contact('s', '2026-02-01', 15, { type: 'dte_screening', directAccess: false })],
      ctx(joke),
    );
    expect(ledger.violations).toEqual([
      expect.objectContaining({ code: 'financing.dte_screening_needs_direct_access', path: '/type' }),
    ]);
  });
  it('whether it uses the cover is configuration', () => {
    const c = ctx(joke);
    const params = c.parameters.map((p) => ({ ...p, ergotherapie: { ...p.ergotherapie, screeningCountsAgainstCover: false } }));
    const ledger = buildErgoLedger(2026, [contact('s', '2026-02-01', 15, { type: 'dte_screening', directAccess: true })], {
      ...c,
      parameters: params,
    });
    expect(ledger.basicUsed).toBe(0);
  });
});

describe('surcharges and the one-prestatie-per-day rule', () => {
  it("a home visit adds the home-visit surcharge 5001 once that day, with the contact's cover", () => {
    const home = { setting: 'aan_huis', homeVisitReason: 'kan door angst de deur niet uit' } as const;
    const ledger = buildErgoLedger(
      2026,
      [contact('a', '2026-02-01', 30, home), contact('b', '2026-02-01', 30, { ...home, start: '14:00' })],
      ctx(joke),
    );
    expect(ledger.lines.filter((l) => l.code === '5001')).toEqual([
      expect.objectContaining({ contactId: 'a', quarters: null, cover: 'basis', amountCents: 2682, paysMinutes: null }),
    ]);
    expect(ledger.violations).toEqual([]);
  });
  it('a home visit without a medical reason is refused, and gets no surcharge', () => {
    const ledger = buildErgoLedger(2026, [contact('a', '2026-02-01', 30, { setting: 'aan_huis' })], ctx(joke));
    expect(ledger.violations).toEqual([
      expect.objectContaining({ code: 'treatment.home_visit_reason_required', contactId: 'a' }),
    ]);
    expect(ledger.lines.map((l) => l.code)).toEqual(['5000']);
  });
  it('after the cover, the surcharge is self-pay too', () => {
    const ledger = buildErgoLedger(
      2026,
      [...tenHours, contact('x', '2026-05-01', 30, { setting: 'aan_huis', homeVisitReason: 'medisch' })],
      ctx(joke),
    );
    expect(ledger.lines.filter((l) => l.contactId === 'x').map((l) => [l.code, l.cover])).toEqual([
      ['5000', 'eigen_betaling'],
      ['5001', 'eigen_betaling'],
    ]);
  });
  it('two different prestaties on one day are refused; the same per-quarter prestatie twice is fine', () => {
    const twoKinds = buildErgoLedger(
      2026,
      [contact('a', '2026-02-01', 30, { type: 'intake_na_verwijzing' }), contact('b', '2026-02-01', 30)],
      ctx(joke),
    );
    expect(twoKinds.violations.map((v) => [v.code, v.contactId])).toEqual([['financing.one_prestatie_per_day', 'b']]);
    const twice = buildErgoLedger(
      2026,
      [contact('a', '2026-02-01', 30), contact('b', '2026-02-01', 30, { start: '15:00' })],
      ctx(joke),
    );
    expect(twice.violations).toEqual([]);
  });
  it('a group session is coded by its size; outside 2–10 it is refused', () => {
    expect(
      buildErgoLedger(2026, [contact('g', '2026-02-01', 60, { type: 'groepszitting', groupSize: 3 })], ctx(joke)).lines[0]?.code,
    ).toBe('5013');
    expect(
      buildErgoLedger(2026, [contact('g', '2026-02-01', 60, { type: 'groepszitting', groupSize: 7 })], ctx(joke)).lines[0]?.code,
    ).toBe('5015');
    const tooBig = buildErgoLedger(2026, [contact('g', '2026-02-01', 60, { type: 'groepszitting', groupSize: 11 })], ctx(joke));
    expect(tooBig.violations.map((v) => v.code)).toEqual(['financing.group_size_invalid']);
  });
  it('indirect minutes do not count (004 L111-112: contact time only)', () => {
    expect(buildErgoLedger(2026, [contact('a', '2026-02-01', 30, { indirectMinutes: 30 })], ctx(joke)).basicUsed).toBe(2);
  });
});

describe('before a session: a warning when it would exceed the cover', () => {
  const preview = (ledgerContacts: ErgoContact[], minutes: number) =>
    previewErgoContact(
      buildErgoLedger(2026, ledgerContacts, ctx(joke)),
      { date: '2026-06-01', type: 'individuele_zitting', minutes },
      ctx(joke),
    ) as ErgoPreview;
  it('well within the cover: no warning', () => {
    expect(preview(tenHours.slice(0, 2), 60)).toMatchObject({ quarters: 4, basis: 4, eigen_betaling: 0, warning: null });
  });
  it('crossing the limit: cover_will_be_exceeded, naming what is left', () => {
    const p = preview([...tenHours.slice(0, 9), contact('c', '2026-04-01', 30)], 45);
    expect(p).toMatchObject({ basis: 2, eigen_betaling: 1 });
    expect(p.warning?.code).toBe('cover_will_be_exceeded');
  });
  it('cover used up: cover_exhausted', () => {
    expect(preview(tenHours, 30).warning?.code).toBe('cover_exhausted');
  });
});

describe('the statement for the client: hours used and left', () => {
  it('after six hours: 6 used, 4 left', () => {
    expect(ergotherapieStatement(buildErgoLedger(2026, tenHours.slice(0, 6), ctx(joke)))).toMatchObject({
      basic: { limit: 40, used: 24, left: 16 },
      hoursUsed: 6,
      hoursLeft: 4,
      eigenRisicoApplies: true,
      selfPay: { quarters: 0, amountCents: 0 },
    });
  });
  it('with a supplementary policy the hours left include it; self-pay is summed', () => {
    const s = ergotherapieStatement(
      buildErgoLedger(2026, [...tenHours, contact('x', '2026-04-01', 60)], ctx(insured('extra-basis'))),
    );
    expect(s).toMatchObject({ hoursUsed: 10, hoursLeft: 0, selfPay: { quarters: 4, amountCents: 4 * 1668 } });
    const withExtra = ergotherapieStatement(buildErgoLedger(2026, tenHours, ctx(insured('extra-6'))));
    expect(withExtra).toMatchObject({ hoursUsed: 10, hoursLeft: 6, supplementary: { limit: 24, used: 0, left: 24 } });
  });
});
