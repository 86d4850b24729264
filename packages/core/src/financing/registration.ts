import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { isValidAgb } from './identifiers.js';
import { PROFESSIONS, type Profession } from './types.js';

/**
 * A professional's AGB code, register and registration number, and profession: what a declaration names as
 * the practitioner (REFERENCE.md §7.3: the PM304 claim; the practitioner's AGB in its detail record).
 * Every part is optional — a volunteer has none — but a register goes with a number.
 */

/**
 * The registers that apply to the professionals of this platform:
 * - Register Vaktherapie, the register of the vaktherapeutic professions (001 L2318-2324);
 * - Kwaliteitsregister Paramedici, for ergotherapeuten (paramedical profession, Wet BIG art. 34; kwaliteitsregisterparamedici.nl);
 * - BIG-register, for the BIG professions that may be regiebehandelaar (REFERENCE.md §8.1; Wet BIG art. 3, 14);
 * - SKJ, Stichting Kwaliteitsregister Jeugd, for youth-care professionals under the Jeugdwet (skjeugd.nl).
 */
export const PROFESSIONAL_REGISTERS = ['register_vaktherapie', 'kwaliteitsregister_paramedici', 'big', 'skj'] as const;
export type ProfessionalRegister = (typeof PROFESSIONAL_REGISTERS)[number];

export interface ProfessionalRegistration {
  agbCode: string | null;
  register: ProfessionalRegister | null;
  registrationNumber: string | null;
  profession: Profession | null;
}

/** Violations of a registration, with paths into the body (`/agbCode`, `/registrationNumber`, …). Empty = valid. */
export function checkRegistration(input: ProfessionalRegistration): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (input.agbCode !== null && !isValidAgb(input.agbCode))
    out.push(violation('registration.agb_invalid', '/agbCode', 'Vektis AGB register; iWmo LDT_AgbCode (eight digits)'));
  if (input.register !== null && !PROFESSIONAL_REGISTERS.includes(input.register))
    out.push(violation('registration.register_unknown', '/register', '001 L2318-2324; REFERENCE.md §8.1'));
  const number = input.registrationNumber?.trim() ?? '';
  if (input.register !== null && number === '')
    out.push(violation('registration.incomplete', '/registrationNumber', '000 L70-72 (registered professionals)'));
  if (input.register === null && number !== '')
    out.push(violation('registration.incomplete', '/register', '000 L70-72 (registered professionals)'));
  // The BIG registration number has eleven digits (bigregister.nl, "BIG-nummer").
  if (input.register === 'big' && number !== '' && !/^\d{11}$/.test(number))
    out.push(violation('registration.number_invalid', '/registrationNumber', 'BIG-register: BIG-nummer of eleven digits'));
  if (input.profession !== null && !PROFESSIONS.includes(input.profession))
    out.push(violation('registration.profession_unknown', '/profession', 'DOMAIN.md §2'));
  return out;
}

/** An optional AGB code (the organisation's, a referrer's): null or eight digits. */
export function checkOptionalAgb(value: string | null, path: string): RuleViolation[] {
  return value === null || isValidAgb(value)
    ? []
    : [violation('registration.agb_invalid', path, 'Vektis AGB register; iWmo LDT_AgbCode (eight digits)')];
}
