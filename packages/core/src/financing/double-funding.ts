import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { reason } from './reasons.js';
import type { FinancingReason, FundingFrame, Payer } from './types.js';

/**
 * No minute is paid twice (issue 12): not the same service under two frames, not two overlapping services
 * of one person billed to two payers. Checked per person per month; a finding blocks declaring that month.
 */

export const LINE_STATUSES = ['draft', 'sent', 'accepted', 'rejected'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

/** One claim: which service, which of its minutes, under which frame, to whom. */
export interface FinancingLine {
  id: string;
  personId: string;
  serviceId: string;
  date: string;
  /** Local start of the service (HH:MM), when recorded; without it overlaps between services cannot be seen. */
  serviceStart: string | null;
  /** The minutes of the service this line pays, counted from its start: [from, to). Null for a surcharge (pays no time). */
  paysMinutes: { from: number; to: number } | null;
  frame: FundingFrame;
  payer: Payer;
  /** Which insurer (UZOVI), municipality (CBS code) or care office; null when not known or not relevant. */
  payerId: string | null;
  direction: 'debet' | 'credit';
  /** A credit line cancels the debet line it names. */
  creditsLineId: string | null;
  status: LineStatus;
}

export type DoubleFundingCode = 'financing.double_funding_same_service' | 'financing.double_funding_overlap';

export interface DoubleFundingFinding {
  code: DoubleFundingCode;
  personId: string;
  /** YYYY-MM */
  month: string;
  lineIds: [string, string];
  source: string;
}

export interface DoubleFundingReport {
  /** Blocks declaring the person's month. */
  findings: DoubleFundingFinding[];
  /** Not blocking: the same payer twice at once (stacking) or services without a start time. */
  warnings: { personId: string; month: string; lineIds: string[]; reason: FinancingReason }[];
}

/** The lines that still claim money: debet, not rejected, and not cancelled by a credit line that was not rejected. */
export function activeLines(lines: readonly FinancingLine[]): FinancingLine[] {
  const credited = new Set(
    lines.filter((l) => l.direction === 'credit' && l.status !== 'rejected' && l.creditsLineId).map((l) => l.creditsLineId),
  );
  return lines.filter((l) => l.direction === 'debet' && l.status !== 'rejected' && !credited.has(l.id));
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }) => a.from < b.to && b.from < a.to;

/** The clock interval a line pays, in minutes since midnight, or null when the start is unknown or it pays no time. */
function clockSpan(line: FinancingLine): { from: number; to: number } | null {
  if (line.serviceStart === null || line.paysMinutes === null) return null;
  const start = toMinutes(line.serviceStart);
  return { from: start + line.paysMinutes.from, to: start + line.paysMinutes.to };
}

const samePayer = (a: FinancingLine, b: FinancingLine) => a.frame === b.frame && a.payer === b.payer && a.payerId === b.payerId;

export function findDoubleFunding(lines: readonly FinancingLine[]): DoubleFundingReport {
  const report: DoubleFundingReport = { findings: [], warnings: [] };
  const groups = new Map<string, FinancingLine[]>();
  for (const line of activeLines(lines)) {
    const key = `${line.personId}|${line.date.slice(0, 7)}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  for (const [key, group] of groups) {
    const [personId = '', month = ''] = key.split('|');
    const unknownStart = group.filter((l) => l.paysMinutes !== null && l.serviceStart === null);
    if (unknownStart.length > 0 && group.length > 1)
      report.warnings.push({
        personId,
        month,
        lineIds: unknownStart.map((l) => l.id),
        reason: reason(
          'start_time_unknown',
          'issue 12: overlapping times',
          'Zonder begintijd kan niet gecontroleerd worden of diensten elkaar overlappen.',
          'Without a start time, overlapping services cannot be checked.',
        ),
      });
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        if (!a || !b || a.paysMinutes === null || b.paysMinutes === null) continue;
        const pair: [string, string] = [a.id, b.id];
        if (a.serviceId === b.serviceId) {
          // The same minutes of one service claimed twice, under one frame or two.
          if (overlaps(a.paysMinutes, b.paysMinutes))
            report.findings.push({
              code: 'financing.double_funding_same_service',
              personId,
              month,
              lineIds: pair,
              source: 'issue 12; 000 L5-13',
            });
          continue;
        }
        const spanA = clockSpan(a);
        const spanB = clockSpan(b);
        if (a.date !== b.date || !spanA || !spanB || !overlaps(spanA, spanB)) continue;
        if (!samePayer(a, b))
          report.findings.push({
            code: 'financing.double_funding_overlap',
            personId,
            month,
            lineIds: pair,
            source: 'issue 12; 000 L5-13',
          });
        else
          report.warnings.push({
            personId,
            month,
            lineIds: pair,
            reason: reason(
              'stacking',
              '002 L997-999',
              'Twee diensten tegelijk bij dezelfde financier: binnen de Wlz mogen dagbesteding en begeleiding niet gestapeld worden.',
              'Two services at once for the same funder: under the Wlz day activities and support may not be stacked.',
            ),
          });
      }
  }
  return report;
}

/** What blocks declaring this person's month, as violations with their code (an empty list: nothing blocks). */
export function doubleFundingBlockers(lines: readonly FinancingLine[], personId: string, month: string): RuleViolation[] {
  return findDoubleFunding(lines.filter((l) => l.personId === personId && l.date.startsWith(month))).findings.map((f) =>
    violation(f.code, `/lines/${f.lineIds.join(',')}`, f.source),
  );
}
