import { describe, expect, it } from 'vitest';
import { buildErgoLedger, type ErgoContact } from './ergotherapie-ledger.js';
import { personMonthOverview } from './month-overview.js';
import {
  ctx,
  dayActivity,
  noEntitlements,
  occupationalTherapist,
  person,
  pmtTherapist,
  service,
  wlz,
  wmoAllocation,
} from './testing/fixtures.js';

const kevin = person('2003-01-10', { id: 'p1', entitlements: { ...noEntitlements(), wmo: [wmoAllocation()] } });
const attendance = (id: string, date: string, start = '09:00') =>
  dayActivity({ id, date, start, minutes: 180, activityName: 'Houtwerkplaats' });

describe("a person's month, line by line (the Financiering tab)", () => {
  it('each line with kind, frame, payer, units, amount and reasons; totals per payer', () => {
    const o = personMonthOverview(
      [attendance('a1', '2026-03-02'), attendance('a2', '2026-03-03'), attendance('x', '2026-04-01')],
      ctx(kevin),
      '2026-03',
    );
    expect(o.lines.map((l) => [l.serviceId, l.kind, l.frame, l.payer, l.route, l.units, l.amountCents])).toEqual([
      ['a1', 'daginvulling', 'wmo', 'municipality', 'iwmo_323', { unit: '16', label: 'dagdeel', count: 1 }, 4500],
      ['a2', 'daginvulling', 'wmo', 'municipality', 'iwmo_323', { unit: '16', label: 'dagdeel', count: 1 }, 4500],
    ]);
    expect(o.lines[0]?.reasons.map((r) => r.code)).toContain('wmo_maatwerk');
    expect(o.totals).toEqual([{ frame: 'wmo', payer: 'municipality', minutes: 360, amountCents: 9000, linesWithoutAmount: 0 }]);
    expect(o.blockers).toEqual([]);
  });
  it('a month with a double-funded minute is blocked: PMT under the Zvw during a Wmo morning', () => {
    const pmt = service({ id: 'pmt', date: '2026-03-02', start: '10:00', minutes: 45, deliverer: pmtTherapist });
    const o = personMonthOverview([attendance('a1', '2026-03-02'), pmt], ctx(kevin), '2026-03');
    expect(o.lines.map((l) => [l.serviceId, l.frame])).toEqual([
      ['a1', 'wmo'],
      ['pmt', 'zvw'],
    ]);
    expect(o.blockers.map((b) => b.code)).toEqual(['financing.double_funding_overlap']);
    // after the morning, no overlap
    expect(
      personMonthOverview([attendance('a1', '2026-03-02'), { ...pmt, start: '13:00' }], ctx(kevin), '2026-03').blockers,
    ).toEqual([]);
  });
  it('a resident: therapy paid by the Wlz and day activities in the stay are not double funded', () => {
    const henk = person('1958-02-10', { careSetting: 'verpleeghuis', entitlements: { ...noEntitlements(), wlz: [wlz()] } });
    const o = personMonthOverview(
      [attendance('a1', '2026-03-02'), service({ id: 'pmt', date: '2026-03-02', start: '10:00', deliverer: pmtTherapist })],
      ctx(henk),
      '2026-03',
    );
    expect(o.lines.map((l) => [l.kind, l.frame, l.route])).toEqual([
      ['daginvulling', 'wlz', 'included_in_stay'],
      ['behandeling', 'wlz', 'included_in_stay'],
    ]);
    expect(o.blockers).toEqual([]);
  });
  it('ergotherapie comes from the ledger: quarters, the surcharge, and self-pay after the cover', () => {
    const joke = person('1971-03-02', { id: 'p1' });
    const ergo = (id: string, date: string) =>
      service({
        id,
        date,
        minutes: 60,
        deliverer: occupationalTherapist,
        setting: 'aan_huis',
        homeVisitReason: 'medisch noodzakelijk',
        agreement: { basis: 'referral', referral: { source: 'huisarts_poh', regiebehandelaarNamed: false } },
      });
    const contacts: ErgoContact[] = Array.from({ length: 10 }, (_, i) => ({
      id: `e${i}`,
      date: `2026-0${i < 8 ? 2 : 3}-${String((i % 8) + 2).padStart(2, '0')}`,
      start: '10:00',
      type: 'individuele_zitting' as const,
      groupSize: null,
      directMinutes: 60,
      indirectMinutes: 0,
      setting: 'praktijk' as const,
      homeVisitReason: null,
      directAccess: false,
    }));
    const last: ErgoContact = {
      ...(contacts[0] as ErgoContact),
      id: 'e-last',
      date: '2026-03-20',
      setting: 'aan_huis',
      homeVisitReason: 'medisch noodzakelijk',
    };
    const ledger = buildErgoLedger(2026, [...contacts, last], ctx(joke));
    const o = personMonthOverview([ergo('e8', '2026-03-02'), ergo('e-last', '2026-03-20')], ctx(joke), '2026-03', ledger);
    expect(o.lines.map((l) => [l.serviceId, l.frame, l.payer, l.units?.label, l.units?.count, l.amountCents])).toEqual([
      ['e8', 'zvw', 'insurer', 'kwartier', 4, 4 * 1668],
      ['e-last', 'particulier', 'client', 'kwartier', 4, 4 * 1668],
      ['e-last', 'particulier', 'client', 'toeslag', 1, 2682],
    ]);
    expect(o.lines[1]?.reasons.map((r) => r.code)).toContain('cover_exhausted_self_pay');
    expect(o.blockers).toEqual([]);
  });
});
