import { deriveUnits, type AttendedDay, type UnitRule } from '../daginvulling/units.js';

/**
 * Reports for financers and management: totals only, no client named. A report is a table with
 * Dutch column headers (the financers' language) that the server writes as CSV or XLSX.
 */
export const REPORTS = ['attendance-per-month', 'units-per-contract', 'treatment-volume-per-discipline'] as const;
export type ReportName = (typeof REPORTS)[number];

export type ReportCell = string | number;
export interface ReportTable {
  name: ReportName;
  columns: { key: string; header: string }[];
  rows: ReportCell[][];
}

export const REPORT_COLUMNS: Record<ReportName, { key: string; header: string }[]> = {
  'attendance-per-month': [
    { key: 'month', header: 'Maand' },
    { key: 'offer', header: 'Aanbod' },
    { key: 'group', header: 'Groep' },
    { key: 'occurrences', header: 'Bijeenkomsten' },
    { key: 'participants', header: 'Deelnemers' },
    { key: 'present', header: 'Aanwezig' },
    { key: 'online', header: 'Online' },
    { key: 'absent', header: 'Afwezig' },
    { key: 'minutes', header: 'Minuten aanwezig' },
  ],
  'units-per-contract': [
    { key: 'month', header: 'Maand' },
    { key: 'financer', header: 'Financier' },
    { key: 'unitCode', header: 'Eenheid (iWmo WJ756)' },
    { key: 'placements', header: 'Plaatsingen' },
    { key: 'minutes', header: 'Minuten' },
    { key: 'units', header: 'Eenheden' },
  ],
  'treatment-volume-per-discipline': [
    { key: 'month', header: 'Maand' },
    { key: 'discipline', header: 'Discipline' },
    { key: 'clients', header: 'Cliënten' },
    { key: 'sessions', header: 'Sessies' },
    { key: 'directMinutes', header: 'Directe minuten' },
    { key: 'indirectMinutes', header: 'Indirecte minuten' },
  ],
};

/** One placement's attended days in one month, with the contract's unit rule. */
export interface PlacementMonth {
  month: string;
  financer: string;
  rule: UnitRule;
  days: AttendedDay[];
}

/**
 * Units per contract: per month, financer and unit, the financer's units as each placement's rule
 * derives them (REFERENCE.md §9; iWmo WJ756 unit codes) — summed after deriving, because a rule such as
 * "hours over the period" rounds per placement, not per day.
 */
export function unitsPerContract(placements: readonly PlacementMonth[]): ReportCell[][] {
  const totals = new Map<
    string,
    { month: string; financer: string; unitCode: string; placements: number; minutes: number; units: number }
  >();
  for (const p of placements) {
    const derived = deriveUnits(p.days, p.rule);
    if (derived.minutes === 0) continue;
    const key = `${p.month}|${p.financer}|${derived.unitCode}`;
    const t = totals.get(key) ?? {
      month: p.month,
      financer: p.financer,
      unitCode: derived.unitCode,
      placements: 0,
      minutes: 0,
      units: 0,
    };
    t.placements += 1;
    t.minutes += derived.minutes;
    t.units += derived.units;
    totals.set(key, t);
  }
  return [...totals.values()]
    .sort(
      (a, b) => a.month.localeCompare(b.month) || a.financer.localeCompare(b.financer) || a.unitCode.localeCompare(b.unitCode),
    )
    .map((t) => [t.month, t.financer, t.unitCode, t.placements, t.minutes, t.units]);
}

/** Months from `from` to `until` (YYYY-MM), at most `max`; null when the period runs backwards or is too long. */
export function monthsBetween(from: string, until: string, max = 24): string[] | null {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [uy, um] = until.split('-').map(Number) as [number, number];
  const count = (uy - fy) * 12 + (um - fm) + 1;
  if (count < 1 || count > max) return null;
  return Array.from({ length: count }, (_, i) => {
    const m = fm - 1 + i;
    return `${fy + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}
