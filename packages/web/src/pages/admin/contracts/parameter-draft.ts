import { ERGO_CONTACT_TYPES, ERGO_SURCHARGES, type ErgoSurcharge } from '@meedoen/core';
import type { ParameterSetInput, ParameterValues } from '../../../api/contracts';

/** The contact types with a code of their own; a group session's code depends on the group size. */
export const CODED_CONTACT_TYPES = ERGO_CONTACT_TYPES.filter((t) => t !== 'groepszitting');
export type CodedContactType = (typeof CODED_CONTACT_TYPES)[number];

/** A number field as the form holds it (a string while being typed): '' until the administrator fills it in. */
export type Num = number | string;
/** A choice that starts unmade. */
type YesNo = 'yes' | 'no' | '';

interface CodeRow {
  code: string;
  euro: Num;
}

/** Everything the form edits, each field empty until entered or copied on request. */
export interface ParameterDraft {
  validFrom: string;
  validUntil: string;
  contract: string;
  quarterMinutes: Num;
  rounding: string;
  basicCoverQuarters: Num;
  countIndirectMinutes: YesNo;
  screeningCountsAgainstCover: YesNo;
  codes: Record<CodedContactType, CodeRow>;
  groups: (CodeRow & { size: Num; maxSize: Num })[];
  surcharges: Record<ErgoSurcharge, CodeRow>;
  eigenRisicoEuro: Num;
  policies: { id: string; uzovi: string; name: string; extraQuarters: Num; coversVaktherapie: YesNo }[];
  wlzCode: string;
  wlzEuro: Num;
  minMinutesPerDagdeel: Num;
  /** The sources of a copied set, kept with the values they describe. */
  sources: Record<string, string>;
}

/** The key of the contract reference in a set's sources: where its tariffs come from. */
export const CONTRACT_SOURCE = 'ergotherapie.tariffsCents';

const emptyRow = (): CodeRow => ({ code: '', euro: '' });

export function emptyDraft(): ParameterDraft {
  return {
    validFrom: '',
    validUntil: '',
    contract: '',
    quarterMinutes: '',
    rounding: '',
    basicCoverQuarters: '',
    countIndirectMinutes: '',
    screeningCountsAgainstCover: '',
    codes: Object.fromEntries(CODED_CONTACT_TYPES.map((t) => [t, emptyRow()])) as Record<CodedContactType, CodeRow>,
    groups: [],
    surcharges: Object.fromEntries(ERGO_SURCHARGES.map((s) => [s, emptyRow()])) as Record<ErgoSurcharge, CodeRow>,
    eigenRisicoEuro: '',
    policies: [],
    wlzCode: '',
    wlzEuro: '',
    minMinutesPerDagdeel: '',
    sources: {},
  };
}

const euroOf = (cents: number | undefined | null): Num => (cents === undefined || cents === null ? '' : cents / 100);
const yesNo = (value: boolean): YesNo => (value ? 'yes' : 'no');

/** The values of a set in the form (to change it, or copied into a new one; the period stays the caller's). */
export function draftOf(p: ParameterValues): ParameterDraft {
  const e = p.ergotherapie;
  const row = (code: string): CodeRow => ({ code, euro: euroOf(e.tariffsCents[code]) });
  return {
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    contract: p.sources[CONTRACT_SOURCE] ?? '',
    quarterMinutes: e.quarterMinutes,
    rounding: e.rounding,
    basicCoverQuarters: e.basicCoverQuarters,
    countIndirectMinutes: yesNo(e.countIndirectMinutes),
    screeningCountsAgainstCover: yesNo(e.screeningCountsAgainstCover),
    codes: Object.fromEntries(CODED_CONTACT_TYPES.map((t) => [t, row(e.codes[t])])) as Record<CodedContactType, CodeRow>,
    groups: e.groupCodes.map((g) => ({ ...row(g.code), size: g.size, maxSize: g.maxSize })),
    surcharges: Object.fromEntries(ERGO_SURCHARGES.map((s) => [s, row(e.surchargeCodes[s])])) as Record<ErgoSurcharge, CodeRow>,
    eigenRisicoEuro: euroOf(p.eigenRisico.amountCents),
    policies: p.supplementaryPolicies.map((s) => ({
      id: s.id,
      uzovi: s.uzovi,
      name: s.name,
      extraQuarters: s.ergotherapieExtraQuarters,
      coversVaktherapie: yesNo(s.coversVaktherapie),
    })),
    wlzCode: p.wlz.dagbestedingCode ?? '',
    wlzEuro: euroOf(p.wlz.dagbestedingTariffCents),
    minMinutesPerDagdeel: p.wlz.minMinutesPerDagdeel,
    sources: p.sources,
  };
}

/** The form's fields that are still empty, by the message key of their label (shown to the administrator). */
export function missingFields(d: ParameterDraft): string[] {
  const out: string[] = [];
  const need = (empty: boolean, key: string) => empty && !out.includes(key) && out.push(key);
  need(d.validFrom === '', 'contracts.validFrom');
  need(d.validUntil === '', 'contracts.validUntil');
  need(d.quarterMinutes === '', 'contracts.quarterMinutes');
  need(d.rounding === '', 'contracts.rounding');
  need(d.basicCoverQuarters === '', 'contracts.basicCoverQuarters');
  need(d.countIndirectMinutes === '', 'contracts.countIndirectMinutes');
  need(d.screeningCountsAgainstCover === '', 'contracts.screeningCountsAgainstCover');
  for (const t of CODED_CONTACT_TYPES) need(d.codes[t].code.trim() === '' || d.codes[t].euro === '', `ergoContactType.${t}`);
  for (const s of ERGO_SURCHARGES) need(d.surcharges[s].code.trim() === '' || d.surcharges[s].euro === '', `ergoSurcharge.${s}`);
  for (const g of d.groups)
    need(g.code.trim() === '' || g.euro === '' || g.size === '' || g.maxSize === '', 'ergoContactType.groepszitting');
  need(d.eigenRisicoEuro === '', 'contracts.eigenRisico');
  for (const p of d.policies)
    need(
      p.uzovi.trim() === '' || p.name.trim() === '' || p.extraQuarters === '' || p.coversVaktherapie === '',
      'contracts.policies',
    );
  need(d.minMinutesPerDagdeel === '', 'contracts.minMinutesPerDagdeel');
  return out;
}

const numberOf = (value: Num) => (typeof value === 'number' ? value : Number(value.replace(/\./g, '').replace(',', '.')));
const cents = (euro: Num) => Math.round(numberOf(euro) * 100);
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/** The set to send, from a complete draft (missingFields is empty). */
export function inputOf(d: ParameterDraft): ParameterSetInput {
  const tariffsCents: Record<string, number> = {};
  const coded = (row: CodeRow) => {
    const code = row.code.trim();
    tariffsCents[code] = cents(row.euro);
    return code;
  };
  const codes = Object.fromEntries(CODED_CONTACT_TYPES.map((t) => [t, coded(d.codes[t])])) as Record<CodedContactType, string>;
  const groupCodes = d.groups.map((g) => ({ size: numberOf(g.size), maxSize: numberOf(g.maxSize), code: coded(g) }));
  const surchargeCodes = Object.fromEntries(ERGO_SURCHARGES.map((s) => [s, coded(d.surcharges[s])])) as Record<
    ErgoSurcharge,
    string
  >;
  const contract = d.contract.trim();
  const { [CONTRACT_SOURCE]: _previous, ...otherSources } = d.sources;
  return {
    validFrom: d.validFrom,
    validUntil: d.validUntil,
    ergotherapie: {
      quarterMinutes: numberOf(d.quarterMinutes),
      rounding: d.rounding as ParameterSetInput['ergotherapie']['rounding'],
      basicCoverQuarters: numberOf(d.basicCoverQuarters),
      countIndirectMinutes: d.countIndirectMinutes === 'yes',
      screeningCountsAgainstCover: d.screeningCountsAgainstCover === 'yes',
      codes,
      groupCodes,
      surchargeCodes,
      tariffsCents,
    },
    eigenRisico: { amountCents: cents(d.eigenRisicoEuro) },
    supplementaryPolicies: d.policies.map((p) => ({
      id: p.id || `${p.uzovi.trim()}-${slug(p.name)}`,
      uzovi: p.uzovi.trim(),
      name: p.name.trim(),
      ergotherapieExtraQuarters: numberOf(p.extraQuarters),
      coversVaktherapie: p.coversVaktherapie === 'yes',
    })),
    wlz: {
      dagbestedingCode: d.wlzCode.trim() || null,
      dagbestedingTariffCents: d.wlzEuro === '' ? null : cents(d.wlzEuro),
      minMinutesPerDagdeel: numberOf(d.minMinutesPerDagdeel),
    },
    sources: contract ? { ...otherSources, [CONTRACT_SOURCE]: contract } : otherSources,
  };
}

/** dd-mm-jjjj, as the Dutch read a date. */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}-${m}-${y}`;
}
