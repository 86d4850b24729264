import { describe, expect, it } from 'vitest';
import { ageInYears, parseIsoDate } from './age.js';

describe('ageInYears', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageInYears('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageInYears('2010-06-15', '2026-06-15')).toBe(16);
    expect(ageInYears('2017-04-09', '2026-11-22')).toBe(9);
  });
  it('handles a 29 February birthday', () => {
    expect(ageInYears('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageInYears('2008-02-29', '2024-02-29')).toBe(16);
  });
  it('rejects what is not an ISO date', () => {
    expect(() => parseIsoDate('15-06-2010')).toThrow(RangeError);
  });
});
