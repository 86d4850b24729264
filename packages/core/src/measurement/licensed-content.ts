import { violation, type RuleViolation } from '../rules/rule-violation.js';
import {
  localCoding,
  type AnswerType,
  type InstrumentDefinition,
  type InstrumentId,
  type Language,
  type ScaleDefinition,
} from './instrument-types.js';

/**
 * Texts (and, where Meedoen cannot ship it, the scoring key) that an organisation loads for an instrument
 * it is licensed to use. Meedoen ships no copyrighted wording (REFERENCE.md §1.6, §3, §4, §6); this is where
 * it comes in, checked against the instrument's item ids.
 */
export interface ItemContent {
  text: string;
  /** Left and right anchors of a 10-cm line (the child versions' faces are drawn by the UI). */
  anchorLow?: string;
  anchorHigh?: string;
  /** Text per answer value: required for every value of a Likert item; optional for levels and yes/no. */
  options?: Readonly<Record<string, string>>;
}

export interface LanguageContent {
  title: string;
  instructions: string;
  items: Readonly<Record<string, ItemContent>>;
}

/** For an instrument whose key is not published (WAV-12, REFERENCE.md §3 UNCONFIRMED). */
export interface ScoringKey {
  response: { min: number; max: number };
  /** Reverse-keyed items, scored max + min − x; [] when none (say so explicitly). */
  reversedItems: readonly string[];
  /** Subscale id (from the instrument's `keySubscales`) → its items. */
  subscales: Readonly<Record<string, readonly string[]>>;
}

export interface LicensedContent {
  instrumentId: InstrumentId;
  /** Which version this is, e.g. "ORS NL 2010 (licence 2026)". */
  edition: string;
  /** The copyright line the licensor requires on every rendering. */
  copyright: string;
  languages: Partial<Record<Language, LanguageContent>>;
  scoringKey: ScoringKey | null;
}

const blank = (s: unknown) => typeof s !== 'string' || s.trim().length === 0;

/** Answer values that need, or may have, a text; `allowed` null = not known yet (no valid scoring key). */
function optionKeys(answer: AnswerType | null): { required: string[]; allowed: string[] | null } {
  if (!answer) return { required: [], allowed: null };
  switch (answer.kind) {
    case 'likert': {
      const values = Array.from({ length: answer.max - answer.min + 1 }, (_, i) => String(answer.min + i));
      return { required: values, allowed: values };
    }
    case 'level':
      return { required: [], allowed: answer.levels.map(String) };
    case 'yes_no':
      return { required: [], allowed: ['true', 'false'] };
    case 'vas':
      return { required: [], allowed: [] };
  }
}

function validateKey(instrument: InstrumentDefinition, key: ScoringKey): RuleViolation[] {
  const out: RuleViolation[] = [];
  const bad = (path: string) => out.push(violation('measurement.content_key_invalid', `/scoringKey${path}`, 'REFERENCE.md §3'));
  const { min, max } = key.response;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max <= min || max - min > 10) bad('/response');
  const ids = new Set(instrument.items.map((i) => i.id));
  key.reversedItems.forEach((id, i) => {
    if (!ids.has(id) || key.reversedItems.indexOf(id) !== i) bad(`/reversedItems/${i}`);
  });
  const placed = new Set<string>();
  for (const [subscale, items] of Object.entries(key.subscales)) {
    if (!instrument.keySubscales || !Object.hasOwn(instrument.keySubscales, subscale) || items.length === 0) {
      bad(`/subscales/${subscale}`);
      continue;
    }
    items.forEach((id, i) => {
      if (!ids.has(id) || placed.has(id)) bad(`/subscales/${subscale}/${i}`);
      placed.add(id);
    });
  }
  return out;
}

/** The instrument with the loaded key applied: response scale on each item, total and subscales. */
export function applyScoringKey(instrument: InstrumentDefinition, key: ScoringKey): InstrumentDefinition {
  const answer: AnswerType = { kind: 'likert', min: key.response.min, max: key.response.max };
  const items = instrument.items.map((i) => ({ ...i, answer: i.answer ?? answer }));
  const scale = (id: string, kind: ScaleDefinition['kind'], ids: readonly string[], label: ScaleDefinition['label']) => ({
    id,
    kind,
    items: ids,
    method: 'sum' as const,
    reversed: key.reversedItems.filter((r) => ids.includes(r)),
    range: { min: ids.length * key.response.min, max: ids.length * key.response.max },
    decimals: 0,
    label,
    coding: localCoding(`${instrument.id}-${id}`, `${instrument.abbreviation} ${id}`),
  });
  const allIds = items.map((i) => i.id);
  const subscales = Object.entries(key.subscales).map(([id, ids]) =>
    scale(id, 'subscale', ids, instrument.keySubscales?.[id] ?? { nl: id, en: id }),
  );
  return { ...instrument, items, scales: [scale('total', 'total', allIds, { nl: 'Totaal', en: 'Total' }), ...subscales] };
}

/**
 * Check loaded content against the instrument: every item present in every language, no unknown item,
 * no empty text, an answer text for every Likert value, and a valid scoring key exactly where the
 * instrument needs one. Paths are JSON Pointers into the content.
 */
export function validateLicensedContent(instrument: InstrumentDefinition, content: LicensedContent): RuleViolation[] {
  const source = instrument.licence.source;
  const out: RuleViolation[] = [];
  if (content.instrumentId !== instrument.id || instrument.itemsPerGoal || instrument.items.length === 0) {
    return [violation('measurement.content_not_applicable', '/instrumentId', source)];
  }
  if (blank(content.edition)) out.push(violation('measurement.content_text_missing', '/edition', source));
  if (blank(content.copyright)) out.push(violation('measurement.content_text_missing', '/copyright', source));
  if (instrument.content === 'wording_and_key') {
    if (content.scoringKey === null) out.push(violation('measurement.content_key_invalid', '/scoringKey', source));
    else out.push(...validateKey(instrument, content.scoringKey));
  } else if (content.scoringKey !== null) {
    // A published key ships with Meedoen and is not replaced by loaded content.
    out.push(violation('measurement.content_key_invalid', '/scoringKey', source));
  }
  const keyed =
    instrument.content === 'wording_and_key' && content.scoringKey && out.length === 0
      ? applyScoringKey(instrument, content.scoringKey)
      : instrument;
  const languages = Object.entries(content.languages);
  if (languages.length === 0) out.push(violation('measurement.content_text_missing', '/languages', source));
  for (const [language, lang] of languages) {
    if (!lang) continue;
    const base = `/languages/${language}`;
    if (language !== 'nl' && language !== 'en') {
      out.push(violation('measurement.content_not_applicable', base, source));
      continue;
    }
    if (blank(lang.title)) out.push(violation('measurement.content_text_missing', `${base}/title`, source));
    if (typeof lang.instructions !== 'string')
      out.push(violation('measurement.content_text_missing', `${base}/instructions`, source));
    const ids = new Set(keyed.items.map((i) => i.id));
    for (const id of Object.keys(lang.items)) {
      if (!ids.has(id)) out.push(violation('measurement.content_item_unknown', `${base}/items/${id}`, source));
    }
    for (const item of keyed.items) {
      const path = `${base}/items/${item.id}`;
      const text = Object.hasOwn(lang.items, item.id) ? lang.items[item.id] : undefined;
      if (!text) {
        out.push(violation('measurement.content_item_missing', path, source));
        continue;
      }
      if (blank(text.text)) out.push(violation('measurement.content_text_missing', `${path}/text`, source));
      const { required, allowed } = optionKeys(item.answer);
      const options = text.options ?? {};
      for (const key of required) {
        if (blank(options[key])) out.push(violation('measurement.content_text_missing', `${path}/options/${key}`, source));
      }
      for (const [key, value] of Object.entries(options)) {
        if (allowed && !allowed.includes(key))
          out.push(violation('measurement.content_item_unknown', `${path}/options/${key}`, source));
        else if (!required.includes(key) && blank(value))
          out.push(violation('measurement.content_text_missing', `${path}/options/${key}`, source));
      }
    }
  }
  return out;
}
