import { describe, expect, it } from 'vitest';
import { isValidAgb, isValidBsn } from './identifiers.js';

describe('BSN eleven test', () => {
  it('accepts numbers that pass it', () => {
    // 123456782: 9+16+21+24+25+24+21+16−2 = 154 = 14 × 11
    expect(['111222333', '123456782', '999900006'].map(isValidBsn)).toEqual([true, true, true]);
  });
  it('refuses numbers that fail it, the wrong length, letters, all zeros and nothing', () => {
    expect(
      ['123456789', '111222334', '12345678', '1234567820', '12345678a', '000000000', '', null, undefined].map(isValidBsn),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });
});

describe('AGB code', () => {
  it('is eight digits', () => {
    expect(['12345678', '1234567', '123456789', 'abcdefgh', null].map(isValidAgb)).toEqual([true, false, false, false, false]);
  });
});
