import { describe, expect, it } from 'vitest';
import { DEFAULT_UNIT_RULES } from '../daginvulling/units.js';
import { monthsBetween, unitsPerContract } from './management-reports.js';

describe('unitsPerContract', () => {
  it('derives units per placement by its rule, then sums per month, financer and unit; absences count nothing', () => {
    const rows = unitsPerContract([
      {
        month: '2026-03',
        financer: 'wmo',
        rule: DEFAULT_UNIT_RULES.wmo_uur,
        days: [
          { date: '2026-03-02', status: 'aanwezig', minutes: 50 },
          { date: '2026-03-09', status: 'aanwezig', minutes: 50 },
          { date: '2026-03-16', status: 'afwezig_gemeld', minutes: 0 },
        ],
      },
      {
        month: '2026-03',
        financer: 'wmo',
        rule: DEFAULT_UNIT_RULES.wmo_uur,
        days: [{ date: '2026-03-03', status: 'aanwezig', minutes: 80 }],
      },
      {
        month: '2026-03',
        financer: 'wlz',
        rule: DEFAULT_UNIT_RULES.wlz_dagdeel,
        days: [
          { date: '2026-03-02', status: 'aanwezig', minutes: 300 },
          { date: '2026-03-03', status: 'aanwezig', minutes: 60 },
        ],
      },
    ]);
    // wmo hours over the period: 100 min → 2 h, 80 min → 1 h (rounded per placement, not per day)
    expect(rows).toEqual([
      ['2026-03', 'wlz', '16', 1, 360, 2],
      ['2026-03', 'wmo', '04', 2, 180, 3],
    ]);
  });
});

describe('monthsBetween', () => {
  it('lists the months of a period and refuses one that runs backwards or is longer than allowed', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-01')).toBeNull();
    expect(monthsBetween('2024-01', '2026-01')).toBeNull();
  });
});
