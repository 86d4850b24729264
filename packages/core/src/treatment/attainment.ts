import type { EvaluationRecord } from './evaluation.js';
import { gasTScore } from './gas.js';
import type { Goal } from './goals.js';

/**
 * The GAS T-score of the latest evaluation over the goals that have a scale (REFERENCE.md §2.2-2.3),
 * with that evaluation's date; null when nothing has been scored yet.
 */
export function latestGasTScore(
  goals: readonly Goal[],
  evaluations: readonly EvaluationRecord[],
): { score: number; date: string } | null {
  const latest = evaluations.at(-1);
  if (!latest) return null;
  const scaled = latest.results.flatMap((result) => {
    const goal = goals.find((g) => g.id === result.goalId);
    return goal?.gas && result.gasLevel !== null ? [{ level: result.gasLevel, weight: goal.gas.weight }] : [];
  });
  const score = gasTScore(scaled);
  return score === null ? null : { score, date: latest.date };
}
