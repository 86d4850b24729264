/**
 * Local wall-clock time in a time zone and the instant it is. The agenda stores a series as local
 * date and time plus the zone (so "every Tuesday 10:00" stays 10:00 across summer time) and derives
 * UTC instants from it; a time that does not exist (the hour skipped on the last Sunday of March)
 * moves forward by the gap, as RFC 5545 §3.3.5 prescribes.
 */
import { dateTimeFormat } from '../time/formatter-cache.js';

const MINUTE = 60_000;

/** Minutes the zone is ahead of UTC at an instant. */
export function offsetMinutes(instant: number, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
}

/**
 * The instant of a local date (YYYY-MM-DD) and time (HH:MM) in a zone. A time that occurs twice (the
 * autumn fold) is its first occurrence; one that does not occur (the spring gap) is read with the
 * offset before the gap, so 02:30 becomes 03:30 summer time (RFC 5545 §3.3.5).
 */
export function localToInstant(date: string, time: string, timeZone: string): Date {
  const wall = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
  );
  const before = offsetMinutes(wall - 12 * 60 * MINUTE, timeZone);
  const after = offsetMinutes(wall + 12 * 60 * MINUTE, timeZone);
  const valid = [...new Set([before, after])]
    .map((offset) => ({ offset, instant: wall - offset * MINUTE }))
    .filter((c) => offsetMinutes(c.instant, timeZone) === c.offset)
    .map((c) => c.instant);
  return new Date(valid.length > 0 ? Math.min(...valid) : wall - before * MINUTE);
}

/** Minutes since midnight of HH:MM. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
