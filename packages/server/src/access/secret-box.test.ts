import { describe, expect, it } from 'vitest';
import { keyId, parseSecretKey, SecretBox, SecretBoxError } from './secret-box.js';

const KEY_A = 'a1'.repeat(32);
const KEY_B = 'b2'.repeat(32);

describe('secrets at rest: AES-256-GCM with a key id', () => {
  it('seals so that the value is unreadable, and opens it again', () => {
    const box = SecretBox.fromConfig(KEY_A);
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:user-1');
    expect(sealed).toMatch(/^v1:[0-9a-f]{16}:[\w-]+:[\w-]+$/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(SecretBox.keyIdOf(sealed)).toBe(box.currentKeyId);
    expect(box.open(sealed, 'totp:user-1')).toBe('JBSWY3DPEHPK3PXP');
    // A fresh IV each time: equal secrets do not look equal.
    expect(box.seal('JBSWY3DPEHPK3PXP', 'totp:user-1')).not.toBe(sealed);
  });

  it('a value copied into another row, altered, or sealed with an unknown key does not open', () => {
    const box = SecretBox.fromConfig(KEY_A);
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'totp:user-1');
    expect(() => box.open(sealed, 'totp:user-2')).toThrow(SecretBoxError);
    const [v, id, iv, body] = sealed.split(':') as [string, string, string, string];
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => box.open([v, id, iv, flipped.toString('base64url')].join(':'), 'totp:user-1')).toThrow(SecretBoxError);
    expect(() => SecretBox.fromConfig(KEY_B).open(sealed, 'totp:user-1')).toThrow(
      /key [0-9a-f]{16}, which this server does not have/,
    );
    expect(() => box.open('JBSWY3DPEHPK3PXP', 'totp:user-1')).toThrow(/not a sealed value/);
  });

  it('a rotation: the new key seals, the previous key still opens', () => {
    const old = SecretBox.fromConfig(KEY_A);
    const sealed = old.seal('secret', 'ctx');
    const rotated = SecretBox.fromConfig(KEY_B, KEY_A);
    expect(rotated.currentKeyId).toBe(keyId(parseSecretKey(KEY_B)));
    expect(rotated.open(sealed, 'ctx')).toBe('secret');
    expect(SecretBox.keyIdOf(rotated.seal('secret', 'ctx'))).toBe(rotated.currentKeyId);
  });

  it('takes hex or base64 keys of exactly 32 bytes', () => {
    expect(parseSecretKey(Buffer.alloc(32, 3).toString('base64'))).toEqual(Buffer.alloc(32, 3));
    expect(parseSecretKey(Buffer.alloc(32, 250).toString('base64url'))).toEqual(Buffer.alloc(32, 250));
    expect(() => parseSecretKey('ab'.repeat(31))).toThrow(/64 hexadecimal digits/);
    expect(() => parseSecretKey('geheim')).toThrow();
  });

  it('keyed hashes (throttle keys) do not reveal the value and differ per purpose', () => {
    const box = SecretBox.fromConfig(KEY_A);
    const hash = box.keyedHash('sign-in-address', '192.0.2.1');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(box.keyedHash('sign-in-account', '192.0.2.1')).not.toBe(hash);
    expect(SecretBox.fromConfig(KEY_B).keyedHash('sign-in-address', '192.0.2.1')).not.toBe(hash);
  });
});
