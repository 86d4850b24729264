import { deriveUnits } from '../daginvulling/units.js';
import type { RuleViolation } from '../rules/rule-violation.js';
import { classifyWithChoice } from './classify-with-choice.js';
import { doubleFundingBlockers, findDoubleFunding, type DoubleFundingReport, type FinancingLine } from './double-funding.js';
import type { ErgoLedger } from './ergotherapie-ledger.js';
import { unitRuleFor } from './iwmo-declaration.js';
import { parametersOn } from './parameters.js';
import type { FinancingContext } from './payer.js';
import { reason } from './reasons.js';
import {
  activeOn,
  type DeclarationRoute,
  type DeliveredService,
  type FinancingReason,
  type FundingFrame,
  type Payer,
  type ServiceKind,
} from './types.js';

/**
 * One person's month, service by service: kind, frame, payer, units, amount and the reasons in words — the
 * Financiering tab (issue 12). Units per line are indicative (the declaration rounds per product period).
 */

export interface OverviewLine {
  serviceId: string;
  date: string;
  start: string | null;
  activityName: string;
  kind: ServiceKind;
  frame: FundingFrame;
  payer: Payer;
  route: DeclarationRoute;
  minutes: number;
  units: { unit: string; label: string; count: number } | null;
  /** Null where no tariff is configured for this route. */
  amountCents: number | null;
  reasons: FinancingReason[];
  warnings: FinancingReason[];
}

export interface PersonMonthOverview {
  personId: string;
  month: string;
  lines: OverviewLine[];
  totals: { frame: FundingFrame; payer: Payer; minutes: number; amountCents: number; linesWithoutAmount: number }[];
  doubleFunding: DoubleFundingReport;
  /** What blocks declaring this month (double funding), with codes. */
  blockers: RuleViolation[];
}

/** Routes whose money does not follow the minute (a stay, a subsidy, nothing): not counted for double funding. */
const NOT_PER_MINUTE: readonly DeclarationRoute[] = ['included_in_stay', 'subsidy', 'none'];

export function personMonthOverview(
  services: readonly DeliveredService[],
  ctx: FinancingContext,
  month: string,
  ergoLedger?: ErgoLedger,
): PersonMonthOverview {
  const { person } = ctx;
  const lines: OverviewLine[] = [];
  const financing: FinancingLine[] = [];
  const inMonth = services.filter((s) => s.personId === person.id && s.date.startsWith(month));
  for (const s of [...inMonth].sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''))) {
    // The trajectory's override decides where the rules allow it on this day (classify-with-choice.ts).
    const c = classifyWithChoice(s, ctx);
    const overridden = c.frame !== c.derived.frame;
    const base = {
      serviceId: s.id,
      date: s.date,
      start: s.start,
      activityName: s.activityName,
      kind: c.kind,
      route: c.route,
      minutes: s.minutes,
    };
    // An overridden frame decides the line itself; the ledger's cover applies to the derived insurer route.
    const ledgerLines = c.route === 'pm304' && !overridden ? (ergoLedger?.lines.filter((l) => l.contactId === s.id) ?? []) : [];
    if (ledgerLines.length > 0) {
      ledgerLines.forEach((l, i) => {
        const selfPay = l.cover === 'eigen_betaling';
        lines.push({
          ...base,
          frame: l.frame,
          payer: l.payer,
          units:
            l.quarters === null
              ? { unit: l.code, label: 'toeslag', count: 1 }
              : { unit: l.code, label: 'kwartier', count: l.quarters },
          amountCents: l.amountCents,
          reasons: selfPay
            ? [
                ...c.reasons,
                reason(
                  'cover_exhausted_self_pay',
                  '004 L109-110',
                  'Na de vergoede uren van dit jaar betaalt de cliënt zelf.',
                  "After this year's covered hours the client pays.",
                ),
              ]
            : c.reasons,
          warnings: c.warnings,
        });
        financing.push(lineFor(s, `${s.id}#${i}`, l.frame, l.payer, l.paysMinutes, ctx));
      });
      continue;
    }
    const priced = unitsAndAmount(s, c.route, ctx);
    lines.push({ ...base, frame: c.frame, payer: c.payer, ...priced, reasons: c.reasons, warnings: c.warnings });
    if (!NOT_PER_MINUTE.includes(c.route) && s.minutes > 0)
      financing.push(lineFor(s, s.id, c.frame, c.payer, { from: 0, to: s.minutes }, ctx));
  }
  const totals = new Map<string, PersonMonthOverview['totals'][number]>();
  for (const l of lines) {
    const key = `${l.frame}|${l.payer}`;
    const t = totals.get(key) ?? { frame: l.frame, payer: l.payer, minutes: 0, amountCents: 0, linesWithoutAmount: 0 };
    t.minutes += l.units?.label === 'toeslag' ? 0 : l.minutes;
    if (l.amountCents === null) t.linesWithoutAmount += 1;
    else t.amountCents += l.amountCents;
    totals.set(key, t);
  }
  return {
    personId: person.id,
    month,
    lines,
    totals: [...totals.values()],
    doubleFunding: findDoubleFunding(financing),
    blockers: doubleFundingBlockers(financing, person.id, month),
  };
}

function lineFor(
  s: DeliveredService,
  id: string,
  frame: FundingFrame,
  payer: Payer,
  paysMinutes: FinancingLine['paysMinutes'],
  ctx: FinancingContext,
): FinancingLine {
  const e = ctx.person.entitlements;
  const payerId =
    payer === 'insurer'
      ? (activeOn(e.insurance, s.date)?.uzovi ?? null)
      : frame === 'wmo'
        ? (e.wmo.find((a) => a.from <= s.date && (a.until === null || s.date <= a.until))?.municipalityCode ?? null)
        : null;
  return {
    id,
    personId: s.personId,
    serviceId: s.id,
    date: s.date,
    serviceStart: s.start,
    paysMinutes,
    frame,
    payer,
    payerId,
    direction: 'debet',
    creditsLineId: null,
    status: 'draft',
  };
}

function unitsAndAmount(
  s: DeliveredService,
  route: DeclarationRoute,
  ctx: FinancingContext,
): Pick<OverviewLine, 'units' | 'amountCents'> {
  const day = [{ date: s.date, status: 'aanwezig' as const, minutes: s.minutes }];
  if (route === 'iwmo_323') {
    const category = s.form === 'individueel' ? '02' : '07';
    const allocation = ctx.person.entitlements.wmo.find(
      (a) => a.productCategory === category && a.from <= s.date && (a.until === null || s.date <= a.until),
    );
    if (!allocation) return { units: null, amountCents: null };
    if (allocation.unit === '04') return { units: { unit: '04', label: 'uur', count: s.minutes / 60 }, amountCents: null };
    const rule = unitRuleFor(allocation.unit);
    if (!rule) return { units: null, amountCents: null };
    const count = deriveUnits(day, rule).units;
    const label = { '16': 'dagdeel', '01': 'minuut', '84': 'stuks' }[allocation.unit] ?? allocation.unit;
    return {
      units: { unit: allocation.unit, label, count },
      amountCents: allocation.tariffCents === null ? null : count * allocation.tariffCents,
    };
  }
  if (route === 'wlz_prestatie' && s.form === 'groep') {
    const found = parametersOn(ctx.parameters, s.date);
    if (!found.ok) return { units: null, amountCents: null };
    const { minMinutesPerDagdeel, dagbestedingTariffCents } = found.parameters.wlz;
    const count = deriveUnits(day, { kind: 'dagdeel', financer: 'wlz', minMinutesPerDagdeel, countOnline: true }).units;
    return {
      units: { unit: '16', label: 'dagdeel', count },
      amountCents: dagbestedingTariffCents === null ? null : count * dagbestedingTariffCents,
    };
  }
  return { units: null, amountCents: null };
}
