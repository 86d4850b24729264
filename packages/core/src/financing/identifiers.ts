/**
 * Identifiers a receiver checks before anything else: the citizen service number (BSN) with the eleven
 * test, and the AGB code of provider and practitioner.
 */

/**
 * BSN eleven test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (Logius, BSN elfproef; the iStandaarden
 * apply it to LDT_BurgerServicenummer). Nine digits; all zeros is no number.
 */
export function isValidBsn(value: string | null | undefined): boolean {
  if (!value || !/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(value[i]);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** AGB code: eight digits (Vektis AGB register; iWmo LDT_AgbCode). */
export function isValidAgb(value: string | null | undefined): boolean {
  return typeof value === 'string' && /^\d{8}$/.test(value);
}
