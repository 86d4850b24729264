import type { TFunction } from 'i18next';

/** A weekly schedule in words: "dinsdag 09:30–15:30, donderdag 09:30–15:30". */
export function formatSchedule(schedule: readonly { day: string; from: string; to: string }[], t: TFunction): string {
  return schedule.map((slot) => `${t(`weekday.${slot.day}`)} ${slot.from}–${slot.to}`).join(', ');
}

/** A calendar date as people read it: "24 november 2026" (nl) or "24 November 2026" (en). */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );
}

/** A date in a week strip: "di 24 nov." (nl) or "Tue 24 Nov" (en). */
export function formatShortDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** A moment as people read it, in Dutch time: "5 december 2026 om 10:15" (nl) or "5 December 2026 at 10:15" (en). */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** A date as dd-mm-jjjj ("24-11-2026"); a moment is first taken as a day in Dutch time. */
export function formatNumericDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso.split('-').reverse().join('-');
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')}`;
}
