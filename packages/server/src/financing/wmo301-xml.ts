import { violation, type RuleViolation, type Wmo301Message, type Wmo301Product } from '@meedoen/core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Read a municipality's iWmo 301 toewijzing (XML) into core's Wmo301Message with fast-xml-parser. The
 * structure follows schemas/wmo301.xsd (written from the published structure, REFERENCE.md §9.3); every
 * missing or malformed element is a violation with its path, so the user sees what the file lacks.
 */

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  // Codes stay text: '07' is a product category, '0363' a municipality.
  parseTagValue: false,
  isArray: (name) => name === 'ToegewezenProduct',
});

type Raw = Record<string, unknown>;
const obj = (value: unknown): Raw => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d{1,9}$/;

export function readWmo301(xml: string): { message: Wmo301Message | null; violations: RuleViolation[] } {
  const out: RuleViolation[] = [];
  const invalid = (path: string) => out.push(violation('financing.wmo301_invalid', path, 'REFERENCE.md §9.3 (301 toewijzing)'));
  if (XMLValidator.validate(xml) !== true) {
    invalid('');
    return { message: null, violations: out };
  }
  const bericht = obj(obj(parser.parse(xml))['Bericht']);
  const header = obj(bericht['Header']);
  const client = obj(bericht['Client']);
  if (Object.keys(header).length === 0 || Object.keys(client).length === 0) {
    invalid('/Bericht');
    return { message: null, violations: out };
  }
  const required = (node: Raw, name: string, path: string, pattern?: RegExp): string => {
    const value = text(node[name]);
    if (!value || (pattern && !pattern.test(value))) invalid(`${path}/${name}`);
    return value;
  };
  const optional = (node: Raw, name: string, path: string, pattern: RegExp): string | null => {
    const value = text(node[name]);
    if (!value) return null;
    if (!pattern.test(value)) invalid(`${path}/${name}`);
    return value;
  };
  const id = obj(header['BerichtIdentificatie']);
  const rawProducts = obj(client['ToegewezenProducten'])['ToegewezenProduct'];
  const products: Wmo301Product[] = (Array.isArray(rawProducts) ? rawProducts : []).map((raw, i) => {
    const p = obj(raw);
    const at = `/Client/ToegewezenProducten/${i}`;
    const product = obj(p['Product']);
    const omvang = obj(p['Omvang']);
    const hasVolume = Object.keys(omvang).length > 0;
    const volume = hasVolume ? required(omvang, 'Volume', `${at}/Omvang`, WHOLE) : '';
    return {
      allocationNumber: required(p, 'ToewijzingNummer', at, /^.{1,20}$/),
      productCategory: required(product, 'Categorie', `${at}/Product`),
      productCode: text(product['Code']) || null,
      from: required(p, 'ToewijzingIngangsdatum', at, DATE),
      until: optional(p, 'ToewijzingEinddatum', at, DATE),
      volume: hasVolume && WHOLE.test(volume) ? Number(volume) : null,
      unit: hasVolume ? required(omvang, 'Eenheid', `${at}/Omvang`) : null,
      frequency: hasVolume ? required(omvang, 'Frequentie', `${at}/Omvang`) : null,
    };
  });
  const message: Wmo301Message = {
    messageCode: required(header, 'BerichtCode', '/Header'),
    municipalityCode: required(header, 'Afzender', '/Header'),
    receiverAgb: required(header, 'Ontvanger', '/Header'),
    messageId: required(id, 'Identificatie', '/Header/BerichtIdentificatie'),
    messageDate: required(id, 'Dagtekening', '/Header/BerichtIdentificatie', DATE),
    bsn: required(client, 'Bsn', '/Client'),
    products,
  };
  return { message, violations: out };
}
