/**
 * NIST SP 800-63B §5.1.1.2: length over composition rules. 12 characters as the minimum is a common
 * choice above NIST's floor of 8; uncertain, hence a parameter.
 */
export const MIN_PASSWORD_LENGTH = 12;

export function isAcceptablePassword(password: string, email: string, minLength = MIN_PASSWORD_LENGTH): boolean {
  const trimmed = password.trim();
  return [...trimmed].length >= minLength && trimmed.toLowerCase() !== email.toLowerCase();
}
