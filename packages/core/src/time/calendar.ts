import { dateTimeFormat } from './formatter-cache.js';

/** The Dutch care week runs on Amsterdam time; core never reads a clock, the caller passes the instant. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function isoDateIn(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const parts = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
