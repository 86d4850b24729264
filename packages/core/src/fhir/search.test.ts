import { describe, expect, it } from 'vitest';
import { matchesDate, matchesToken, parseDateFilter, type DateFilter } from './search.js';

function filter(value: string): DateFilter {
  const parsed = parseDateFilter(value);
  if (!parsed) throw new Error(`not a date filter: ${value}`);
  return parsed;
}

describe('FHIR search parameters', () => {
  it('reads a date with or without a prefix, and refuses what is not a date', () => {
    expect(parseDateFilter('2026-03-01')).toEqual({ prefix: 'eq', date: '2026-03-01' });
    expect(parseDateFilter('ge2026-03')).toEqual({ prefix: 'ge', date: '2026-03' });
    expect(parseDateFilter('2026-13-01')).toBeNull();
    expect(parseDateFilter('gx2026')).toBeNull();
    expect(parseDateFilter('')).toBeNull();
  });

  it('compares at the precision asked', () => {
    const march = filter('2026-03');
    expect(matchesDate('2026-03-31T23:00:00Z', march)).toBe(true);
    expect(matchesDate('2026-04-01', march)).toBe(false);
    expect(matchesDate('2026-04-01', filter('gt2026-03'))).toBe(true);
    expect(matchesDate('2026-02-28', filter('le2026-03-01'))).toBe(true);
    expect(matchesDate('2026-03-02', filter('le2026-03-01'))).toBe(false);
    expect(matchesDate(undefined, march)).toBe(false);
  });

  it('matches a token by code, by system and code, or by system alone', () => {
    const codings = [{ system: 'urn:x', code: 'a' }];
    expect(matchesToken(codings, 'a')).toBe(true);
    expect(matchesToken(codings, 'urn:x|a')).toBe(true);
    expect(matchesToken(codings, 'urn:y|a')).toBe(false);
    expect(matchesToken(codings, 'urn:x|')).toBe(true);
    expect(matchesToken(codings, 'b')).toBe(false);
  });
});
