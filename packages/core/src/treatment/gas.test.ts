import { describe, expect, it } from 'vitest';
import { gasTScore, type GasLevel } from './gas.js';

const t = (levels: number[], weights?: number[], rho?: number) =>
  gasTScore(
    levels.map((level, i) => ({ level: level as GasLevel, weight: weights?.[i] ?? 1 })),
    rho,
  )?.toFixed(2);

describe('GAS T-score (REFERENCE.md §2.3 test vectors)', () => {
  it('reproduces the gasr documentation example: 55.00', () => {
    expect(t([-2, 0, -1, 2, 0, 1], [3, 5, 1, 4, 2, 6])).toBe('55.00');
  });
  it.each([
    [1, ['30.00', '40.00', '50.00', '60.00', '70.00']],
    [2, ['25.19', '37.60', '50.00', '62.40', '74.81']],
    [3, ['22.61', '36.31', '50.00', '63.69', '77.39']],
    [4, ['20.98', '35.49', '50.00', '64.51', '79.02']],
    [5, ['19.85', '34.92', '50.00', '65.08', '80.15']],
    [6, ['19.02', '34.51', '50.00', '65.49', '80.98']],
  ] as const)('%i goals at the same level', (n, expected) => {
    expect([-2, -1, 0, 1, 2].map((level) => t(Array.from({ length: n }, () => level)))).toEqual(expected);
  });
  it.each([
    [[0, -1, 1], undefined, undefined, '50.00'],
    [[1, 1, 0], undefined, undefined, '59.13'],
    [[-1, -1, 0, 0], undefined, undefined, '42.75'],
    [[-2, -1], undefined, undefined, '31.39'],
    [[2, 1, 0, -1], undefined, undefined, '57.25'],
    [[1, -1], [2, 1], undefined, '54.02'],
    [[2, 0, -1], [3, 2, 1], undefined, '61.02'],
    [[1, 1, 1, 1], undefined, 0, '70.00'],
    [[1, 1, 1, 1], undefined, 0.5, '62.65'],
  ])('scores %j weights %j rho %s → %s', (levels, weights, rho, expected) => {
    expect(t(levels, weights, rho)).toBe(expected);
  });
  it('has no score without scaled goals, and treats all-zero weights as 1', () => {
    expect(gasTScore([])).toBeNull();
    expect(t([1, 1, 0], [0, 0, 0])).toBe('59.13');
  });
});
