import { describe, expect, it } from 'vitest';
import { checkCorrectionRequest } from './correction.js';

describe('asking for a credit + new line for a sent line', () => {
  it('is allowed for a debet line the receiver accepted', () => {
    expect(checkCorrectionRequest({ direction: 'D', runStatus: 'answered', outcome: 'accepted' })).toEqual([]);
  });

  it.each([
    ['a draft line (discard the run and build again)', { direction: 'D', runStatus: 'draft', outcome: null }],
    ['a line of a discarded run', { direction: 'D', runStatus: 'discarded', outcome: null }],
    ['a sent line not yet answered', { direction: 'D', runStatus: 'sent', outcome: null }],
    ['a rejected line (it reopens instead)', { direction: 'D', runStatus: 'answered', outcome: 'rejected' }],
    ['a credit line', { direction: 'C', runStatus: 'answered', outcome: 'accepted' }],
  ] as const)('is refused for %s with financing.credit_without_debet', (_name, target) => {
    expect(checkCorrectionRequest(target).map((v) => [v.code, v.path])).toEqual([['financing.credit_without_debet', '/lineId']]);
  });
});
