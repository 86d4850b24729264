import { describe, expect, it } from 'vitest';
import {
  bandOf,
  expectedRange,
  fitReferenceModel,
  ORS_INTAKE_BANDS,
  percentile,
  validateReferenceOptions,
  type ReferenceModelOptions,
  type ReferenceSeries,
} from './reference-model.js';

const options: ReferenceModelOptions = { bands: ORS_INTAKE_BANDS, minPersons: 4, lowerPercentile: 25, upperPercentile: 75 };
/** Person i of a band: intake, then +step·(i+1) per session. */
const series = (prefix: string, n: number, intake: number, sessions: number): ReferenceSeries[] =>
  Array.from({ length: n }, (_, i) => ({
    seriesId: `${prefix}${i}`,
    points: Array.from({ length: sessions }, (_, k) => ({ session: k + 1, score: intake + k * (i + 1) })),
  }));

describe('percentiles (type 7, linear interpolation)', () => {
  it('matches R/NumPy on a small vector', () => {
    expect(percentile([1, 2, 3, 4], 25)).toBe(1.75);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4], 75)).toBe(3.25);
    expect(percentile([7], 25)).toBe(7);
    expect(() => percentile([], 50)).toThrow(RangeError);
  });
});

describe('intake bands (Crouzen 2010, configurable)', () => {
  it('puts 11.9 very low, 12 and 25 clinical, 25.1 above the cut-off', () => {
    expect([11.9, 12, 25, 25.1, 40].map((s) => bandOf(ORS_INTAKE_BANDS, s)?.id)).toEqual([
      'very_low',
      'clinical',
      'clinical',
      'non_clinical',
      'non_clinical',
    ]);
  });

  it('refuses bands out of order, without an open last band, and impossible percentiles', () => {
    const paths = (o: ReferenceModelOptions) => validateReferenceOptions(o).map((v) => v.path);
    expect(paths(options)).toEqual([]);
    expect(paths({ ...options, bands: [{ id: 'a', upTo: 20, inclusive: true }] })).toEqual(['/bands']);
    expect(
      paths({
        ...options,
        bands: [
          { id: 'a', upTo: 20, inclusive: true },
          { id: 'b', upTo: 10, inclusive: true },
          { id: 'c', upTo: null, inclusive: false },
        ],
      }),
    ).toEqual(['/bands/1']);
    expect(paths({ ...options, lowerPercentile: 80, minPersons: 0 })).toEqual(['/minPersons', '/lowerPercentile']);
    expect(() => fitReferenceModel('ors', [], { ...options, minPersons: 0 })).toThrow(RangeError);
  });
});

describe('the organisation’s own reference model (REFERENCE.md §1.3: no public ETR curve)', () => {
  const data = [...series('c', 4, 18, 4), ...series('n', 2, 30, 4)];
  const model = fitReferenceModel('ors', data, options);

  it('gives the 25th-75th percentile of the score at each session per intake band', () => {
    const clinical = model.bands.find((b) => b.band.id === 'clinical');
    expect(clinical?.persons).toBe(4);
    // Session 3 scores: 18+2·(1..4) = 20, 22, 24, 26 → p25 21.5, median 23, p75 24.5
    expect(clinical?.sessions.find((s) => s.session === 3)).toEqual({
      session: 3,
      persons: 4,
      lower: 21.5,
      median: 23,
      upper: 24.5,
    });
    expect(expectedRange(model, 20, 3)).toEqual({
      status: 'ok',
      band: 'clinical',
      session: 3,
      persons: 4,
      lower: 21.5,
      median: 23,
      upper: 24.5,
    });
  });

  it('has no band below the minimum number of persons: "insufficient reference data"', () => {
    expect(model.bands.find((b) => b.band.id === 'non_clinical')).toMatchObject({ persons: 2, sessions: [] });
    expect(expectedRange(model, 30, 2)).toEqual({ status: 'insufficient_reference_data', band: 'non_clinical', persons: 2 });
    expect(expectedRange(model, 5, 2)).toEqual({ status: 'insufficient_reference_data', band: 'very_low', persons: 0 });
    expect(expectedRange(model, 20, 9)).toEqual({ status: 'insufficient_reference_data', band: 'clinical', persons: 4 });
  });

  it('leaves out a session with too few scores, and series without an intake score', () => {
    const dropout = data.map((s, i) => (i === 0 ? { ...s, points: s.points.filter((p) => p.session < 4) } : s));
    const noIntake = { seriesId: 'x', points: [{ session: 2, score: 40 }] };
    const m = fitReferenceModel('ors', [...dropout, noIntake], options);
    const clinical = m.bands.find((b) => b.band.id === 'clinical');
    expect(clinical?.sessions.map((s) => s.session)).toEqual([1, 2, 3]);
    expect(m.bands.reduce((a, b) => a + b.persons, 0)).toBe(6);
  });

  it('follows the configured percentiles', () => {
    const wide = fitReferenceModel('ors', data, { ...options, lowerPercentile: 10, upperPercentile: 90 });
    expect(expectedRange(wide, 20, 3)).toMatchObject({ lower: 20.6, upper: 25.4 });
  });
});
