import { violation, type RuleViolation } from '../rules/rule-violation.js';

/**
 * Every number that changes by year or by contract — tariffs, eigen risico, hours, codes — is data with a
 * validity period, never a constant (issue 12). The server loads a list of these sets; core picks the one
 * valid on the date of service. Where a value is UNCONFIRMED it says so in `sources`.
 */

export const ERGO_CONTACT_TYPES = [
  'dte_screening', // Screening Directe Toegang Ergotherapie
  'intake_na_screening',
  'intake_na_verwijzing',
  'screening_intake_onderzoek',
  'eenmalig_onderzoek',
  'individuele_zitting',
  'kinder_zitting',
  'hand_zitting',
  'telefonische_zitting',
  'instructie_ouders',
  'groepszitting',
  'ouderen_zitting',
] as const;
export type ErgoContactType = (typeof ERGO_CONTACT_TYPES)[number];

export const ERGO_SURCHARGES = ['aan_huis', 'instelling', 'werkplek'] as const;
export type ErgoSurcharge = (typeof ERGO_SURCHARGES)[number];

/** How contact minutes become quarter-hours. `nearest`: 8 minutes or more of a started quarter count; `up`: any started quarter; `down`: only whole quarters. */
export const QUARTER_ROUNDINGS = ['nearest', 'up', 'down'] as const;
export type QuarterRounding = (typeof QUARTER_ROUNDINGS)[number];

export interface SupplementaryPolicy {
  id: string;
  /** UZOVI code of the insurer that sells it. */
  uzovi: string;
  name: string;
  /** Extra ergotherapie after the basic cover, in quarters (REFERENCE.md §7.1: "from the 11th hour"). */
  ergotherapieExtraQuarters: number;
  /** Whether the policy pays for vaktherapie outside the basic cover (001 L2496-2502). */
  coversVaktherapie: boolean;
}

export interface FinancingParameters {
  id: string;
  validFrom: string;
  /** Inclusive. */
  validUntil: string;
  ergotherapie: {
    quarterMinutes: number;
    rounding: QuarterRounding;
    /** Basic cover per calendar year, in quarters (10 hours = 40). */
    basicCoverQuarters: number;
    /** Whether indirect minutes count as treatment time (REFERENCE.md §7.1: UNCONFIRMED; default no). */
    countIndirectMinutes: boolean;
    /** Whether a DTE screening uses the year's cover (practice sites say it does). */
    screeningCountsAgainstCover: boolean;
    /** Vektis prestatiecodes per contact type; a group session's code depends on the group size. */
    codes: Record<Exclude<ErgoContactType, 'groepszitting'>, string>;
    groupCodes: { size: number; maxSize: number; code: string }[];
    surchargeCodes: Record<ErgoSurcharge, string>;
    /** Tariff in eurocent: per quarter for contact codes, per occasion for surcharges. */
    tariffsCents: Record<string, number>;
  };
  eigenRisico: {
    /** The yearly compulsory deductible in eurocent (Zvw art. 19). */
    amountCents: number;
  };
  supplementaryPolicies: SupplementaryPolicy[];
  wlz: {
    /** The NZa/iWlz prestatiecode for a separate dagbesteding dagdeel: UNCONFIRMED (REFERENCE.md §9, §12) — null until set. */
    dagbestedingCode: string | null;
    dagbestedingTariffCents: number | null;
    /** A dagdeel counts from this many minutes of presence (an assumption per contract, as DEFAULT_UNIT_RULES). */
    minMinutesPerDagdeel: number;
  };
  /** Where each value comes from, keyed by a dotted path ("ergotherapie.basicCoverQuarters"). */
  sources: Record<string, string>;
}

/** The parameter set valid on a date, or a violation naming the missing configuration. */
export function parametersOn(
  sets: readonly FinancingParameters[],
  date: string,
): { ok: true; parameters: FinancingParameters } | { ok: false; violation: RuleViolation } {
  const found = sets.find((s) => s.validFrom <= date && date <= s.validUntil);
  return found
    ? { ok: true, parameters: found }
    : { ok: false, violation: violation('financing.parameters_missing', '/date', 'issue 12: yearly numbers are configuration') };
}

const isCode = (value: string) => /^\d{4}$/.test(value);
const isCents = (value: number) => Number.isInteger(value) && value >= 0;

/** Checks one set and a list of sets (no overlapping periods), so a bad configuration is refused when loaded. */
export function validateFinancingParameters(sets: readonly FinancingParameters[]): RuleViolation[] {
  const out: RuleViolation[] = [];
  const src = 'issue 12: parameters with a validity period';
  sets.forEach((p, i) => {
    const at = (path: string) => `/${i}/${path}`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.validFrom) || !/^\d{4}-\d{2}-\d{2}$/.test(p.validUntil) || p.validUntil < p.validFrom)
      out.push(violation('financing.parameters_invalid', at('validUntil'), src));
    const e = p.ergotherapie;
    if (!Number.isInteger(e.quarterMinutes) || e.quarterMinutes <= 0)
      out.push(violation('financing.parameters_invalid', at('ergotherapie/quarterMinutes'), src));
    if (!Number.isInteger(e.basicCoverQuarters) || e.basicCoverQuarters < 0)
      out.push(violation('financing.parameters_invalid', at('ergotherapie/basicCoverQuarters'), src));
    const allCodes = [...Object.values(e.codes), ...e.groupCodes.map((g) => g.code), ...Object.values(e.surchargeCodes)];
    for (const code of allCodes) {
      if (!isCode(code)) out.push(violation('financing.parameters_invalid', at('ergotherapie/codes'), src));
      const tariff = e.tariffsCents[code];
      if (tariff === undefined || !isCents(tariff))
        out.push(violation('financing.parameters_invalid', at(`ergotherapie/tariffsCents/${code}`), src));
    }
    if (!isCents(p.eigenRisico.amountCents))
      out.push(violation('financing.parameters_invalid', at('eigenRisico/amountCents'), src));
    p.supplementaryPolicies.forEach((s, j) => {
      if (!Number.isInteger(s.ergotherapieExtraQuarters) || s.ergotherapieExtraQuarters < 0)
        out.push(violation('financing.parameters_invalid', at(`supplementaryPolicies/${j}/ergotherapieExtraQuarters`), src));
    });
    if (p.wlz.dagbestedingTariffCents !== null && !isCents(p.wlz.dagbestedingTariffCents))
      out.push(violation('financing.parameters_invalid', at('wlz/dagbestedingTariffCents'), src));
    // A group session is 2 or more persons; each group code covers a size range (REFERENCE.md §7.2: 5012-5015).
    e.groupCodes.forEach((g, j) => {
      if (!Number.isInteger(g.size) || !Number.isInteger(g.maxSize) || g.size < 2 || g.maxSize < g.size)
        out.push(violation('financing.parameters_invalid', at(`ergotherapie/groupCodes/${j}/maxSize`), 'REFERENCE.md §7.2'));
    });
    if (!Number.isInteger(p.wlz.minMinutesPerDagdeel) || p.wlz.minMinutesPerDagdeel <= 0)
      out.push(violation('financing.parameters_invalid', at('wlz/minMinutesPerDagdeel'), src));
    sets.forEach((other, j) => {
      if (j > i && p.validFrom <= other.validUntil && other.validFrom <= p.validUntil)
        out.push(violation('financing.parameters_invalid', at('validFrom'), `${src}: periods of sets ${i} and ${j} overlap`));
    });
  });
  return out;
}

const shiftDay = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The days of [from, until] that none of `taken` covers, as periods (inclusive), in order. */
function uncovered(from: string, until: string, taken: readonly { validFrom: string; validUntil: string }[]) {
  const pieces: { from: string; until: string }[] = [];
  let start = from;
  for (const t of [...taken].sort((a, b) => a.validFrom.localeCompare(b.validFrom))) {
    if (t.validUntil < start || t.validFrom > until) continue;
    if (t.validFrom > start) pieces.push({ from: start, until: shiftDay(t.validFrom, -1) });
    if (t.validUntil >= until) return pieces;
    start = shiftDay(t.validUntil, 1);
  }
  if (start <= until) pieces.push({ from: start, until });
  return pieces;
}

/**
 * The sets in force: the organisation's own, and core's defaults for the days none of its own sets covers (issue 12:
 * the defaults apply where the organisation configured nothing). Adding next year's contract keeps this year's
 * defaults; a contract from 1 July keeps the defaults for January to June (a default cut to what is left has the id
 * `<default id>:<first day>`). Ordered by start.
 */
export function parametersInForce(
  own: readonly FinancingParameters[],
  defaults: readonly FinancingParameters[],
): FinancingParameters[] {
  const free = defaults.flatMap((d) =>
    uncovered(d.validFrom, d.validUntil, own).map((piece) =>
      piece.from === d.validFrom && piece.until === d.validUntil
        ? d
        : { ...d, id: `${d.id}:${piece.from}`, validFrom: piece.from, validUntil: piece.until },
    ),
  );
  return [...own, ...free].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}

/** The ergotherapie prestatiecode of a contact type (a group session by its size), from the parameters. */
export function ergoCode(p: FinancingParameters, type: ErgoContactType, groupSize: number | null): string | null {
  if (type !== 'groepszitting') return p.ergotherapie.codes[type];
  const size = groupSize ?? 0;
  return p.ergotherapie.groupCodes.find((g) => g.size <= size && size <= g.maxSize)?.code ?? null;
}
