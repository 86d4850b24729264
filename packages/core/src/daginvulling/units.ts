/** Presence at an activity (DOMAIN.md §4.6; 002 L1003-1025). */
export const ATTENDANCE_STATUSES = ['aanwezig', 'online', 'afwezig_gemeld', 'afwezig_ongemeld', 'ziek'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/**
 * How someone came to the activity, recorded at the door. Travelling on one's own (on foot, by bike, by public
 * transport) is preferred, if need be with a buddy, over special transport (003 L1277-1284); the municipality is
 * responsible for transport from home to day activities and needs to see the concrete demand for it (003 L1286-1288).
 */
export const TRANSPORT_MODES = ['zelfstandig', 'met_maatje', 'gebracht', 'georganiseerd_vervoer'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export interface AttendedDay {
  date: string;
  status: AttendanceStatus;
  /** Minutes actually present (arrival to departure) or online; 0 for an absence. The truth, never rounded. */
  minutes: number;
}

/**
 * How a contract turns minutes into the financer's unit (REFERENCE.md §9; iWmo codelijst WJ756).
 * The thresholds are not fixed by a public norm, so they are per contract.
 */
export type UnitRule =
  | { kind: 'dagdeel'; financer: 'wlz' | 'wmo'; minMinutesPerDagdeel: number; countOnline: boolean }
  | { kind: 'uur'; rounding: 'down' | 'nearest' | 'up'; per: 'attendance' | 'period'; countOnline: boolean }
  | { kind: 'minuut'; countOnline: boolean }
  | { kind: 'stuks'; countOnline: boolean };

/** iWmo unit codes (WJ756): 16 dagdeel (4 uur), 04 uur, 01 minuut, 84 stuks (inspanning). */
export const UNIT_CODES = { dagdeel: '16', uur: '04', minuut: '01', stuks: '84' } as const;
const DAGDEEL_MINUTES = 240; // unit code 16 "Dagdeel (4 uur)"
const DAGDELEN_PER_DAY = 2; // NZa: "Binnen de Wlz bestaat een dag uit twee dagdelen"

export const DEFAULT_UNIT_RULES: Record<'wlz_dagdeel' | 'wmo_dagdeel' | 'wmo_uur' | 'wmo_minuut', UnitRule> = {
  // An uncertain threshold: a dagdeel counts from 2 hours of presence (assumption; set it per contract).
  wlz_dagdeel: { kind: 'dagdeel', financer: 'wlz', minMinutesPerDagdeel: 120, countOnline: true },
  wmo_dagdeel: { kind: 'dagdeel', financer: 'wmo', minMinutesPerDagdeel: 120, countOnline: true },
  wmo_uur: { kind: 'uur', rounding: 'nearest', per: 'period', countOnline: true },
  wmo_minuut: { kind: 'minuut', countOnline: true },
};

export interface DerivedUnits {
  unitCode: string;
  /** Whole units: iWmo volumes carry no decimals (IV042). */
  units: number;
  minutes: number;
  perDay: { date: string; minutes: number; units: number }[];
}

function roundHours(minutes: number, rounding: 'down' | 'nearest' | 'up'): number {
  const hours = minutes / 60;
  return rounding === 'down' ? Math.floor(hours) : rounding === 'up' ? Math.ceil(hours) : Math.round(hours);
}

/** Derive the financer's units from recorded minutes, per the contract's rule; absences count nothing. */
export function deriveUnits(days: readonly AttendedDay[], rule: UnitRule): DerivedUnits {
  const counted = days.filter((d) => d.status === 'aanwezig' || (d.status === 'online' && rule.countOnline));
  const byDate = new Map<string, number>();
  for (const d of counted) byDate.set(d.date, (byDate.get(d.date) ?? 0) + d.minutes);
  const dates = [...byDate.keys()].sort();
  const perDay = dates.map((date) => {
    const minutes = byDate.get(date) ?? 0;
    let units: number;
    switch (rule.kind) {
      case 'dagdeel':
        units = minutes < rule.minMinutesPerDagdeel ? 0 : Math.min(DAGDELEN_PER_DAY, Math.ceil(minutes / DAGDEEL_MINUTES));
        break;
      case 'uur':
        units = rule.per === 'attendance' ? roundHours(minutes, rule.rounding) : 0;
        break;
      case 'minuut':
        units = minutes;
        break;
      case 'stuks':
        units = minutes > 0 ? 1 : 0;
        break;
    }
    return { date, minutes, units };
  });
  const minutes = perDay.reduce((a, d) => a + d.minutes, 0);
  const units =
    rule.kind === 'uur' && rule.per === 'period' ? roundHours(minutes, rule.rounding) : perDay.reduce((a, d) => a + d.units, 0);
  return { unitCode: UNIT_CODES[rule.kind], units, minutes, perDay };
}

/** An indication (toewijzing): its period and the volume it allows (REFERENCE.md §9.2). */
export interface Indication {
  from: string;
  until: string | null;
  volume: number;
  per: 'week' | 'maand' | 'totaal';
  rule: UnitRule;
}

export interface MonthOverview extends DerivedUnits {
  month: string;
  allowed: number | null;
  warnings: { code: 'exceeds_volume' | 'outside_indication' | 'indication_ends_soon' | 'indication_ended'; detail: string }[];
}

/** Calendar weeks (Monday-Sunday) that the month touches: the cap for a weekly volume is weeks × volume (IV042). */
export function calendarWeeksTouched(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const offset = (first.getUTCDay() + 6) % 7; // Monday = 0
  return Math.ceil((offset + days) / 7);
}

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** One person's month: minutes, derived units, and warnings when delivery exceeds the indication or it ends. */
export function monthOverview(
  days: readonly AttendedDay[],
  indication: Indication | null,
  month: string,
  today: string,
  options: { rule?: UnitRule; warnDaysBeforeEnd?: number } = {},
): MonthOverview {
  const warnDaysBeforeEnd = options.warnDaysBeforeEnd ?? 42;
  const inMonth = days.filter((d) => d.date.startsWith(month));
  const rule = indication?.rule ?? options.rule ?? DEFAULT_UNIT_RULES.wmo_uur;
  const derived = deriveUnits(inMonth, rule);
  const warnings: MonthOverview['warnings'] = [];
  let allowed: number | null = null;
  if (indication) {
    allowed =
      indication.per === 'week'
        ? indication.volume * calendarWeeksTouched(month)
        : indication.per === 'maand'
          ? indication.volume
          : null;
    if (allowed !== null && derived.units > allowed)
      warnings.push({ code: 'exceeds_volume', detail: `${derived.units} > ${allowed}` });
    const outside = derived.perDay.filter(
      (d) => d.minutes > 0 && (d.date < indication.from || (indication.until !== null && d.date > indication.until)),
    );
    if (outside.length > 0) warnings.push({ code: 'outside_indication', detail: outside.map((d) => d.date).join(', ') });
    if (indication.until !== null) {
      if (indication.until < today) warnings.push({ code: 'indication_ended', detail: indication.until });
      else if (indication.until <= addDays(today, warnDaysBeforeEnd))
        warnings.push({ code: 'indication_ends_soon', detail: indication.until });
    }
  }
  return { ...derived, month, allowed, warnings };
}
