import { describe, expect, it } from 'vitest';
import { isoDateIn } from './calendar.js';

describe('isoDateIn', () => {
  it('gives the Amsterdam date, which differs from UTC around midnight', () => {
    expect(isoDateIn(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(isoDateIn(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(isoDateIn(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    expect(isoDateIn(new Date('2026-11-21T23:30:00Z'), 'UTC')).toBe('2026-11-21');
  });
});
