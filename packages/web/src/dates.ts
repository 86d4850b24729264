import { isoDateIn } from '@meedoen/core';

/** Monday of the week of an ISO date, and simple date arithmetic in UTC (dates, not instants). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return addDays(date, -((d.getUTCDay() + 6) % 7));
}

/**
 * Today as the care week counts it (Amsterdam time, like the server's work list and agenda), as an ISO date: not the
 * browser's own zone and not UTC, which differ from it around midnight (a session at 00:30 belongs to the new day).
 */
export function todayIso(): string {
  return isoDateIn(new Date());
}

/** This month as the care week counts it (YYYY-MM). */
export function thisMonth(): string {
  return todayIso().slice(0, 7);
}
