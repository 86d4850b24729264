const DAY_MS = 86_400_000;
const dayNumbers = new Map<string, number>();
const isoOfDay = new Map<number, string>();

/** Days since 1970-01-01 of an ISO date (UTC: no clock, no time zone), cached: the generator asks millions of times. */
function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
    dayNumbers.set(iso, n);
  }
  return n;
}

function isoOf(day: number): string {
  let iso = isoOfDay.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoOfDay.set(day, iso);
  }
  return iso;
}

/** The calendar day `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return isoOf(dayNumber(iso) + days);
}

/** ISO weekday (1 = Monday … 7 = Sunday). */
export function weekday(iso: string): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((dayNumber(iso) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The day the generated history is written up to: every generated date lies before it, so a roll call or session
 * dated on it is never "in the future" (core's attendance rule) on a machine clock later than this.
 */
export const GENERATED_UNTIL = '2026-11-28';
