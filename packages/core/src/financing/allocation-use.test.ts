import { describe, expect, it } from 'vitest';
import type { AttendedDay } from '../daginvulling/units.js';
import { allocationUse } from './allocation-use.js';
import type { WmoAllocation } from './types.js';

// REFERENCE.md §9.2: 2 dagdelen per week, unit 16, frequency 2 (per week), effort-oriented.
const allocation: WmoAllocation = {
  allocationNumber: 'TW-1',
  municipalityCode: '0363',
  productCategory: '07',
  productCode: '07A01',
  volume: 2,
  unit: '16',
  frequency: '2',
  tariffCents: 5000,
  from: '2026-03-01',
  until: '2026-03-20',
};
const mornings = (dates: string[]): AttendedDay[] => dates.map((date) => ({ date, status: 'aanwezig', minutes: 180 }));

describe('delivery against an allocation', () => {
  it('is within the allocation when the weeks allow it', () => {
    const use = allocationUse(allocation, '2026-03', mornings(['2026-03-02', '2026-03-03', '2026-03-09']));
    expect(use).toMatchObject({
      delivered: 3,
      exceededBy: 0,
      daysOutsidePeriod: [],
      period: { start: '2026-03-01', end: '2026-03-20' },
    });
    // 1–20 March touches 4 calendar weeks (IV077): 4 × 2 dagdelen.
    expect(use.allowed).toBe(8);
  });

  it('warns when attendance goes beyond the allocated volume', () => {
    const many = mornings([2, 3, 4, 5, 6, 9, 10, 11, 12].map((d) => `2026-03-${String(d).padStart(2, '0')}`));
    expect(allocationUse(allocation, '2026-03', many)).toMatchObject({ delivered: 9, allowed: 8, exceededBy: 1 });
  });

  it('names attended days outside the allocation period', () => {
    const use = allocationUse(allocation, '2026-03', mornings(['2026-03-02', '2026-03-23']));
    expect(use.daysOutsidePeriod).toEqual(['2026-03-23']);
  });
});
