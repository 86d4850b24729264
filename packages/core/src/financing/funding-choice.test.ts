import { describe, expect, it } from 'vitest';
import { personMonthOverview } from './month-overview.js';
import { ctx, dayActivity, noEntitlements, person, pmtTherapist, service, wmoAllocation } from './testing/fixtures.js';

const kevin = person('2003-01-10', { id: 'p1', entitlements: { ...noEntitlements(), wmo: [wmoAllocation()] } });
const pmt = (fundingChoice: { frame: 'particulier' | 'zvw'; reason: string } | null) =>
  service({ id: 'pmt', date: '2026-03-02', start: '10:00', minutes: 45, deliverer: pmtTherapist, fundingChoice });

describe('the funding override in the month (issue 12)', () => {
  it('the line goes to the overridden payer and the explanation says so, with the reason', () => {
    const o = personMonthOverview([pmt({ frame: 'particulier', reason: 'Cliënt wil het zelf betalen' })], ctx(kevin), '2026-03');
    expect(o.lines.map((l) => [l.frame, l.payer, l.route])).toEqual([['particulier', 'client', 'client_invoice']]);
    const overridden = o.lines[0]?.reasons.find((r) => r.code === 'funding_overridden');
    expect(overridden?.nl).toBe(
      'Afgeleid was: betaald door de zorgverzekering (Zvw). Met reden gewijzigd naar de cliënt zelf: Cliënt wil het zelf betalen',
    );
    expect(o.totals).toEqual([expect.objectContaining({ frame: 'particulier', payer: 'client', minutes: 45 })]);
  });

  it('a choice equal to the derived frame changes nothing', () => {
    const o = personMonthOverview([pmt({ frame: 'zvw', reason: 'x' })], ctx(kevin), '2026-03');
    expect(o.lines.map((l) => [l.frame, l.payer])).toEqual([['zvw', 'insurer']]);
    expect(o.lines[0]?.reasons.map((r) => r.code)).not.toContain('funding_overridden');
  });

  it('the double-funding check sees the overridden payer: a minute of a Wmo morning is still not paid twice', () => {
    const attendance = dayActivity({
      id: 'a1',
      date: '2026-03-02',
      start: '09:00',
      minutes: 180,
      activityName: 'Houtwerkplaats',
    });
    const chosen = personMonthOverview([attendance, pmt({ frame: 'particulier', reason: 'Eigen keuze' })], ctx(kevin), '2026-03');
    expect(chosen.lines.map((l) => [l.serviceId, l.payer])).toEqual([
      ['a1', 'municipality'],
      ['pmt', 'client'],
    ]);
    expect(chosen.blockers.map((b) => b.code)).toEqual(['financing.double_funding_overlap']);
  });
});
