import { deriveUnits, type AttendedDay, type UnitRule } from '../daginvulling/units.js';
import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { maxVolumeForPeriod, monthBounds, OUTPUT_UNITS, productPeriod } from './allocation.js';
import type { WmoAllocation } from './types.js';

/**
 * The monthly iWmo 323 declaration per municipality, from attendance and allocations (REFERENCE.md §9.3).
 * Pure building blocks: the server stores the lines, numbers them, renders the XML and sends it.
 */

export interface ClosedPeriod {
  start: string;
  end: string;
}

/** One Prestatie of a WMO323 message. Amounts in eurocent. */
export interface Wmo323Line {
  /** ProductReferentie/ReferentieNummer: unique for the provider, ever (TR314). */
  reference: string;
  /** VorigReferentieNummer: on a credit line, the debet line it cancels (TR323). */
  previousReference: string | null;
  personId: string;
  bsn: string | null;
  allocationNumber: string;
  productCategory: string;
  productCode: string | null;
  period: ClosedPeriod;
  /** GeleverdVolume: a whole number, eurocent for unit 83 (IV042). */
  volume: number;
  unit: string;
  tariffCents: number | null;
  amountCents: number;
  direction: 'D' | 'C';
}

export interface Wmo323Declaration {
  municipalityCode: string;
  declarationNumber: string;
  /** DeclaratiePeriode: the calendar month. */
  period: ClosedPeriod;
  /** DeclaratieDagtekening. */
  date: string;
  lines: Wmo323Line[];
  /** TotaalIngediendBedrag: debet minus credit, with its sign as D or C (TR358). */
  totalCents: number;
  totalDirection: 'D' | 'C';
}

/** How minutes become the allocation's unit, per unit code (a contract may set its own rule). */
export function unitRuleFor(unit: string, minMinutesPerDagdeel = 120): UnitRule | null {
  switch (unit) {
    case '16':
      return { kind: 'dagdeel', financer: 'wmo', minMinutesPerDagdeel, countOnline: true };
    case '04':
      return { kind: 'uur', rounding: 'nearest', per: 'period', countOnline: true };
    case '01':
      return { kind: 'minuut', countOnline: true };
    case '84':
      return { kind: 'stuks', countOnline: true };
    default:
      return null; // 14 etmaal, and the output units 82/83 follow the agreement, not minutes
  }
}

export interface WmoMonthInput {
  month: string;
  person: { id: string; bsn: string | null };
  allocation: WmoAllocation;
  /** The person's attendance under this allocation (any month: only the product period counts). */
  days: readonly AttendedDay[];
  reference: string;
  /** The contract's rule for minutes → units; by default per unit code. */
  unitRule?: UnitRule;
  /** For an allocation without product code: the contract's code (the WMO323 XSD requires one). */
  contractProductCode?: string;
}

/** The month's line under one allocation, or null when nothing was delivered in its product period. */
export function buildWmoMonthLine(input: WmoMonthInput): Wmo323Line | null {
  const { allocation } = input;
  const period = productPeriod(allocation, input.month);
  if (!period) return null;
  const inPeriod = input.days.filter((d) => d.date >= period.start && d.date <= period.end);
  let volume: number;
  if (OUTPUT_UNITS.includes(allocation.unit)) {
    // IV076: output-oriented, the agreed volume for the period once there was delivery.
    const delivered = inPeriod.some((d) => d.minutes > 0 && (d.status === 'aanwezig' || d.status === 'online'));
    volume = delivered ? (maxVolumeForPeriod(allocation, period) ?? 0) : 0;
  } else {
    const rule = input.unitRule ?? unitRuleFor(allocation.unit);
    if (!rule) return null;
    volume = deriveUnits(inPeriod, rule).units;
  }
  if (volume === 0) return null;
  // TR346: the amount is volume × tariff, except for euro's (83), where the volume is the amount in eurocent.
  const amountCents = allocation.unit === '83' ? volume : volume * (allocation.tariffCents ?? 0);
  return {
    reference: input.reference,
    previousReference: null,
    personId: input.person.id,
    bsn: input.person.bsn,
    allocationNumber: allocation.allocationNumber,
    productCategory: allocation.productCategory,
    productCode: allocation.productCode ?? input.contractProductCode ?? null,
    period,
    volume,
    unit: allocation.unit,
    tariffCents: allocation.unit === '83' ? null : allocation.tariffCents,
    amountCents,
    direction: 'D',
  };
}

/** Debet minus credit, signed as iWmo wants it (TR358). */
export function declarationTotal(lines: readonly Wmo323Line[]): { totalCents: number; totalDirection: 'D' | 'C' } {
  const net = lines.reduce((a, l) => a + (l.direction === 'D' ? l.amountCents : -l.amountCents), 0);
  return { totalCents: Math.abs(net), totalDirection: net < 0 ? 'C' : 'D' };
}

/** One declaration per municipality for a month (REFERENCE.md §9.3: a 323 goes to one Ontvanger). */
export function groupWmoDeclarations(
  month: string,
  lines: readonly { municipalityCode: string; line: Wmo323Line }[],
  declarationNumberFor: (municipalityCode: string) => string,
  date: string,
): Wmo323Declaration[] {
  const byMunicipality = new Map<string, Wmo323Line[]>();
  for (const { municipalityCode, line } of lines)
    byMunicipality.set(municipalityCode, [...(byMunicipality.get(municipalityCode) ?? []), line]);
  return [...byMunicipality.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([municipalityCode, ls]) => ({
      municipalityCode,
      declarationNumber: declarationNumberFor(municipalityCode),
      period: monthBounds(month),
      date,
      lines: ls,
      ...declarationTotal(ls),
    }));
}

/** A credit line for a sent debet line (TR323: VorigReferentieNummer is the debet's ReferentieNummer). */
export function creditLine(debet: Wmo323Line, reference: string): Wmo323Line {
  return { ...debet, reference, previousReference: debet.reference, direction: 'C' };
}

/**
 * A correction: never a change to what was sent, but a credit line and a new debet line (REFERENCE.md §9.3).
 * The two go in a later message than the original (TR316 forbids crediting in the same message).
 */
export function correctLine(
  sent: Wmo323Line,
  corrected: { volume: number; tariffCents?: number | null },
  references: { credit: string; debet: string },
): [Wmo323Line, Wmo323Line] {
  const tariffCents = corrected.tariffCents === undefined ? sent.tariffCents : corrected.tariffCents;
  const amountCents = sent.unit === '83' ? corrected.volume : corrected.volume * (tariffCents ?? 0);
  return [
    creditLine(sent, references.credit),
    {
      ...sent,
      reference: references.debet,
      previousReference: null,
      volume: corrected.volume,
      tariffCents,
      amountCents,
      direction: 'D',
    },
  ];
}

export const DECLARATION_STATUSES = ['draft', 'sent', 'answered'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

/** A declaration is immutable once sent; corrections are credit + new line (issue 12). */
export function checkDeclarationEditable(status: DeclarationStatus): RuleViolation[] {
  return status === 'draft' ? [] : [violation('financing.declaration_immutable', '/status', 'issue 12; REFERENCE.md §9.3')];
}
