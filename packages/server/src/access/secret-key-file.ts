import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { generateSecretKeyText, parseSecretKey } from './secret-box.js';

export interface ResolvedSecretKey {
  key: string;
  /** Where it came from, for the start-up log. */
  source: 'environment' | 'file' | 'new file';
  file?: string;
}

/**
 * The key that seals secrets at rest, never stored in the database: MEEDOEN_SECRET_KEY, or else the key file
 * (MEEDOEN_SECRET_KEY_FILE), created with a fresh random key (mode 0600) when it does not exist yet. Several
 * instances on one database must share one key: give each the same MEEDOEN_SECRET_KEY.
 */
export function resolveSecretKey(config: Pick<Config, 'secretKey' | 'secretKeyFile'>): ResolvedSecretKey {
  if (config.secretKey) return { key: config.secretKey, source: 'environment' };
  const file = resolve(config.secretKeyFile);
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    parseSecretKey(key); // a clear error for a damaged file
    return { key, source: 'file', file };
  }
  const key = generateSecretKeyText();
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { key, source: 'new file', file };
}
