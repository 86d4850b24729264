import type { Discipline } from '../treatment/disciplines.js';
import type { InstrumentId } from './instrument-types.js';
import { INSTRUMENTS } from './instruments/registry.js';
import { classifyChange, reliableChangeFor, roundTo } from './scoring.js';
import type { MeasurementSettings } from './settings.js';

/**
 * The organisation's outcome view (issue 13): per discipline or therapist, the share of persons with
 * reliable improvement (REFERENCE.md §1.2) and the mean change, first to latest score. Cells with fewer
 * than `minCellSize` persons are suppressed; when exactly one cell of an instrument is suppressed, the next
 * smallest is suppressed too, so it cannot be recovered from the total.
 */
export interface OutcomeEpisode {
  personId: string;
  instrumentId: InstrumentId;
  discipline: Discipline;
  therapistId: string;
  intake: number;
  /** The latest score; null while there is no follow-up (such episodes are not counted). */
  latest: number | null;
  latestOn: string | null;
}

export interface OutcomeCell {
  /** A discipline, a therapist id, or `all` for the organisation's total. */
  group: string;
  instrumentId: InstrumentId;
  suppressed: boolean;
  persons: number | null;
  reliableImprovementShare: number | null;
  reliableDeteriorationShare: number | null;
  meanChange: number | null;
}

type FollowedUp = OutcomeEpisode & { latest: number; latestOn: string };

/** One episode per person: the one with the latest score. */
function perPerson(episodes: readonly FollowedUp[]): FollowedUp[] {
  const byPerson = new Map<string, FollowedUp>();
  for (const e of episodes) {
    const seen = byPerson.get(e.personId);
    if (!seen || e.latestOn > seen.latestOn) byPerson.set(e.personId, e);
  }
  return [...byPerson.values()];
}

function cell(group: string, instrumentId: InstrumentId, episodes: readonly FollowedUp[], rci: number | null): OutcomeCell {
  const persons = perPerson(episodes);
  const verdicts = persons.map((e) => classifyChange(e.intake, e.latest, rci));
  const share = (v: string) =>
    rci === null ? null : roundTo(verdicts.filter((x) => x.verdict === v).length / persons.length, 3);
  return {
    group,
    instrumentId,
    suppressed: false,
    persons: persons.length,
    reliableImprovementShare: share('reliable_improvement'),
    reliableDeteriorationShare: share('reliable_deterioration'),
    meanChange: roundTo(verdicts.reduce((a, v) => a + v.change, 0) / persons.length, 2),
  };
}

const suppress = (c: OutcomeCell): OutcomeCell => ({
  ...c,
  suppressed: true,
  persons: null,
  reliableImprovementShare: null,
  reliableDeteriorationShare: null,
  meanChange: null,
});

export function outcomeView(
  episodes: readonly OutcomeEpisode[],
  groupBy: 'discipline' | 'therapist',
  settings: MeasurementSettings,
): { cells: OutcomeCell[]; totals: OutcomeCell[] } {
  const min = settings.outcomeView.minCellSize;
  const followed = episodes.filter((e): e is FollowedUp => e.latest !== null && e.latestOn !== null);
  const instruments = [...new Set(followed.map((e) => e.instrumentId))].sort();
  const cells: OutcomeCell[] = [];
  const totals: OutcomeCell[] = [];
  for (const instrumentId of instruments) {
    const rci = reliableChangeFor(INSTRUMENTS[instrumentId], settings);
    const mine = followed.filter((e) => e.instrumentId === instrumentId);
    const groups = [...new Set(mine.map((e) => (groupBy === 'discipline' ? e.discipline : e.therapistId)))].sort();
    let rows = groups.map((g) =>
      cell(
        g,
        instrumentId,
        mine.filter((e) => (groupBy === 'discipline' ? e.discipline : e.therapistId) === g),
        rci,
      ),
    );
    const small = (c: OutcomeCell) => (c.persons ?? 0) < min;
    const total = cell('all', instrumentId, mine, rci);
    const totalShown = !small(total);
    const suppressedCount = rows.filter(small).length;
    rows = rows.map((c) => (small(c) ? suppress(c) : c));
    if (totalShown && suppressedCount === 1) {
      // Complementary suppression: hide the smallest shown cell too.
      const next = rows.filter((c) => !c.suppressed).sort((a, b) => (a.persons ?? 0) - (b.persons ?? 0))[0];
      if (next) rows = rows.map((c) => (c === next ? suppress(c) : c));
    }
    cells.push(...rows);
    totals.push(totalShown ? total : suppress(total));
  }
  return { cells, totals };
}
