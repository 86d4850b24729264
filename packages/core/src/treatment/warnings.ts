import type { Trajectory } from './trajectory-types.js';

/** Good practice missed: shown on the trajectory, never blocking (DOMAIN.md §3.4). */
export interface TrajectoryWarning {
  code: 'no_intake' | 'evaluation_overdue' | 'session_length_unusual' | 'session_count_unusual' | 'no_outcome_measure';
  source: string;
  /** What it concerns: a session id or a date. */
  subject: string | null;
}

/** Usual ranges, as information only (001 L1676-1700); configurable by the caller. */
export interface UsualRanges {
  individualMinutes: [number, number];
  groupMinutes: [number, number];
  sessions: [number, number];
}
export const USUAL_RANGES: UsualRanges = { individualMinutes: [45, 60], groupMinutes: [60, 90], sessions: [6, 24] };

const TREATING: readonly Trajectory['state'][] = ['in_behandeling', 'evaluatie'];

/**
 * `measuredSessions`: sessions with a recorded ORS/SRS administration (issue 13), which replace the session's
 * old "outcome measured" tick.
 */
export function trajectoryWarnings(
  t: Trajectory,
  today: string,
  ranges: UsualRanges = USUAL_RANGES,
  measuredSessions: ReadonlySet<string> = new Set(),
): TrajectoryWarning[] {
  const warnings: TrajectoryWarning[] = [];
  const vaktherapie = t.referral.discipline !== 'ergotherapie';
  // 001 L1585: every trajectory ideally starts with a discipline-specific intake.
  if (t.acceptance && !t.intakeDate) warnings.push({ code: 'no_intake', source: '001 L1585', subject: null });
  // 001 L1896-1903: evaluate at the agreed moments.
  if (TREATING.includes(t.state) && t.nextEvaluationDate && t.nextEvaluationDate < today) {
    warnings.push({ code: 'evaluation_overdue', source: '001 L1896-1903', subject: t.nextEvaluationDate });
  }
  if (vaktherapie) {
    // 001 L1676-1700: individual 45-60 minutes, group 60-90 minutes, as information.
    for (const s of t.sessions) {
      const [min, max] = s.form === 'groep' ? ranges.groupMinutes : ranges.individualMinutes;
      if (s.directMinutes < min || s.directMinutes > max)
        warnings.push({ code: 'session_length_unusual', source: '001 L1676-1700', subject: s.id });
    }
    if (t.sessions.length > ranges.sessions[1])
      warnings.push({ code: 'session_count_unusual', source: '001 L1676-1700', subject: String(t.sessions.length) });
  }
  // 001 L3698-3765: ORS at the start and SRS at the end of each session; WAV early and at the end.
  if (
    TREATING.includes(t.state) &&
    t.sessions.length > 0 &&
    !t.sessions.some((s) => s.outcomeMeasured || measuredSessions.has(s.id))
  ) {
    warnings.push({ code: 'no_outcome_measure', source: '001 L3698-3765', subject: null });
  }
  return warnings;
}
