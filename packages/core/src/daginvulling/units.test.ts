import { describe, expect, it } from 'vitest';
import { calendarWeeksTouched, DEFAULT_UNIT_RULES, deriveUnits, monthOverview, type AttendedDay } from './units.js';

const day = (date: string, minutes: number, status: AttendedDay['status'] = 'aanwezig'): AttendedDay => ({
  date,
  status,
  minutes,
});

describe('unit derivation from minutes (REFERENCE.md §9)', () => {
  const wlz = DEFAULT_UNIT_RULES.wlz_dagdeel;
  it('Wlz dagdeel: a 3-hour morning is one dagdeel', () => {
    expect(deriveUnits([day('2026-11-02', 180)], wlz)).toMatchObject({ unitCode: '16', units: 1, minutes: 180 });
  });
  it('Wlz dagdeel: a 9-hour day is two dagdelen, never more (a day has two)', () => {
    expect(deriveUnits([day('2026-11-02', 540)], wlz).units).toBe(2);
  });
  it('absence counts nothing; the minutes stay the truth', () => {
    const result = deriveUnits(
      [day('2026-11-02', 0, 'afwezig_gemeld'), day('2026-11-03', 0, 'ziek'), day('2026-11-04', 0, 'afwezig_ongemeld')],
      wlz,
    );
    expect(result).toMatchObject({ units: 0, minutes: 0, perDay: [] });
  });
  it('an online hour: below the dagdeel threshold, one Wmo hour, or nothing where online does not count', () => {
    const online = [day('2026-11-05', 60, 'online')];
    expect(deriveUnits(online, wlz).units).toBe(0);
    expect(deriveUnits(online, DEFAULT_UNIT_RULES.wmo_uur)).toMatchObject({ unitCode: '04', units: 1 });
    expect(deriveUnits(online, { ...DEFAULT_UNIT_RULES.wmo_uur, countOnline: false }).units).toBe(0);
  });
  it('Wmo hours round per period or per attendance, as the contract says; minutes are minutes', () => {
    const days = [day('2026-11-02', 100), day('2026-11-03', 100)]; // 200 minutes
    expect(deriveUnits(days, { kind: 'uur', rounding: 'nearest', per: 'period', countOnline: true }).units).toBe(3);
    expect(deriveUnits(days, { kind: 'uur', rounding: 'down', per: 'attendance', countOnline: true }).units).toBe(2);
    expect(deriveUnits(days, { kind: 'uur', rounding: 'up', per: 'attendance', countOnline: true }).units).toBe(4);
    expect(deriveUnits(days, DEFAULT_UNIT_RULES.wmo_minuut)).toMatchObject({ unitCode: '01', units: 200 });
    expect(deriveUnits(days, { kind: 'stuks', countOnline: true })).toMatchObject({ unitCode: '84', units: 2 });
  });
});

describe('month overview with the indication', () => {
  it('counts calendar weeks touched (IV042): November 2026 touches 6 weeks, February 2021 exactly 4', () => {
    expect(calendarWeeksTouched('2026-11')).toBe(6);
    expect(calendarWeeksTouched('2021-02')).toBe(4);
  });
  it('uses the placement’s own unit rule when there is no indication', () => {
    expect(
      monthOverview([day('2026-11-02', 180)], null, '2026-11', '2026-11-22', { rule: DEFAULT_UNIT_RULES.wlz_dagdeel }),
    ).toMatchObject({ unitCode: '16', units: 1, allowed: null, warnings: [] });
  });
  it('warns when delivery exceeds the indicated volume', () => {
    const days = Array.from({ length: 14 }, (_, i) => day(`2026-11-${String(i + 2).padStart(2, '0')}`, 480));
    const overview = monthOverview(
      days,
      { from: '2026-01-01', until: null, volume: 4, per: 'week', rule: DEFAULT_UNIT_RULES.wlz_dagdeel },
      '2026-11',
      '2026-11-22',
    );
    expect(overview.allowed).toBe(24);
    expect(overview.units).toBe(28);
    expect(overview.warnings.map((w) => w.code)).toEqual(['exceeds_volume']);
  });
  it('warns when the indication ends soon, has ended, or attendance falls outside it', () => {
    const days = [day('2026-11-02', 240), day('2026-11-20', 240)];
    const ending = {
      from: '2026-01-01',
      until: '2026-12-31',
      volume: 10,
      per: 'maand' as const,
      rule: DEFAULT_UNIT_RULES.wlz_dagdeel,
    };
    expect(monthOverview(days, ending, '2026-11', '2026-11-22').warnings.map((w) => w.code)).toEqual(['indication_ends_soon']);
    const ended = { ...ending, until: '2026-11-15' };
    expect(monthOverview(days, ended, '2026-11', '2026-11-22').warnings.map((w) => w.code)).toEqual([
      'outside_indication',
      'indication_ended',
    ]);
  });
});
