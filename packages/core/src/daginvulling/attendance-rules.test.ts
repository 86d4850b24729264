import { describe, expect, it } from 'vitest';
import { checkAttendanceEntry } from './attendance-rules.js';

const session = { date: '2026-11-24', starts: '10:00', ends: '15:30', today: '2026-11-30' };
const codes = (entry: Parameters<typeof checkAttendanceEntry>[0], on = session) =>
  checkAttendanceEntry(entry, on, '/records/0').map((v) => `${v.code} ${v.path}`);

describe('the hard rules of one attendance record', () => {
  it('accepts presence within the session, with or without how the person came', () => {
    expect(codes({ status: 'aanwezig', minutes: 330 })).toEqual([]);
    expect(codes({ status: 'aanwezig', minutes: 300, transport: 'georganiseerd_vervoer' })).toEqual([]);
    expect(codes({ status: 'ziek', minutes: 0, transport: null })).toEqual([]);
  });

  it('refuses more minutes than the session lasts', () => {
    expect(codes({ status: 'aanwezig', minutes: 331 })).toEqual(['attendance.minutes_exceed_session /records/0/minutes']);
  });

  it('refuses presence on a day still to come, but takes a notice of absence in advance', () => {
    const future = { ...session, date: '2026-12-07' };
    expect(codes({ status: 'aanwezig', minutes: 60 }, future)).toEqual(['attendance.future_date /records/0/status']);
    expect(codes({ status: 'afwezig_gemeld', minutes: 0 }, future)).toEqual([]);
  });

  it('refuses transport for someone who did not come to the place (003 L1286-1288)', () => {
    for (const status of ['online', 'ziek', 'afwezig_gemeld', 'afwezig_ongemeld'] as const)
      expect(codes({ status, minutes: 0, transport: 'zelfstandig' })).toEqual([
        'attendance.transport_without_presence /records/0/transport',
      ]);
  });
});
