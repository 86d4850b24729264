import { describe, expect, it } from 'vitest';
import { isAcceptablePassword } from './password-policy.js';

describe('password policy', () => {
  it('asks for length, not composition', () => {
    expect(isAcceptablePassword('kort', 'a@b.nl')).toBe(false);
    expect(isAcceptablePassword('elf tekens!', 'a@b.nl')).toBe(false);
    expect(isAcceptablePassword('twaalf tekens', 'a@b.nl')).toBe(true);
  });
  it('refuses the e-mail address as password', () => {
    expect(isAcceptablePassword('marieke.bos@delinde.example', 'Marieke.Bos@delinde.example')).toBe(false);
  });
});
