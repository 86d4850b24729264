import { describe, expect, it } from 'vitest';
import { validateAnswers } from './answers.js';
import { ORS } from './instruments/ors-family.js';

const full = { individual: 3.3, interpersonal: 5, social: 6.1, overall: 4.2 };
const codes = (raw: Record<string, unknown>, vas: 'cm' | 'slider_0_100' = 'cm') =>
  validateAnswers(ORS, raw, vas).violations.map((v) => [v.code, v.path]);

describe('answers on the 10-cm line (REFERENCE.md §1.1)', () => {
  it('accepts 0-10 at 0.1 and returns them normalised', () => {
    expect(validateAnswers(ORS, full)).toEqual({ answers: full, violations: [] });
    expect(validateAnswers(ORS, { individual: 0, interpersonal: 10, social: 0.1, overall: 9.9 }).violations).toEqual([]);
  });

  it('refuses a missing item, an unknown item, and a value off the line', () => {
    const { overall, ...three } = full;
    expect(overall).toBe(4.2);
    expect(codes(three)).toEqual([['measurement.answer_missing', '/answers/overall']]);
    expect(codes({ ...full, mood: 5 })).toEqual([['measurement.item_unknown', '/answers/mood']]);
    expect(codes({ ...full, social: 10.1 })).toEqual([['measurement.answer_out_of_range', '/answers/social']]);
    expect(codes({ ...full, social: -0.1 })).toEqual([['measurement.answer_out_of_range', '/answers/social']]);
  });

  it('refuses more precision than 0.1 and values that are not numbers', () => {
    expect(codes({ ...full, social: 3.25 })).toEqual([['measurement.answer_invalid', '/answers/social']]);
    expect(codes({ ...full, social: '6.1' })).toEqual([['measurement.answer_invalid', '/answers/social']]);
    expect(codes({ ...full, social: true })).toEqual([['measurement.answer_invalid', '/answers/social']]);
    expect(codes({ ...full, social: Number.NaN })).toEqual([['measurement.answer_invalid', '/answers/social']]);
  });

  it('treats null as not answered', () => {
    expect(codes({ ...full, social: null })).toEqual([['measurement.answer_missing', '/answers/social']]);
  });

  it('takes the 0-100 slider in whole steps and divides by 10', () => {
    expect(validateAnswers(ORS, { individual: 0, interpersonal: 100, social: 61, overall: 5 }, 'slider_0_100').answers).toEqual({
      individual: 0,
      interpersonal: 10,
      social: 6.1,
      overall: 0.5,
    });
    const slider = { individual: 33, interpersonal: 50, social: 61, overall: 42 };
    expect(codes({ ...slider, social: 101 }, 'slider_0_100')).toEqual([['measurement.answer_out_of_range', '/answers/social']]);
    expect(codes({ ...slider, social: 55.5 }, 'slider_0_100')).toEqual([['measurement.answer_invalid', '/answers/social']]);
    // A 0-10 value sent as slider input is a different score: 6.1 on the slider is 0.61 cm → off the grid.
    expect(codes({ ...slider, social: 6.1 }, 'slider_0_100')).toEqual([['measurement.answer_invalid', '/answers/social']]);
  });

  it('does not take the answer keys of the prototype chain as items', () => {
    expect(codes({ ...full, toString: 1 })).toEqual([['measurement.item_unknown', '/answers/toString']]);
    const withProto = JSON.parse('{"individual":3.3,"interpersonal":5,"social":6.1,"__proto__":{"overall":4.2}}') as Record<
      string,
      unknown
    >;
    expect(codes(withProto)).toContainEqual(['measurement.answer_missing', '/answers/overall']);
  });
});
