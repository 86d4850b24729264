import { monthBounds } from './allocation.js';
import { renderEiClaim } from './ei-claim.js';
import { eiDate } from './ei-flat-file.js';
import { AW319_LAYOUT } from './ei-layouts.js';
import { doubleFundingBlockers, type FinancingLine } from './double-funding.js';
import { isValidAgb, isValidBsn } from './identifiers.js';
import { receiverResult, type ReceiverCheckResult, type ReceiverFinding } from './receiver-checks.js';
import type { WlzDayActivityLine } from './wlz-declaration.js';

/**
 * The Wlz declaration of day activities in dagdelen (002 L1048-1049; REFERENCE.md §9) to one zorgkantoor for one
 * month: a line per person from `buildWlzDayActivityLine`, written as a Vektis EI AW319 file (Declaratie
 * Wlz/AWBZ-zorg; layout and confidence in ei-layouts.ts). The zorgkantoor's AW320 return codes are not known
 * (UNCONFIRMED): every finding here has returnCode null.
 */

export interface WlzClaimLine {
  reference: string;
  previousReference: string | null;
  personId: string;
  bsn: string | null;
  birthDate: string;
  /** The zorgkantoor's code (4 digits, as UZOVI) from the Wlz indication; null when not recorded. */
  zorgkantoor: string | null;
  period: { start: string; end: string };
  prestatieCode: string | null;
  dagdelen: number;
  tariffCents: number | null;
  amountCents: number;
  direction: 'D' | 'C';
}

/** A claim line from core's Wlz day-activity line (null amounts become 0 and are caught by the checks). */
export function wlzClaimLine(
  line: WlzDayActivityLine,
  extra: { reference: string; birthDate: string; zorgkantoor: string | null },
): WlzClaimLine {
  return {
    reference: extra.reference,
    previousReference: null,
    personId: line.personId,
    bsn: line.bsn,
    birthDate: extra.birthDate,
    zorgkantoor: extra.zorgkantoor,
    period: line.period,
    prestatieCode: line.prestatieCode,
    dagdelen: line.dagdelen,
    tariffCents: line.tariffCents,
    amountCents: line.amountCents ?? 0,
    direction: 'D',
  };
}

type WlzCheck =
  | 'agb_missing'
  | 'bsn_invalid'
  | 'zorgkantoor_missing'
  | 'period_not_closed'
  | 'prestatiecode_missing'
  | 'tariff_missing'
  | 'reference_not_unique'
  | 'double_funding_same_service'
  | 'double_funding_overlap';

const WLZ_CHECKS: Record<WlzCheck, { problem: ReceiverFinding['problem']; source: string }> = {
  agb_missing: { problem: 'financing.agb_missing', source: 'AW319 voorloop Praktijkcode (AGB of the provider)' },
  bsn_invalid: { problem: 'financing.bsn_invalid', source: 'BSN elfproef' },
  zorgkantoor_missing: { problem: 'financing.entitlement_missing', source: '002 L70 (zorgkantoren pay the Wlz)' },
  period_not_closed: { problem: 'financing.period_not_closed', source: 'issue 12: a month is declared once it has ended' },
  prestatiecode_missing: { problem: 'financing.parameters_missing', source: 'REFERENCE.md §9, §12 (Wlz H-codes UNCONFIRMED)' },
  tariff_missing: { problem: 'financing.parameters_missing', source: 'REFERENCE.md §9 (tariff per zorgkantoor contract)' },
  reference_not_unique: { problem: 'financing.reference_not_unique', source: 'AW319 (reference unique per provider)' },
  double_funding_same_service: { problem: 'financing.double_funding_same_service', source: 'issue 12 (own check)' },
  double_funding_overlap: { problem: 'financing.double_funding_overlap', source: 'issue 12 (own check)' },
};

export interface WlzCheckContext {
  month: string;
  date: string;
  senderAgb: string | null;
  usedReferences: readonly string[];
  financingLines?: readonly FinancingLine[];
}

/** The checks the zorgkantoor would make, run before sending; any finding blocks the run. */
export function checkWlzClaim(lines: readonly WlzClaimLine[], ctx: WlzCheckContext): ReceiverCheckResult {
  const findings: ReceiverFinding[] = [];
  const add = (check: WlzCheck, level: ReceiverFinding['level'], path: string, reference: string | null = null) =>
    findings.push({ check, ...WLZ_CHECKS[check], returnCode: null, confirmed: false, level, path, reference });
  if (monthBounds(ctx.month).end >= ctx.date) add('period_not_closed', 'message', '/month');
  if (!isValidAgb(ctx.senderAgb)) add('agb_missing', 'message', '/senderAgb');
  const seen = new Set(ctx.usedReferences);
  lines.forEach((l, i) => {
    const at = (f: string) => `/lines/${i}/${f}`;
    if (seen.has(l.reference)) add('reference_not_unique', 'line', at('reference'), l.reference);
    seen.add(l.reference);
    if (!isValidBsn(l.bsn)) add('bsn_invalid', 'client', at('bsn'), l.reference);
    if (!l.zorgkantoor || !/^\d{4}$/.test(l.zorgkantoor)) add('zorgkantoor_missing', 'client', at('zorgkantoor'), l.reference);
    if (!l.prestatieCode) add('prestatiecode_missing', 'line', at('prestatieCode'), l.reference);
    if (l.tariffCents === null) add('tariff_missing', 'line', at('tariffCents'), l.reference);
  });
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

export interface WlzClaimHeader {
  zorgkantoor: string;
  senderAgb: string;
  declarationNumber: string;
  date: string;
  month: string;
}

/** The AW319 file of one zorgkantoor and month; run `checkWlzClaim` first — this only writes. */
export function renderWlzClaim(header: WlzClaimHeader, lines: readonly WlzClaimLine[]): string {
  const period = monthBounds(header.month);
  const byPerson = new Map<string, WlzClaimLine[]>();
  for (const l of lines) byPerson.set(l.personId, [...(byPerson.get(l.personId) ?? []), l]);
  return renderEiClaim(
    AW319_LAYOUT,
    {
      receiver: header.zorgkantoor,
      practiceAgb: header.senderAgb,
      invoiceNumber: header.declarationNumber,
      date: header.date,
      periodStart: period.start,
      periodEnd: period.end,
    },
    [...byPerson.values()].map((ls) => {
      const first = ls[0] as WlzClaimLine;
      const insured = { 'Burgerservicenummer (bsn) verzekerde': first.bsn, 'Uzovi-nummer': header.zorgkantoor };
      return {
        values: { ...insured, 'Datum geboorte verzekerde': eiDate(first.birthDate) },
        prestaties: ls.map((l) => ({
          values: {
            ...insured,
            'Begindatum prestatie': eiDate(l.period.start),
            'Einddatum prestatie': eiDate(l.period.end),
            Prestatiecode: l.prestatieCode,
            'Aantal uitgevoerde prestaties': String(l.dagdelen),
            // iStandaarden unit 16 = dagdeel (4 uur), REFERENCE.md §9.2; the Vektis code for it is UNCONFIRMED.
            'Tijdseenheid zorgperiode': '16',
            // 100,00 %: the whole tariff (UNCONFIRMED field meaning)
            Verrekenpercentage: '10000',
            'Tarief prestatie (incl. btw)': String(l.tariffCents ?? 0),
            'Berekend bedrag (incl. btw)': String(l.amountCents),
            'Indicatie debet/credit (01)': l.direction,
            'Declaratiebedrag (incl. btw)': String(l.amountCents),
            'Indicatie debet/credit (02)': l.direction,
            'Referentienummer dit prestatierecord': l.reference,
            'Referentienummer voorgaande gerelateerde prestatierecord': l.previousReference,
          },
          amountCents: l.amountCents,
          direction: l.direction,
          comment: null,
        })),
      };
    }),
  );
}
