import { describe, expect, it } from 'vitest';
import type { Wmo323Line } from './iwmo-declaration.js';
import type { Pm305File, Wmo325Message } from './messages.js';
import type { Pm304Line } from './pm304.js';
import { applyPm305, applyWmo325, reopenRejected } from './returns.js';

const line = (reference: string, bsn = '999900006'): Wmo323Line => ({
  reference,
  previousReference: null,
  personId: bsn,
  bsn,
  allocationNumber: '20072',
  productCategory: '07',
  productCode: '07A08',
  period: { start: '2026-03-01', end: '2026-03-31' },
  volume: 4,
  unit: '16',
  tariffCents: 1250,
  amountCents: 5000,
  direction: 'D',
});
const prestatie = (reference: string, codes: string[]) => ({
  ProductReferentie: { ReferentieNummer: reference },
  ToewijzingNummer: '20072',
  ProductCategorie: '07',
  ProductCode: '07A08',
  ProductPeriode: { Begindatum: '2026-03-01', Einddatum: '2026-03-31' },
  GeleverdVolume: 4,
  Eenheid: '16',
  ProductTarief: 1250,
  IngediendBedrag: { Bedrag: 5000, DebetCredit: 'D' as const },
  RetourCodes: codes,
});
/** Shaped like the iWmo WMO325 example: only rejected prestaties are in it (TR342). */
const answer = (
  clients: Wmo325Message['DeclaratieAntwoord']['Clienten']['Client'],
  messageCodes = ['0200'],
  awarded = 10000,
): Wmo325Message => ({
  Header: {
    BerichtCode: '485',
    BerichtVersie: '3',
    BerichtSubversie: '2',
    Afzender: '0193',
    Ontvanger: '12345678',
    BerichtIdentificatie: { Identificatie: 'A1', Dagtekening: '2026-04-10' },
    XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    DeclaratieIdentificatie: { Identificatie: 'M1', Dagtekening: '2026-04-02' },
    RetourCodes: ['0200'],
  },
  DeclaratieAntwoord: {
    DeclaratieNummer: 'D202603',
    TotaalIngediendBedrag: { TotaalBedrag: 20000, DebetCredit: 'D' },
    TotaalToegekendBedrag: { TotaalBedrag: awarded, DebetCredit: 'D' },
    Clienten: { Client: clients },
    RetourCodes: messageCodes,
  },
});
const sent = [line('RN001'), line('RN002'), line('RN003', '999900018'), line('RN004', '999900018')];

describe('reading a WMO325 back', () => {
  it('the lines in the answer are rejected with their codes and texts; the others are accepted', () => {
    const outcome = applyWmo325(
      sent,
      answer([
        {
          Bsn: '999900006',
          Prestaties: { Prestatie: [prestatie('RN001', ['0611']), prestatie('RN002', ['9339', '9340'])] },
          RetourCodes: ['0200'],
        },
      ]),
    );
    expect(outcome.accepted).toEqual(['RN003', 'RN004']);
    expect(outcome.rejected).toEqual([
      {
        reference: 'RN001',
        codes: [{ code: '0611', text: 'Het ingediende tarief komt niet overeen met het contractuele tarief.' }],
      },
      {
        reference: 'RN002',
        codes: [
          {
            code: '9339',
            text: 'ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in het ToegewezenProduct.',
          },
          { code: '9340', text: 'ProductCode in de Prestatie is niet gelijk aan ProductCode in het ToegewezenProduct.' },
        ],
      },
    ]);
    expect(outcome.awardedCents).toBe(10000);
  });
  it('a rejection of the whole answer rejects every line', () => {
    const outcome = applyWmo325(sent, answer([], ['8214'], 0));
    expect(outcome.accepted).toEqual([]);
    expect(outcome.rejected.map((r) => [r.reference, r.codes[0]?.code])).toEqual([
      ['RN001', '8214'],
      ['RN002', '8214'],
      ['RN003', '8214'],
      ['RN004', '8214'],
    ]);
  });
  it("a rejection of a client rejects that client's lines; unknown references are reported", () => {
    const outcome = applyWmo325(
      sent,
      answer([{ Bsn: '999900018', Prestaties: { Prestatie: [prestatie('RN999', ['9366'])] }, RetourCodes: ['8187'] }]),
    );
    expect(outcome.rejected.map((r) => r.reference)).toEqual(['RN003', 'RN004']);
    expect(outcome.unknown).toEqual(['RN999']);
  });
  it('rejected lines are reopened with the reason in words', () => {
    const outcome = applyWmo325(
      sent,
      answer([{ Bsn: '999900006', Prestaties: { Prestatie: [prestatie('RN001', ['9321'])] }, RetourCodes: [] }]),
    );
    expect(reopenRejected(outcome, 'WMO325')).toEqual([
      {
        reference: 'RN001',
        reason: {
          code: 'rejected_by_receiver',
          source: 'WMO325',
          nl: 'Afgewezen (9321 Het ingediende volume overschrijdt het toegewezen volume.). Corrigeer en declareer opnieuw met een nieuwe referentie.',
          en: 'Rejected (9321 Het ingediende volume overschrijdt het toegewezen volume.). Correct it and declare again with a new reference.',
        },
      },
    ]);
  });
});

describe('reading a PM305 back (its code list is UNCONFIRMED: codes without text)', () => {
  const pm = (reference: string, amountCents: number): Pm304Line => ({
    reference,
    contactId: reference,
    personId: 'joke',
    bsn: '111222333',
    birthDate: '1971-03-02',
    uzovi: '3311',
    insuredNumber: null,
    date: '2026-03-02',
    prestatiecode: '5000',
    quantity: 4,
    tariffCents: amountCents / 4,
    amountCents,
    cover: 'basis',
    eigenRisico: true,
    homeVisitReason: null,
    practiceAgb: '04000001',
    practitionerAgb: '04000002',
    referrerAgb: null,
    direction: 'D',
    previousReference: null,
  });
  const sentPm = [pm('P1', 6672), pm('P2', 6672), pm('P3', 6672)];
  it('a line with a code, or paid less than claimed, is rejected; a line not answered is neither', () => {
    const file: Pm305File = {
      fileNumber: 'F1',
      fileReturnCodes: [],
      prestaties: [
        { reference: 'P1', returnCodes: [], awardedCents: 6672 },
        { reference: 'P2', returnCodes: ['X123'], awardedCents: 0 },
      ],
    };
    const outcome = applyPm305(sentPm, file);
    expect(outcome).toEqual({
      accepted: ['P1'],
      rejected: [{ reference: 'P2', codes: [{ code: 'X123', text: null }] }],
      unknown: [],
      awardedCents: 6672,
    });
    expect(reopenRejected(outcome, 'PM305')[0]?.reason.nl).toContain('X123');
  });
  it('a deployment names the codes that mean accepted; a file-level code rejects all', () => {
    const file: Pm305File = {
      fileNumber: 'F1',
      fileReturnCodes: [],
      prestaties: [{ reference: 'P1', returnCodes: ['0000'], awardedCents: 6672 }],
    };
    expect(applyPm305(sentPm, file, ['0000']).accepted).toEqual(['P1']);
    expect(applyPm305(sentPm, { ...file, fileReturnCodes: ['E001'] }).rejected.map((r) => r.reference)).toEqual([
      'P1',
      'P2',
      'P3',
    ]);
  });
});
