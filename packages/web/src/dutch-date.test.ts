import { describe, expect, it } from 'vitest';
import { parseDutchDate } from './dutch-date';

describe('parseDutchDate: what a Dutch user types, as the API wants it', () => {
  it('reads dd-mm-jjjj and its variants, and the ISO form', () => {
    expect(parseDutchDate('24-11-2026')).toBe('2026-11-24');
    expect(parseDutchDate('4-3-2026')).toBe('2026-03-04');
    expect(parseDutchDate('04/03/2026')).toBe('2026-03-04');
    expect(parseDutchDate(' 04.03.2026 ')).toBe('2026-03-04');
    expect(parseDutchDate('2026-11-24')).toBe('2026-11-24');
  });
  it('refuses what is no date: the American order when it cannot be a day, 30 February, text', () => {
    expect(parseDutchDate('11-24-2026')).toBeNull();
    expect(parseDutchDate('30-02-2026')).toBeNull();
    expect(parseDutchDate('morgen')).toBeNull();
    expect(parseDutchDate('24-11-26')).toBeNull();
  });
});
