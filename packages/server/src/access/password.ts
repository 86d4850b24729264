import argon2 from 'argon2';

// OWASP Password Storage Cheat Sheet (2024): argon2id, m=19 MiB, t=2, p=1 as the minimum configuration.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verified against when the e-mail is unknown, so a missing account takes as long as a wrong password. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('meedoen-decoy-password');
  return decoyHash;
}
