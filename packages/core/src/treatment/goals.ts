import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { isGasLevel, type GasLevel } from './gas.js';

/** Transdiagnostic factors addressed by vaktherapie (001 L1224-1254, Bijlage 1). */
export const TRANSDIAGNOSTIC_FACTORS = [
  'waarneming',
  'arousal',
  'executieve_functies',
  'emotieregulatie',
  'verlies',
  'regelsystemen_ritmes',
  'sociaal_functioneren',
] as const;
export type TransdiagnosticFactor = (typeof TRANSDIAGNOSTIC_FACTORS)[number];

/** Occupation areas of ergotherapie goals (004). */
export const OCCUPATION_AREAS = ['zelfverzorging', 'huishouden', 'werk', 'vrije_tijd', 'participatie'] as const;
export type OccupationArea = (typeof OCCUPATION_AREAS)[number];

export const GOAL_AIMS = ['stabilisatie', 'verandering', 'ontwikkeling', 'acceptatie'] as const; // 001 L1623-1664
export const GOAL_DOMAINS = ['emotioneel', 'gedragsmatig', 'cognitief', 'sociaal', 'lichamelijk'] as const;
export const SMART_CRITERIA = ['specific', 'measurable', 'acceptable', 'realistic', 'timeBound'] as const;

export interface GasScale {
  /** Descriptions of the five levels, −2 … +2: a scale made in advance (001 L3808-3816), levels per REFERENCE.md §2. */
  levels: Record<'-2' | '-1' | '0' | '1' | '2', string>;
  weight: number;
  /** The level at the start: −2 by common practice, −1 where worsening is possible (REFERENCE.md §2.1). */
  baseline: GasLevel;
}

export interface Goal {
  id: string;
  parentId: string | null;
  description: string;
  kind: 'primair' | 'secundair';
  term: 'kort' | 'lang';
  aim: (typeof GOAL_AIMS)[number];
  domain: (typeof GOAL_DOMAINS)[number];
  transdiagnosticFactor: TransdiagnosticFactor | null;
  occupationArea: OccupationArea | null;
  smart: Record<(typeof SMART_CRITERIA)[number], boolean>;
  gas: GasScale | null;
}

/** A goal tree is valid when every goal has text, ids are unique, and sub-goals hang under a main goal (001 L1623-1664). */
export function validateGoals(goals: readonly Goal[]): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const ids = new Set<string>();
  const mainIds = new Set(goals.filter((g) => g.parentId === null).map((g) => g.id));
  goals.forEach((goal, index) => {
    const path = `/goals/${index}`;
    if (goal.description.trim().length === 0)
      violations.push(violation('treatment.goals_invalid', `${path}/description`, '001 L1623-1664'));
    if (ids.has(goal.id)) violations.push(violation('treatment.goals_invalid', `${path}/id`, '001 L1623-1664'));
    ids.add(goal.id);
    if (goal.parentId !== null && !mainIds.has(goal.parentId))
      violations.push(violation('treatment.goals_invalid', `${path}/parentId`, '001 L1623-1664'));
    if (goal.gas) {
      const described = (['-2', '-1', '0', '1', '2'] as const).every(
        (level) => (goal.gas?.levels[level] ?? '').trim().length > 0,
      );
      if (!described || goal.gas.weight < 0 || !isGasLevel(goal.gas.baseline))
        violations.push(violation('treatment.goals_invalid', `${path}/gas`, '001 L3808-3816'));
    }
  });
  if (mainIds.size === 0) violations.push(violation('treatment.goals_invalid', '/goals', '001 L1623-1664'));
  return violations;
}

/** Which SMART criteria a goal does not yet meet, for live feedback. */
export function missingSmartCriteria(goal: Pick<Goal, 'smart'>): (typeof SMART_CRITERIA)[number][] {
  return SMART_CRITERIA.filter((criterion) => !goal.smart[criterion]);
}
