import { describe, expect, it } from 'vitest';
import type { ScorePoint } from './alerts.js';
import { ORS, SRS } from './instruments/ors-family.js';
import { progressChart, progressInWords } from './progress.js';
import { fitReferenceModel, ORS_INTAKE_BANDS } from './reference-model.js';
import { measurementSettings } from './settings.js';

const settings = measurementSettings();
const points = (...totals: number[]): ScorePoint[] =>
  totals.map((total, i) => ({ session: i + 1, date: `2026-10-0${i + 1}`, total }));
const model = fitReferenceModel(
  'ors',
  Array.from({ length: 4 }, (_, i) => ({
    seriesId: `r${i}`,
    points: [1, 2, 3].map((session) => ({ session, score: 18 + (session - 1) * (i + 1) })),
  })),
  { bands: ORS_INTAKE_BANDS, minPersons: 4, lowerPercentile: 25, upperPercentile: 75 },
);

describe('chart data: scores over sessions with the cut-off and the expected band', () => {
  it('carries the points, the cut-off for the age, and the expected band per session', () => {
    const chart = progressChart({ instrument: ORS, points: points(20, 22), model, age: 40, settings });
    expect(chart.range).toEqual({ min: 0, max: 40 });
    expect(chart.cutoff).toEqual({ value: 25, concernWhen: 'at_or_below', meaning: 'clinical_range' });
    expect(chart.expected.map((e) => e.session)).toEqual([1, 2, 3]);
    expect(chart.expected[2]).toEqual({ session: 3, lower: 21.5, median: 23, upper: 24.5 });
  });

  it('has no band without reference data and the SRS alliance line', () => {
    const chart = progressChart({ instrument: SRS, points: points(38, 35), model: null, age: 40, settings });
    expect(chart.expected).toEqual([]);
    expect(chart.cutoff?.meaning).toBe('alliance_concern');
  });
});

describe('progress in plain words for the portal', () => {
  it('says clearly better, no clear change, or clearly less well (reliable change 5)', () => {
    expect(progressInWords(ORS, points(18.6, 24.1), settings)?.nl).toBe(
      'Bij de start was je score 18,6. Nu is hij 24,1 (van de 40). Dat is 5,5 punten hoger: het gaat duidelijk beter.',
    );
    expect(progressInWords(ORS, points(18.6, 21), settings)?.en).toContain('no clear change yet');
    expect(progressInWords(ORS, points(24, 18), settings)?.nl).toContain('6 punten lager');
    expect(progressInWords(ORS, points(18.6), settings)?.nl).toBe(
      'Je eerste score is 18,6 van de 40. Na de volgende keren zie je hier hoe het gaat.',
    );
    expect(progressInWords(ORS, [], settings)).toBeNull();
  });
});
