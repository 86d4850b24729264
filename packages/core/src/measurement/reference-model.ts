import { violation, type RuleViolation } from '../rules/rule-violation.js';
import type { InstrumentId } from './instrument-types.js';
import { roundTo } from './scoring.js';
import type { MeasurementSettings } from './settings.js';

/**
 * Expected treatment response as the organisation's OWN reference model. REFERENCE.md §1.3: no public ETR
 * formula exists and vendor curves are proprietary — "do not hard-code a curve; license one or fit your
 * own". This fits one from the organisation's past series of the same instrument: persons are grouped by
 * their intake score band, and for each session k the lower and upper percentile (default 25th-75th) of the
 * scores at session k form the expected range. Too few persons → no range ("insufficient reference data").
 */

/** One person's series (one trajectory): total scores by session number, session 1 = intake. */
export interface ReferenceSeries {
  seriesId: string;
  points: readonly { session: number; score: number }[];
}

/**
 * An intake band: scores above the previous band's bound and up to `upTo` (inclusive or not); the last
 * band has `upTo: null`.
 */
export interface IntakeBand {
  id: string;
  upTo: number | null;
  inclusive: boolean;
}

/**
 * Default ORS intake bands after the Dutch CDOI manual (Crouzen 2010, REFERENCE.md §1.2, medium): "zeer laag"
 * < 12, 13-25 below the cut-off, > 25 above it. Where 12 falls is unclear there; it goes to the middle band
 * here. Configurable.
 */
export const ORS_INTAKE_BANDS: readonly IntakeBand[] = [
  { id: 'very_low', upTo: 12, inclusive: false },
  { id: 'clinical', upTo: 25, inclusive: true },
  { id: 'non_clinical', upTo: null, inclusive: false },
];

export interface ReferenceModelOptions {
  bands: readonly IntakeBand[];
  minPersons: number;
  lowerPercentile: number;
  upperPercentile: number;
}

/** The model options that follow the organisation's settings (off-track percentiles, minimum persons). */
export function referenceOptions(
  settings: MeasurementSettings,
  bands: readonly IntakeBand[] = ORS_INTAKE_BANDS,
): ReferenceModelOptions {
  return {
    bands,
    minPersons: settings.reference.minPersons,
    lowerPercentile: settings.offTrack.lowerPercentile,
    upperPercentile: settings.offTrack.upperPercentile,
  };
}

export interface SessionRange {
  session: number;
  persons: number;
  lower: number;
  median: number;
  upper: number;
}

export interface BandModel {
  band: IntakeBand;
  /** Persons whose intake falls in this band. */
  persons: number;
  /** Sessions with at least `minPersons` scores; none when the band itself has too few persons. */
  sessions: SessionRange[];
}

export interface ReferenceModel {
  instrumentId: InstrumentId;
  options: ReferenceModelOptions;
  bands: BandModel[];
}

/** Linear interpolation between order statistics (Hyndman & Fan type 7; R's and NumPy's default). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of nothing');
  const h = (sorted.length - 1) * (p / 100);
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

export function bandOf(bands: readonly IntakeBand[], score: number): IntakeBand | null {
  return bands.find((b) => b.upTo === null || score < b.upTo || (b.inclusive && score === b.upTo)) ?? null;
}

export function validateReferenceOptions(o: ReferenceModelOptions): RuleViolation[] {
  const out: RuleViolation[] = [];
  const bad = (path: string) => out.push(violation('measurement.settings_invalid', path, 'REFERENCE.md §1.3'));
  if (!Number.isInteger(o.minPersons) || o.minPersons < 1) bad('/minPersons');
  if (!(o.lowerPercentile > 0 && o.lowerPercentile < o.upperPercentile && o.upperPercentile < 100)) bad('/lowerPercentile');
  if (o.bands.length === 0 || o.bands.at(-1)?.upTo !== null) bad('/bands');
  o.bands.forEach((b, i) => {
    const prev = i > 0 ? o.bands[i - 1]?.upTo : null;
    if (!b.id.trim() || (i < o.bands.length - 1 && b.upTo === null) || (b.upTo !== null && prev != null && b.upTo <= prev))
      bad(`/bands/${i}`);
  });
  return out;
}

/** Fit the reference model. Series without a session-1 score have no intake band and are left out. */
export function fitReferenceModel(
  instrumentId: InstrumentId,
  series: readonly ReferenceSeries[],
  options: ReferenceModelOptions,
): ReferenceModel {
  const problems = validateReferenceOptions(options);
  if (problems.length > 0) throw new RangeError(`invalid reference options: ${problems.map((p) => p.path).join(', ')}`);
  const bands = options.bands.map((band) => {
    const members = series.filter((s) => {
      const intake = s.points.find((p) => p.session === 1);
      return intake !== undefined && bandOf(options.bands, intake.score)?.id === band.id;
    });
    if (members.length < options.minPersons) return { band, persons: members.length, sessions: [] };
    const bySession = new Map<number, number[]>();
    for (const member of members) {
      // One score per person per session: the last one recorded for that session.
      const perSession = new Map(member.points.map((p) => [p.session, p.score]));
      for (const [session, score] of perSession) bySession.set(session, [...(bySession.get(session) ?? []), score]);
    }
    const sessions = [...bySession.entries()]
      .filter(([, scores]) => scores.length >= options.minPersons)
      .sort(([a], [b]) => a - b)
      .map(([session, scores]) => {
        const sorted = [...scores].sort((a, b) => a - b);
        return {
          session,
          persons: scores.length,
          lower: roundTo(percentile(sorted, options.lowerPercentile), 2),
          median: roundTo(percentile(sorted, 50), 2),
          upper: roundTo(percentile(sorted, options.upperPercentile), 2),
        };
      });
    return { band, persons: members.length, sessions };
  });
  return { instrumentId, options, bands };
}

export type ExpectedRange =
  | ({ status: 'ok'; band: string } & SessionRange)
  /** `persons`: how many reference persons the band has (0 when the intake fits no band). */
  | { status: 'insufficient_reference_data'; band: string | null; persons: number };

/** The expected range at a session for a person with this intake score. */
export function expectedRange(model: ReferenceModel, intakeScore: number, session: number): ExpectedRange {
  const band = bandOf(model.options.bands, intakeScore);
  const fitted = band ? model.bands.find((b) => b.band.id === band.id) : undefined;
  if (!band || !fitted) return { status: 'insufficient_reference_data', band: band?.id ?? null, persons: 0 };
  const range = fitted.sessions.find((s) => s.session === session);
  if (!range) return { status: 'insufficient_reference_data', band: band.id, persons: fitted.persons };
  return { status: 'ok', band: band.id, ...range };
}
