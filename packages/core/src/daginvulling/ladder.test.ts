import { describe, expect, it } from 'vitest';
import { describeLadderMove, ladderHistory, wishedRung, type LadderPosition } from './ladder.js';

const at = (
  date: string,
  rung: LadderPosition['rung'],
  withinRungStep: LadderPosition['withinRungStep'] = 1,
): LadderPosition => ({
  date,
  rung,
  withinRungStep,
  targetRung: 5,
  wantsToStay: false,
  note: '',
});

describe('participation ladder (REFERENCE.md §5; 003 L1537-1551)', () => {
  it('moves up, and names the rungs skipped', () => {
    expect(describeLadderMove(at('2026-01-01', 2), at('2026-06-01', 3))).toEqual({
      direction: 'up',
      from: 2,
      to: 3,
      skipped: [],
    });
    expect(describeLadderMove(at('2026-01-01', 2), at('2026-06-01', 5))).toEqual({
      direction: 'up',
      from: 2,
      to: 5,
      skipped: [3, 4],
    });
  });
  it('moves down, which is allowed', () => {
    expect(describeLadderMove(at('2026-01-01', 4), at('2026-06-01', 2))).toEqual({
      direction: 'down',
      from: 4,
      to: 2,
      skipped: [3],
    });
  });
  it('records growth within a rung', () => {
    expect(describeLadderMove(at('2026-01-01', 3, 2), at('2026-06-01', 3, 4))).toEqual({
      direction: 'same_rung',
      rung: 3,
      withinRungChange: 2,
    });
  });
  it('orders the history by date and describes every move', () => {
    const history = ladderHistory([at('2026-06-01', 4), at('2026-01-01', 3), at('2026-09-01', 3)]);
    expect(history.map((h) => h.move?.direction ?? null)).toEqual([null, 'up', 'down']);
  });
  it('aims at the target, or at the current rung for someone who wants to stay (003 L1540-1544)', () => {
    expect(wishedRung({ rung: 3, targetRung: 5, wantsToStay: false })).toBe(5);
    expect(wishedRung({ rung: 3, targetRung: 5, wantsToStay: true })).toBe(3);
  });
});
