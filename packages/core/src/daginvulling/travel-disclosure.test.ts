import { describe, expect, it } from 'vitest';
import { mayKnowHomeLocation, presentTravel, travelBand } from './travel-disclosure.js';

const result = {
  ranked: [
    {
      offerId: 'a',
      travelMinutes: 23,
      reasons: [
        {
          code: 'why_not_higher',
          nl: 'Viel af: de reistijd is ongeveer 74 minuten; u wilt maximaal 60 minuten reizen',
          en: 'Travel takes about 74 minutes; the maximum is 60.',
        },
      ],
    },
    { offerId: 'b', travelMinutes: null, reasons: [] },
  ],
  excluded: [
    {
      offerId: 'c',
      reasons: [
        {
          code: 'travel_too_long',
          nl: 'De reistijd is ongeveer 74 minuten; u wilt maximaal 60 minuten reizen.',
          en: 'Travel takes about 74 minutes; the maximum is 60.',
        },
      ],
    },
  ],
};

describe('travel times reveal the home address only to those who may know it', () => {
  it('bands are half-open: [0,15), [15,30), [30,60), 60+', () => {
    expect([0, 14, 15, 29, 30, 59, 60, 200].map(travelBand)).toEqual([
      '<15',
      '<15',
      '15-30',
      '15-30',
      '30-60',
      '30-60',
      '60+',
      '60+',
    ]);
  });

  it('the person, their representative and the care team know the address; consent, organisation and break-glass do not', () => {
    expect((['self', 'representative', 'care_team'] as const).every(mayKnowHomeLocation)).toBe(true);
    expect((['consent', 'organisation', 'break_glass'] as const).some(mayKnowHomeLocation)).toBe(false);
  });

  it('exact: minutes stay, each offer gets its band too', () => {
    const shown = presentTravel(result, true, 60);
    expect(shown.ranked.map((m) => [m.travelMinutes, m.travelBand])).toEqual([
      [23, '15-30'],
      [null, null],
    ]);
    expect(shown.excluded).toEqual(result.excluded);
  });

  it('coarse: no minutes in numbers or in words; the person’s own maximum stays', () => {
    const shown = presentTravel(result, false, 60);
    expect(shown.ranked.map((m) => [m.travelMinutes, m.travelBand])).toEqual([
      [null, '15-30'],
      [null, null],
    ]);
    expect(shown.excluded[0]?.reasons[0]?.nl).toBe('De reistijd is meer dan een uur; u wilt maximaal 60 minuten reizen.');
    expect(shown.excluded[0]?.reasons[0]?.en).toBe('Travel takes more than an hour; the maximum is 60.');
    expect(JSON.stringify(shown)).not.toMatch(/\b74\b/);
    expect(shown.ranked[0]?.reasons[0]?.nl).toContain('meer dan een uur');
  });
});
