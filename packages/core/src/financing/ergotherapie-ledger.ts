import { ageInYears } from '../people/age.js';
import { violation, type RuleViolation } from '../rules/rule-violation.js';
import type { FinancingLine } from './double-funding.js';
import {
  ergoCode,
  parametersOn,
  type ErgoContactType,
  type ErgoSurcharge,
  type FinancingParameters,
  type QuarterRounding,
} from './parameters.js';
import { EIGEN_RISICO_FROM_AGE, supplementaryPolicyOn, type FinancingContext } from './payer.js';
import { reason } from './reasons.js';
import { activeOn, type FinancingReason, type FundingFrame, type Payer } from './types.js';

/**
 * First-line ergotherapie (004 L104-112; REFERENCE.md §7): contact time in quarter-hours, 10 hours (40
 * quarters) basic cover per calendar year, then the supplementary policy, then the person pays. Eigen risico
 * from 18 on the basic cover. Only first-line contacts belong here (route `pm304`); within a GGZ institution
 * or a Wlz stay with treatment, ergotherapie is paid otherwise (see payer.ts).
 */

export const ERGO_SETTINGS = ['praktijk', 'aan_huis', 'instelling', 'werkplek', 'online'] as const;
export type ErgoSetting = (typeof ERGO_SETTINGS)[number];

export interface ErgoContact {
  id: string;
  date: string;
  start: string | null;
  type: ErgoContactType;
  groupSize: number | null;
  directMinutes: number;
  indirectMinutes: number;
  setting: ErgoSetting;
  homeVisitReason: string | null;
  /** The trajectory came without referral (directe toegang ergotherapie). */
  directAccess: boolean;
}

export const ERGO_COVERS = ['basis', 'aanvullend', 'eigen_betaling'] as const;
export type ErgoCover = (typeof ERGO_COVERS)[number];

export interface ErgoLine {
  contactId: string;
  date: string;
  code: string;
  /** Quarters of a per-quarter prestatie; null for a surcharge. */
  quarters: number | null;
  cover: ErgoCover;
  frame: FundingFrame;
  payer: Payer;
  amountCents: number;
  /** Basic cover from 18 counts towards the eigen risico (Zvw art. 19); the insurer settles it with the person. */
  eigenRisico: boolean;
  /** Which of the contact's minutes this line pays, [from, to); null for a surcharge. */
  paysMinutes: { from: number; to: number } | null;
}

export interface ErgoLedger {
  personId: string;
  year: number;
  basicLimit: number;
  supplementaryLimit: number;
  basicUsed: number;
  supplementaryUsed: number;
  selfPayQuarters: number;
  lines: ErgoLine[];
  violations: (RuleViolation & { contactId: string })[];
  warnings: { contactId: string; reason: FinancingReason }[];
}

const SURCHARGE_OF: Partial<Record<ErgoSetting, ErgoSurcharge>> = {
  aan_huis: 'aan_huis',
  instelling: 'instelling',
  werkplek: 'werkplek',
};
const COVER_FRAME: Record<ErgoCover, { frame: FundingFrame; payer: Payer }> = {
  basis: { frame: 'zvw', payer: 'insurer' },
  aanvullend: { frame: 'aanvullend', payer: 'insurer' },
  eigen_betaling: { frame: 'particulier', payer: 'client' },
};

/** Minutes to quarters by the configured rule (the rule itself is UNCONFIRMED, see parameters-2026.ts). */
export function toQuarters(minutes: number, quarterMinutes: number, rounding: QuarterRounding): number {
  if (minutes <= 0) return 0;
  const whole = Math.floor(minutes / quarterMinutes);
  const rest = minutes - whole * quarterMinutes;
  if (rounding === 'down' || rest === 0) return whole;
  if (rounding === 'up') return whole + 1;
  return rest * 2 >= quarterMinutes ? whole + 1 : whole;
}

/** How many of `quarters` fall in basic cover, supplementary cover and self-pay, given what is left. */
export function splitQuarters(quarters: number, basicLeft: number, supplementaryLeft: number) {
  const basis = Math.min(quarters, Math.max(0, basicLeft));
  const aanvullend = Math.min(quarters - basis, Math.max(0, supplementaryLeft));
  return { basis, aanvullend, eigen_betaling: quarters - basis - aanvullend };
}

function limitsFor(ctx: FinancingContext, p: FinancingParameters, date: string) {
  return {
    basic: p.ergotherapie.basicCoverQuarters,
    supplementary: supplementaryPolicyOn(ctx, date)?.policy.ergotherapieExtraQuarters ?? 0,
  };
}

/** The year's ledger: every contact in date order, split over basic cover, supplementary cover and self-pay. */
export function buildErgoLedger(year: number, contacts: readonly ErgoContact[], ctx: FinancingContext): ErgoLedger {
  const ledger: ErgoLedger = {
    personId: ctx.person.id,
    year,
    basicLimit: 0,
    supplementaryLimit: 0,
    basicUsed: 0,
    supplementaryUsed: 0,
    selfPayQuarters: 0,
    lines: [],
    violations: [],
    warnings: [],
  };
  const inYear = contacts
    .filter((c) => c.date.startsWith(`${year}-`))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? '') || a.id.localeCompare(b.id));
  const surchargesGiven = new Set<string>();
  const mainCodesPerDay = new Map<string, Set<string>>();
  for (const contact of inYear) {
    const found = parametersOn(ctx.parameters, contact.date);
    if (!found.ok) {
      ledger.violations.push({ ...found.violation, contactId: contact.id });
      continue;
    }
    const p = found.parameters;
    const limits = limitsFor(ctx, p, contact.date);
    ledger.basicLimit = Math.max(ledger.basicLimit, limits.basic);
    ledger.supplementaryLimit = Math.max(ledger.supplementaryLimit, limits.supplementary);
    const fail = (code: Parameters<typeof violation>[0], path: string, source: string) =>
      ledger.violations.push({ ...violation(code, path, source), contactId: contact.id });

    // 004 L104-107; REFERENCE.md §7.1: the screening is for direct access, without a referral.
    if (contact.type === 'dte_screening' && !contact.directAccess)
      fail('financing.dte_screening_needs_direct_access', '/type', '004 L104-107; REFERENCE.md §7.1');
    const code = ergoCode(p, contact.type, contact.groupSize);
    if (code === null) {
      fail('financing.group_size_invalid', '/groupSize', 'REFERENCE.md §7.2 (5012-5015: 2 to 10 persons)');
      continue;
    }
    const day = mainCodesPerDay.get(contact.date) ?? new Set<string>();
    day.add(code);
    mainCodesPerDay.set(contact.date, day);
    // normenkaderzorg N0942 (Beleidsregel prestatiebeschrijvingen ergotherapie): one prestatie per patient per day.
    if (day.size > 1) fail('financing.one_prestatie_per_day', '/type', 'REFERENCE.md §7.1 (normenkaderzorg N0942)');

    // 004 L111-112: only contact time may be declared.
    const minutes = contact.directMinutes + (p.ergotherapie.countIndirectMinutes ? contact.indirectMinutes : 0);
    const quarters = toQuarters(minutes, p.ergotherapie.quarterMinutes, p.ergotherapie.rounding);
    if (quarters === 0) {
      ledger.warnings.push({
        contactId: contact.id,
        reason: reason(
          'below_one_quarter',
          '004 L110-111',
          `${minutes} minuten is minder dan één kwartier na afronding: niets te declareren.`,
          `${minutes} minutes is less than one quarter after rounding: nothing to declare.`,
        ),
      });
      continue;
    }
    const counts = contact.type !== 'dte_screening' || p.ergotherapie.screeningCountsAgainstCover;
    const split = counts
      ? splitQuarters(quarters, limits.basic - ledger.basicUsed, limits.supplementary - ledger.supplementaryUsed)
      : { basis: quarters, aanvullend: 0, eigen_betaling: 0 };
    if (counts) {
      ledger.basicUsed += split.basis;
      ledger.supplementaryUsed += split.aanvullend;
    }
    ledger.selfPayQuarters += split.eigen_betaling;
    const adult = ageInYears(ctx.person.birthDate, contact.date) >= EIGEN_RISICO_FROM_AGE;
    const tariff = p.ergotherapie.tariffsCents[code] ?? 0;
    let offset = 0;
    for (const cover of ['basis', 'aanvullend', 'eigen_betaling'] as const) {
      const n = split[cover];
      if (n === 0) continue;
      const from = offset * p.ergotherapie.quarterMinutes;
      offset += n;
      const to = offset === quarters ? minutes : Math.min(offset * p.ergotherapie.quarterMinutes, minutes);
      ledger.lines.push({
        contactId: contact.id,
        date: contact.date,
        code,
        quarters: n,
        cover,
        ...COVER_FRAME[cover],
        amountCents: n * tariff,
        eigenRisico: cover === 'basis' && adult,
        paysMinutes: { from, to },
      });
    }
    if (split.eigen_betaling > 0)
      ledger.warnings.push({
        contactId: contact.id,
        reason: reason(
          'cover_exhausted_self_pay',
          '004 L109-110; REFERENCE.md §7.1',
          `De vergoeding voor ${year} is op: ${split.eigen_betaling} kwartier komt voor eigen rekening.`,
          `The cover for ${year} is used up: ${split.eigen_betaling} quarter(s) are self-pay.`,
        ),
      });

    const surcharge = SURCHARGE_OF[contact.setting];
    if (!surcharge) continue;
    // REFERENCE.md §7.1: at home only when medically necessary.
    if (surcharge === 'aan_huis' && !contact.homeVisitReason?.trim()) {
      fail('treatment.home_visit_reason_required', '/homeVisitReason', '004 L112; REFERENCE.md §7.1');
      continue;
    }
    const surchargeCode = p.ergotherapie.surchargeCodes[surcharge];
    // One surcharge per day; the workplace surcharge once (REFERENCE.md §7.2: "eenmalig") — an assumption: once a year.
    const key = surcharge === 'werkplek' ? surchargeCode : `${surchargeCode}|${contact.date}`;
    if (surchargesGiven.has(key)) continue;
    surchargesGiven.add(key);
    // The surcharge follows the cover of the contact's first quarter (normenkaderzorg N0272: only with an activity that day).
    const cover: ErgoCover = split.basis > 0 ? 'basis' : split.aanvullend > 0 ? 'aanvullend' : 'eigen_betaling';
    ledger.lines.push({
      contactId: contact.id,
      date: contact.date,
      code: surchargeCode,
      quarters: null,
      cover,
      ...COVER_FRAME[cover],
      amountCents: p.ergotherapie.tariffsCents[surchargeCode] ?? 0,
      eigenRisico: cover === 'basis' && adult,
      paysMinutes: null,
    });
  }
  return ledger;
}

export interface ErgoPreview {
  quarters: number;
  basis: number;
  aanvullend: number;
  eigen_betaling: number;
  warning: FinancingReason | null;
}

/** Before a session: how it would be covered, and a warning when it would go beyond the cover (issue 12). */
export function previewErgoContact(
  ledger: ErgoLedger,
  planned: { date: string; type: ErgoContactType; minutes: number },
  ctx: FinancingContext,
): ErgoPreview | { violation: RuleViolation } {
  const found = parametersOn(ctx.parameters, planned.date);
  if (!found.ok) return { violation: found.violation };
  const p = found.parameters;
  const limits = limitsFor(ctx, p, planned.date);
  const quarters = toQuarters(planned.minutes, p.ergotherapie.quarterMinutes, p.ergotherapie.rounding);
  const counts = planned.type !== 'dte_screening' || p.ergotherapie.screeningCountsAgainstCover;
  const split = counts
    ? splitQuarters(quarters, limits.basic - ledger.basicUsed, limits.supplementary - ledger.supplementaryUsed)
    : { basis: quarters, aanvullend: 0, eigen_betaling: 0 };
  const left = limits.basic + limits.supplementary - ledger.basicUsed - ledger.supplementaryUsed;
  let warning: FinancingReason | null = null;
  if (split.eigen_betaling > 0)
    warning =
      left <= 0
        ? reason(
            'cover_exhausted',
            '004 L109-110',
            'De vergoede uren ergotherapie voor dit jaar zijn op: deze sessie betaalt de cliënt zelf.',
            'The covered hours of occupational therapy for this year are used up: the client pays this session.',
          )
        : reason(
            'cover_will_be_exceeded',
            '004 L109-110',
            `Nog ${left} kwartier vergoed; ${split.eigen_betaling} kwartier van deze sessie betaalt de cliënt zelf.`,
            `${left} covered quarter(s) left; the client pays ${split.eigen_betaling} quarter(s) of this session.`,
          );
  return { quarters, ...split, warning };
}

export interface ErgoStatement {
  year: number;
  quarterMinutes: number;
  basic: { limit: number; used: number; left: number };
  supplementary: { limit: number; used: number; left: number };
  selfPay: { quarters: number; amountCents: number };
  /** Hours used and left of basic plus supplementary cover. */
  hoursUsed: number;
  hoursLeft: number;
  eigenRisicoApplies: boolean;
}

/** For the client: hours used and left this year (issue 12). */
export function ergotherapieStatement(ledger: ErgoLedger, quarterMinutes = 15): ErgoStatement {
  const basicLeft = Math.max(0, ledger.basicLimit - ledger.basicUsed);
  const supplementaryLeft = Math.max(0, ledger.supplementaryLimit - ledger.supplementaryUsed);
  const hours = (q: number) => (q * quarterMinutes) / 60;
  return {
    year: ledger.year,
    quarterMinutes,
    basic: { limit: ledger.basicLimit, used: ledger.basicUsed, left: basicLeft },
    supplementary: { limit: ledger.supplementaryLimit, used: ledger.supplementaryUsed, left: supplementaryLeft },
    selfPay: {
      quarters: ledger.selfPayQuarters,
      amountCents: ledger.lines.filter((l) => l.cover === 'eigen_betaling').reduce((a, l) => a + l.amountCents, 0),
    },
    hoursUsed: hours(ledger.basicUsed + ledger.supplementaryUsed),
    hoursLeft: hours(basicLeft + supplementaryLeft),
    eigenRisicoApplies: ledger.lines.some((l) => l.eigenRisico),
  };
}

/** The ledger's lines as financing lines, for the double-funding check. */
export function ergoFinancingLines(ledger: ErgoLedger, contacts: readonly ErgoContact[], ctx: FinancingContext): FinancingLine[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return ledger.lines.map((l, i) => ({
    id: `${l.contactId}#${i}`,
    personId: ledger.personId,
    serviceId: l.contactId,
    date: l.date,
    serviceStart: byId.get(l.contactId)?.start ?? null,
    paysMinutes: l.paysMinutes,
    frame: l.frame,
    payer: l.payer,
    payerId: l.payer === 'insurer' ? (activeOn(ctx.person.entitlements.insurance, l.date)?.uzovi ?? null) : null,
    direction: 'debet',
    creditsLineId: null,
    status: 'draft',
  }));
}
