import type { AccessBasis } from '../access/decide-access.js';
import type { Reason } from './matching.js';

/**
 * Travel times are computed from the person's home. Exact minutes to several offers let anyone
 * triangulate where someone lives, so only those who may know the home address see them: the person,
 * their representative and their care team. Everyone else sees a coarse band.
 */
export const TRAVEL_BANDS = ['<15', '15-30', '30-60', '60+'] as const;
export type TravelBand = (typeof TRAVEL_BANDS)[number];

export function mayKnowHomeLocation(basis: AccessBasis): boolean {
  return basis === 'self' || basis === 'representative' || basis === 'care_team';
}

/** Half-open bands: [0, 15), [15, 30), [30, 60), 60 and more. */
export function travelBand(minutes: number): TravelBand {
  if (minutes < 15) return '<15';
  if (minutes < 30) return '15-30';
  if (minutes < 60) return '30-60';
  return '60+';
}

const BAND_WORDS: Record<TravelBand, { nl: string; en: string }> = {
  '<15': { nl: 'minder dan een kwartier', en: 'less than a quarter of an hour' },
  '15-30': { nl: 'tussen een kwartier en een half uur', en: 'between a quarter of an hour and half an hour' },
  '30-60': { nl: 'tussen een half uur en een uur', en: 'between half an hour and an hour' },
  '60+': { nl: 'meer dan een uur', en: 'more than an hour' },
};

const MINUTES_IN_TEXT = /(ongeveer |about )?\b(\d+)\s?(minuten|minutes|min)\b/g;

/** A reason's words with every travel time in minutes replaced by its band; the person's own maximum stays. */
function coarsenReason(reason: Reason, keepMinutes: number | null): Reason {
  const words = (text: string, lang: 'nl' | 'en') =>
    text.replace(MINUTES_IN_TEXT, (whole: string, about: string | undefined, digits: string) =>
      !about && Number(digits) === keepMinutes ? whole : BAND_WORDS[travelBand(Number(digits))][lang],
    );
  return { ...reason, nl: words(reason.nl, 'nl'), en: words(reason.en, 'en') };
}

/** Every ranked offer gets its band; for someone who may not know the address the minutes go, in numbers and in words. */
export function presentTravel<
  R extends { travelMinutes: number | null; reasons: readonly Reason[] },
  E extends { reasons: readonly Reason[] },
>(
  result: { ranked: readonly R[]; excluded: readonly E[] },
  exact: boolean,
  personMaxMinutes: number | null,
): { ranked: (R & { travelBand: TravelBand | null })[]; excluded: E[] } {
  const band = (minutes: number | null) => (minutes === null ? null : travelBand(minutes));
  if (exact)
    return { ranked: result.ranked.map((m) => ({ ...m, travelBand: band(m.travelMinutes) })), excluded: [...result.excluded] };
  const coarse = (reasons: readonly Reason[]) => reasons.map((r) => coarsenReason(r, personMaxMinutes));
  return {
    ranked: result.ranked.map((m) => ({
      ...m,
      travelMinutes: null,
      travelBand: band(m.travelMinutes),
      reasons: coarse(m.reasons),
    })),
    excluded: result.excluded.map((e) => ({ ...e, reasons: coarse(e.reasons) })),
  };
}
