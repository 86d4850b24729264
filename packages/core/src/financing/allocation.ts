import { violation, type RuleViolation } from '../rules/rule-violation.js';
import type { WmoAllocation } from './types.js';

/**
 * A municipality's allocation (iWmo 301 ToegewezenProduct) and what it allows per product period
 * (REFERENCE.md §9.2; iStandaarden invulinstructies IV042, IV076, IV077).
 */

/** WMO020 product categories (REFERENCE.md §9.1): 07 is dagbesteding, 02 begeleiding. */
export const WMO_PRODUCT_CATEGORIES = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
];
/** WJ756 Eenheid (REFERENCE.md §9.2). */
export const WMO_UNITS = ['01', '04', '14', '16', '82', '83', '84'];
/** WMO757 Frequentie: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur toewijzing. */
export const WMO_FREQUENCIES = ['1', '2', '4', '6'];
/** Output-oriented units (82 stuks output, 83 euro's); the others are effort-oriented (REFERENCE.md §9.2). */
export const OUTPUT_UNITS = ['82', '83'];

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function validateWmoAllocation(a: WmoAllocation): RuleViolation[] {
  const out: RuleViolation[] = [];
  const bad = (path: string, source: string) => out.push(violation('financing.allocation_invalid', path, source));
  if (!a.allocationNumber.trim()) bad('/allocationNumber', 'REFERENCE.md §9.3 (ToewijzingNummer)');
  if (!/^\d{4}$/.test(a.municipalityCode)) bad('/municipalityCode', 'TR378 (CBS gemeentecode)');
  if (!WMO_PRODUCT_CATEGORIES.includes(a.productCategory)) bad('/productCategory', 'REFERENCE.md §9.1 (WMO020)');
  if (a.productCode !== null && !/^[0-9A-Za-z]{5}$/.test(a.productCode)) bad('/productCode', 'REFERENCE.md §9.1 (WMO021)');
  if (!WMO_UNITS.includes(a.unit)) bad('/unit', 'REFERENCE.md §9.2 (WJ756)');
  if (!WMO_FREQUENCIES.includes(a.frequency)) bad('/frequency', 'REFERENCE.md §9.2 (WMO757)');
  // IV042: the volume is a whole number (eurocent for unit 83).
  if (a.volume !== null && (!Number.isInteger(a.volume) || a.volume < 0)) bad('/volume', 'IV042');
  if (a.tariffCents !== null && (!Number.isInteger(a.tariffCents) || a.tariffCents < 0)) bad('/tariffCents', 'TR346');
  if (!ISO.test(a.from) || (a.until !== null && (!ISO.test(a.until) || a.until < a.from))) bad('/until', 'REFERENCE.md §9.3');
  return out;
}

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
export function addDays(date: string, n: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}
export const daysBetween = (from: string, until: string) =>
  Math.round((utc(until).getTime() - utc(from).getTime()) / 86_400_000) + 1;
const weekday = (date: string) => (utc(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6

/** First and last day of a month (YYYY-MM). */
export function monthBounds(month: string): { start: string; end: string } {
  const start = `${month}-01`;
  const d = utc(start);
  d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return { start, end: iso(d) };
}

/** Calendar weeks (Monday–Sunday) a period touches, broken weeks included (IV077, effort-oriented). */
export function calendarWeeksBetween(from: string, until: string): number {
  return Math.ceil((weekday(from) + daysBetween(from, until)) / 7);
}

/** Sundays in a period (IV076/IV077, output-oriented). */
export function sundaysBetween(from: string, until: string): number {
  const first = addDays(from, (6 - weekday(from) + 7) % 7);
  return first > until ? 0 : Math.ceil(daysBetween(first, until) / 7);
}

/** The product period of a month under an allocation (TR387/TR388), or null when they do not meet. */
export function productPeriod(allocation: WmoAllocation, month: string): { start: string; end: string } | null {
  const m = monthBounds(month);
  const start = allocation.from > m.start ? allocation.from : m.start;
  const end = allocation.until !== null && allocation.until < m.end ? allocation.until : m.end;
  return start <= end ? { start, end } : null;
}

/**
 * The most that may be declared for one product period (TR321): per day × days; per week × calendar weeks
 * (effort) or Sundays, plus one week in the period of the last Sunday when the allocation does not end on a
 * Sunday (output, IV077); per month: the volume; in total: what is left (TR322). Null: no volume given.
 */
export function maxVolumeForPeriod(
  allocation: WmoAllocation,
  period: { start: string; end: string },
  declaredBefore = 0,
): number | null {
  const v = allocation.volume;
  if (v === null) return null;
  switch (allocation.frequency) {
    case '1':
      return daysBetween(period.start, period.end) * v;
    case '2': {
      if (!OUTPUT_UNITS.includes(allocation.unit)) {
        // IV077: for category 01 (hulp bij het huishouden) always 6 × the weekly volume.
        return allocation.productCategory === '01' ? 6 * v : calendarWeeksBetween(period.start, period.end) * v;
      }
      let weeks = sundaysBetween(period.start, period.end);
      const until = allocation.until;
      if (until !== null && weekday(until) !== 6) {
        const lastSunday = addDays(until, -(weekday(until) + 1));
        if (lastSunday >= period.start && lastSunday <= period.end) weeks += 1;
      }
      return weeks * v;
    }
    case '4':
      return v;
    case '6':
      return Math.max(0, v - declaredBefore);
    default:
      return null;
  }
}

/** The most over the whole allocation (TR322); null without volume, or when open-ended (except a total volume). */
export function maxVolumeForAllocation(allocation: WmoAllocation): number | null {
  const v = allocation.volume;
  if (v === null) return null;
  if (allocation.frequency === '6') return v;
  if (allocation.until === null) return null;
  switch (allocation.frequency) {
    case '1':
      return daysBetween(allocation.from, allocation.until) * v;
    case '2':
      return OUTPUT_UNITS.includes(allocation.unit)
        ? (sundaysBetween(allocation.from, allocation.until) + (weekday(allocation.until) === 6 ? 0 : 1)) * v
        : calendarWeeksBetween(allocation.from, allocation.until) * v;
    default:
      return null;
  }
}
