import { WMO323_NAMESPACE, type Wmo323Message, type Wmo325Message } from '@meedoen/core';
import { XMLParser } from 'fast-xml-parser';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

/**
 * The iWmo messages as XML: core shapes the WMO323 in the XSD's element order (messages.ts); here it is
 * written with xmlbuilder2 and the municipality's WMO325 answer is read back with fast-xml-parser.
 */

type Node = string | number | Node[] | { [name: string]: Node | undefined };

function append(parent: XMLBuilder, name: string, value: Node | undefined): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) append(parent, name, item);
    return;
  }
  const element = parent.ele(WMO323_NAMESPACE, name);
  if (typeof value === 'object') for (const [child, v] of Object.entries(value)) append(element, child, v);
  else element.txt(String(value));
}

/** The WMO323 message as an XML document (UTF-8), elements in the message's namespace. */
export function renderWmo323(message: Wmo323Message): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(WMO323_NAMESPACE, 'Bericht');
  for (const [name, value] of Object.entries(message)) append(root, name, value as Node);
  return root.end({ prettyPrint: true });
}

const REPEATED = new Set(['Client', 'Prestatie', 'RetourCode']);

/** A date or code stays text: '0001' is a return code, not the number 1. */
const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => REPEATED.has(name),
});

type Raw = Record<string, unknown>;
const obj = (value: unknown): Raw => (value && typeof value === 'object' ? (value as Raw) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const codes = (value: unknown): string[] => {
  const list = obj(value)['RetourCode'];
  return Array.isArray(list) ? list.map(text) : [];
};
const amount = (value: unknown) => ({
  TotaalBedrag: Number(text(obj(value)['TotaalBedrag'])),
  DebetCredit: (text(obj(value)['DebetCredit']) === 'C' ? 'C' : 'D') as 'D' | 'C',
});

export class InvalidMessageError extends Error {}

/** A WMO325 answer as core's typed message; throws when it is not a 325 at all. */
export function parseWmo325(xml: string): Wmo325Message {
  let doc: Raw;
  try {
    doc = obj(parser.parse(xml, true));
  } catch (error) {
    throw new InvalidMessageError(String(error));
  }
  const bericht = obj(doc['Bericht']);
  const header = obj(bericht['Header']);
  const answer = obj(bericht['DeclaratieAntwoord']);
  if (text(header['BerichtCode']) !== '485' || Object.keys(answer).length === 0)
    throw new InvalidMessageError('not a WMO325 message (BerichtCode 485 with a DeclaratieAntwoord)');
  const id = obj(header['BerichtIdentificatie']);
  const declId = obj(header['DeclaratieIdentificatie']);
  const clients = obj(answer['Clienten'])['Client'];
  return {
    Header: {
      BerichtCode: '485',
      BerichtVersie: '3',
      BerichtSubversie: '2',
      Afzender: text(header['Afzender']),
      Ontvanger: text(header['Ontvanger']),
      BerichtIdentificatie: { Identificatie: text(id['Identificatie']), Dagtekening: text(id['Dagtekening']) },
      XsdVersie: {
        BasisschemaXsdVersie: text(obj(header['XsdVersie'])['BasisschemaXsdVersie']),
        BerichtXsdVersie: text(obj(header['XsdVersie'])['BerichtXsdVersie']),
      },
      DeclaratieIdentificatie: { Identificatie: text(declId['Identificatie']), Dagtekening: text(declId['Dagtekening']) },
      RetourCodes: codes(header['RetourCodes']),
    },
    DeclaratieAntwoord: {
      DeclaratieNummer: text(answer['DeclaratieNummer']),
      TotaalIngediendBedrag: amount(answer['TotaalIngediendBedrag']),
      TotaalToegekendBedrag: amount(answer['TotaalToegekendBedrag']),
      RetourCodes: codes(answer['RetourCodes']),
      Clienten: {
        Client: (Array.isArray(clients) ? clients : []).map((c) => {
          const client = obj(c);
          const prestaties = obj(client['Prestaties'])['Prestatie'];
          return {
            Bsn: text(client['Bsn']),
            RetourCodes: codes(client['RetourCodes']),
            Prestaties: {
              Prestatie: (Array.isArray(prestaties) ? prestaties : []).map((p) => {
                const prestatie = obj(p);
                const ref = obj(prestatie['ProductReferentie']);
                const period = obj(prestatie['ProductPeriode']);
                const claimed = obj(prestatie['IngediendBedrag']);
                return {
                  ProductReferentie: { ReferentieNummer: text(ref['ReferentieNummer']) },
                  ToewijzingNummer: text(prestatie['ToewijzingNummer']),
                  ProductCategorie: text(prestatie['ProductCategorie']),
                  ProductCode: text(prestatie['ProductCode']),
                  ProductPeriode: { Begindatum: text(period['Begindatum']), Einddatum: text(period['Einddatum']) },
                  GeleverdVolume: Number(text(prestatie['GeleverdVolume'])),
                  Eenheid: text(prestatie['Eenheid']),
                  IngediendBedrag: {
                    Bedrag: Number(text(claimed['Bedrag'])),
                    DebetCredit: (text(claimed['DebetCredit']) === 'C' ? 'C' : 'D') as 'D' | 'C',
                  },
                  RetourCodes: codes(prestatie['RetourCodes']),
                };
              }),
            },
          };
        }),
      },
    },
  };
}
