import { maxVolumeForAllocation, maxVolumeForPeriod, monthBounds } from './allocation.js';
import { doubleFundingBlockers, type FinancingLine } from './double-funding.js';
import { isValidAgb, isValidBsn } from './identifiers.js';
import { declarationTotal, type Wmo323Declaration, type Wmo323Line } from './iwmo-declaration.js';
import { receiverResult, type ReceiverCheckResult, type ReceiverFinding } from './receiver-checks.js';
import { IWMO_CHECKS, type IwmoCheckId } from './return-codes.js';
import type { WmoAllocation } from './types.js';

/**
 * Before sending a WMO323: the checks the municipality would make (iWmo technical rules, REFERENCE.md §9.3),
 * answered with its return codes, plus our own double-funding block.
 */

/** A line from an earlier message and what became of it. */
export interface SentWmoLine extends Wmo323Line {
  status: 'sent' | 'accepted' | 'rejected';
}

export interface IwmoCheckContext {
  /** The provider's AGB code (Header/Afzender). */
  senderAgb: string | null;
  /** The allocations of the persons in the declaration, with the BSN of the person each belongs to. */
  allocations: readonly (WmoAllocation & { bsn: string | null })[];
  /** Lines of earlier messages (TR314, TR322, TR323, TR389, TR390). */
  history: readonly SentWmoLine[];
  usedDeclarationNumbers: readonly string[];
  /** All financing lines of the persons in this month, for the double-funding block. */
  financingLines?: readonly FinancingLine[];
  /** A deployment's own return codes where the defaults are UNCONFIRMED. */
  codes?: Partial<Record<IwmoCheckId, string | null>>;
}

/** Debet lines that still stand: not rejected, not cancelled by a credit line that was not rejected. */
function standingDebets(lines: readonly Wmo323Line[], credits: readonly Wmo323Line[]): Wmo323Line[] {
  const credited = new Set(credits.map((c) => c.previousReference));
  return lines.filter((l) => l.direction === 'D' && !credited.has(l.reference));
}

export function checkIwmoDeclaration(decl: Wmo323Declaration, ctx: IwmoCheckContext): ReceiverCheckResult {
  const findings: ReceiverFinding[] = [];
  const add = (check: IwmoCheckId, level: ReceiverFinding['level'], path: string, reference: string | null = null) => {
    const def = IWMO_CHECKS[check];
    const override = ctx.codes?.[check];
    findings.push({
      check,
      problem: def.problem,
      returnCode: override === undefined ? def.returnCode : override,
      confirmed: override === undefined ? def.confirmed : true,
      level,
      path,
      reference,
      source: def.source,
    });
  };

  // Message level.
  if (!isValidAgb(ctx.senderAgb)) add('agb_missing', 'message', '/senderAgb');
  if (!/^\d{4}$/.test(decl.municipalityCode)) add('municipality_unknown', 'message', '/municipalityCode');
  // TR137; and a period is declared only once it has ended.
  if (decl.period.end >= decl.date) add('period_not_closed', 'message', '/period/end');
  if (ctx.usedDeclarationNumbers.includes(decl.declarationNumber))
    add('declaration_number_not_unique', 'message', '/declarationNumber');
  const total = declarationTotal(decl.lines);
  if (total.totalCents !== decl.totalCents || (total.totalCents !== 0 && total.totalDirection !== decl.totalDirection))
    add('total_mismatch', 'message', '/totalCents');

  // Client level.
  const bsns = [...new Set(decl.lines.map((l) => l.bsn))];
  for (const bsn of bsns) if (!isValidBsn(bsn)) add('bsn_invalid', 'client', `/clients/${bsn ?? ''}/bsn`);
  if (ctx.financingLines) {
    const month = decl.period.start.slice(0, 7);
    for (const personId of new Set(decl.lines.map((l) => l.personId)))
      for (const v of doubleFundingBlockers(ctx.financingLines, personId, month))
        add(
          v.code === 'financing.double_funding_overlap' ? 'double_funding_overlap' : 'double_funding_same_service',
          'client',
          v.path,
        );
  }

  // Line level.
  const historyStanding = standingDebets(
    ctx.history.filter((l) => l.status !== 'rejected'),
    [
      ...ctx.history.filter((l) => l.direction === 'C' && l.status !== 'rejected'),
      ...decl.lines.filter((l) => l.direction === 'C'),
    ],
  );
  const usedReferences = new Set(ctx.history.map((l) => l.reference));
  // Looked up per line: indexes built once, so a run of thousands of lines is not lines × history × allocations.
  const productKey = (l: Wmo323Line) =>
    JSON.stringify([l.allocationNumber, l.period.start.slice(0, 7), l.productCategory, l.productCode]);
  const standingProducts = new Set(historyStanding.map(productKey));
  const allocationOf = new Map<string, IwmoCheckContext['allocations'][number]>();
  for (const a of ctx.allocations) if (!allocationOf.has(a.allocationNumber)) allocationOf.set(a.allocationNumber, a);
  const historyDebetOf = new Map<string | null, SentWmoLine>();
  for (const h of ctx.history) if (h.direction === 'D' && !historyDebetOf.has(h.reference)) historyDebetOf.set(h.reference, h);
  const creditedBefore = new Set(
    ctx.history.filter((h) => h.direction === 'C' && h.status !== 'rejected').map((h) => h.previousReference),
  );
  const declReferences = new Set(decl.lines.map((l) => l.reference));
  // The standing debets across history and this message, per allocation (TR322's sum).
  const standingOf = new Map<string, Wmo323Line[]>();
  for (const l of [
    ...historyStanding,
    ...standingDebets(
      decl.lines,
      decl.lines.filter((c) => c.direction === 'C'),
    ),
  ])
    standingOf.set(l.allocationNumber, [...(standingOf.get(l.allocationNumber) ?? []), l]);
  const seen = new Set<string>();
  decl.lines.forEach((line, i) => {
    const at = (field: string) => `/lines/${i}/${field}`;
    const ref = line.reference;
    if (usedReferences.has(ref) || seen.has(ref)) add('reference_not_unique', 'line', at('reference'), ref);
    seen.add(ref);
    if (!Number.isInteger(line.volume) || line.volume < 0) add('volume_not_whole', 'line', at('volume'), ref);
    if (line.productCode === null) add('product_code_missing', 'line', at('productCode'), ref);

    // The product period: one calendar month, within the declaration period or an earlier one (TR319).
    const month = monthBounds(line.period.start.slice(0, 7));
    if (line.period.end > month.end || line.period.end > decl.period.end || line.period.start > line.period.end)
      add('outside_declaration_period', 'line', at('period'), ref);

    if (line.direction === 'C') {
      const debet = historyDebetOf.get(line.previousReference);
      if (!debet && line.previousReference !== null && declReferences.has(line.previousReference))
        add('credit_in_same_message', 'line', at('previousReference'), ref);
      else if (!debet || debet.status !== 'accepted') add('credit_without_debet', 'line', at('previousReference'), ref);
      if (creditedBefore.has(line.previousReference)) add('already_credited', 'line', at('previousReference'), ref);
    }

    const allocation = allocationOf.get(line.allocationNumber);
    if (!allocation) {
      add('allocation_missing', 'line', at('allocationNumber'), ref);
      return;
    }
    if (allocation.bsn !== line.bsn) add('not_this_client', 'line', at('bsn'), ref);
    if (allocation.productCategory !== line.productCategory) add('category_mismatch', 'line', at('productCategory'), ref);
    if (allocation.productCode !== null && allocation.productCode !== line.productCode)
      add('code_mismatch', 'line', at('productCode'), ref);
    // TR341: allocated in hours may be declared in minutes.
    const minutesForHours = allocation.unit === '04' && line.unit === '01';
    if (allocation.unit !== line.unit && !minutesForHours) add('unit_mismatch', 'line', at('unit'), ref);
    if (line.period.start < allocation.from) add('begin_before_allocation', 'line', at('period/start'), ref);
    if (allocation.until !== null && line.period.end > allocation.until)
      add('end_after_allocation', 'line', at('period/end'), ref);
    // TR387/TR388: from the first to the last day of the month, unless the allocation starts or ends within it.
    const expectedStart = allocation.from > month.start ? allocation.from : month.start;
    const expectedEnd = allocation.until !== null && allocation.until < month.end ? allocation.until : month.end;
    if (line.period.start !== expectedStart) add('period_start_not_month_start', 'line', at('period/start'), ref);
    if (line.period.end !== expectedEnd) add('period_end_not_month_end', 'line', at('period/end'), ref);

    // TR346 / TR418: amount = volume × tariff (hour tariff per minute: × volume / 60, rounded to the cent).
    if (line.unit !== '83') {
      const expected =
        line.tariffCents === null
          ? null
          : minutesForHours
            ? Math.round((line.tariffCents * line.volume) / 60)
            : line.volume * line.tariffCents;
      if (expected !== line.amountCents) add('amount_mismatch', 'line', at('amountCents'), ref);
      if (allocation.tariffCents !== null && line.tariffCents !== null && line.tariffCents !== allocation.tariffCents)
        add('tariff_mismatch', 'line', at('tariffCents'), ref);
    }

    if (line.direction !== 'D') return;
    // TR389: one standing debet per allocation, period, category and code.
    if (standingProducts.has(productKey(line))) add('already_declared', 'line', at('period'), ref);
    // TR321: the line within the period's maximum; TR322: all lines within the allocation's maximum.
    const clipped = {
      start: line.period.start > allocation.from ? line.period.start : allocation.from,
      end: allocation.until !== null && allocation.until < line.period.end ? allocation.until : line.period.end,
    };
    const perPeriod = clipped.start <= clipped.end ? maxVolumeForPeriod(allocation, clipped) : 0;
    const volume = minutesForHours ? line.volume / 60 : line.volume;
    if (perPeriod !== null && volume > perPeriod) add('volume_exceeds_line', 'line', at('volume'), ref);
    const overall = maxVolumeForAllocation(allocation);
    if (overall !== null) {
      const sum = (standingOf.get(line.allocationNumber) ?? []).reduce(
        (a, l) => a + (allocation.unit === '04' && l.unit === '01' ? l.volume / 60 : l.volume),
        0,
      );
      if (sum > overall) add('volume_exceeds_total', 'line', at('volume'), ref);
    }
  });
  return receiverResult(findings);
}
