import { describe, expect, it } from 'vitest';
import { allianceAlerts, outcomeAlerts, type ScorePoint } from './alerts.js';
import { CORS, CSRS, ORS, SRS } from './instruments/ors-family.js';
import { fitReferenceModel, referenceOptions, type ReferenceSeries } from './reference-model.js';
import { measurementSettings } from './settings.js';

const settings = measurementSettings();
const points = (...totals: number[]): ScorePoint[] =>
  totals.map((total, i) => ({ session: i + 1, date: `2026-10-${String(6 + 7 * i).padStart(2, '0')}`, total }));

/** 20 past clients with intake 18 who each gain 1-3 points a session (session k: 18 + g·(k−1)). */
const reference: ReferenceSeries[] = Array.from({ length: 20 }, (_, i) => {
  const gain = 1 + (i % 3);
  return { seriesId: `r${i}`, points: Array.from({ length: 8 }, (_, k) => ({ session: k + 1, score: 18 + gain * k })) };
});
const model = fitReferenceModel('ors', reference, referenceOptions(settings));

describe('an off-track person raises an alert (001 L3698-3702)', () => {
  it('below the 25th percentile of comparable clients at that session', () => {
    // Session 4 reference: 21 ×7, 24 ×7, 27 ×6 → p25 = 21. A score of 20 is below it.
    const { alerts } = outcomeAlerts({ instrument: ORS, points: points(18, 19, 19.5, 20), model, settings });
    expect(alerts).toMatchObject([
      {
        code: 'below_expected_range',
        session: 4,
        facts: { score: 20, lower: 21, referencePersons: 20 },
        source: '001 L3698-3702; REFERENCE.md §1.3 (own reference data)',
      },
    ]);
    expect(alerts[0]?.nl).toContain('onder de verwachte band (21-27)');
    expect(alerts[0]?.en).toContain('below the expected range (21-27)');
  });

  it('uses the organisation’s percentile: at the 10th, the same person is not off track', () => {
    // Three slow past clients reach only 19 at session 4: p10 = 19, p25 = 21.
    const slow = [0, 1, 2].map((i) => ({
      seriesId: `slow${i}`,
      points: [
        { session: 1, score: 18 },
        { session: 4, score: 19 },
      ],
    }));
    const data = [...slow, ...reference.slice(3)];
    const person = points(18, 19, 19.5, 20);
    const strict = fitReferenceModel('ors', data, referenceOptions(settings));
    expect(outcomeAlerts({ instrument: ORS, points: person, model: strict, settings }).alerts.map((a) => a.code)).toEqual([
      'below_expected_range',
    ]);
    const lenient = measurementSettings({ offTrack: { lowerPercentile: 10 } });
    const wide = fitReferenceModel('ors', data, referenceOptions(lenient));
    expect(outcomeAlerts({ instrument: ORS, points: person, model: wide, settings: lenient }).alerts).toEqual([]);
  });

  it('raises nothing for a person inside the band', () => {
    expect(outcomeAlerts({ instrument: ORS, points: points(18, 20, 22, 24), model, settings }).alerts).toEqual([]);
  });

  it('says so when there is no reference range, rather than staying silent', () => {
    const result = outcomeAlerts({ instrument: ORS, points: points(30, 31), model, settings });
    expect(result.alerts).toEqual([]);
    expect(result.notices.map((n) => n.code)).toEqual(['insufficient_reference_data']);
    expect(outcomeAlerts({ instrument: ORS, points: points(18, 20), model: null, settings }).notices.map((n) => n.code)).toEqual([
      'insufficient_reference_data',
    ]);
  });

  it('flags no reliable improvement after N sessions (default 6), not before', () => {
    const six = outcomeAlerts({ instrument: ORS, points: points(18, 19, 20, 21, 22, 22.9), model: null, settings });
    expect(six.alerts).toMatchObject([
      { code: 'no_reliable_improvement', session: 6, facts: { intake: 18, score: 22.9, change: 4.9, reliableChange: 5 } },
    ]);
    expect(six.alerts[0]?.nl).toContain('Stagnatie');
    expect(outcomeAlerts({ instrument: ORS, points: points(18, 19, 20, 21, 22.9), model: null, settings }).alerts).toEqual([]);
    expect(outcomeAlerts({ instrument: ORS, points: points(18, 19, 20, 21, 22, 23), model: null, settings }).alerts).toEqual([]);
    const sooner = measurementSettings({ offTrack: { noImprovementAfterSessions: 4 } });
    expect(
      outcomeAlerts({ instrument: ORS, points: points(18, 19, 20, 21), model: null, settings: sooner }).alerts.map((a) => a.code),
    ).toEqual(['no_reliable_improvement']);
  });

  it('flags reliable deterioration at any session (001 L1698-1700, L1852-1856)', () => {
    const { alerts } = outcomeAlerts({ instrument: ORS, points: points(24, 19), model: null, settings });
    expect(alerts).toMatchObject([
      { code: 'reliable_deterioration', facts: { change: -5 }, source: '001 L1698-1700; 001 L1852-1856; REFERENCE.md §1.2' },
    ]);
  });

  it('uses the CORS reliable-change points (10) and says when an instrument has none', () => {
    expect(outcomeAlerts({ instrument: CORS, points: points(20, 10), model: null, settings }).alerts.map((a) => a.code)).toEqual([
      'reliable_deterioration',
    ]);
    expect(outcomeAlerts({ instrument: CORS, points: points(20, 10.1), model: null, settings }).alerts).toEqual([]);
    const off = measurementSettings({ instruments: { ors: { reliableChange: null } } });
    expect(
      outcomeAlerts({ instrument: ORS, points: points(24, 10), model: null, settings: off }).notices.map((n) => n.code),
    ).toContain('no_reliable_change_rule');
  });

  it('needs at least two administrations', () => {
    expect(outcomeAlerts({ instrument: ORS, points: points(10), model, settings })).toEqual({ alerts: [], notices: [] });
  });
});

describe('SRS at or below the cut-off raises an alliance alert', () => {
  it('flags 36 (≤ 36), not 36.1', () => {
    const at = allianceAlerts({ instrument: SRS, points: points(38, 36), age: 40, settings });
    expect(at.alerts).toMatchObject([{ code: 'alliance_concern', session: 2, facts: { score: 36, cutoff: 36 } }]);
    expect(at.alerts[0]?.source).toContain('001 L3706-3714');
    expect(at.alerts[0]?.nl).toContain('op of onder de grens van 36');
    expect(allianceAlerts({ instrument: SRS, points: points(36, 36.1), age: 40, settings }).alerts).toEqual([]);
  });

  it('follows the organisation’s boundary ("below 36")', () => {
    const below = measurementSettings({ instruments: { srs: { cutoffs: [{ value: 36, concernWhen: 'below' }] } } });
    expect(allianceAlerts({ instrument: SRS, points: points(36), age: 40, settings: below }).alerts).toEqual([]);
    expect(allianceAlerts({ instrument: SRS, points: points(35.9), age: 40, settings: below }).alerts[0]?.en).toContain(
      'below the cut-off of 36',
    );
  });

  it('has no CSRS cut-off unless configured, and says so', () => {
    expect(allianceAlerts({ instrument: CSRS, points: points(20), age: 9, settings }).notices.map((n) => n.code)).toEqual([
      'no_cutoff',
    ]);
  });

  it('prompts on a low item only when the organisation turns it on', () => {
    const answers = { relationship: 9.5, goals_topics: 8.4, approach_method: 9.8, overall: 9.6 };
    const p = [{ session: 1, date: '2026-10-06', total: 37.3, answers }];
    expect(allianceAlerts({ instrument: SRS, points: p, age: 40, settings }).alerts).toEqual([]);
    const on = measurementSettings({ offTrack: { srsItemBelow: 9 } });
    expect(allianceAlerts({ instrument: SRS, points: p, age: 40, settings: on }).alerts).toMatchObject([
      { code: 'alliance_item_low', items: ['goals_topics'], facts: { threshold: 9, lowest: 8.4 } },
    ]);
  });
});
