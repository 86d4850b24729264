import * as rruleModule from 'rrule';
import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { localToInstant, minutesOf } from './local-time.js';

// rrule ships CommonJS for Node and ES modules for bundlers: take the classes from whichever loaded.
const rrule: typeof rruleModule =
  'RRuleSet' in rruleModule && rruleModule.RRuleSet
    ? rruleModule
    : (rruleModule as unknown as { default: typeof rruleModule }).default;

export const RECURRENCE_FREQUENCIES = ['dagelijks', 'wekelijks', 'maandelijks'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];
export const AGENDA_WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export type AgendaWeekday = (typeof AGENDA_WEEKDAYS)[number];

/** How a series repeats (RFC 5545 §3.3.10 RRULE): bounded by an end date or a count. */
export interface Recurrence {
  frequency: RecurrenceFrequency;
  interval: number;
  /** For a weekly series: on which days; empty means the weekday of the first date. */
  weekdays: AgendaWeekday[];
  until: string | null;
  count: number | null;
}

/** A series in local time: first date, start and end time on the day, the zone; no recurrence = once. */
export interface SeriesPattern {
  startDate: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  recurrence: Recurrence | null;
}

/**
 * One change to one session of a series, named by the session's original date (RFC 5545 §3.8.4.4
 * RECURRENCE-ID): cancelled (a holiday, a cancelled week) or moved to another date and time.
 */
export type SeriesException =
  | { date: string; kind: 'cancelled'; reason: string }
  | { date: string; kind: 'moved'; reason: string; toDate: string; toStart: string; toEnd: string };

export interface Session {
  /** The session's original date in the series: its identity, also when it was moved. */
  originalDate: string;
  date: string;
  starts: string;
  ends: string;
  startsAt: Date;
  endsAt: Date;
  moved: boolean;
}

/** The longest a series may run and the most sessions it may hold (configuration, not a rule from a source). */
export const SERIES_LIMITS = { maxDays: 731, maxSessions: 520 };

const DAY = 86_400_000;
const WEEKDAY_INDEX: Record<AgendaWeekday, number> = { ma: 0, di: 1, wo: 2, do: 3, vr: 4, za: 5, zo: 6 };
const FREQ = { dagelijks: 3, wekelijks: 2, maandelijks: 1 } as const; // rrule's Frequency.DAILY, WEEKLY, MONTHLY

/** A local date and time as a "floating" date: the wall-clock time written in UTC fields (how rrule reads local time). */
function floating(date: string, time: string): Date {
  return new Date(`${date}T${time}:00Z`);
}
const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/** What is wrong with a pattern (end before start, no bound, too long), as violations. */
export function checkPattern(pattern: SeriesPattern): RuleViolation[] {
  const out: RuleViolation[] = [];
  // An appointment takes time: it ends after it starts (RFC 5545 §3.6.1: DTEND later than DTSTART).
  if (minutesOf(pattern.endTime) <= minutesOf(pattern.startTime))
    out.push(violation('agenda.end_before_start', '/endTime', 'RFC 5545 §3.6.1'));
  const r = pattern.recurrence;
  if (r) {
    // A series must end: an unbounded RRULE cannot be planned around (RFC 5545 §3.3.10 UNTIL / COUNT).
    const bounded = (r.until !== null) !== (r.count !== null);
    const tooLong =
      (r.until !== null &&
        (r.until < pattern.startDate || Date.parse(r.until) - Date.parse(pattern.startDate) > SERIES_LIMITS.maxDays * DAY)) ||
      (r.count !== null && (r.count < 1 || r.count > SERIES_LIMITS.maxSessions));
    if (!bounded || tooLong)
      out.push(
        violation('agenda.series_unbounded', r.until !== null ? '/recurrence/until' : '/recurrence/count', 'RFC 5545 §3.3.10'),
      );
  }
  return out;
}

function ruleSet(pattern: SeriesPattern, exceptions: readonly SeriesException[]): rruleModule.RRuleSet {
  const set = new rrule.RRuleSet();
  const dtstart = floating(pattern.startDate, pattern.startTime);
  const r = pattern.recurrence;
  if (!r) set.rdate(dtstart);
  else
    set.rrule(
      new rrule.RRule({
        freq: FREQ[r.frequency],
        interval: r.interval,
        dtstart,
        byweekday: r.frequency === 'wekelijks' && r.weekdays.length > 0 ? r.weekdays.map((d) => WEEKDAY_INDEX[d]) : null,
        until: r.until ? floating(r.until, '23:59') : null,
        count: r.count,
        wkst: 0, // weeks start on Monday (NEN-ISO 8601)
      }),
    );
  // Cancelled and moved sessions leave the rule as EXDATE (RFC 5545 §3.8.5.1); a moved one comes back below.
  for (const e of exceptions) set.exdate(floating(e.date, pattern.startTime));
  return set;
}

/** The original dates of all sessions of a series, before exceptions (bounded by checkPattern). */
export function seriesDates(pattern: SeriesPattern): string[] {
  return ruleSet(pattern, [])
    .all((_, i) => i < SERIES_LIMITS.maxSessions)
    .map(dateOf);
}

/** Exceptions that name a date on which the series has no session. */
export function checkExceptions(pattern: SeriesPattern, exceptions: readonly SeriesException[]): RuleViolation[] {
  const dates = new Set(seriesDates(pattern));
  const out: RuleViolation[] = [];
  exceptions.forEach((e, i) => {
    // An exception replaces one instance of the series (RFC 5545 §3.8.4.4): that instance must exist.
    if (!dates.has(e.date)) out.push(violation('agenda.not_in_series', `/exceptions/${i}/date`, 'RFC 5545 §3.8.4.4'));
    if (e.kind === 'moved' && minutesOf(e.toEnd) <= minutesOf(e.toStart))
      out.push(violation('agenda.end_before_start', `/exceptions/${i}/toEnd`, 'RFC 5545 §3.6.1'));
  });
  return out;
}

function session(
  pattern: SeriesPattern,
  originalDate: string,
  date: string,
  starts: string,
  ends: string,
  moved: boolean,
): Session {
  return {
    originalDate,
    date,
    starts,
    ends,
    startsAt: localToInstant(date, starts, pattern.timeZone),
    endsAt: localToInstant(date, ends, pattern.timeZone),
    moved,
  };
}

/**
 * The sessions of a series that take place, in date order: the rule's dates without the cancelled
 * and moved ones, plus the moved ones at their new date. Times stay local, so a weekly 10:00 is 10:00
 * in winter and in summer; the instants follow the zone's offset of each day.
 */
export function expandSeries(pattern: SeriesPattern, exceptions: readonly SeriesException[] = []): Session[] {
  const regular = ruleSet(pattern, exceptions)
    .all((_, i) => i < SERIES_LIMITS.maxSessions)
    .map((d) => session(pattern, dateOf(d), dateOf(d), pattern.startTime, pattern.endTime, false));
  const dates = new Set(seriesDates(pattern));
  const moved = exceptions
    .filter((e): e is Extract<SeriesException, { kind: 'moved' }> => e.kind === 'moved' && dates.has(e.date))
    .map((e) => session(pattern, e.date, e.toDate, e.toStart, e.toEnd, true));
  return [...regular, ...moved].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** An interval of time held by someone or something. */
export interface Booking {
  startsAt: Date;
  endsAt: Date;
}

/** Whether two bookings overlap (touching ends do not: 10:00-11:00 and 11:00-12:00 both fit). */
export function overlaps(a: Booking, b: Booking): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** The first of the new sessions that collides with an existing booking, if any. */
export function firstCollision<T extends Booking>(sessions: readonly Booking[], existing: readonly T[]): T | null {
  for (const s of sessions) {
    const hit = existing.find((e) => overlaps(s, e));
    if (hit) return hit;
  }
  return null;
}
