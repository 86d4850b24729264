import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { isGasLevel, type GasLevel } from './gas.js';

/** The five process items of every evaluation (001 L1864-1874). */
export const PROCESS_ITEMS = [
  'attunement',
  'fitWithHelpQuestion',
  'fitWithCharacteristics',
  'individualOrGroup',
  'choiceOfDiscipline',
] as const;
export type ProcessItem = (typeof PROCESS_ITEMS)[number];

/** The five next steps (001 L1920-1944). */
export const EVALUATION_DECISIONS = {
  1: 'stoppen', // goals reached, no further vaktherapie
  2: 'afschalen', // goals within reach: less intensive, or other lighter care
  3: 'continueren', // same level
  4: 'intensiveren',
  5: 'uitblijvend_effect', // no effect: refer to other care
} as const;
export type EvaluationDecision = keyof typeof EVALUATION_DECISIONS;

export interface GoalResult {
  goalId: string;
  gasLevel: GasLevel | null;
  note: string;
}

export interface EvaluationRecord {
  kind: 'periodiek' | 'eind';
  date: string;
  process: Record<ProcessItem, string>;
  results: GoalResult[];
  satisfaction: string;
  participants: ('client' | 'vaktherapeut' | 'ergotherapeut' | 'regiebehandelaar' | 'huisarts' | 'naaste')[];
  discussedWithClient: boolean;
  decision: EvaluationDecision;
  /** Decision 2: hand over to other, lighter care instead of continuing less intensively. */
  handOver: boolean;
  /** Decision 5 (or a hand-over): where the client goes. */
  referralTarget: string | null;
  nextEvaluationDate: string | null;
}

/** 001 L1854-1944: process and results, discussed with the client, exactly one decision, 5 with a referral target. */
export function validateEvaluation(evaluation: EvaluationRecord, goalIds: readonly string[]): RuleViolation[] {
  const violations: RuleViolation[] = [];
  for (const item of PROCESS_ITEMS) {
    if (!(evaluation.process[item] ?? '').trim())
      violations.push(violation('treatment.evaluation_incomplete', `/process/${item}`, '001 L1864-1874'));
  }
  const scored = new Set(evaluation.results.map((r) => r.goalId));
  goalIds.forEach((goalId) => {
    if (!scored.has(goalId)) violations.push(violation('treatment.evaluation_incomplete', `/results`, '001 L1877-1883'));
  });
  evaluation.results.forEach((result, i) => {
    if (!goalIds.includes(result.goalId) || (result.gasLevel !== null && !isGasLevel(result.gasLevel))) {
      violations.push(violation('treatment.evaluation_incomplete', `/results/${i}`, '001 L1877-1883'));
    }
  });
  if (!evaluation.satisfaction.trim())
    violations.push(violation('treatment.evaluation_incomplete', '/satisfaction', '001 L1877-1883'));
  if (!evaluation.discussedWithClient)
    violations.push(violation('treatment.evaluation_not_discussed', '/discussedWithClient', '001 L1914-1916'));
  const needsTarget = evaluation.decision === 5 || (evaluation.decision === 2 && evaluation.handOver);
  if (needsTarget && !(evaluation.referralTarget ?? '').trim()) {
    violations.push(violation('treatment.referral_target_required', '/referralTarget', '001 L1940-1944'));
  }
  return violations;
}
