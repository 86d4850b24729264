import { describe, expect, it } from 'vitest';
import { isoDateIn } from './calendar.js';

describe('isoDateIn', () => {
  it('gives the Amsterdam date, which differs from UTC around midnight', () => {
    expect(isoDateIn(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(isoDateIn(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(isoDateIn(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    expect(isoDateIn(new Date('2026-11-21T23:30:00Z'), 'UTC')).toBe('2026-11-21');
  });

  it('gives the next date from the first second after local midnight, though the second before was asked just now', () => {
    expect(isoDateIn(new Date('2026-07-01T21:59:59.999Z'))).toBe('2026-07-01');
    expect(isoDateIn(new Date('2026-07-01T22:00:00.000Z'))).toBe('2026-07-02');
    expect(isoDateIn(new Date('2026-07-01T21:59:59.000Z'))).toBe('2026-07-01');
  });

  it('remembers a second per time zone, not one for all', () => {
    const instant = new Date('2026-11-21T23:30:00Z');
    expect(isoDateIn(instant)).toBe('2026-11-22');
    expect(isoDateIn(instant, 'UTC')).toBe('2026-11-21');
    expect(isoDateIn(instant, 'America/New_York')).toBe('2026-11-21');
    expect(isoDateIn(instant)).toBe('2026-11-22');
  });
});
