import { describe, expect, it } from 'vitest';
import type { Discipline } from '../treatment/disciplines.js';
import { outcomeView, type OutcomeEpisode } from './outcome-view.js';
import { measurementSettings } from './settings.js';

const settings = measurementSettings();
let n = 0;
/** `count` persons of one discipline and therapist, each from `intake` to `latest`. */
function persons(
  count: number,
  discipline: Discipline,
  therapistId: string,
  intake: number,
  latest: number | null,
): OutcomeEpisode[] {
  return Array.from({ length: count }, () => {
    n += 1;
    return {
      personId: `p${n}`,
      instrumentId: 'ors',
      discipline,
      therapistId,
      intake,
      latest,
      latestOn: latest === null ? null : '2026-11-01',
    };
  });
}

describe('outcome view per organisation (issue 13)', () => {
  it('gives per discipline the share with reliable improvement and the mean change', () => {
    const episodes = [
      ...persons(6, 'psychomotorische_therapie', 't1', 18, 25), // +7: reliable
      ...persons(4, 'psychomotorische_therapie', 't1', 18, 20), // +2
      ...persons(10, 'muziektherapie', 't2', 20, 14), // −6: reliable deterioration
    ];
    const { cells, totals } = outcomeView(episodes, 'discipline', settings);
    expect(cells).toEqual([
      {
        group: 'muziektherapie',
        instrumentId: 'ors',
        suppressed: false,
        persons: 10,
        reliableImprovementShare: 0,
        reliableDeteriorationShare: 1,
        meanChange: -6,
      },
      {
        group: 'psychomotorische_therapie',
        instrumentId: 'ors',
        suppressed: false,
        persons: 10,
        reliableImprovementShare: 0.6,
        reliableDeteriorationShare: 0,
        meanChange: 5,
      },
    ]);
    expect(totals).toEqual([
      {
        group: 'all',
        instrumentId: 'ors',
        suppressed: false,
        persons: 20,
        reliableImprovementShare: 0.3,
        reliableDeteriorationShare: 0.5,
        meanChange: -0.5,
      },
    ]);
  });

  it('suppresses a cell under 10 persons, and the next smallest so the total does not give it away', () => {
    const episodes = [
      ...persons(9, 'dramatherapie', 't1', 18, 25),
      ...persons(12, 'danstherapie', 't2', 18, 25),
      ...persons(30, 'beeldende_therapie', 't3', 18, 25),
    ];
    const { cells, totals } = outcomeView(episodes, 'discipline', settings);
    expect(cells.map((c) => [c.group, c.suppressed, c.persons])).toEqual([
      ['beeldende_therapie', false, 30],
      ['danstherapie', true, null],
      ['dramatherapie', true, null],
    ]);
    expect(cells.find((c) => c.group === 'dramatherapie')).toMatchObject({ reliableImprovementShare: null, meanChange: null });
    expect(totals[0]?.persons).toBe(51);
  });

  it('suppresses the total too when the whole organisation is small; the cell size is configurable', () => {
    const episodes = persons(8, 'muziektherapie', 't1', 18, 25);
    expect(outcomeView(episodes, 'therapist', settings).totals[0]?.suppressed).toBe(true);
    const five = measurementSettings({ outcomeView: { minCellSize: 5 } });
    expect(outcomeView(episodes, 'therapist', five).cells).toMatchObject([{ group: 't1', suppressed: false, persons: 8 }]);
  });

  it('counts a person once (the latest episode) and leaves out episodes without follow-up', () => {
    const [first] = persons(1, 'muziektherapie', 't1', 18, 19);
    if (!first) throw new Error('fixture');
    const again: OutcomeEpisode = { ...first, intake: 15, latest: 25, latestOn: '2026-12-01' };
    const episodes = [
      first,
      again,
      ...persons(9, 'muziektherapie', 't1', 18, 25),
      ...persons(3, 'muziektherapie', 't1', 18, null),
    ];
    const [cell] = outcomeView(episodes, 'therapist', settings).cells;
    expect(cell).toMatchObject({ persons: 10, reliableImprovementShare: 1, meanChange: 7.3 });
  });
});
