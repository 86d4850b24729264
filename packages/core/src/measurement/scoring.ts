import { gasTScore, type GasLevel } from '../treatment/gas.js';
import type { Answers } from './answers.js';
import { isAgeInRange, type CutoffRule, type InstrumentDefinition, type ScaleDefinition } from './instrument-types.js';
import type { MeasurementSettings } from './settings.js';

export interface ScaleScore {
  scale: string;
  kind: ScaleDefinition['kind'];
  value: number;
}

/** Round half away from zero to `decimals` places, stable for sums of tenths (3.3 + 2.1 + … ). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

function itemValue(scale: ScaleDefinition, instrument: InstrumentDefinition, id: string, answers: Answers): number | null {
  const raw = answers[id];
  if (typeof raw !== 'number') return null;
  if (!scale.reversed?.includes(id)) return raw;
  const answer = instrument.items.find((i) => i.id === id)?.answer;
  // Reverse-keyed: max + min − x on the item's own scale.
  return answer?.kind === 'likert' ? answer.max + answer.min - raw : raw;
}

/**
 * Totals and subscales of validated answers (answers.ts). A scale with an unanswered item has no score
 * (an incomplete form is never prorated). Sums and means follow the instrument's data; the GAS T-score is
 * the one of treatment/gas.ts.
 */
export function scoreAnswers(instrument: InstrumentDefinition, answers: Answers): ScaleScore[] {
  const scores: ScaleScore[] = [];
  for (const scale of instrument.scales) {
    if (scale.items.length === 0) continue;
    const values = scale.items.map((id) => itemValue(scale, instrument, id, answers));
    if (values.some((v) => v === null)) continue;
    const numbers = values as number[];
    let value: number | null;
    if (scale.method === 'gas_t_score') {
      value = gasTScore(
        scale.items.map((id, i) => ({
          level: numbers[i] as GasLevel,
          weight: instrument.items.find((item) => item.id === id)?.weight ?? 1,
        })),
      );
    } else {
      const sum = numbers.reduce((a, b) => a + b, 0);
      value = scale.method === 'sum' ? sum : sum / numbers.length;
    }
    if (value !== null) scores.push({ scale: scale.id, kind: scale.kind, value: roundTo(value, scale.decimals) });
  }
  return scores;
}

/** The cut-off that applies to a scale at an age: the organisation's setting, else the instrument's data. */
export function cutoffFor(
  instrument: InstrumentDefinition,
  scale: string,
  age: number | null,
  settings: MeasurementSettings,
): Pick<CutoffRule, 'value' | 'concernWhen' | 'meaning' | 'source'> | null {
  const configured = settings.instruments[instrument.id]?.cutoffs;
  const meaning: CutoffRule['meaning'] = instrument.purpose === 'alliance' ? 'alliance_concern' : 'clinical_range';
  const candidates = configured
    ? configured.map((c) => ({
        scale: c.scale ?? 'total',
        value: c.value,
        concernWhen: c.concernWhen,
        meaning,
        ages: c.ages ?? null,
        source: 'organisation setting',
      }))
    : instrument.cutoffs;
  // Without a known age, only a cut-off for all ages, or the adult one (no upper bound), applies.
  const fits = (ages: CutoffRule['ages']) => (age === null ? ages === null || ages.max === null : isAgeInRange(age, ages));
  const rule = candidates.find((c) => c.scale === scale && fits(c.ages));
  return rule ? { value: rule.value, concernWhen: rule.concernWhen, meaning: rule.meaning, source: rule.source } : null;
}

/** Whether a score is on the concern side of a cut-off (clinical range, or an alliance concern). */
export function isOfConcern(value: number, cutoff: Pick<CutoffRule, 'value' | 'concernWhen'>): boolean {
  return cutoff.concernWhen === 'at_or_below' ? value <= cutoff.value : value < cutoff.value;
}

/** Points of change on the total that count as reliable: the organisation's setting, else the instrument's. */
export function reliableChangeFor(
  instrument: InstrumentDefinition,
  settings: MeasurementSettings,
  scale = 'total',
): number | null {
  const configured = settings.instruments[instrument.id]?.reliableChange;
  if (configured !== undefined && scale === 'total') return configured;
  return instrument.reliableChange.find((r) => r.scale === scale)?.points ?? null;
}

export type ChangeVerdict = 'reliable_improvement' | 'reliable_deterioration' | 'no_reliable_change' | 'unknown';

/** REFERENCE.md §1.2: a change of at least the reliable-change points between two administrations is reliable. */
export function classifyChange(
  from: number,
  to: number,
  points: number | null,
  decimals = 2,
): { change: number; verdict: ChangeVerdict } {
  const change = roundTo(to - from, decimals);
  if (points === null) return { change, verdict: 'unknown' };
  if (change >= points) return { change, verdict: 'reliable_improvement' };
  if (change <= -points) return { change, verdict: 'reliable_deterioration' };
  return { change, verdict: 'no_reliable_change' };
}
