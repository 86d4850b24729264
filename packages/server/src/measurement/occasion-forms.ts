import { checkAdministrationAllowed, instrumentForUse, type InstrumentDefinition, type MeasurementOccasion } from '@meedoen/core';
import type { Static } from 'typebox';
import type { MeasurementFacts } from './measurement-service.js';
import type { OccasionFormSchema } from './measurement-schemas.js';

/**
 * The form of one open occasion as the screens show it: the items with their answer type, the organisation's
 * loaded wording in the chosen language (only where on-screen use is allowed), the shipped labels of open
 * items (ZRM domains, a goal's own text), and whether it may be filled in on paper and on screen today.
 */
/** Typed by its response schema, so a field the schema lacks (and the serialiser would drop) fails to compile. */
export function occasionForm(
  facts: MeasurementFacts,
  occasion: MeasurementOccasion,
  lang: 'nl' | 'en',
  today: string,
): Static<typeof OccasionFormSchema> {
  const setup = facts.setups.get(occasion.instrumentId) ?? null;
  const instrument: InstrumentDefinition = instrumentForUse(occasion.instrumentId, setup, facts.trajectory.goals);
  const allowed = (mode: 'digital' | 'paper') => checkAdministrationAllowed(instrument, setup, { mode, date: today });
  const onScreen = allowed('digital').length === 0;
  const onPaper = allowed('paper').length === 0;
  const wording = onScreen ? (setup?.content?.languages[lang] ?? setup?.content?.languages.nl ?? null) : null;
  return {
    occasion,
    abbreviation: instrument.abbreviation,
    purpose: instrument.purpose,
    onScreen,
    onPaper,
    form: {
      title: wording?.title ?? instrument.name[lang],
      instructions: wording?.instructions ?? '',
      copyright: onScreen ? (setup?.content?.copyright ?? '') : '',
      items: instrument.items.map((item) => ({
        id: item.id,
        answer: item.answer?.kind === 'level' ? { ...item.answer, levels: [...item.answer.levels] } : item.answer,
        label: item.label?.[lang] ?? null,
        text: wording?.items[item.id]?.text ?? null,
        anchorLow: wording?.items[item.id]?.anchorLow ?? null,
        anchorHigh: wording?.items[item.id]?.anchorHigh ?? null,
        // GAS: the levels the goal was scaled with in advance (001 L3808-3816) are the answer texts.
        options: instrument.itemsPerGoal
          ? (facts.trajectory.goals.find((g) => g.id === item.id)?.gas?.levels ?? null)
          : (wording?.items[item.id]?.options ?? null),
      })),
    },
  };
}
