/**
 * Days as the care week counts them: Amsterdam time, like the server's work list and agenda and the web app's
 * "today". Not the test machine's zone: in CI that is UTC, where the day changes an hour or two later.
 */
export function isoDaysFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today in the care week (YYYY-MM-DD). */
export const isoToday = (): string => isoDaysFromToday(0);

/** 2026-11-24 as a Dutch screen shows it: 24-11-2026. */
export const dutchDate = (iso: string): string => iso.split('-').reverse().join('-');
