import { describe, expect, it } from 'vitest';
import type { AttendedDay } from '../daginvulling/units.js';
import { FINANCING_PARAMETERS_2026 } from './parameters-2026.js';
import { ctx, noEntitlements, person, wlz } from './testing/fixtures.js';
import { buildWlzDayActivityLine } from './wlz-declaration.js';

const day = (date: string, minutes: number, status: AttendedDay['status'] = 'aanwezig'): AttendedDay => ({
  date,
  status,
  minutes,
});
const days = [day('2026-03-02', 180), day('2026-03-03', 540), day('2026-03-04', 60), day('2026-03-05', 0, 'ziek')];
const withWlz = (w = wlz()) =>
  person('1958-02-10', { careSetting: 'verpleeghuis', entitlements: { ...noEntitlements(), wlz: [w] } });

describe('Wlz day activities in dagdelen', () => {
  it('within the stay package of this institution: no line of its own', () => {
    const r = buildWlzDayActivityLine('2026-03', days, ctx(withWlz()));
    expect(r.line).toBeNull();
    expect(r.reasons.map((x) => x.code)).toEqual(['wlz_in_stay_package']);
  });
  it('from another provider: a separate line; a morning is one dagdeel, a whole day two, an hour none', () => {
    const r = buildWlzDayActivityLine('2026-03', days, ctx(withWlz(wlz({ stayByThisOrganisation: false }))));
    expect(r.line).toMatchObject({
      dagdelen: 3,
      period: { start: '2026-03-01', end: '2026-03-31' },
      prestatieCode: null,
      amountCents: null,
    });
    expect(r.line?.perDay.map((d) => d.dagdelen)).toEqual([1, 2, 0]);
  });
  it('without a configured prestatiecode the line cannot be sent (the Wlz codes are UNCONFIRMED)', () => {
    const r = buildWlzDayActivityLine('2026-03', days, ctx(withWlz(wlz({ stayByThisOrganisation: false }))));
    expect(r.violations).toEqual([
      {
        code: 'financing.parameters_missing',
        path: '/wlz/dagbestedingCode',
        source: 'REFERENCE.md §9, §12 (Wlz H-codes UNCONFIRMED)',
      },
    ]);
    const configured = {
      ...FINANCING_PARAMETERS_2026,
      wlz: { ...FINANCING_PARAMETERS_2026.wlz, dagbestedingCode: 'H000', dagbestedingTariffCents: 5000 },
    };
    const c = { ...ctx(withWlz(wlz({ stayByThisOrganisation: false }))), parameters: [configured] };
    const ok = buildWlzDayActivityLine('2026-03', days, c);
    expect(ok.violations).toEqual([]);
    expect(ok.line).toMatchObject({ prestatieCode: 'H000', tariffCents: 5000, amountCents: 15000 });
  });
  it('days outside the indication do not count, with a warning', () => {
    const r = buildWlzDayActivityLine('2026-03', days, ctx(withWlz(wlz({ stayByThisOrganisation: false, until: '2026-03-02' }))));
    expect(r.line?.dagdelen).toBe(1);
    expect(r.warnings.map((w) => w.code)).toEqual(['outside_wlz_indication']);
  });
  it('a month without parameters is refused', () => {
    expect(buildWlzDayActivityLine('2027-03', [day('2027-03-02', 180)], ctx(withWlz())).violations.map((v) => v.code)).toEqual([
      'financing.parameters_missing',
    ]);
  });
});
