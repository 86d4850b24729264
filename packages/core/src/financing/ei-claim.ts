import { eiDate, parseEiFile, renderEiFile, type EiLayout, type EiValues } from './ei-flat-file.js';
import type { Pm305File } from './messages.js';

/**
 * One EI claim file (PM304 to an insurer, AW319 to a zorgkantoor): a voorloop record, per insured person a
 * verzekerde record with its prestatie records (and comment records), and a sluit record with the counts and the
 * net total. Record numbering and totals are derived here, so every route writes them the same way.
 */

export interface EiClaimHeader {
  /** The receiver: the insurer's UZOVI, or the zorgkantoor's code. */
  receiver: string;
  practiceAgb: string;
  invoiceNumber: string;
  date: string;
  periodStart: string;
  periodEnd: string;
}

export interface EiClaimPrestatie {
  values: EiValues;
  amountCents: number;
  direction: 'D' | 'C';
  /** Free text sent in commentaar records after the prestatie (e.g. why treatment was at home). */
  comment: string | null;
}

export interface EiClaimInsured {
  values: EiValues;
  prestaties: EiClaimPrestatie[];
}

const COMMENT_WIDTH = 140;

/** The file's text. Amounts are whole eurocents; the sluit record carries the net total with its direction. */
export function renderEiClaim(layout: EiLayout, header: EiClaimHeader, insured: readonly EiClaimInsured[]): string {
  let detail = 0;
  const next = () => String(++detail);
  let prestatieCount = 0;
  let commentCount = 0;
  let net = 0;
  const records: { kind: string; values: EiValues }[] = [
    {
      kind: '01',
      values: {
        'Code externe-integratiebericht': layout.messageCode,
        'Versienummer berichtstandaard': layout.version,
        'Subversienummer berichtstandaard': layout.subversion,
        // P = productie (UNCONFIRMED code list; T would be a test file)
        'Soort bericht': 'P',
        'Versieaanduiding informatiesysteem softwareleverancier': 'Meedoen',
        'Uzovi-nummer': header.receiver,
        Praktijkcode: header.practiceAgb,
        // 03: payment to the practice (UNCONFIRMED code value, as in public PM304 examples)
        'Identificatiecode betaling aan': '3',
        'Begindatum declaratieperiode': eiDate(header.periodStart),
        'Einddatum declaratieperiode': eiDate(header.periodEnd),
        'Factuurnummer declarant': header.invoiceNumber,
        'Dagtekening factuur': eiDate(header.date),
        Valutacode: 'EUR',
      },
    },
  ];
  for (const person of insured) {
    records.push({ kind: '02', values: { ...person.values, 'Identificatie detailrecord': next() } });
    for (const p of person.prestaties) {
      prestatieCount++;
      net += p.direction === 'D' ? p.amountCents : -p.amountCents;
      records.push({ kind: '04', values: { ...p.values, 'Identificatie detailrecord': next() } });
      const text = p.comment?.replace(/\s+/g, ' ').trim() ?? '';
      for (let i = 0; i * COMMENT_WIDTH < text.length; i++) {
        commentCount++;
        records.push({
          kind: '98',
          values: {
            'Identificatie detailrecord': next(),
            'Regelnummer vrije tekst': String(i + 1),
            'Vrije tekst': text.slice(i * COMMENT_WIDTH, (i + 1) * COMMENT_WIDTH),
          },
        });
      }
    }
  }
  records.push({
    kind: '99',
    values: {
      'Aantal verzekerdenrecords': String(insured.length),
      'Aantal debiteurrecords': '0',
      'Aantal prestatierecords': String(prestatieCount),
      'Aantal commentaarrecords': String(commentCount),
      'Totaal aantal detailrecords': String(detail),
      'Totaal declaratiebedrag': String(Math.abs(net)),
      'Indicatie debet/credit': net < 0 ? 'C' : 'D',
    },
  });
  return renderEiFile(layout, records);
}

const codesOf = (values: Record<string, string>) =>
  ['Retourcode (01)', 'Retourcode (02)', 'Retourcode (03)'].map((f) => values[f] ?? '').filter((c) => c.length > 0);

/** A return file (PM305, AW320) as core's answer: file-level codes, and per prestatie its codes and awarded amount. */
export function parseEiReturn(layout: EiLayout, text: string): Pm305File {
  const records = parseEiFile(layout, text);
  const voorloop = records.find((r) => r.kind === '01');
  if (!voorloop || records[0]?.kind !== '01') throw new Error(`${layout.standard}: no voorloop record`);
  if (voorloop.values['Code externe-integratiebericht'] !== layout.messageCode)
    throw new Error(`${layout.standard}: message code ${voorloop.values['Code externe-integratiebericht']}`);
  if (records[records.length - 1]?.kind !== '99') throw new Error(`${layout.standard}: no sluit record`);
  return {
    fileNumber: voorloop.values['Factuurnummer declarant'] ?? '',
    fileReturnCodes: codesOf(voorloop.values),
    prestaties: records
      .filter((r) => r.kind === '04')
      .map((r) => {
        const amount = Number(r.values['Toegekend bedrag'] || '0');
        return {
          reference: r.values['Referentienummer dit prestatierecord'] ?? '',
          returnCodes: codesOf(r.values),
          awardedCents: r.values['Indicatie debet/credit toegekend'] === 'C' ? -amount : amount,
        };
      }),
  };
}

/**
 * The receiver's side: a return file for a claim file, every prestatie awarded in full unless `rejected` gives
 * its return codes (then awarded 0). Used to read a return back in tests and demonstrations.
 */
export function renderEiReturn(
  claimLayout: EiLayout,
  returnLayout: EiLayout,
  claim: string,
  rejected: Readonly<Record<string, readonly string[]>>,
): string {
  const records = parseEiFile(claimLayout, claim);
  let awarded = 0;
  const out = records.map((r) => {
    const values: Record<string, string> = { ...r.values };
    if (r.kind === '01') values['Code externe-integratiebericht'] = returnLayout.messageCode;
    if (r.kind === '04') {
      const reference = values['Referentienummer dit prestatierecord'] ?? '';
      const codes = rejected[reference] ?? [];
      const direction = values['Indicatie debet/credit (02)'] ?? 'D';
      const amount = codes.length > 0 ? 0 : Number(values['Declaratiebedrag (incl. btw)'] ?? '0');
      awarded += direction === 'C' ? -amount : amount;
      values['Toegekend bedrag'] = String(amount);
      values['Indicatie debet/credit toegekend'] = direction;
      codes.slice(0, 3).forEach((c, i) => (values[`Retourcode (0${i + 1})`] = c));
    }
    if (r.kind === '99') {
      values['Totaal toegekend bedrag'] = String(Math.abs(awarded));
      values['Indicatie debet/credit toegekend'] = awarded < 0 ? 'C' : 'D';
    }
    return { kind: r.kind, values };
  });
  return renderEiFile(returnLayout, out);
}
