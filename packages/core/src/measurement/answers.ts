import { violation, type RuleViolation } from '../rules/rule-violation.js';
import type { AnswerType, InstrumentDefinition } from './instrument-types.js';

export type AnswerValue = number | boolean;
export type Answers = Readonly<Record<string, AnswerValue>>;

/**
 * How a 10-cm line was answered: centimetres measured on paper (0-10), or a digital 0-100 slider
 * (REFERENCE.md §1.1: qitonline's Dutch ORS; "normalise to 0-10 per item before applying the cut-offs").
 */
export type VasInput = 'cm' | 'slider_0_100';

const SOURCE_VAS = 'REFERENCE.md §1.1';
const EPSILON = 1e-9;

/** Whether a number lies on the 0.1 grid of the line. */
const onTenths = (value: number) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-6;

function checkAnswer(
  type: AnswerType,
  raw: unknown,
  vasInput: VasInput,
  path: string,
  source: string,
): { value: AnswerValue } | { violation: RuleViolation } {
  switch (type.kind) {
    case 'vas': {
      if (typeof raw !== 'number' || !Number.isFinite(raw))
        return { violation: violation('measurement.answer_invalid', path, SOURCE_VAS) };
      const cm = vasInput === 'slider_0_100' ? raw / 10 : raw;
      if (cm < type.min - EPSILON || cm > type.max + EPSILON)
        return { violation: violation('measurement.answer_out_of_range', path, SOURCE_VAS) };
      if (!onTenths(cm)) return { violation: violation('measurement.answer_invalid', path, SOURCE_VAS) };
      return { value: Math.round(cm * 10) / 10 };
    }
    case 'likert': {
      if (typeof raw !== 'number' || !Number.isInteger(raw))
        return { violation: violation('measurement.answer_invalid', path, source) };
      if (raw < type.min || raw > type.max) return { violation: violation('measurement.answer_out_of_range', path, source) };
      return { value: raw };
    }
    case 'yes_no':
      return typeof raw === 'boolean' ? { value: raw } : { violation: violation('measurement.answer_invalid', path, source) };
    case 'level': {
      if (typeof raw !== 'number' || !Number.isInteger(raw))
        return { violation: violation('measurement.answer_invalid', path, source) };
      if (!type.levels.includes(raw)) return { violation: violation('measurement.answer_out_of_range', path, source) };
      return { value: raw };
    }
  }
}

/**
 * Check a filled-in form against the instrument and normalise it (0-100 slider → 0-10 line at 0.1).
 * Paths are JSON Pointers under `/answers`. An item whose response scale the organisation has not loaded
 * (WAV-12 without its key) cannot be answered: `measurement.content_missing`.
 */
export function validateAnswers(
  instrument: InstrumentDefinition,
  raw: Readonly<Record<string, unknown>>,
  vasInput: VasInput = 'cm',
): { answers: Record<string, AnswerValue>; violations: RuleViolation[] } {
  const violations: RuleViolation[] = [];
  const answers: Record<string, AnswerValue> = {};
  const source = instrument.sources.at(-1) ?? 'REFERENCE.md';
  const known = new Set(instrument.items.map((i) => i.id));
  for (const id of Object.keys(raw)) {
    if (!known.has(id)) violations.push(violation('measurement.item_unknown', `/answers/${id}`, source));
  }
  for (const item of instrument.items) {
    const path = `/answers/${item.id}`;
    const value = Object.hasOwn(raw, item.id) ? raw[item.id] : undefined;
    if (value === undefined || value === null) {
      if (item.required) violations.push(violation('measurement.answer_missing', path, source));
      continue;
    }
    if (item.answer === null) {
      violations.push(violation('measurement.content_missing', path, source));
      continue;
    }
    const checked = checkAnswer(item.answer, value, vasInput, path, source);
    if ('violation' in checked) violations.push(checked.violation);
    else answers[item.id] = checked.value;
  }
  return { answers, violations };
}
