import { describe, expect, it } from 'vitest';
import { partiesOf, wgboDecider, wgboShortfall } from './wgbo-ages.js';

const TODAY = '2026-11-22';

describe('WGBO ages (BW 7:450, 7:465; REFERENCE.md §13)', () => {
  it('under 12 the representative, 12 up to 16 both, from 16 the client — on the birthday itself', () => {
    expect(wgboDecider('2014-11-23', TODAY)).toBe('representative');
    expect(wgboDecider('2014-11-22', TODAY)).toBe('both');
    expect(wgboDecider('2010-11-23', TODAY)).toBe('both');
    expect(wgboDecider('2010-11-22', TODAY)).toBe('client');
  });

  it('names what is missing', () => {
    expect(wgboShortfall(partiesOf('client', null), '2017-04-09', TODAY)).toBe('representative_must_decide');
    expect(wgboShortfall(partiesOf('ouder', 'client'), '2017-04-09', TODAY)).toBeNull();
    expect(wgboShortfall(partiesOf('ouder', null), '2012-01-01', TODAY)).toBe('both_must_agree');
    expect(wgboShortfall(partiesOf('client', 'wettelijk_vertegenwoordiger'), '2012-01-01', TODAY)).toBeNull();
    expect(wgboShortfall(partiesOf('ouder', null), '2000-01-01', TODAY)).toBe('client_decides_alone');
    expect(wgboShortfall(partiesOf('client', 'ouder'), '2000-01-01', TODAY)).toBe('client_decides_alone');
    expect(wgboShortfall(partiesOf('wettelijk_vertegenwoordiger', null), '2000-01-01', TODAY)).toBeNull();
  });
});
