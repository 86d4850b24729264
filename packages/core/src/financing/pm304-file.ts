import { renderEiClaim } from './ei-claim.js';
import { eiDate } from './ei-flat-file.js';
import { PM304_LAYOUT } from './ei-layouts.js';
import type { Pm304File } from './messages.js';

/**
 * The PM304 file (Vektis EI, declaratie paramedische hulp; REFERENCE.md §7.3) of one insurer and month, in the
 * record layout of ei-layouts.ts. Run `checkPm304` first: this only writes what it is given.
 */
export function renderPm304(file: Pm304File): string {
  const v = file.voorloop;
  return renderEiClaim(
    PM304_LAYOUT,
    {
      receiver: v.uzovi,
      practiceAgb: v.practiceAgb,
      invoiceNumber: v.fileNumber,
      date: v.date,
      periodStart: v.periodStart,
      periodEnd: v.periodEnd,
    },
    file.verzekerden.map((person) => {
      const insured = {
        'Burgerservicenummer (bsn) verzekerde': person.bsn,
        'Uzovi-nummer': person.uzovi,
        Verzekerdennummer: person.insuredNumber,
      };
      return {
        values: { ...insured, 'Datum geboorte verzekerde': eiDate(person.birthDate) },
        prestaties: person.prestaties.map((p) => ({
          values: {
            ...insured,
            'Datum prestatie': eiDate(p.date),
            // Vektis prestatiecodelijst 012: paramedische hulp (REFERENCE.md §7.3)
            'Aanduiding prestatiecodelijst': '12',
            Prestatiecode: p.prestatiecode,
            'Aantal uitgevoerde prestaties': String(p.quantity),
            // N: no accident (UNCONFIRMED code value)
            'Indicatie ongeval (ongevalsgevolg)': 'N',
            'Zorgverlenerscode behandelaar/uitvoerder': p.practitionerAgb,
            // Under direct access there is no referrer (REFERENCE.md §7.1 DTE): zeros.
            'Zorgverlenerscode voorschrijver/verwijzer': p.referrerAgb,
            'Tarief prestatie (incl. btw)': String(Math.round(p.tariffCents)),
            'Berekend bedrag (incl. btw)': String(p.amountCents),
            'Indicatie debet/credit (01)': p.direction,
            'Declaratiebedrag (incl. btw)': String(p.amountCents),
            'Indicatie debet/credit (02)': p.direction,
            'Referentienummer dit prestatierecord': p.reference,
            'Referentienummer voorgaande gerelateerde prestatierecord': p.previousReference,
          },
          amountCents: p.amountCents,
          direction: p.direction,
          comment: p.comment,
        })),
      };
    }),
  );
}
