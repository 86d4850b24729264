/** Today as the browser shows and stores it (the agenda and the session form use the local date). */
export function isoToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** 2026-11-24 as a Dutch screen shows it: 24-11-2026. */
export const dutchDate = (iso: string): string => iso.split('-').reverse().join('-');
