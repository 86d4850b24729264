import { describe, expect, it } from 'vitest';
import { latestGasTScore } from '../../treatment/attainment.js';
import { EVALUATION, GOALS } from '../../treatment/testing/trajectory-fixtures.js';
import type { Goal } from '../../treatment/goals.js';
import { validateAnswers } from '../answers.js';
import { INSTRUMENT_IDS, SNOMED_CT, type InstrumentDefinition } from '../instrument-types.js';
import { applyScoringKey } from '../licensed-content.js';
import { classifyChange, cutoffFor, isOfConcern, reliableChangeFor, scoreAnswers } from '../scoring.js';
import { measurementSettings } from '../settings.js';
import { gasAnswersFromEvaluation, gasInstrumentForGoals } from './gas.js';
import { MANSA, MANSA_SCORED_ITEMS } from './mansa.js';
import { CORS, CSRS, ORS, SRS, YCORS } from './ors-family.js';
import { PARTICIPATION_LADDER } from './participation-ladder.js';
import { INSTRUMENTS, lookupInstrument } from './registry.js';
import { WAV12 } from './wav12.js';
import { ZRM } from './zrm.js';

const defaults = measurementSettings();
const total = (instrument: InstrumentDefinition, raw: Record<string, unknown>, vas: 'cm' | 'slider_0_100' = 'cm') => {
  const { answers, violations } = validateAnswers(instrument, raw, vas);
  expect(violations).toEqual([]);
  return scoreAnswers(instrument, answers);
};

describe('the instrument catalogue', () => {
  it('has every instrument, each consistent: scales over its own items, cut-offs and RCIs on its own scales', () => {
    expect(Object.keys(INSTRUMENTS).sort()).toEqual([...INSTRUMENT_IDS].sort());
    for (const instrument of Object.values(INSTRUMENTS)) {
      const ids = new Set(instrument.items.map((i) => i.id));
      expect(ids.size).toBe(instrument.items.length);
      for (const scale of instrument.scales)
        scale.items.forEach((id) => expect(ids.has(id), `${instrument.id}/${scale.id}/${id}`).toBe(true));
      const scales = new Set(instrument.scales.map((s) => s.id));
      for (const rule of [...instrument.cutoffs, ...instrument.reliableChange]) expect(scales.has(rule.scale)).toBe(true);
      expect(instrument.sources.length).toBeGreaterThan(0);
    }
  });

  it('looks up an instrument named in a request, and names an unknown one', () => {
    expect(lookupInstrument('ors').instrument).toBe(ORS);
    expect(lookupInstrument('phq9').violation).toMatchObject({ code: 'measurement.instrument_unknown', path: '/instrumentId' });
    expect(lookupInstrument('toString', '/params/id').violation?.path).toBe('/params/id');
  });

  it('ships no wording for the licensed ORS family: ids and scoring only', () => {
    for (const instrument of [ORS, SRS, CORS, CSRS, YCORS]) {
      expect(instrument.licence.status).toBe('licensed');
      expect(instrument.items.every((i) => i.label === undefined)).toBe(true);
      expect(instrument.licence.status === 'licensed' && instrument.licence.digitalUseNeedsExplicitLicence).toBe(true);
    }
    // WAV-12 wording and key are UNCONFIRMED (REFERENCE.md §3): neither ships.
    expect(WAV12.items.every((i) => i.label === undefined && i.answer === null)).toBe(true);
    expect(WAV12.scales).toEqual([]);
  });

  it('stores the SNOMED CT codes of REFERENCE.md §1.4 on the totals', () => {
    const code = (i: InstrumentDefinition) => i.scales.find((s) => s.id === 'total')?.coding;
    expect(code(ORS)).toMatchObject({ system: SNOMED_CT, code: '716613004' });
    expect(code(SRS)).toMatchObject({ system: SNOMED_CT, code: '720482000' });
    expect(code(CORS)).toMatchObject({ system: SNOMED_CT, code: '718458005' });
    expect(code(CSRS)).toMatchObject({ system: SNOMED_CT, code: '718762000' });
    expect(code(MANSA)?.system).not.toBe(SNOMED_CT);
  });
});

describe('ORS (REFERENCE.md §1.1-1.2)', () => {
  it('sums four 0-10 lines: 3.3 + 5.0 + 6.1 + 4.2 = 18.6, in the clinical range for an adult', () => {
    const [score] = total(ORS, { individual: 3.3, interpersonal: 5, social: 6.1, overall: 4.2 });
    expect(score).toEqual({ scale: 'total', kind: 'total', value: 18.6 });
    const cutoff = cutoffFor(ORS, 'total', 40, defaults);
    expect(cutoff?.value).toBe(25);
    expect(cutoff && isOfConcern(18.6, cutoff)).toBe(true);
  });

  it('normalises the Dutch 0-100 slider to 0-10 per item before scoring', () => {
    expect(total(ORS, { individual: 33, interpersonal: 50, social: 61, overall: 42 }, 'slider_0_100')[0]?.value).toBe(18.6);
  });

  it('has no floating-point drift on sums of tenths: 0.1 + 0.2 + 0.3 + 0.4 = 1.0', () => {
    expect(total(ORS, { individual: 0.1, interpersonal: 0.2, social: 0.3, overall: 0.4 })[0]?.value).toBe(1);
  });

  it('counts exactly 25 as clinical by default (≤ 25) and not when the organisation sets "below"', () => {
    const byDefault = cutoffFor(ORS, 'total', 40, defaults);
    expect(byDefault && isOfConcern(25, byDefault)).toBe(true);
    expect(byDefault && isOfConcern(25.1, byDefault)).toBe(false);
    const strict = measurementSettings({ instruments: { ors: { cutoffs: [{ value: 25, concernWhen: 'below', ages: null }] } } });
    const changed = cutoffFor(ORS, 'total', 40, strict);
    expect(changed && isOfConcern(25, changed)).toBe(false);
  });

  it('uses the adolescent cut-off 28 for 13-17 (configurable), the adult 25 from 18', () => {
    expect(cutoffFor(ORS, 'total', 15, defaults)?.value).toBe(28);
    expect(cutoffFor(ORS, 'total', 18, defaults)?.value).toBe(25);
    expect(cutoffFor(ORS, 'total', null, defaults)?.value).toBe(25);
  });

  it('calls a change of 5 points reliable (PCOMS), or 6.6 when the organisation follows NHS England', () => {
    expect(classifyChange(18.6, 23.6, reliableChangeFor(ORS, defaults)).verdict).toBe('reliable_improvement');
    expect(classifyChange(18.6, 23.5, reliableChangeFor(ORS, defaults)).verdict).toBe('no_reliable_change');
    expect(classifyChange(23.6, 18.6, reliableChangeFor(ORS, defaults)).verdict).toBe('reliable_deterioration');
    const nhs = measurementSettings({ instruments: { ors: { reliableChange: 6.6 } } });
    expect(classifyChange(18.6, 23.6, reliableChangeFor(ORS, nhs)).verdict).toBe('no_reliable_change');
  });
});

describe('SRS (REFERENCE.md §1.2)', () => {
  it('flags a total of 36 (≤ 36) as an alliance concern, 36.1 not; the boundary is configurable', () => {
    const four = (v: number) => ({ relationship: v, goals_topics: v, approach_method: v, overall: v });
    expect(total(SRS, four(9))[0]?.value).toBe(36);
    const cutoff = cutoffFor(SRS, 'total', 30, defaults);
    expect(cutoff).toMatchObject({ value: 36, meaning: 'alliance_concern' });
    expect(cutoff && isOfConcern(36, cutoff)).toBe(true);
    expect(cutoff && isOfConcern(36.1, cutoff)).toBe(false);
    const cauceos = measurementSettings({ instruments: { srs: { cutoffs: [{ value: 36, concernWhen: 'below' }] } } });
    const below = cutoffFor(SRS, 'total', 30, cauceos);
    expect(below && isOfConcern(36, below)).toBe(false);
  });
});

describe('CORS, CSRS, YCORS (REFERENCE.md §1.2, §1.4)', () => {
  it('scores the CORS 0-40 but ships no cut-off (UNCONFIRMED) until the organisation sets one', () => {
    expect(total(CORS, { individual: 8, interpersonal: 7.5, social: 6, overall: 7 })[0]?.value).toBe(28.5);
    expect(cutoffFor(CORS, 'total', 9, defaults)).toBeNull();
    const configured = measurementSettings({ instruments: { cors: { cutoffs: [{ value: 32, concernWhen: 'at_or_below' }] } } });
    expect(cutoffFor(CORS, 'total', 9, configured)?.value).toBe(32);
    expect(reliableChangeFor(CORS, defaults)).toBe(10);
  });

  it('scores the CSRS 0-40 without a cut-off', () => {
    expect(total(CSRS, { item_1: 10, item_2: 9.9, item_3: 9, item_4: 10 })[0]?.value).toBe(38.9);
    expect(cutoffFor(CSRS, 'total', 9, defaults)).toBeNull();
  });

  it('has no YCORS items or score: administered, no score', () => {
    expect(YCORS.items).toEqual([]);
    expect(scoreAnswers(YCORS, {})).toEqual([]);
  });

  it('splits the ages 5 | 6-12 | 13+ (REFERENCE.md §1.4; 001 L3764-3765 read as 6 up to 13)', () => {
    expect([YCORS.ages, CORS.ages, CSRS.ages, ORS.ages]).toEqual([
      { min: null, max: 5 },
      { min: 6, max: 12 },
      { min: 6, max: 12 },
      { min: 13, max: null },
    ]);
  });
});

describe('WAV-12 (REFERENCE.md §3)', () => {
  it('cannot be answered before the organisation loads its scoring key', () => {
    const raw = Object.fromEntries(WAV12.items.map((i) => [i.id, 3]));
    expect(validateAnswers(WAV12, raw).violations.map((v) => v.code)).toEqual(Array(12).fill('measurement.content_missing'));
  });

  it('scores total and subscales with a loaded key, reverse-keyed items as max + min − x', () => {
    // A test key (not the WAV-12's, which is unconfirmed): 1-5, item 12 reversed, 4 items per factor.
    const keyed = applyScoringKey(WAV12, {
      response: { min: 1, max: 5 },
      reversedItems: ['item_12'],
      subscales: {
        task: ['item_1', 'item_2', 'item_10', 'item_12'],
        goal: ['item_4', 'item_6', 'item_8', 'item_11'],
        bond: ['item_3', 'item_5', 'item_7', 'item_9'],
      },
    });
    const raw = Object.fromEntries(keyed.items.map((i, n) => [i.id, (n % 5) + 1])); // 1,2,3,4,5,1,2,3,4,5,1,2
    const scores = Object.fromEntries(total(keyed, raw).map((s) => [s.scale, s.value]));
    // item_12 = 2 → 4; total = 1+2+3+4+5+1+2+3+4+5+1+4 = 35
    expect(scores).toEqual({ total: 35, task: 1 + 2 + 5 + 4, goal: 4 + 1 + 3 + 1, bond: 3 + 5 + 2 + 4 });
    expect(keyed.scales.find((s) => s.id === 'total')?.range).toEqual({ min: 12, max: 60 });
  });
});

describe('MANSA (REFERENCE.md §4)', () => {
  const scored = [4, 5, 3, 6, 2, 5, 4, 6, 5, 3, 7, 4];
  const answers = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
    ...Object.fromEntries(MANSA_SCORED_ITEMS.map((id, i) => [id, scored[i]])),
    item_7: false,
    item_9: false,
    item_10: true,
    item_11: true,
    ...over,
  });

  it('scores the mean of the 12 satisfaction items (54 / 12 = 4.5); yes/no items are not scored', () => {
    expect(MANSA_SCORED_ITEMS).toEqual([
      'item_1',
      'item_2',
      'item_3',
      'item_4',
      'item_5',
      'item_6',
      'item_8',
      'item_12',
      'item_13',
      'item_14',
      'item_15',
      'item_16',
    ]);
    expect(total(MANSA, answers())[0]).toEqual({ scale: 'total', kind: 'total', value: 4.5 });
    expect(total(MANSA, answers({ item_7: true, item_9: true }))[0]?.value).toBe(4.5);
  });

  it('lets the client skip the yes/no questions, not a satisfaction item', () => {
    const { item_7, item_9, ...withoutSensitive } = answers();
    expect(item_7 === false && item_9 === false).toBe(true);
    expect(validateAnswers(MANSA, withoutSensitive).violations).toEqual([]);
    const { item_16, ...withoutFinances } = answers();
    expect(item_16).toBe(4);
    expect(validateAnswers(MANSA, withoutFinances).violations).toMatchObject([
      { code: 'measurement.answer_missing', path: '/answers/item_16' },
    ]);
  });

  it('keeps answers on the 1-7 scale', () => {
    expect(validateAnswers(MANSA, answers({ item_1: 8 })).violations).toMatchObject([
      { code: 'measurement.answer_out_of_range' },
    ]);
    expect(validateAnswers(MANSA, answers({ item_1: 4.5 })).violations).toMatchObject([{ code: 'measurement.answer_invalid' }]);
  });
});

describe('GAS per goal, with the T-score of treatment/gas.ts (REFERENCE.md §2.3 vectors)', () => {
  const goal = (id: string, weight: number): Goal => ({
    ...(GOALS[0] as Goal),
    id,
    gas: { levels: { '-2': 'a', '-1': 'b', '0': 'c', '1': 'd', '2': 'e' }, weight, baseline: -2 },
  });
  const tScore = (levels: number[], weights: number[]) => {
    const goals = levels.map((_, i) => goal(`g${i}`, weights[i] ?? 1));
    const instrument = gasInstrumentForGoals(goals);
    return total(instrument, Object.fromEntries(levels.map((l, i) => [`g${i}`, l])))[0]?.value.toFixed(2);
  };

  it('reproduces the gasr example (55.00) and the table vectors', () => {
    expect(tScore([-2, 0, -1, 2, 0, 1], [3, 5, 1, 4, 2, 6])).toBe('55.00');
    expect(tScore([1, 1, 0], [1, 1, 1])).toBe('59.13');
    expect(tScore([-1, -1, 0, 0], [1, 1, 1, 1])).toBe('42.75');
    expect(tScore([2, 0, -1], [3, 2, 1])).toBe('61.02');
    expect(tScore([-2, -2, -2, -2, -2, -2], [1, 1, 1, 1, 1, 1])).toBe('19.02');
  });

  it('takes only goals with a scale, and gives the same T-score as the evaluation view', () => {
    const instrument = gasInstrumentForGoals(GOALS);
    expect(instrument.items.map((i) => i.id)).toEqual(['g1']);
    const answers = gasAnswersFromEvaluation(GOALS, EVALUATION);
    expect(answers).toEqual({ g1: 0 });
    expect(scoreAnswers(instrument, answers)[0]?.value).toBe(latestGasTScore(GOALS, [EVALUATION])?.score);
  });

  it('refuses a level outside −2..+2', () => {
    const instrument = gasInstrumentForGoals(GOALS);
    expect(validateAnswers(instrument, { g1: 3 }).violations).toMatchObject([
      { code: 'measurement.answer_out_of_range', path: '/answers/g1' },
    ]);
  });
});

describe('ZRM 2017 (REFERENCE.md §6)', () => {
  it('is a profile of 13 domain scores, all required, levels 1-5', () => {
    expect(ZRM.items).toHaveLength(13);
    const raw = Object.fromEntries(ZRM.items.map((i, n) => [i.id, (n % 5) + 1]));
    const scores = total(ZRM, raw);
    expect(scores).toHaveLength(13);
    expect(scores.find((s) => s.scale === 'finances')).toEqual({ scale: 'finances', kind: 'domain', value: 1 });
    expect(scores.some((s) => s.kind === 'total')).toBe(false);
    const { justice, ...twelve } = raw;
    expect(justice).toBe(3);
    expect(validateAnswers(ZRM, twelve).violations).toMatchObject([
      { code: 'measurement.answer_missing', path: '/answers/justice' },
    ]);
    expect(validateAnswers(ZRM, { ...raw, housing: 6 }).violations).toMatchObject([{ code: 'measurement.answer_out_of_range' }]);
  });
});

describe('participation ladder (REFERENCE.md §5)', () => {
  it('records one rung 1-6', () => {
    expect(total(PARTICIPATION_LADDER, { rung: 3 })[0]?.value).toBe(3);
    expect(validateAnswers(PARTICIPATION_LADDER, { rung: 7 }).violations).toMatchObject([
      { code: 'measurement.answer_out_of_range' },
    ]);
  });
});
