import { describe, expect, it } from 'vitest';
import {
  calendarWeeksBetween,
  maxVolumeForAllocation,
  maxVolumeForPeriod,
  productPeriod,
  sundaysBetween,
  validateWmoAllocation,
} from './allocation.js';
import { wmoAllocation } from './testing/fixtures.js';

describe('an allocation (iWmo 301) is checked when entered or imported', () => {
  it('a valid allocation passes', () => {
    expect(validateWmoAllocation(wmoAllocation())).toEqual([]);
  });
  it('unknown category, unit, frequency, a broken volume and a reversed period are refused with their field', () => {
    const v = validateWmoAllocation(
      wmoAllocation({
        productCategory: '99',
        unit: '02',
        frequency: '3',
        volume: 2.5,
        from: '2026-05-01',
        until: '2026-04-01',
        municipalityCode: 'Zwolle',
        allocationNumber: ' ',
      }),
    );
    expect(v.every((x) => x.code === 'financing.allocation_invalid')).toBe(true);
    expect(v.map((x) => x.path).sort()).toEqual(
      ['/allocationNumber', '/frequency', '/municipalityCode', '/productCategory', '/unit', '/until', '/volume'].sort(),
    );
  });
});

describe('the maximum per product period (IV076, IV077)', () => {
  it('effort-oriented per week: calendar weeks touched × weekly volume (IV077 example: 7 Oct – 30 Dec 2025, 3 hours a week)', () => {
    const a = wmoAllocation({ from: '2025-10-07', until: '2025-12-30', volume: 3, unit: '04', frequency: '2' });
    expect(
      ['2025-10', '2025-11', '2025-12'].map((m) => maxVolumeForPeriod(a, productPeriod(a, m) ?? { start: '', end: '' })),
    ).toEqual([12, 15, 15]);
    expect(maxVolumeForAllocation(a)).toBe(39);
    expect(calendarWeeksBetween('2025-10-07', '2025-12-30')).toBe(13);
  });
  it('output-oriented per week: Sundays, and one more week where the last Sunday falls when the allocation does not end on a Sunday', () => {
    const a = wmoAllocation({ from: '2025-07-07', until: '2025-09-05', volume: 30000, unit: '83', frequency: '2' });
    expect(
      ['2025-07', '2025-08', '2025-09'].map((m) => maxVolumeForPeriod(a, productPeriod(a, m) ?? { start: '', end: '' })),
    ).toEqual([90000, 180000, 0]);
    expect(maxVolumeForAllocation(a)).toBe(270000);
    expect(sundaysBetween('2025-11-01', '2025-11-30')).toBe(5);
  });
  it('household help (category 01): always 6 × the weekly volume (IV077)', () => {
    const a = wmoAllocation({ productCategory: '01', volume: 3, unit: '04', frequency: '2' });
    expect(maxVolumeForPeriod(a, { start: '2026-02-01', end: '2026-02-28' })).toBe(18);
  });
  it('per day, per month, and in total (what is left)', () => {
    expect(maxVolumeForPeriod(wmoAllocation({ frequency: '1', volume: 2 }), { start: '2026-02-01', end: '2026-02-28' })).toBe(56);
    expect(maxVolumeForPeriod(wmoAllocation({ frequency: '4', volume: 10 }), { start: '2026-02-01', end: '2026-02-28' })).toBe(
      10,
    );
    const total = wmoAllocation({ frequency: '6', volume: 20, until: null });
    expect(maxVolumeForPeriod(total, { start: '2026-02-01', end: '2026-02-28' }, 15)).toBe(5);
    expect(maxVolumeForAllocation(total)).toBe(20);
    expect(maxVolumeForAllocation(wmoAllocation({ until: null }))).toBeNull();
    expect(maxVolumeForPeriod(wmoAllocation({ volume: null }), { start: '2026-02-01', end: '2026-02-28' })).toBeNull();
  });
  it('the product period is the month within the allocation (TR387, TR388)', () => {
    const a = wmoAllocation({ from: '2026-03-10', until: '2026-05-20' });
    expect(productPeriod(a, '2026-03')).toEqual({ start: '2026-03-10', end: '2026-03-31' });
    expect(productPeriod(a, '2026-04')).toEqual({ start: '2026-04-01', end: '2026-04-30' });
    expect(productPeriod(a, '2026-05')).toEqual({ start: '2026-05-01', end: '2026-05-20' });
    expect(productPeriod(a, '2026-06')).toBeNull();
  });
});
