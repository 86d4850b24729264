import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { validateWmoAllocation } from './allocation.js';
import { isValidAgb, isValidBsn } from './identifiers.js';
import type { WmoAllocation } from './types.js';

/**
 * A municipality's iWmo 301 toewijzing (gemeente → aanbieder, REFERENCE.md §9.3): one client (BSN) and the
 * products allocated to them, each with its ToewijzingNummer, product category and code, period and volume
 * (Omvang: Volume, Eenheid, Frequentie; REFERENCE.md §9.2). The XML is read on the server; here the message
 * is checked and turned into the allocations Meedoen holds (a declaration line must carry one, §9.3).
 */
export interface Wmo301Product {
  allocationNumber: string;
  productCategory: string;
  productCode: string | null;
  from: string;
  until: string | null;
  /** Omvang; null when the message has none (a budget-only allocation). */
  volume: number | null;
  unit: string | null;
  frequency: string | null;
}

export interface Wmo301Message {
  /** BerichtCode of the 301 in iWmo 3.x. */
  messageCode: string;
  /** Afzender: the municipality's CBS code (TR378). */
  municipalityCode: string;
  /** Ontvanger: the provider's AGB code. */
  receiverAgb: string;
  messageId: string;
  messageDate: string;
  bsn: string;
  products: Wmo301Product[];
}

/** iWmo 3.x BerichtCode of the WMO301 toewijzing (iStandaarden berichtcodes: 414 = WMO301). */
export const WMO301_MESSAGE_CODE = '414';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The allocations of one 301 message, or what is wrong with it, each with its path in the message.
 * `orgAgb`: the organisation's AGB; a message addressed to another provider is refused.
 */
export function allocationsFrom301(
  message: Wmo301Message,
  orgAgb: string | null,
): { allocations: WmoAllocation[]; violations: RuleViolation[] } {
  const out: RuleViolation[] = [];
  if (message.messageCode !== WMO301_MESSAGE_CODE)
    out.push(violation('financing.wmo301_invalid', '/Header/BerichtCode', 'REFERENCE.md §9.3 (301 toewijzing)'));
  if (!/^\d{4}$/.test(message.municipalityCode))
    out.push(violation('financing.wmo301_invalid', '/Header/Afzender', 'TR378 (CBS gemeentecode)'));
  if (!isValidAgb(message.receiverAgb))
    out.push(violation('financing.wmo301_invalid', '/Header/Ontvanger', 'Vektis AGB register; iWmo LDT_AgbCode'));
  else if (orgAgb !== null && message.receiverAgb !== orgAgb)
    out.push(violation('financing.wmo301_wrong_receiver', '/Header/Ontvanger', 'REFERENCE.md §9.3 (301: gemeente → aanbieder)'));
  if (!ISO.test(message.messageDate))
    out.push(violation('financing.wmo301_invalid', '/Header/BerichtIdentificatie/Dagtekening', 'REFERENCE.md §9.3'));
  // The BSN eleven test (Wabb art. 1; iWmo checks it on every message).
  if (!isValidBsn(message.bsn)) out.push(violation('financing.bsn_invalid', '/Client/Bsn', 'Wabb art. 1; BSN elfproef'));
  if (message.products.length === 0)
    out.push(violation('financing.wmo301_invalid', '/Client/ToegewezenProducten', 'REFERENCE.md §9.3'));
  const allocations: WmoAllocation[] = [];
  const seen = new Set<string>();
  message.products.forEach((p, i) => {
    const at = `/Client/ToegewezenProducten/${i}`;
    // A budget-only allocation has no Omvang: Meedoen needs unit and frequency to check delivery (IV042).
    if (p.volume === null || p.unit === null || p.frequency === null) {
      out.push(violation('financing.allocation_invalid', `${at}/Omvang`, 'REFERENCE.md §9.2 (IV042)'));
      return;
    }
    // TR332: a ToewijzingNummer is unique per municipality.
    if (seen.has(p.allocationNumber))
      out.push(violation('financing.wmo301_invalid', `${at}/ToewijzingNummer`, 'TR332 (ToewijzingNummer uniek per gemeente)'));
    seen.add(p.allocationNumber);
    const allocation: WmoAllocation = {
      allocationNumber: p.allocationNumber,
      municipalityCode: message.municipalityCode,
      productCategory: p.productCategory,
      productCode: p.productCode,
      volume: p.volume,
      unit: p.unit,
      frequency: p.frequency,
      tariffCents: null,
      from: p.from,
      until: p.until,
    };
    const bad = validateWmoAllocation(allocation);
    for (const v of bad) out.push({ ...v, path: `${at}${ELEMENT[v.path] ?? v.path}` });
    if (bad.length === 0) allocations.push(allocation);
  });
  return { allocations, violations: out };
}

/** Core's allocation fields as the 301's element paths, so a problem names what the municipality sent. */
const ELEMENT: Record<string, string> = {
  '/allocationNumber': '/ToewijzingNummer',
  '/municipalityCode': '/Afzender',
  '/productCategory': '/Product/Categorie',
  '/productCode': '/Product/Code',
  '/unit': '/Omvang/Eenheid',
  '/frequency': '/Omvang/Frequentie',
  '/volume': '/Omvang/Volume',
  '/until': '/ToewijzingEinddatum',
};
