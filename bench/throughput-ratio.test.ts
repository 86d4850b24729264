import { describe, expect, it } from 'vitest';
import { median } from './measure.js';
import { throughputResult } from './throughput-ratio.js';

describe('the throughput target of the API against the bare driver', () => {
  it('is the median of the rounds’ own ratios, not the ratio of the two medians', () => {
    // Two of three pairs at 0.65× (the third had a slow bare round): the medians alone would say 780 / 1000 = 0.78×.
    const result = throughputResult('x', { bare: [1000, 1200, 500], api: [650, 780, 900] }, 0.7, '');
    expect(median([650, 780, 900]) / median([1000, 1200, 500])).toBeCloseTo(0.78);
    expect(result.pass).toBe(false);
    expect(result.ratio).toBeCloseTo(1 / 0.65);
    expect(result.note).toContain('0.65× (median of 3 paired rounds, rounds 0.65–1.80×; target ≥ 0.7×)');
    expect(result.target).toBe(1.429);
  });

  it('passes at the target, with each side’s median throughput in the note', () => {
    const result = throughputResult('x', { bare: [600, 500, 700], api: [450, 350, 560] }, 0.7, 'note');
    expect(result.pass).toBe(true);
    expect(result.baselineMs).toBeCloseTo(1000 / 600);
    expect(result.candidateMs).toBeCloseTo(1000 / 450);
    expect(result.note).toBe(
      'API 450 ops/s, the bare driver 600 ops/s: 0.75× (median of 3 paired rounds, rounds 0.70–0.80×; target ≥ 0.7×); note',
    );
  });

  it('takes the middle two’s mean for an even number of values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([3, 1, 2])).toBe(2);
  });
});
