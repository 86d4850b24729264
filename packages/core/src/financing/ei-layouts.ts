import { sequentialFields, type EiField, type EiLayout } from './ei-flat-file.js';

/**
 * The record layouts of the Vektis EI files Meedoen writes and reads. Sources and confidence:
 * - PM304 v3.2 records 01, 02, 04, 99: the published record layout (vektis.nl/standaardisatie/standaarden/PM304-3.2),
 *   read from a public transcription (ikeamanual/EiCooker src/standards/PM304-3.2.js). Confidence: medium-high.
 * - COD002 message codes 107/108 (paramedische hulp, declaratie/retour) and 187/188 (Wlz/AWBZ-zorg): Vektis
 *   COD002-VEKT, from a public transcription. Confidence: medium.
 * - AW319 v1.4 record 04 (prestatie): from a public implementation (vektis.nl/standaardisatie/standaarden/AW319-1.4).
 *   Confidence: medium-low. Its 01/02/99 records are taken as the PM304 ones: UNCONFIRMED.
 * - Record 98 (commentaar) and every return field of PM305/AW320 (toegekend bedrag, retourcodes): UNCONFIRMED,
 *   placed in the reserve of the outgoing record. Check against the Vektis BER before production use.
 */

const RESERVE = 'Reserve';

/** Replace the closing reserve of a record by fields and a shorter reserve (the return message's extra fields). */
function withFieldsInReserve(fields: readonly EiField[], extra: readonly (readonly [string, number, 'N' | 'AN'])[]): EiField[] {
  const reserve = fields[fields.length - 1] as EiField;
  let start = reserve.start;
  const added = extra.map(([name, length, type]) => {
    const field = { name, start, length, type };
    start += length;
    return field;
  });
  const used = start - reserve.start;
  return [...fields.slice(0, -1), ...added, { name: RESERVE, start, length: reserve.length - used, type: 'AN' }];
}

const VOORLOOP = sequentialFields([
  ['Kenmerk record', 2, 'N'],
  ['Code externe-integratiebericht', 3, 'N'],
  ['Versienummer berichtstandaard', 2, 'N'],
  ['Subversienummer berichtstandaard', 2, 'N'],
  ['Soort bericht', 1, 'AN'],
  ['Code informatiesysteem softwareleverancier', 6, 'N'],
  ['Versieaanduiding informatiesysteem softwareleverancier', 10, 'AN'],
  ['Uzovi-nummer', 4, 'N'],
  ['Code servicebureau', 8, 'N'],
  ['Zorgverlenerscode', 8, 'N'],
  ['Praktijkcode', 8, 'N'],
  ['Instellingscode', 8, 'N'],
  ['Identificatiecode betaling aan', 2, 'N'],
  ['Begindatum declaratieperiode', 8, 'N'],
  ['Einddatum declaratieperiode', 8, 'N'],
  ['Factuurnummer declarant', 12, 'AN'],
  ['Dagtekening factuur', 8, 'N'],
  ['Btw-identificatienummer', 14, 'AN'],
  ['Valutacode', 3, 'AN'],
  [RESERVE, 193, 'AN'],
]);

const VERZEKERDE = sequentialFields([
  ['Kenmerk record', 2, 'N'],
  ['Identificatie detailrecord', 12, 'N'],
  ['Burgerservicenummer (bsn) verzekerde', 9, 'N'],
  ['Uzovi-nummer', 4, 'N'],
  ['Verzekerdennummer', 15, 'AN'],
  ['Patient(identificatie)nummer', 11, 'AN'],
  ['Datum geboorte verzekerde', 8, 'N'],
  ['Code geslacht verzekerde', 1, 'N'],
  ['Naamcode/naamgebruik (01)', 1, 'N'],
  ['Naam verzekerde (01)', 25, 'AN'],
  ['Voorvoegsel verzekerde (01)', 10, 'AN'],
  ['Naamcode/naamgebruik (02)', 1, 'N'],
  ['Naam verzekerde (02)', 25, 'AN'],
  ['Voorvoegsel verzekerde (02)', 10, 'AN'],
  ['Voorletters verzekerde', 6, 'AN'],
  ['Naamcode/naamgebruik (03)', 1, 'N'],
  ['Postcode (huisadres) verzekerde', 6, 'AN'],
  ['Postcode buitenland', 9, 'AN'],
  ['Huisnummer (huisadres) verzekerde', 5, 'N'],
  ['Huisnummertoevoeging (huisadres) verzekerde', 6, 'AN'],
  ['Code land verzekerde', 2, 'AN'],
  ['Debiteurnummer', 11, 'AN'],
  [RESERVE, 130, 'AN'],
]);

const PM304_PRESTATIE = sequentialFields([
  ['Kenmerk record', 2, 'N'],
  ['Identificatie detailrecord', 12, 'N'],
  ['Burgerservicenummer (bsn) verzekerde', 9, 'N'],
  ['Uzovi-nummer', 4, 'N'],
  ['Verzekerdennummer', 15, 'AN'],
  ['Machtigingsnummer', 15, 'AN'],
  ['Doorsturen toegestaan', 1, 'N'],
  ['Datum prestatie', 8, 'N'],
  ['Aanduiding prestatiecodelijst', 3, 'N'],
  ['Prestatiecode', 6, 'AN'],
  ['Aantal uitgevoerde prestaties', 4, 'N'],
  ['Indicatie ongeval (ongevalsgevolg)', 1, 'AN'],
  ['Aanduiding diagnosecodelijst (01)', 3, 'N'],
  ['Verwijsdiagnosecode paramedische hulp (01)', 8, 'N'],
  ['Aanduiding diagnosecodelijst (02)', 3, 'N'],
  ['Verwijsdiagnosecode paramedische hulp (02)', 8, 'N'],
  ['Aanduiding diagnosecodelijst (03)', 3, 'N'],
  ['Paramedische diagnosecode (01)', 8, 'AN'],
  ['Aanduiding diagnosecodelijst (04)', 3, 'N'],
  ['Paramedische diagnosecode (02)', 8, 'AN'],
  ['Code soort indicatie paramedische hulp', 3, 'N'],
  ['Zorgverlenerscode behandelaar/uitvoerder', 8, 'N'],
  ['Specialisme behandelaar/uitvoerder', 4, 'N'],
  ['Verwijsdatum', 8, 'N'],
  ['Zorgverlenerscode voorschrijver/verwijzer', 8, 'N'],
  ['Specialisme voorschrijver/verwijzer', 4, 'N'],
  ['Reden einde zorg', 2, 'N'],
  ['Tarief prestatie (incl. btw)', 8, 'N'],
  ['Berekend bedrag (incl. btw)', 8, 'N'],
  ['Indicatie debet/credit (01)', 1, 'AN'],
  ['Btw-percentage declaratiebedrag', 4, 'N'],
  ['Declaratiebedrag (incl. btw)', 8, 'N'],
  ['Indicatie debet/credit (02)', 1, 'AN'],
  ['Referentienummer dit prestatierecord', 20, 'AN'],
  ['Referentienummer voorgaande gerelateerde prestatierecord', 20, 'AN'],
  [RESERVE, 79, 'AN'],
]);

// UNCONFIRMED: the commentaar record's fields after the detail record identification.
const COMMENTAAR = sequentialFields([
  ['Kenmerk record', 2, 'N'],
  ['Identificatie detailrecord', 12, 'N'],
  ['Regelnummer vrije tekst', 4, 'N'],
  ['Vrije tekst', 140, 'AN'],
  [RESERVE, 152, 'AN'],
]);

const SLUIT = sequentialFields([
  ['Kenmerk record', 2, 'N'],
  ['Aantal verzekerdenrecords', 6, 'N'],
  ['Aantal debiteurrecords', 6, 'N'],
  ['Aantal prestatierecords', 6, 'N'],
  ['Aantal commentaarrecords', 6, 'N'],
  ['Totaal aantal detailrecords', 7, 'N'],
  ['Totaal declaratiebedrag', 11, 'N'],
  ['Indicatie debet/credit', 1, 'AN'],
  [RESERVE, 265, 'AN'],
]);

// AW319 v1.4 record 04 (Wlz/AWBZ-zorg), see the sources above.
const AW319_PRESTATIE = sequentialFields([
  ['Kenmerk record', 2, 'N'],
  ['Identificatie detailrecord', 12, 'N'],
  ['Burgerservicenummer (bsn) verzekerde', 9, 'N'],
  ['Uzovi-nummer', 4, 'N'],
  ['Verzekerdennummer', 15, 'AN'],
  ['Machtigingsnummer', 15, 'AN'],
  ['Doorsturen toegestaan', 1, 'N'],
  ['Code indicatieorgaan', 4, 'N'],
  ['Clientnummer indicatieorgaan', 20, 'AN'],
  ['Nummer indicatieaanvraag', 9, 'N'],
  ['Nummer indicatiebesluit', 9, 'N'],
  ['Functiecode', 2, 'N'],
  ['Zorgzwaartepakketcode', 3, 'N'],
  ['Begindatum prestatie', 8, 'N'],
  ['Einddatum prestatie', 8, 'N'],
  ['Aanduiding prestatiecodelijst', 3, 'N'],
  ['Prestatiecode', 5, 'AN'],
  ['Aantal uitgevoerde prestaties', 4, 'N'],
  ['Tijdseenheid zorgperiode', 2, 'N'],
  ['Zorgverlenerscode behandelaar/uitvoerder', 8, 'N'],
  ['Specialisme behandelaar/uitvoerder', 4, 'N'],
  ['Zorgverlenerscode voorschrijver/verwijzer', 8, 'N'],
  ['Specialisme voorschrijver/verwijzer', 4, 'N'],
  ['Verrekenpercentage', 5, 'N'],
  ['Tarief prestatie (incl. btw)', 8, 'N'],
  ['Berekend bedrag (incl. btw)', 8, 'N'],
  ['Indicatie debet/credit (01)', 1, 'AN'],
  ['Btw-percentage declaratiebedrag', 4, 'N'],
  ['Declaratiebedrag (incl. btw)', 8, 'N'],
  ['Indicatie debet/credit (02)', 1, 'AN'],
  ['Referentienummer dit prestatierecord', 20, 'AN'],
  ['Referentienummer voorgaande gerelateerde prestatierecord', 20, 'AN'],
  [RESERVE, 76, 'AN'],
]);

/** The return fields of PM305/AW320, UNCONFIRMED (see above). */
const RETURN_CODES = [
  ['Retourcode (01)', 4, 'AN'],
  ['Retourcode (02)', 4, 'AN'],
  ['Retourcode (03)', 4, 'AN'],
] as const;
const PRESTATIE_RETURN = [['Toegekend bedrag', 8, 'N'], ['Indicatie debet/credit toegekend', 1, 'AN'], ...RETURN_CODES] as const;
const SLUIT_RETURN = [
  ['Totaal toegekend bedrag', 11, 'N'],
  ['Indicatie debet/credit toegekend', 1, 'AN'],
] as const;

export const PM304_LAYOUT: EiLayout = {
  standard: 'PM304 v3.2',
  messageCode: '107',
  version: '3',
  subversion: '2',
  recordLength: 310,
  records: { '01': VOORLOOP, '02': VERZEKERDE, '04': PM304_PRESTATIE, '98': COMMENTAAR, '99': SLUIT },
};

export const PM305_LAYOUT: EiLayout = {
  standard: 'PM305 v3.2 (return fields UNCONFIRMED)',
  messageCode: '108',
  version: '3',
  subversion: '2',
  recordLength: 310,
  records: {
    '01': withFieldsInReserve(VOORLOOP, RETURN_CODES),
    '02': withFieldsInReserve(VERZEKERDE, RETURN_CODES),
    '04': withFieldsInReserve(PM304_PRESTATIE, PRESTATIE_RETURN),
    '98': COMMENTAAR,
    '99': withFieldsInReserve(SLUIT, SLUIT_RETURN),
  },
};

export const AW319_LAYOUT: EiLayout = {
  standard: 'AW319 v1.4 (records 01/02/99 UNCONFIRMED)',
  messageCode: '187',
  version: '1',
  subversion: '4',
  recordLength: 310,
  records: { '01': VOORLOOP, '02': VERZEKERDE, '04': AW319_PRESTATIE, '98': COMMENTAAR, '99': SLUIT },
};

export const AW320_LAYOUT: EiLayout = {
  standard: 'AW320 (return fields UNCONFIRMED)',
  messageCode: '188',
  version: '1',
  subversion: '4',
  recordLength: 310,
  records: {
    '01': withFieldsInReserve(VOORLOOP, RETURN_CODES),
    '02': withFieldsInReserve(VERZEKERDE, RETURN_CODES),
    '04': withFieldsInReserve(AW319_PRESTATIE, PRESTATIE_RETURN),
    '98': COMMENTAAR,
    '99': withFieldsInReserve(SLUIT, SLUIT_RETURN),
  },
};
