import { describe, expect, it } from 'vitest';
import { isProblemCode, PROBLEM_GROUPS, PROBLEMS } from './problem-codes.js';

describe('problem codes', () => {
  it('are dotted lower-case names with a 4xx/5xx status and text in both languages', () => {
    for (const [code, definition] of Object.entries(PROBLEMS)) {
      // Digits only as part of a message name (financing.wmo301_invalid).
      expect(code).toMatch(/^[a-z_]+\.[a-z][a-z0-9_]*$/);
      expect(definition.status).toBeGreaterThanOrEqual(400);
      expect(definition.en.length).toBeGreaterThan(5);
      expect(definition.nl.length).toBeGreaterThan(5);
      expect(definition.nl).not.toBe(definition.en);
    }
    expect(isProblemCode('request.invalid')).toBe(true);
    expect(isProblemCode('toString')).toBe(false);
  });

  it('each code is defined in exactly one context file (a second definition would silently replace the first)', () => {
    const codes = PROBLEM_GROUPS.flatMap((group) => Object.keys(group));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.sort()).toEqual(Object.keys(PROBLEMS).sort());
  });
});
