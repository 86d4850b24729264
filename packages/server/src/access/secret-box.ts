import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (the second factor's TOTP secret), sealed with AES-256-GCM under a key kept outside the
 * database (MEEDOEN_SECRET_KEY or the key file; see docs/adr/0004-secrets-at-rest.md).
 *
 * A sealed value reads `v1:<key id>:<iv>:<ciphertext+tag>` (base64url). The key id (the first 16 hex digits of
 * a SHA-256 over the key) says which key sealed it, so a key can be rotated: the new key seals, previous keys
 * still open, and `sealStoredSecrets` re-seals every value with the current key at start. The associated data
 * binds a value to its purpose and row (e.g. `totp:<user id>`), so a sealed secret copied into another user's
 * row does not open.
 */
export class SecretBox {
  readonly currentKeyId: string;
  private readonly keys: Map<string, Buffer>;
  private readonly current: Buffer;

  /** `current` seals and opens; `previous` only open (during a rotation). */
  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    for (const key of [current, ...previous]) {
      if (key.length !== 32) throw new Error('a secret key must be 32 bytes (AES-256)');
    }
    this.current = current;
    this.currentKeyId = keyId(current);
    this.keys = new Map([...previous, current].map((key) => [keyId(key), key]));
  }

  /** From the configured text form: 64 hex digits or base64 of 32 bytes; previous keys comma-separated. */
  static fromConfig(current: string, previous = ''): SecretBox {
    const others = previous
      .split(',')
      .map((text) => text.trim())
      .filter((text) => text !== '');
    return new SecretBox(parseSecretKey(current), others.map(parseSecretKey));
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `v1:${this.currentKeyId}:${iv.toString('base64url')}:${body.toString('base64url')}`;
  }

  /** The plain text, or a SecretBoxError when the value is not sealed, its key is unknown, or it was altered. */
  open(sealed: string, context: string): string {
    const [version, id, ivText, bodyText] = sealed.split(':');
    if (version !== 'v1' || !id || !ivText || !bodyText) throw new SecretBoxError('not a sealed value');
    const key = this.keys.get(id);
    if (!key) throw new SecretBoxError(`sealed with key ${id}, which this server does not have`);
    const body = Buffer.from(bodyText, 'base64url');
    if (body.length < 16) throw new SecretBoxError('sealed value too short');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(body.subarray(body.length - 16));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretBoxError('sealed value does not open: altered, or bound to another row');
    }
  }

  /** The key id a sealed value names, or null for a value that is not sealed. */
  static keyIdOf(value: string): string | null {
    const [version, id] = value.split(':');
    return version === 'v1' && id ? id : null;
  }

  /** A keyed hash for lookups that must not store the value itself (throttle keys: e-mail, address). */
  keyedHash(purpose: string, value: string): string {
    const subkey = createHmac('sha256', this.current).update(`meedoen:${purpose}`).digest();
    return createHmac('sha256', subkey).update(value).digest('hex');
  }
}

export class SecretBoxError extends Error {}

export function keyId(key: Buffer): string {
  return createHash('sha256').update('meedoen-secret-key:').update(key).digest('hex').slice(0, 16);
}

export function parseSecretKey(text: string): Buffer {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const bytes = Buffer.from(trimmed, trimmed.includes('-') || trimmed.includes('_') ? 'base64url' : 'base64');
    if (bytes.length === 32) return bytes;
  }
  throw new Error('a secret key is 64 hexadecimal digits or the base64 form of 32 bytes (e.g. `openssl rand -hex 32`)');
}

export function generateSecretKeyText(): string {
  return randomBytes(32).toString('hex');
}

/** The associated data of a user's second-factor secret (confirmed and pending alike). */
export function totpContext(userId: string): string {
  return `totp:${userId}`;
}
