import type { ScorePoint } from './alerts.js';
import { totalScale, type InstrumentDefinition, type LocalText } from './instrument-types.js';
import { expectedRange, type ReferenceModel } from './reference-model.js';
import { classifyChange, cutoffFor, reliableChangeFor } from './scoring.js';
import type { MeasurementSettings } from './settings.js';

/**
 * What a chart of one instrument needs (issue 13: scores over sessions with the cut-off and the expected
 * band; on the record, in the evaluation and the closing report), and the plain-language summary for the
 * client's portal. The web and the PDF draw it; nothing here knows about pixels.
 */
export interface ProgressChart {
  instrumentId: InstrumentDefinition['id'];
  range: { min: number; max: number };
  points: readonly ScorePoint[];
  cutoff: { value: number; concernWhen: 'at_or_below' | 'below'; meaning: 'clinical_range' | 'alliance_concern' } | null;
  /** The organisation's expected range per session for this person's intake band; empty without reference data. */
  expected: { session: number; lower: number; median: number; upper: number }[];
}

export function progressChart(args: {
  instrument: InstrumentDefinition;
  points: readonly ScorePoint[];
  model: ReferenceModel | null;
  age: number | null;
  settings: MeasurementSettings;
}): ProgressChart {
  const { instrument, model } = args;
  const points = [...args.points].sort((a, b) => a.session - b.session);
  const cutoff = cutoffFor(instrument, 'total', args.age, args.settings);
  const intake = points[0];
  const sessions = [
    ...new Set([...points.map((p) => p.session), ...(model?.bands.flatMap((b) => b.sessions.map((s) => s.session)) ?? [])]),
  ].sort((a, b) => a - b);
  const expected =
    model && intake?.session === 1
      ? sessions.flatMap((session) => {
          const r = expectedRange(model, intake.total, session);
          return r.status === 'ok' ? [{ session, lower: r.lower, median: r.median, upper: r.upper }] : [];
        })
      : [];
  return {
    instrumentId: instrument.id,
    range: totalScale(instrument)?.range ?? { min: 0, max: 40 },
    points,
    cutoff: cutoff ? { value: cutoff.value, concernWhen: cutoff.concernWhen, meaning: cutoff.meaning } : null,
    expected,
  };
}

const nl = (n: number) => String(n).replace('.', ',');

/**
 * Plain language (B1) for the client: where you started, where you are now, and whether that is a clear
 * change (reliable change, REFERENCE.md §1.2). No cut-off labels: "clinical range" is not a word for a client.
 */
export function progressInWords(
  instrument: InstrumentDefinition,
  points: readonly ScorePoint[],
  settings: MeasurementSettings,
): LocalText | null {
  const sorted = [...points].sort((a, b) => a.session - b.session);
  const first = sorted[0];
  const last = sorted.at(-1);
  const max = totalScale(instrument)?.range.max;
  if (!first || !last || max === undefined) return null;
  if (first === last) {
    return {
      nl: `Je eerste score is ${nl(first.total)} van de ${max}. Na de volgende keren zie je hier hoe het gaat.`,
      en: `Your first score is ${first.total} out of ${max}. After the next times you will see here how it is going.`,
    };
  }
  const { change, verdict } = classifyChange(first.total, last.total, reliableChangeFor(instrument, settings), 1);
  const start = {
    nl: `Bij de start was je score ${nl(first.total)}. Nu is hij ${nl(last.total)} (van de ${max}).`,
    en: `At the start your score was ${first.total}. Now it is ${last.total} (out of ${max}).`,
  };
  const verdictText: Record<typeof verdict, LocalText> = {
    reliable_improvement: {
      nl: `Dat is ${nl(change)} punten hoger: het gaat duidelijk beter.`,
      en: `That is ${change} points higher: clearly better.`,
    },
    reliable_deterioration: {
      nl: `Dat is ${nl(-change)} punten lager: het gaat duidelijk minder goed. Praat erover met je therapeut.`,
      en: `That is ${-change} points lower: clearly less well. Talk about it with your therapist.`,
    },
    no_reliable_change: {
      nl: 'Dat is nog geen duidelijke verandering. Bespreek met je therapeut wat je nodig hebt.',
      en: 'That is no clear change yet. Talk with your therapist about what you need.',
    },
    unknown: { nl: 'Je therapeut kan je uitleggen wat dit betekent.', en: 'Your therapist can explain what this means.' },
  };
  return { nl: `${start.nl} ${verdictText[verdict].nl}`, en: `${start.en} ${verdictText[verdict].en}` };
}
