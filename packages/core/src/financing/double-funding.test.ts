import { describe, expect, it } from 'vitest';
import { activeLines, doubleFundingBlockers, findDoubleFunding, type FinancingLine } from './double-funding.js';

const line = (overrides: Partial<FinancingLine>): FinancingLine => ({
  id: 'l1',
  personId: 'p1',
  serviceId: 's1',
  date: '2026-03-10',
  serviceStart: '10:00',
  paysMinutes: { from: 0, to: 45 },
  frame: 'wmo',
  payer: 'municipality',
  payerId: '0193',
  direction: 'debet',
  creditsLineId: null,
  status: 'draft',
  ...overrides,
});

describe('double funding: the same service under two frames', () => {
  it('blocks the month with double_funding_same_service', () => {
    const lines = [line({ id: 'a' }), line({ id: 'b', frame: 'wlz', payer: 'zorgkantoor', payerId: null })];
    const report = findDoubleFunding(lines);
    expect(report.findings).toEqual([
      {
        code: 'financing.double_funding_same_service',
        personId: 'p1',
        month: '2026-03',
        lineIds: ['a', 'b'],
        source: 'issue 12; 000 L5-13',
      },
    ]);
    expect(doubleFundingBlockers(lines, 'p1', '2026-03')).toEqual([
      { code: 'financing.double_funding_same_service', path: '/lines/a,b', source: 'issue 12; 000 L5-13' },
    ]);
  });
  it('also the same service declared twice under one frame', () => {
    expect(findDoubleFunding([line({ id: 'a' }), line({ id: 'b' })]).findings).toHaveLength(1);
  });
  it('a session split between cover and self-pay is not double: different minutes of it', () => {
    const lines = [
      line({ id: 'a', frame: 'zvw', payer: 'insurer', paysMinutes: { from: 0, to: 30 } }),
      line({ id: 'b', frame: 'particulier', payer: 'client', payerId: null, paysMinutes: { from: 30, to: 45 } }),
      line({ id: 'c', frame: 'zvw', payer: 'insurer', paysMinutes: null }), // the home-visit surcharge pays no time
    ];
    expect(findDoubleFunding(lines).findings).toEqual([]);
  });
  it('a credited line no longer counts, nor does a rejected one; a rejected credit cancels nothing', () => {
    const original = line({ id: 'a', status: 'accepted' });
    const credit = line({ id: 'c', direction: 'credit', creditsLineId: 'a', status: 'sent' });
    const replacement = line({ id: 'b', frame: 'particulier', payer: 'client' });
    expect(findDoubleFunding([original, credit, replacement]).findings).toEqual([]);
    expect(findDoubleFunding([line({ id: 'a', status: 'rejected' }), replacement]).findings).toEqual([]);
    const rejectedCredit = { ...credit, status: 'rejected' as const };
    expect(findDoubleFunding([original, rejectedCredit, replacement]).findings).toHaveLength(1);
    expect(activeLines([original, credit, replacement]).map((l) => l.id)).toEqual(['b']);
  });
});

describe('double funding: overlapping times of one person billed to two payers', () => {
  const pmt = line({
    id: 'pmt',
    serviceId: 'pmt',
    frame: 'zvw',
    payer: 'insurer',
    payerId: '3311',
    serviceStart: '10:30',
    paysMinutes: { from: 0, to: 45 },
  });
  const day = line({ id: 'day', serviceId: 'day', frame: 'wmo', serviceStart: '09:00', paysMinutes: { from: 0, to: 180 } });
  it('a therapy session during a Wmo day activity: one minute, two payers — the month is blocked', () => {
    expect(findDoubleFunding([pmt, day]).findings).toEqual([
      expect.objectContaining({ code: 'financing.double_funding_overlap', lineIds: ['pmt', 'day'], month: '2026-03' }),
    ]);
  });
  it('touching but not overlapping is fine (day activity until 10:30, therapy from 10:30)', () => {
    expect(findDoubleFunding([pmt, { ...day, paysMinutes: { from: 0, to: 90 } }]).findings).toEqual([]);
  });
  it('on another day, or for another person, nothing overlaps', () => {
    expect(findDoubleFunding([pmt, { ...day, date: '2026-03-11' }]).findings).toEqual([]);
    expect(findDoubleFunding([pmt, { ...day, personId: 'p2' }]).findings).toEqual([]);
  });
  it('the same payer twice at once is stacking: a warning, not a block (002 L997-999)', () => {
    const report = findDoubleFunding([{ ...pmt, frame: 'wmo', payer: 'municipality', payerId: '0193' }, day]);
    expect(report.findings).toEqual([]);
    expect(report.warnings.map((w) => w.reason.code)).toEqual(['stacking']);
  });
  it('without start times an overlap cannot be seen: a warning says so', () => {
    const report = findDoubleFunding([{ ...pmt, serviceStart: null }, day]);
    expect(report.findings).toEqual([]);
    expect(report.warnings.map((w) => w.reason.code)).toEqual(['start_time_unknown']);
  });
  it('checks per person per month: a March overlap blocks March, not April', () => {
    const april = line({ id: 'apr', serviceId: 'apr', date: '2026-04-02' });
    const lines = [pmt, day, april];
    expect(doubleFundingBlockers(lines, 'p1', '2026-03').map((v) => v.code)).toEqual(['financing.double_funding_overlap']);
    expect(doubleFundingBlockers(lines, 'p1', '2026-04')).toEqual([]);
  });
});
