import { describe, expect, it } from 'vitest';
import { declarationTotal, type Wmo323Declaration, type Wmo323Line } from './iwmo-declaration.js';
import { toWmo323Message } from './messages.js';

const line = (overrides: Partial<Wmo323Line> = {}): Wmo323Line => ({
  reference: 'R1',
  previousReference: null,
  personId: 'kevin',
  bsn: '111222333',
  allocationNumber: 'TW-1001',
  productCategory: '07',
  productCode: '07A08',
  period: { start: '2026-03-01', end: '2026-03-31' },
  volume: 14,
  unit: '16',
  tariffCents: 4500,
  amountCents: 63000,
  direction: 'D',
  ...overrides,
});
const lines = [
  line(),
  line({ reference: 'R2', previousReference: 'R0', direction: 'C', period: { start: '2026-02-01', end: '2026-02-28' } }),
  line({ reference: 'R3', bsn: '999900006', personId: 'p2', unit: '83', tariffCents: null, volume: 20000, amountCents: 20000 }),
];
const declaration: Wmo323Declaration = {
  municipalityCode: '0193',
  declarationNumber: 'D202603',
  period: { start: '2026-03-01', end: '2026-03-31' },
  date: '2026-04-02',
  lines,
  ...declarationTotal(lines),
};

describe('the WMO323 message (iWmo 3.2, WMO323.xsd)', () => {
  const message = toWmo323Message(declaration, { agb: '12345678', messageId: 'M1' });
  it('header: code 484, version 3.2, AGB to municipality', () => {
    expect(message.Header).toEqual({
      BerichtCode: '484',
      BerichtVersie: '3',
      BerichtSubversie: '2',
      Afzender: '12345678',
      Ontvanger: '0193',
      BerichtIdentificatie: { Identificatie: 'M1', Dagtekening: '2026-04-02' },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    });
  });
  it('elements in the order of the XSD sequences, so rendering keeps it', () => {
    expect(Object.keys(message)).toEqual(['Header', 'Declaratie']);
    expect(Object.keys(message.Header)).toEqual([
      'BerichtCode',
      'BerichtVersie',
      'BerichtSubversie',
      'Afzender',
      'Ontvanger',
      'BerichtIdentificatie',
      'XsdVersie',
    ]);
    expect(Object.keys(message.Declaratie)).toEqual([
      'DeclaratieNummer',
      'DeclaratiePeriode',
      'DeclaratieDagtekening',
      'TotaalIngediendBedrag',
      'Clienten',
    ]);
    const p = message.Declaratie.Clienten.Client[0]?.Prestaties.Prestatie[0];
    expect(Object.keys(p ?? {})).toEqual([
      'ProductReferentie',
      'ToewijzingNummer',
      'ProductCategorie',
      'ProductCode',
      'ProductPeriode',
      'GeleverdVolume',
      'Eenheid',
      'ProductTarief',
      'IngediendBedrag',
    ]);
  });
  it('one Client per BSN; a credit carries its VorigReferentieNummer; no ProductTarief for euro amounts', () => {
    const clients = message.Declaratie.Clienten.Client;
    expect(clients.map((c) => [c.Bsn, c.Prestaties.Prestatie.length])).toEqual([
      ['111222333', 2],
      ['999900006', 1],
    ]);
    expect(clients[0]?.Prestaties.Prestatie[1]).toMatchObject({
      ProductReferentie: { ReferentieNummer: 'R2', VorigReferentieNummer: 'R0' },
      IngediendBedrag: { Bedrag: 63000, DebetCredit: 'C' },
    });
    expect(clients[0]?.Prestaties.Prestatie[0]?.ProductReferentie).toEqual({ ReferentieNummer: 'R1' });
    expect(clients[1]?.Prestaties.Prestatie[0]).not.toHaveProperty('ProductTarief');
    expect(message.Declaratie.TotaalIngediendBedrag).toEqual({ TotaalBedrag: 20000, DebetCredit: 'D' });
  });
});
