import { ageInYears } from '../people/age.js';
import type { Discipline } from '../treatment/disciplines.js';
import { YOUTH_AGE_LIMIT } from '../treatment/trajectory-rules.js';
import { parametersOn, type FinancingParameters, type SupplementaryPolicy } from './parameters.js';
import {
  activeOn,
  PAYER_OF_FRAME,
  type Agreement,
  type DeclarationRoute,
  type DeliveredService,
  type FinancingPerson,
  type FinancingReason,
  type FundingFrame,
  type Payer,
  type ServiceKind,
  type ServiceSetting,
} from './types.js';

/** Verlengde jeugdhulp runs up to 23 (Jeugdwet art. 1.1, definition of 'jeugdige'). */
export const EXTENDED_YOUTH_CARE_AGE_LIMIT = 23;
/** The compulsory deductible applies from 18 (Zvw art. 19; REFERENCE.md §7.1: "vanaf 18 jaar eigen risico"). */
export const EIGEN_RISICO_FROM_AGE = 18;

export interface SupplementaryPolicyRef {
  policy: SupplementaryPolicy;
  uzovi: string;
}

export interface FinancingContext {
  person: FinancingPerson;
  organisation: { isGgzInstitution: boolean };
  parameters: readonly FinancingParameters[];
}

/** What the payer rules look at: date (and so age), discipline, setting, agreement, offer — and the person's entitlements. */
export interface PayerInput {
  kind: ServiceKind;
  discipline: Discipline | null;
  date: string;
  setting: ServiceSetting;
  agreement: Agreement;
  offer: DeliveredService['offer'];
}

export interface PayerDerivation {
  frame: FundingFrame;
  payer: Payer;
  route: DeclarationRoute;
  /** Zvw care from 18 counts towards the eigen risico. */
  eigenRisico: boolean;
  /** For someone under 18: the 18th birthday, from which the frame may change. */
  changesOn: string | null;
  reasons: FinancingReason[];
  warnings: FinancingReason[];
}

/** The day a person reaches an age (a 29 February birthday falls on 1 March in other years, as `ageInYears`). */
export function birthdayAt(birthDate: string, age: number): string {
  const year = Number(birthDate.slice(0, 4)) + age;
  const monthDay = birthDate.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthDay === '02-29' && !leap ? `${year}-03-01` : `${year}-${monthDay}`;
}

export function isTreatmentKind(kind: ServiceKind): boolean {
  return kind === 'behandeling' || kind === 'diagnostiek';
}

/** Under the Jeugdwet on this date: under 18, or continued youth care up to 23. */
export function youthCareApplies(person: FinancingPerson, date: string): boolean {
  const age = ageInYears(person.birthDate, date);
  if (age < YOUTH_AGE_LIMIT) return true;
  const decision = activeOn(person.entitlements.jeugdwet, date);
  return age < EXTENDED_YOUTH_CARE_AGE_LIMIT && decision?.continuedAfter18 === true;
}

/** The person's supplementary policy on a date, from the parameters valid then. */
export function supplementaryPolicyOn(ctx: FinancingContext, date: string): SupplementaryPolicyRef | null {
  const insurance = activeOn(ctx.person.entitlements.insurance, date);
  if (!insurance?.supplementaryPolicyId) return null;
  const found = parametersOn(ctx.parameters, date);
  if (!found.ok) return null;
  const policy = found.parameters.supplementaryPolicies.find((p) => p.id === insurance.supplementaryPolicyId);
  return policy ? { policy, uzovi: insurance.uzovi } : null;
}

/** The Wlz pays treatment when the person stays with this institution and the indication includes treatment. */
export function wlzPaysTreatment(person: FinancingPerson, date: string): boolean {
  const wlz = activeOn(person.entitlements.wlz, date);
  // Zorginstituut 'Verblijf met behandeling' (Wlz art. 3.1.1 lid 1 onder d): stay and treatment by one institution.
  return wlz !== undefined && wlz.deliveryForm === 'verblijf' && wlz.withTreatment && wlz.stayByThisOrganisation;
}

/** A derivation with its payer, eigen risico (Zvw from 18) and the 18th birthday for someone under 18. */
export function payerResult(
  frame: FundingFrame,
  route: DeclarationRoute,
  reasons: FinancingReason[],
  input: PayerInput,
  ctx: FinancingContext,
  warnings: FinancingReason[] = [],
): PayerDerivation {
  const age = ageInYears(ctx.person.birthDate, input.date);
  const eigenRisico = frame === 'zvw' && age >= EIGEN_RISICO_FROM_AGE;
  const changesOn = age < YOUTH_AGE_LIMIT ? birthdayAt(ctx.person.birthDate, YOUTH_AGE_LIMIT) : null;
  return { frame, payer: PAYER_OF_FRAME[frame], route, eigenRisico, changesOn, reasons, warnings };
}
