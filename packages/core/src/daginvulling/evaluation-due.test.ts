import { describe, expect, it } from 'vitest';
import { nextDayEvaluationDue } from './evaluation-due.js';

describe('day-activity evaluation due dates (DOMAIN.md §4.7)', () => {
  it('is half a year after the start or the last evaluation', () => {
    expect(nextDayEvaluationDue({ startedOn: '2026-05-01', lastEvaluatedOn: null, indicationUntil: null })).toEqual({
      due: '2026-11-01',
      reason: 'periodiek',
    });
    expect(nextDayEvaluationDue({ startedOn: '2026-05-01', lastEvaluatedOn: '2026-11-03', indicationUntil: null })).toEqual({
      due: '2027-05-03',
      reason: 'periodiek',
    });
  });
  it('comes earlier when the indication ends first', () => {
    expect(nextDayEvaluationDue({ startedOn: '2026-05-01', lastEvaluatedOn: null, indicationUntil: '2026-08-31' })).toEqual({
      due: '2026-08-31',
      reason: 'einde_indicatie',
    });
  });
});
