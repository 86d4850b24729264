import type { Wmo323Declaration, Wmo323Line } from './iwmo-declaration.js';
import type { Pm304Line } from './pm304.js';

/**
 * The typed message structures the server renders to files (xmlbuilder2 for iWmo) and reads back
 * (fast-xml-parser). Field names follow the element names, so rendering is a one-to-one walk.
 *
 * WMO323/WMO325: iWmo 3.2, namespace http://www.istandaarden.nl/iwmo/3_2/wmo323/schema, from WMO323.xsd
 * and a WMO325 example (REFERENCE.md §9.3; i-Sociaal-Lab/jaapjunior packages/api/wmo/bronnen). Amounts in
 * eurocent. BerichtCode 484 (323) and 485 (325): Vektis COD002.
 *
 * PM304/PM305: Vektis EI, a fixed-length flat file of records 01 (voorloop), 02 (verzekerde), 04
 * (prestatie), 98 (commentaar), 99 (sluit); the record layout is in ei-layouts.ts, rendered by pm304-file.ts.
 */

export const WMO323_NAMESPACE = 'http://www.istandaarden.nl/iwmo/3_2/wmo323/schema';
export const WMO325_NAMESPACE = 'http://www.istandaarden.nl/iwmo/3_2/wmo325/schema';
export const IWMO_BASIS_NAMESPACE = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';

export interface IwmoHeader {
  BerichtCode: string;
  BerichtVersie: '3';
  BerichtSubversie: '2';
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: { Identificatie: string; Dagtekening: string };
  XsdVersie: { BasisschemaXsdVersie: string; BerichtXsdVersie: string };
}

export interface IwmoPrestatie {
  ProductReferentie: { ReferentieNummer: string; VorigReferentieNummer?: string };
  ToewijzingNummer: string;
  ProductCategorie: string;
  ProductCode: string;
  ProductPeriode: { Begindatum: string; Einddatum: string };
  GeleverdVolume: number;
  Eenheid: string;
  ProductTarief?: number;
  IngediendBedrag: { Bedrag: number; DebetCredit: 'D' | 'C' };
}

export interface Wmo323Message {
  Header: IwmoHeader & { BerichtCode: '484' };
  Declaratie: {
    DeclaratieNummer: string;
    DeclaratiePeriode: { Begindatum: string; Einddatum: string };
    DeclaratieDagtekening: string;
    TotaalIngediendBedrag: { TotaalBedrag: number; DebetCredit: 'D' | 'C' };
    Clienten: { Client: { Bsn: string; Prestaties: { Prestatie: IwmoPrestatie[] } }[] };
  };
}

export interface Wmo325Message {
  Header: Omit<IwmoHeader, 'BerichtCode'> & {
    BerichtCode: '485';
    DeclaratieIdentificatie: { Identificatie: string; Dagtekening: string };
    RetourCodes: string[];
  };
  DeclaratieAntwoord: {
    DeclaratieNummer: string;
    TotaalIngediendBedrag: { TotaalBedrag: number; DebetCredit: 'D' | 'C' };
    TotaalToegekendBedrag: { TotaalBedrag: number; DebetCredit: 'D' | 'C' };
    Clienten: {
      Client: { Bsn: string; Prestaties: { Prestatie: (IwmoPrestatie & { RetourCodes: string[] })[] }; RetourCodes: string[] }[];
    };
    RetourCodes: string[];
  };
}

function prestatie(l: Wmo323Line): IwmoPrestatie {
  return {
    ProductReferentie: {
      ReferentieNummer: l.reference,
      ...(l.previousReference ? { VorigReferentieNummer: l.previousReference } : {}),
    },
    ToewijzingNummer: l.allocationNumber,
    ProductCategorie: l.productCategory,
    ProductCode: l.productCode ?? '',
    ProductPeriode: { Begindatum: l.period.start, Einddatum: l.period.end },
    GeleverdVolume: l.volume,
    Eenheid: l.unit,
    ...(l.tariffCents !== null ? { ProductTarief: l.tariffCents } : {}),
    IngediendBedrag: { Bedrag: l.amountCents, DebetCredit: l.direction },
  };
}

/** The WMO323 message for a declaration; run `checkIwmoDeclaration` first — this only shapes. */
export function toWmo323Message(decl: Wmo323Declaration, sender: { agb: string; messageId: string }): Wmo323Message {
  const clients = new Map<string, Wmo323Line[]>();
  for (const l of decl.lines) clients.set(l.bsn ?? '', [...(clients.get(l.bsn ?? '') ?? []), l]);
  return {
    Header: {
      BerichtCode: '484',
      BerichtVersie: '3',
      BerichtSubversie: '2',
      Afzender: sender.agb,
      Ontvanger: decl.municipalityCode,
      BerichtIdentificatie: { Identificatie: sender.messageId, Dagtekening: decl.date },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    },
    Declaratie: {
      DeclaratieNummer: decl.declarationNumber,
      DeclaratiePeriode: { Begindatum: decl.period.start, Einddatum: decl.period.end },
      DeclaratieDagtekening: decl.date,
      TotaalIngediendBedrag: { TotaalBedrag: decl.totalCents, DebetCredit: decl.totalDirection },
      Clienten: {
        Client: [...clients.entries()].map(([bsn, ls]) => ({ Bsn: bsn, Prestaties: { Prestatie: ls.map(prestatie) } })),
      },
    },
  };
}

/** PM304 records (Vektis EI). Field names are descriptive; positions come from the BER (UNCONFIRMED). */
export interface Pm304File {
  voorloop: {
    record: '01';
    practiceAgb: string;
    uzovi: string;
    fileNumber: string;
    date: string;
    periodStart: string;
    periodEnd: string;
  };
  verzekerden: {
    record: '02';
    bsn: string;
    uzovi: string;
    insuredNumber: string | null;
    birthDate: string;
    prestaties: {
      record: '04';
      reference: string;
      previousReference: string | null;
      date: string;
      prestatiecode: string;
      quantity: number;
      tariffCents: number;
      amountCents: number;
      practitionerAgb: string;
      referrerAgb: string | null;
      direction: 'D' | 'C';
      /** Sent as commentaar records (98) after the prestatie. */
      comment: string | null;
    }[];
  }[];
  sluit: { record: '99'; insuredCount: number; prestatieCount: number; totalCents: number };
}

/** PM305: the insurer's answer, record by record, with its return codes (code list UNCONFIRMED). */
export interface Pm305File {
  fileNumber: string;
  fileReturnCodes: string[];
  prestaties: { reference: string; returnCodes: string[]; awardedCents: number }[];
}

/** One PM304 file per insurer (UZOVI) and month; run `checkPm304` first. */
export function toPm304File(
  lines: readonly Pm304Line[],
  header: { practiceAgb: string; uzovi: string; fileNumber: string; date: string; periodStart: string; periodEnd: string },
): Pm304File {
  const ofInsurer = lines.filter((l) => l.uzovi === header.uzovi);
  const byPerson = new Map<string, Pm304Line[]>();
  for (const l of ofInsurer) byPerson.set(l.personId, [...(byPerson.get(l.personId) ?? []), l]);
  const net = ofInsurer.reduce((a, l) => a + (l.direction === 'D' ? l.amountCents : -l.amountCents), 0);
  return {
    voorloop: { record: '01', ...header },
    verzekerden: [...byPerson.values()].map((ls) => {
      const first = ls[0] as Pm304Line;
      return {
        record: '02',
        bsn: first.bsn ?? '',
        uzovi: header.uzovi,
        insuredNumber: first.insuredNumber,
        birthDate: first.birthDate,
        prestaties: ls.map((l) => ({
          record: '04',
          reference: l.reference,
          previousReference: l.previousReference,
          date: l.date,
          prestatiecode: l.prestatiecode,
          quantity: l.quantity,
          tariffCents: l.tariffCents,
          amountCents: l.amountCents,
          practitionerAgb: l.practitionerAgb ?? '',
          referrerAgb: l.referrerAgb,
          direction: l.direction,
          comment: l.homeVisitReason,
        })),
      };
    }),
    sluit: { record: '99', insuredCount: byPerson.size, prestatieCount: ofInsurer.length, totalCents: net },
  };
}
