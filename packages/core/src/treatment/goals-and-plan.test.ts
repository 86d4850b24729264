import { describe, expect, it } from 'vitest';
import { missingSmartCriteria, validateGoals } from './goals.js';
import { EMPTY_PLAN, planCompleteness } from './plan.js';
import { COMPLETE_PLAN, GOALS } from './testing/trajectory-fixtures.js';

describe('goal tree', () => {
  it('accepts main goals with sub-goals', () => {
    expect(validateGoals(GOALS)).toEqual([]);
  });
  it('refuses a sub-goal under a missing main goal, an empty description, a duplicate id, and no main goal', () => {
    const [main, sub] = GOALS as [(typeof GOALS)[0], (typeof GOALS)[0]];
    expect(validateGoals([main, { ...sub, parentId: 'elders' }]).map((v) => v.path)).toEqual(['/goals/1/parentId']);
    expect(validateGoals([{ ...main, description: ' ' }]).map((v) => v.path)).toEqual(['/goals/0/description']);
    expect(validateGoals([main, { ...sub, id: 'g1', parentId: null }]).map((v) => v.path)).toEqual(['/goals/1/id']);
    expect(validateGoals([]).map((v) => v.path)).toEqual(['/goals']);
  });
  it('requires all five GAS level descriptions when a goal is scaled (001 L3808-3816)', () => {
    const [main] = GOALS as [(typeof GOALS)[0]];
    const gas = main.gas ? { ...main.gas, levels: { ...main.gas.levels, '2': '' } } : null;
    expect(validateGoals([{ ...main, gas }]).map((v) => `${v.path} ${v.source}`)).toEqual(['/goals/0/gas 001 L3808-3816']);
  });
  it('lists the SMART criteria not yet met', () => {
    expect(missingSmartCriteria(GOALS[1] as (typeof GOALS)[0])).toEqual(['timeBound']);
  });
});

describe('plan completeness (001 L1722-1747)', () => {
  it('names the missing parts of an empty plan: all ten', () => {
    const result = planCompleteness(EMPTY_PLAN, 0, false);
    expect(result.complete).toBe(false);
    expect(result.missing).toHaveLength(10);
  });
  it('is complete with the nine content parts, at least one goal and the agreement', () => {
    expect(planCompleteness(COMPLETE_PLAN, 2, false).missing).toEqual(['clientAgreement']);
    expect(planCompleteness(COMPLETE_PLAN, 2, true)).toMatchObject({ complete: true, missing: [] });
    expect(planCompleteness(COMPLETE_PLAN, 0, true).missing).toEqual(['goals']);
  });
  it('treats a half-filled client view as missing', () => {
    const plan = { ...COMPLETE_PLAN, clientView: { vision: 'x', reason: 'y', helpQuestion: '', expectation: 'z' } };
    expect(planCompleteness(plan, 1, true).missing).toEqual(['clientView']);
  });
});
