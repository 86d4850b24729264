import { describe, expect, it } from 'vitest';
import { checkPlace } from './kinds.js';
import { localToInstant } from './local-time.js';
import { checkExceptions, checkPattern, expandSeries, firstCollision, type SeriesPattern } from './series.js';

const weekly = (over: Partial<SeriesPattern['recurrence'] & object> = {}): SeriesPattern => ({
  startDate: '2026-03-17',
  startTime: '10:00',
  endTime: '11:00',
  timeZone: 'Europe/Amsterdam',
  recurrence: { frequency: 'wekelijks', interval: 1, weekdays: [], until: null, count: 4, ...over },
});

describe('a weekly series', () => {
  it('stays at 10:00 local time across the last Sunday of March (summer time)', () => {
    const sessions = expandSeries(weekly());
    expect(sessions.map((s) => s.date)).toEqual(['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07']);
    expect(sessions.map((s) => s.starts)).toEqual(['10:00', '10:00', '10:00', '10:00']);
    expect(sessions[1]?.startsAt.toISOString()).toBe('2026-03-24T09:00:00.000Z'); // CET, UTC+1
    expect(sessions[2]?.startsAt.toISOString()).toBe('2026-03-31T08:00:00.000Z'); // CEST, UTC+2
  });

  it('stays at 10:00 local time across the last Sunday of October (winter time)', () => {
    const sessions = expandSeries({ ...weekly(), startDate: '2026-10-20' });
    expect(sessions[0]?.startsAt.toISOString()).toBe('2026-10-20T08:00:00.000Z');
    expect(sessions[1]?.startsAt.toISOString()).toBe('2026-10-27T09:00:00.000Z');
  });

  it('leaves out a cancelled week and a holiday, and shows a moved session at its new time', () => {
    const sessions = expandSeries(weekly({ count: 6 }), [
      { date: '2026-03-24', kind: 'cancelled', reason: 'Teamdag' },
      { date: '2026-04-07', kind: 'cancelled', reason: 'Tweede paasdag-week' },
      { date: '2026-03-31', kind: 'moved', reason: 'Ruimte bezet', toDate: '2026-04-02', toStart: '14:00', toEnd: '15:00' },
    ]);
    expect(sessions.map((s) => `${s.date} ${s.starts}${s.moved ? ' (was ' + s.originalDate + ')' : ''}`)).toEqual([
      '2026-03-17 10:00',
      '2026-04-02 14:00 (was 2026-03-31)',
      '2026-04-14 10:00',
      '2026-04-21 10:00',
    ]);
  });

  it('repeats on chosen weekdays until an end date', () => {
    const sessions = expandSeries(weekly({ weekdays: ['di', 'do'], count: null, until: '2026-03-26' }));
    expect(sessions.map((s) => s.date)).toEqual(['2026-03-17', '2026-03-19', '2026-03-24', '2026-03-26']);
  });

  it('is a single appointment without recurrence', () => {
    expect(expandSeries({ ...weekly(), recurrence: null }).map((s) => s.date)).toEqual(['2026-03-17']);
  });
});

describe('rules', () => {
  it('refuses an end before the start', () => {
    expect(checkPattern({ ...weekly(), endTime: '09:00' }).map((v) => v.code)).toEqual(['agenda.end_before_start']);
  });
  it('refuses a series without an end, or with two', () => {
    expect(checkPattern(weekly({ count: null })).map((v) => v.code)).toEqual(['agenda.series_unbounded']);
    expect(checkPattern(weekly({ until: '2026-05-01' })).map((v) => v.code)).toEqual(['agenda.series_unbounded']);
    expect(checkPattern(weekly({ count: null, until: '2029-01-01' })).map((v) => v.code)).toEqual(['agenda.series_unbounded']);
  });
  it('refuses an exception on a date without a session', () => {
    expect(checkExceptions(weekly(), [{ date: '2026-03-18', kind: 'cancelled', reason: 'x' }]).map((v) => v.path)).toEqual([
      '/exceptions/0/date',
    ]);
  });
  it('asks a place for home visits, online sessions and room bookings', () => {
    expect(checkPlace('huisbezoek', { roomId: null, address: ' ', onlineUrl: null }).map((v) => v.code)).toEqual([
      'agenda.location_required',
    ]);
    expect(checkPlace('online', { roomId: null, address: null, onlineUrl: 'https://x' })).toEqual([]);
    expect(checkPlace('individueel', { roomId: null, address: null, onlineUrl: null })).toEqual([]);
  });
  it('finds collisions but lets back-to-back appointments pass', () => {
    const at = (h: number) => localToInstant('2026-03-17', `${String(h).padStart(2, '0')}:00`, 'Europe/Amsterdam');
    const existing = [{ id: 'a', startsAt: at(11), endsAt: at(12) }];
    expect(firstCollision([{ startsAt: at(10), endsAt: at(11) }], existing)).toBeNull();
    expect(firstCollision([{ startsAt: at(10), endsAt: at(12) }], existing)?.id).toBe('a');
  });
});

describe('local time', () => {
  it('reads a time in the spring gap with the offset before it, and a time in the autumn fold as its first occurrence', () => {
    expect(localToInstant('2026-03-29', '02:30', 'Europe/Amsterdam').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localToInstant('2026-10-25', '02:30', 'Europe/Amsterdam').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});
