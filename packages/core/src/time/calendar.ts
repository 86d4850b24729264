import { dateTimeFormat } from './formatter-cache.js';

/** The Dutch care week runs on Amsterdam time; core never reads a clock, the caller passes the instant. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** Per time zone, the last second asked for and its date: most callers ask for "now", many times a second. */
const lastDateOf = new Map<string, { second: number; date: string }>();

/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone. Remembered per whole UTC second, which is exact: time
 * zone offsets are whole seconds (IANA tz database), so a local midnight never falls inside a second.
 */
export function isoDateIn(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const second = Math.floor(instant.getTime() / 1000);
  const last = lastDateOf.get(timeZone);
  if (last?.second === second) return last.date;
  const parts = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  if (Number.isFinite(second)) lastDateOf.set(timeZone, { second, date });
  return date;
}
