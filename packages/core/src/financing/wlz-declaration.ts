import { deriveUnits, type AttendedDay } from '../daginvulling/units.js';
import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { monthBounds } from './allocation.js';
import { parametersOn } from './parameters.js';
import type { FinancingContext } from './payer.js';
import { reason } from './reasons.js';
import { activeOn, type FinancingReason } from './types.js';

/**
 * Wlz day activities in dagdelen (REFERENCE.md §9; 002 L1003-1007, L1048-1049): a day has two dagdelen, a
 * dagdeel is four hours (unit 16). A separate prestatie exists only when the person takes day activities
 * from another provider than the one of their stay; inside the stay package there is no line of its own.
 */

export interface WlzDayActivityLine {
  personId: string;
  bsn: string | null;
  month: string;
  period: { start: string; end: string };
  /** The NZa/iWlz prestatiecode: UNCONFIRMED, from the parameters; null until configured. */
  prestatieCode: string | null;
  dagdelen: number;
  tariffCents: number | null;
  amountCents: number | null;
  perDay: { date: string; minutes: number; dagdelen: number }[];
}

export interface WlzDayActivityResult {
  line: WlzDayActivityLine | null;
  reasons: FinancingReason[];
  /** Blocks sending: no prestatiecode configured, or no parameters for the month. */
  violations: RuleViolation[];
  warnings: FinancingReason[];
}

export function buildWlzDayActivityLine(
  month: string,
  days: readonly AttendedDay[],
  ctx: FinancingContext,
): WlzDayActivityResult {
  const { person } = ctx;
  const period = monthBounds(month);
  const found = parametersOn(ctx.parameters, period.start);
  if (!found.ok) return { line: null, reasons: [], violations: [found.violation], warnings: [] };
  const p = found.parameters;
  const inMonth = days.filter((d) => d.date >= period.start && d.date <= period.end);
  const covered = inMonth.filter((d) => activeOn(person.entitlements.wlz, d.date));
  const warnings: FinancingReason[] = [];
  const outside = inMonth.filter((d) => d.minutes > 0 && !activeOn(person.entitlements.wlz, d.date));
  if (outside.length > 0)
    warnings.push(
      reason(
        'outside_wlz_indication',
        '002 L67-70',
        `Aanwezig buiten de Wlz-indicatie op ${outside.map((d) => d.date).join(', ')}: die dagen vallen niet onder de Wlz.`,
        `Present outside the Wlz indication on ${outside.map((d) => d.date).join(', ')}: those days are not Wlz.`,
      ),
    );
  const inStay = covered.every((d) => {
    const w = activeOn(person.entitlements.wlz, d.date);
    return w !== undefined && w.deliveryForm === 'verblijf' && w.stayByThisOrganisation && w.dagbestedingInStay;
  });
  if (covered.length > 0 && inStay)
    return {
      line: null,
      reasons: [
        reason(
          'wlz_in_stay_package',
          'REFERENCE.md §9 (monitorlangdurigezorg.nl)',
          'Dagbesteding hoort bij het verblijfspakket: geen aparte declaratieregel.',
          'Day activities are part of the stay package: no separate declaration line.',
        ),
      ],
      violations: [],
      warnings,
    };
  // NZa: "Binnen de Wlz bestaat een dag uit twee dagdelen"; the threshold per dagdeel is per contract.
  const derived = deriveUnits(covered, {
    kind: 'dagdeel',
    financer: 'wlz',
    minMinutesPerDagdeel: p.wlz.minMinutesPerDagdeel,
    countOnline: true,
  });
  if (derived.units === 0) return { line: null, reasons: [], violations: [], warnings };
  const violations: RuleViolation[] = [];
  if (p.wlz.dagbestedingCode === null)
    violations.push(
      violation('financing.parameters_missing', '/wlz/dagbestedingCode', 'REFERENCE.md §9, §12 (Wlz H-codes UNCONFIRMED)'),
    );
  const tariff = p.wlz.dagbestedingTariffCents;
  return {
    line: {
      personId: person.id,
      bsn: person.bsn,
      month,
      period,
      prestatieCode: p.wlz.dagbestedingCode,
      dagdelen: derived.units,
      tariffCents: tariff,
      amountCents: tariff === null ? null : derived.units * tariff,
      perDay: derived.perDay.map((d) => ({ date: d.date, minutes: d.minutes, dagdelen: d.units })),
    },
    reasons: [
      reason(
        'wlz_dagdelen',
        '002 L1048-1049; REFERENCE.md §9',
        `${derived.units} dagdelen: in de Wlz wordt dagbesteding per dagdeel betaald, hooguit twee per dag.`,
        `${derived.units} half days: the Wlz pays day activities per half day, at most two a day.`,
      ),
    ],
    violations,
    warnings,
  };
}
