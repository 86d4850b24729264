import { dayPayer } from './day-payer.js';
import { isTreatmentKind, type FinancingContext, type PayerDerivation, type PayerInput } from './payer.js';
import { treatmentPayer } from './treatment-payer.js';

/** Who pays this service, under which frame, and why (issue 12). Pure: the date of service decides the age. */
export function derivePayer(input: PayerInput, ctx: FinancingContext): PayerDerivation {
  return isTreatmentKind(input.kind) ? treatmentPayer(input, ctx) : dayPayer(input, ctx);
}
