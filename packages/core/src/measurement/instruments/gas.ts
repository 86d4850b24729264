import { GAS_LEVELS, isGasLevel, type GasLevel } from '../../treatment/gas.js';
import type { EvaluationRecord } from '../../treatment/evaluation.js';
import type { Goal } from '../../treatment/goals.js';
import { localCoding, type InstrumentDefinition } from '../instrument-types.js';

/**
 * Goal Attainment Scaling (Kiresuk & Sherman 1968), REFERENCE.md §2; 001 L3808-3816: at the evaluation of
 * the goals, by patient and therapist together. The items are the trajectory's goals that have a GAS scale;
 * the score is the T-score of treatment/gas.ts (not re-implemented here).
 */
export const GAS: InstrumentDefinition = {
  id: 'gas',
  abbreviation: 'GAS',
  name: { nl: 'Goal Attainment Scaling', en: 'Goal Attainment Scaling' },
  version: null,
  purpose: 'goal_attainment',
  // 001 L3808: evaluated by patient and therapist; the therapist records the agreed level.
  respondents: ['therapist'],
  moments: ['evaluation'],
  ages: null,
  items: [],
  scales: [
    {
      id: 'total',
      kind: 'total',
      items: [],
      method: 'gas_t_score',
      // T = 50 + 10·Σwx/√(…): inside 0-100 for any number of goals (REFERENCE.md §2.2-2.3).
      range: { min: 0, max: 100 },
      decimals: 2,
      label: { nl: 'GAS T-score', en: 'GAS T-score' },
      coding: localCoding('gas-t-score', 'Goal Attainment Scaling T-score'),
    },
  ],
  // T = 50 is "as expected"; REFERENCE.md §2 publishes no cut-off or RCI.
  cutoffs: [],
  reliableChange: [],
  licence: {
    status: 'open',
    holder: 'method (Kiresuk & Sherman 1968)',
    note: 'The scales are the client’s own goals.',
    source: 'REFERENCE.md §2',
  },
  content: 'none',
  itemsPerGoal: true,
  sources: ['001 L3808-3816', 'REFERENCE.md §2'],
};

/** GAS with the trajectory's scaled goals as items (weight = the goal's weight). */
export function gasInstrumentForGoals(goals: readonly Goal[]): InstrumentDefinition {
  const scaled = goals.filter((g) => g.gas !== null);
  const [scale] = GAS.scales;
  if (!scale) throw new Error('GAS has a T-score scale');
  return {
    ...GAS,
    items: scaled.map((g) => ({
      id: g.id,
      answer: { kind: 'level', levels: GAS_LEVELS },
      required: true,
      label: { nl: g.description, en: g.description },
      weight: g.gas?.weight ?? 1,
    })),
    scales: [{ ...scale, items: scaled.map((g) => g.id) }],
  };
}

/** The GAS answers an evaluation already holds (its results with a level, for goals that have a scale). */
export function gasAnswersFromEvaluation(goals: readonly Goal[], evaluation: EvaluationRecord): Record<string, GasLevel> {
  const answers: Record<string, GasLevel> = {};
  for (const result of evaluation.results) {
    const goal = goals.find((g) => g.id === result.goalId);
    if (goal?.gas && isGasLevel(result.gasLevel)) answers[goal.id] = result.gasLevel;
  }
  return answers;
}
