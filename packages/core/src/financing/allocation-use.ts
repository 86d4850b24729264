import type { AttendedDay } from '../daginvulling/units.js';
import { maxVolumeForPeriod, productPeriod } from './allocation.js';
import { buildWmoMonthLine } from './iwmo-declaration.js';
import type { WmoAllocation } from './types.js';

/**
 * Delivery against an allocation in one month, for the roll call and the Financiering tab: what was delivered
 * in the product period (the units a 323 line would carry), what the allocation allows (TR321), and the days
 * attended outside its period. The declaration checks block the same excess with the receiver's codes
 * (iwmo-checks.ts); here it is a warning while the month is still running.
 */
export interface AllocationUse {
  allocationNumber: string;
  municipalityCode: string;
  month: string;
  /** The product period of the month under the allocation (TR387/TR388), null when they do not meet. */
  period: { start: string; end: string } | null;
  delivered: number;
  unit: string;
  /** Null: no volume cap (no Omvang, TR321). */
  allowed: number | null;
  /** Delivered beyond the allowed volume: 'financing.volume_exceeds_allocation' in the declaration checks. */
  exceededBy: number;
  /** Attended days outside the allocation's period: 'financing.outside_allocation_period'. */
  daysOutsidePeriod: string[];
}

export function allocationUse(
  allocation: WmoAllocation,
  month: string,
  days: readonly AttendedDay[],
  declaredBefore = 0,
): AllocationUse {
  const period = productPeriod(allocation, month);
  const line = buildWmoMonthLine({
    month,
    person: { id: '', bsn: null },
    allocation,
    days: [...days],
    reference: '',
  });
  const delivered = line?.volume ?? 0;
  const allowed = period ? maxVolumeForPeriod(allocation, period, declaredBefore) : 0;
  const attended = days.filter((d) => d.minutes > 0 && (d.status === 'aanwezig' || d.status === 'online'));
  return {
    allocationNumber: allocation.allocationNumber,
    municipalityCode: allocation.municipalityCode,
    month,
    period,
    delivered,
    unit: allocation.unit,
    allowed,
    exceededBy: allowed === null ? 0 : Math.max(0, delivered - allowed),
    daysOutsidePeriod: attended
      .filter((d) => d.date.startsWith(month))
      .filter((d) => d.date < allocation.from || (allocation.until !== null && d.date > allocation.until))
      .map((d) => d.date)
      .sort(),
  };
}
