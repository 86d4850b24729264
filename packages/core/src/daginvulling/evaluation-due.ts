import type { LadderRung } from './continuum.js';

/**
 * Day-activity evaluations (003 L1525-1535: content fit, level fit, participation stage and actions;
 * 000 L535-541: for long-term care residents, enjoyment, over-stimulation, behaviour towards others),
 * due at least half-yearly (DOMAIN.md §4.7) and when an indication ends.
 */
export interface DayEvaluation {
  date: string;
  contentFit: string;
  levelFit: string;
  participationStage: string;
  nextActions: string;
  /** Where the person stands on the participation ladder at this evaluation (REFERENCE.md §5), if assessed. */
  rung: LadderRung | null;
  longTermCare: { enjoys: string; overStimulated: string; behaviourTowardsOthers: string } | null;
}

export const DEFAULT_EVALUATION_MONTHS = 6;

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** When the next evaluation is due: half a year after the last one (or the start), or earlier when the indication ends. */
export function nextDayEvaluationDue(
  input: { startedOn: string; lastEvaluatedOn: string | null; indicationUntil: string | null },
  everyMonths = DEFAULT_EVALUATION_MONTHS,
): { due: string; reason: 'periodiek' | 'einde_indicatie' } {
  const periodic = addMonths(input.lastEvaluatedOn ?? input.startedOn, everyMonths);
  if (
    input.indicationUntil !== null &&
    input.indicationUntil < periodic &&
    (input.lastEvaluatedOn === null || input.lastEvaluatedOn < input.indicationUntil)
  ) {
    return { due: input.indicationUntil, reason: 'einde_indicatie' };
  }
  return { due: periodic, reason: 'periodiek' };
}
