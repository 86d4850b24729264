import { monthBounds } from './allocation.js';
import { doubleFundingBlockers, type FinancingLine } from './double-funding.js';
import type { ErgoContact, ErgoLedger } from './ergotherapie-ledger.js';
import { isValidAgb, isValidBsn } from './identifiers.js';
import { parametersOn } from './parameters.js';
import type { FinancingContext } from './payer.js';
import { receiverResult, type ReceiverCheckResult, type ReceiverFinding } from './receiver-checks.js';
import { activeOn } from './types.js';

/**
 * PM304 (Vektis, declaratie paramedische hulp) lines for first-line ergotherapie, from the ledger
 * (REFERENCE.md §7.3): only what the insurer pays — basic and supplementary cover; self-pay is invoiced to
 * the person. The insurer's PM305 return codes are UNCONFIRMED: every finding here has returnCode null.
 */

export interface Pm304Line {
  reference: string;
  contactId: string;
  personId: string;
  bsn: string | null;
  birthDate: string;
  /** UZOVI code of the insurer, and the insured number. */
  uzovi: string | null;
  insuredNumber: string | null;
  date: string;
  prestatiecode: string;
  /** Number of units: quarters for a per-quarter prestatie, 1 for a surcharge. */
  quantity: number;
  tariffCents: number;
  amountCents: number;
  cover: 'basis' | 'aanvullend';
  /** Basic cover from 18: counts towards the eigen risico, which the insurer settles with the person (Zvw art. 19). */
  eigenRisico: boolean;
  /** Why the treatment was at home, for the insurer (REFERENCE.md §7.1 "Home treatment"); null elsewhere. */
  homeVisitReason: string | null;
  practiceAgb: string | null;
  practitionerAgb: string | null;
  /** The referrer's AGB; null under direct access (DTE). */
  referrerAgb: string | null;
  direction: 'D' | 'C';
  previousReference: string | null;
}

export interface Pm304Input {
  ledger: ErgoLedger;
  contacts: readonly ErgoContact[];
  practiceAgb: string | null;
  practitionerAgbOf: (contactId: string) => string | null;
  /** The AGB of the referrer of the contact's trajectory (the referral names it), if recorded. */
  referrerAgbOf: (contactId: string) => string | null;
  referenceOf: (contactId: string, index: number) => string;
}

export function buildPm304Lines(input: Pm304Input, ctx: FinancingContext): Pm304Line[] {
  const byId = new Map(input.contacts.map((c) => [c.id, c]));
  const out: Pm304Line[] = [];
  input.ledger.lines.forEach((l, index) => {
    if (l.cover === 'eigen_betaling') return;
    const insurance = activeOn(ctx.person.entitlements.insurance, l.date);
    const quantity = l.quarters ?? 1;
    out.push({
      reference: input.referenceOf(l.contactId, index),
      contactId: l.contactId,
      personId: ctx.person.id,
      bsn: ctx.person.bsn,
      birthDate: ctx.person.birthDate,
      uzovi: insurance?.uzovi ?? null,
      insuredNumber: insurance?.insuredNumber ?? null,
      date: l.date,
      prestatiecode: l.code,
      quantity,
      tariffCents: quantity === 0 ? 0 : l.amountCents / quantity,
      amountCents: l.amountCents,
      cover: l.cover,
      eigenRisico: l.eigenRisico,
      // On the surcharge line: that is the prestatie the reason explains.
      homeVisitReason: l.quarters === null ? (byId.get(l.contactId)?.homeVisitReason ?? null) : null,
      practiceAgb: input.practiceAgb,
      practitionerAgb: input.practitionerAgbOf(l.contactId),
      referrerAgb: byId.get(l.contactId)?.directAccess ? null : input.referrerAgbOf(l.contactId),
      direction: 'D',
      previousReference: null,
    });
  });
  return out;
}

type Pm304Check =
  | 'agb_missing'
  | 'bsn_invalid'
  | 'insurance_missing'
  | 'period_not_closed'
  | 'one_prestatie_per_day'
  | 'surcharge_without_activity'
  | 'cover_exceeded'
  | 'reference_not_unique'
  | 'double_funding_same_service'
  | 'double_funding_overlap';

const PM304_CHECKS: Record<Pm304Check, { problem: ReceiverFinding['problem']; source: string }> = {
  agb_missing: { problem: 'financing.agb_missing', source: 'REFERENCE.md §7.3 (claim on the practice AGB)' },
  bsn_invalid: { problem: 'financing.bsn_invalid', source: 'BSN elfproef' },
  insurance_missing: { problem: 'financing.entitlement_missing', source: 'REFERENCE.md §7.3 (UZOVI of the insurer)' },
  period_not_closed: { problem: 'financing.period_not_closed', source: 'issue 12: a month is declared once it has ended' },
  one_prestatie_per_day: { problem: 'financing.one_prestatie_per_day', source: 'REFERENCE.md §7.1 (normenkaderzorg N0942)' },
  surcharge_without_activity: {
    problem: 'financing.surcharge_without_activity',
    source: 'REFERENCE.md §7.2 (normenkaderzorg N0272, N0034)',
  },
  cover_exceeded: { problem: 'financing.cover_exceeded', source: '004 L109-110; REFERENCE.md §7.1' },
  reference_not_unique: { problem: 'financing.reference_not_unique', source: 'PM304 (reference unique per provider)' },
  double_funding_same_service: { problem: 'financing.double_funding_same_service', source: 'issue 12 (own check)' },
  double_funding_overlap: { problem: 'financing.double_funding_overlap', source: 'issue 12 (own check)' },
};

export interface Pm304CheckContext {
  /** The month being declared and the day of declaring. */
  month: string;
  date: string;
  usedReferences: readonly string[];
  /** Basic-cover quarters of the same year accepted in earlier files, per person. */
  basicQuartersBefore: Readonly<Record<string, number>>;
  financingLines?: readonly FinancingLine[];
}

export function checkPm304(lines: readonly Pm304Line[], ctx: Pm304CheckContext, fctx: FinancingContext): ReceiverCheckResult {
  const findings: ReceiverFinding[] = [];
  const add = (check: Pm304Check, level: ReceiverFinding['level'], path: string, reference: string | null = null) =>
    findings.push({ check, ...PM304_CHECKS[check], returnCode: null, confirmed: false, level, path, reference });
  if (monthBounds(ctx.month).end >= ctx.date) add('period_not_closed', 'message', '/month');
  const found = parametersOn(fctx.parameters, `${ctx.month}-01`);
  const surchargeCodes = found.ok ? Object.values(found.parameters.ergotherapie.surchargeCodes) : [];
  const basicLimit = found.ok ? found.parameters.ergotherapie.basicCoverQuarters : Infinity;
  const seen = new Set<string>(ctx.usedReferences);
  const perDay = new Map<string, { main: Set<string>; surcharge: number[] }>();
  const basicPerPerson = new Map<string, number>();
  lines.forEach((l, i) => {
    const at = (f: string) => `/lines/${i}/${f}`;
    if (seen.has(l.reference)) add('reference_not_unique', 'line', at('reference'), l.reference);
    seen.add(l.reference);
    if (!isValidAgb(l.practiceAgb)) add('agb_missing', 'line', at('practiceAgb'), l.reference);
    if (!isValidAgb(l.practitionerAgb)) add('agb_missing', 'line', at('practitionerAgb'), l.reference);
    if (!isValidBsn(l.bsn)) add('bsn_invalid', 'client', at('bsn'), l.reference);
    if (!l.uzovi || !/^\d{4}$/.test(l.uzovi)) add('insurance_missing', 'client', at('uzovi'), l.reference);
    const key = `${l.personId}|${l.date}`;
    const day = perDay.get(key) ?? { main: new Set<string>(), surcharge: [] };
    if (surchargeCodes.includes(l.prestatiecode)) day.surcharge.push(i);
    else day.main.add(l.prestatiecode);
    perDay.set(key, day);
    if (l.cover === 'basis' && !surchargeCodes.includes(l.prestatiecode)) {
      const used = (basicPerPerson.get(l.personId) ?? ctx.basicQuartersBefore[l.personId] ?? 0) + l.quantity;
      basicPerPerson.set(l.personId, used);
      if (used > basicLimit) add('cover_exceeded', 'line', at('quantity'), l.reference);
    }
  });
  for (const [, day] of perDay) {
    if (day.main.size > 1) add('one_prestatie_per_day', 'client', '/lines');
    if (day.main.size === 0)
      for (const i of day.surcharge)
        add('surcharge_without_activity', 'line', `/lines/${i}/prestatiecode`, lines[i]?.reference ?? null);
  }
  if (ctx.financingLines)
    for (const personId of new Set(lines.map((l) => l.personId)))
      for (const v of doubleFundingBlockers(ctx.financingLines, personId, ctx.month))
        add(
          v.code === 'financing.double_funding_overlap' ? 'double_funding_overlap' : 'double_funding_same_service',
          'client',
          v.path,
        );
  return receiverResult(findings);
}
