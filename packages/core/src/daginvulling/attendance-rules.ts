import { violation, type RuleViolation } from '../rules/rule-violation.js';
import type { AttendanceStatus, TransportMode } from './units.js';

/** One line of a roll call as the server is about to store it (times as HH:MM, the date as YYYY-MM-DD). */
export interface AttendanceEntry {
  status: AttendanceStatus;
  minutes: number;
  /** How the person came; only for someone who came to the place (003 L1277-1288). */
  transport?: TransportMode | null;
}

/** The session the roll call is for, and the day it is today where the organisation is. */
export interface AttendanceSession {
  date: string;
  starts: string;
  ends: string;
  today: string;
}

const minutesOfDay = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The length of a session in minutes (a session that ends at or before its start has none). */
export function sessionMinutes(session: Pick<AttendanceSession, 'starts' | 'ends'>): number {
  return Math.max(0, minutesOfDay(session.ends) - minutesOfDay(session.starts));
}

/**
 * Hard rules for one attendance record. Attendance is actual presence (DOMAIN.md §4.6), so it cannot be
 * longer than the session it is for, and presence cannot be recorded for a day that has not come yet. An
 * absence reported in advance (afwezig met bericht) is the exception: the notice comes before the day.
 */
export function checkAttendanceEntry(entry: AttendanceEntry, session: AttendanceSession, path: string): RuleViolation[] {
  const out: RuleViolation[] = [];
  // DOMAIN.md §4.6: actual presence in minutes; the financer's units are derived from these minutes afterwards.
  if (entry.minutes > sessionMinutes(session))
    out.push(violation('attendance.minutes_exceed_session', `${path}/minutes`, 'DOMAIN.md §4.6'));
  // DOMAIN.md §4.6: presence is recorded as it happened, so not for a future date (a notice of absence may be).
  if (session.date > session.today && entry.status !== 'afwezig_gemeld')
    out.push(violation('attendance.future_date', `${path}/status`, 'DOMAIN.md §4.6'));
  // 003 L1286-1288: transport is from home to the day activity, so only for someone who came there (not online, not absent).
  if (entry.transport && entry.status !== 'aanwezig')
    out.push(violation('attendance.transport_without_presence', `${path}/transport`, '003 L1286-1288'));
  return out;
}
