import { describe, expect, it } from 'vitest';
import { CORS, ORS, YCORS } from './instruments/ors-family.js';
import { ZRM } from './instruments/zrm.js';
import { DEFAULT_MEASUREMENT_SETTINGS, effectiveAges, measurementSettings, validateMeasurementSettings } from './settings.js';

describe('measurement settings', () => {
  it('start from the published values and take an organisation’s overrides', () => {
    expect(validateMeasurementSettings(DEFAULT_MEASUREMENT_SETTINGS)).toEqual([]);
    const s = measurementSettings({ offTrack: { noImprovementAfterSessions: 4 }, instruments: { ors: { reliableChange: 6.6 } } });
    expect(s.offTrack).toEqual({ ...DEFAULT_MEASUREMENT_SETTINGS.offTrack, noImprovementAfterSessions: 4 });
    expect(s.instruments.ors?.reliableChange).toBe(6.6);
    expect(s.outcomeView.minCellSize).toBe(10);
  });

  it('refuse impossible values, each by path', () => {
    const bad = measurementSettings({
      ages: { childFrom: 6, youthFrom: 6 },
      earlyAllianceSession: 0,
      offTrack: { lowerPercentile: 60, upperPercentile: 100, noImprovementAfterSessions: 1, srsItemBelow: 11 },
      reference: { minPersons: 0 },
      outcomeView: { minCellSize: 2.5 },
      instruments: { ors: { reliableChange: -1, cutoffs: [{ value: Number.NaN, concernWhen: 'above' as never }] } },
    });
    expect(validateMeasurementSettings(bad).map((v) => v.path)).toEqual([
      '/ages/youthFrom',
      '/earlyAllianceSession',
      '/offTrack/lowerPercentile',
      '/offTrack/upperPercentile',
      '/offTrack/noImprovementAfterSessions',
      '/offTrack/srsItemBelow',
      '/reference/minPersons',
      '/outcomeView/minCellSize',
      '/instruments/ors/cutoffs/0/value',
      '/instruments/ors/cutoffs/0/concernWhen',
      '/instruments/ors/reliableChange',
    ]);
    const unknown = { ...DEFAULT_MEASUREMENT_SETTINGS, instruments: { phq9: {} } } as never;
    expect(validateMeasurementSettings(unknown).map((v) => [v.code, v.path])).toEqual([
      ['measurement.settings_invalid', '/instruments/phq9'],
    ]);
  });

  it('move the ORS-family age groups together', () => {
    const s = measurementSettings({ ages: { childFrom: 5, youthFrom: 16 } });
    expect([effectiveAges(YCORS, s), effectiveAges(CORS, s), effectiveAges(ORS, s)]).toEqual([
      { min: null, max: 4 },
      { min: 5, max: 15 },
      { min: 16, max: null },
    ]);
    expect(effectiveAges(ZRM, s)).toEqual({ min: 18, max: null });
  });
});
