import { ageInYears } from '../people/age.js';

/**
 * Who decides about a treatment or diagnostic, by the client's age (WGBO, BW 7:450 and 7:465;
 * REFERENCE.md §13): under 12 the representative (parents with authority or guardian), from 12 up to
 * 16 both the young person and the representative, from 16 the person alone. The same for every
 * discipline — vaktherapie and ergotherapie alike.
 */
export type WgboDecider = 'representative' | 'both' | 'client';

/** BW 7:465 lid 1: under 12 the representative decides. */
export const WGBO_REPRESENTATIVE_DECIDES_BELOW = 12;
/** BW 7:450 lid 2 and 3: from 12 up to 16 both consent; from 16 the person alone. */
export const WGBO_CLIENT_ALONE_FROM = 16;

export function wgboDecider(birthDate: string, onDate: string): WgboDecider {
  const age = ageInYears(birthDate, onDate);
  if (age < WGBO_REPRESENTATIVE_DECIDES_BELOW) return 'representative';
  if (age < WGBO_CLIENT_ALONE_FROM) return 'both';
  return 'client';
}

/** Who took part in one decision: the client themself, and (which) representative if any. */
export interface WgboParties {
  client: boolean;
  representative: 'ouder' | 'wettelijk_vertegenwoordiger' | null;
}

/** What is missing or too much in a decision, by age; `null` when the right people decided. */
export type WgboShortfall = 'representative_must_decide' | 'both_must_agree' | 'client_decides_alone';

export function wgboShortfall(parties: WgboParties, birthDate: string, onDate: string): WgboShortfall | null {
  const decider = wgboDecider(birthDate, onDate);
  // BW 7:465 lid 1: under 12 the parents or guardian decide; the child's agreement alone is not enough.
  if (decider === 'representative') return parties.representative ? null : 'representative_must_decide';
  // BW 7:450 lid 2: from 12 up to 16 the young person and the parents both consent.
  if (decider === 'both') return parties.client && parties.representative ? null : 'both_must_agree';
  // BW 7:447 and 7:450 lid 1: from 16 the person decides; a parent no longer decides for them.
  // A curator or mentor (wettelijk vertegenwoordiger) still acts for a person who cannot decide (BW 7:465 lid 2-3).
  if (parties.representative === 'ouder' || (!parties.client && !parties.representative)) return 'client_decides_alone';
  return null;
}

/** Parties from the single "given by" of a record plus an optional second one (12-15: both). */
export function partiesOf(
  givenBy: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger',
  alsoGivenBy: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger' | null | undefined,
): WgboParties {
  const all = [givenBy, alsoGivenBy ?? null];
  const representative = all.find((p) => p === 'ouder' || p === 'wettelijk_vertegenwoordiger') ?? null;
  return { client: all.includes('client'), representative: representative as WgboParties['representative'] };
}
