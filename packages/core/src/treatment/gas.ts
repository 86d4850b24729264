/**
 * Goal Attainment Scaling T-score (Kiresuk & Sherman 1968; REFERENCE.md §2.2):
 * T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), ρ = 0.3 by convention (gasr default).
 */
export const GAS_LEVELS = [-2, -1, 0, 1, 2] as const;
export type GasLevel = (typeof GAS_LEVELS)[number];
export const DEFAULT_GAS_RHO = 0.3;

export interface GasScore {
  level: GasLevel;
  /** importance × difficulty (Turner-Stokes 2009), or 1 when unweighted */
  weight: number;
}

export function isGasLevel(value: unknown): value is GasLevel {
  return typeof value === 'number' && (GAS_LEVELS as readonly number[]).includes(value);
}

/** The T-score of a set of scaled goals, or null when there are none. All-zero weights count as 1 (gasr). */
export function gasTScore(scores: readonly GasScore[], rho: number = DEFAULT_GAS_RHO): number | null {
  if (scores.length === 0) return null;
  const weights = scores.every((s) => s.weight === 0) ? scores.map(() => 1) : scores.map((s) => s.weight);
  const sumW = weights.reduce((a, w) => a + w, 0);
  const sumW2 = weights.reduce((a, w) => a + w * w, 0);
  const sumWX = scores.reduce((a, s, i) => a + (weights[i] ?? 1) * s.level, 0);
  return 50 + (10 * sumWX) / Math.sqrt((1 - rho) * sumW2 + rho * sumW * sumW);
}
