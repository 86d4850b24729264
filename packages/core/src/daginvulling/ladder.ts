import type { LadderRung } from './continuum.js';

/**
 * A position on the participation ladder at a date, with the person's own target. Moving up is never
 * forced: staying can be an ambitious goal, moving down is allowed (003 L1540-1544); skipping rungs is
 * allowed; growth within a rung (independence, level) is recorded as a step 1-5 (003 L1537-1551).
 */
export interface LadderPosition {
  date: string;
  rung: LadderRung;
  /** Growth within the rung, 1 (just arrived) to 5 (ready for more), in the spirit of the Participatiematrix. */
  withinRungStep: 1 | 2 | 3 | 4 | 5;
  targetRung: LadderRung;
  /** The person chooses to stay on this rung for now. */
  wantsToStay: boolean;
  note: string;
}

export type LadderMove =
  | { direction: 'up' | 'down'; from: LadderRung; to: LadderRung; skipped: LadderRung[] }
  | { direction: 'same_rung'; rung: LadderRung; withinRungChange: number };

export function describeLadderMove(previous: LadderPosition, next: LadderPosition): LadderMove {
  if (previous.rung === next.rung)
    return { direction: 'same_rung', rung: next.rung, withinRungChange: next.withinRungStep - previous.withinRungStep };
  const up = next.rung > previous.rung;
  const skipped: LadderRung[] = [];
  for (let r = Math.min(previous.rung, next.rung) + 1; r < Math.max(previous.rung, next.rung); r++) skipped.push(r as LadderRung);
  return { direction: up ? 'up' : 'down', from: previous.rung, to: next.rung, skipped };
}

/** The history in date order with each move described; any move is valid. */
export function ladderHistory(positions: readonly LadderPosition[]): { position: LadderPosition; move: LadderMove | null }[] {
  const sorted = [...positions].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.map((position, i) => ({
    position,
    move: i === 0 ? null : describeLadderMove(sorted[i - 1] as LadderPosition, position),
  }));
}

/** The rung the person is aiming for now: their current rung when they want to stay, else their target. */
export function wishedRung(position: Pick<LadderPosition, 'rung' | 'targetRung' | 'wantsToStay'>): LadderRung {
  return position.wantsToStay ? position.rung : position.targetRung;
}
