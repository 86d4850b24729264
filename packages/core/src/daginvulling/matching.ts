import {
  GROWTH_ROLES,
  LADDER_RUNG_NAMES,
  provisionKind,
  rungOf,
  type ContinuumForm,
  type GrowthRole,
  type LadderRung,
  type ProvisionKind,
} from './continuum.js';
import { wishedRung } from './ladder.js';
import { euro, KIND_TEXT, reason, ROLE_TEXT, RUNG_EN, rungReason, unmetNeeds, type Reason } from './matching-reasons.js';

export { GROWTH_ROLES, type GrowthRole } from './continuum.js';
export type { Reason } from './matching-reasons.js';

export const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const ACCESS_ROUTES = ['geen', 'wmo_maatwerk', 'wlz', 'participatiewet', 'zvw'] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];
export const LEVELS = ['ongeschoold', 'vmbo', 'mbo', 'hbo', 'wo'] as const;
export type Level = (typeof LEVELS)[number];

export interface TimeSlot {
  day: Weekday;
  from: string; // HH:MM, zero-padded (as the server's schemas require): compared as text
  to: string;
}

export interface Place {
  lat: number;
  lon: number;
}

/** What matching needs to know of an offer (the sociale kaart entry, DOMAIN.md §4.3). */
export interface MatchableOffer {
  id: string;
  name: string;
  form: ContinuumForm;
  access: AccessRoute;
  location: Place | null; // null: online
  schedule: TimeSlot[];
  wheelchairAccessible: boolean;
  lowStimulus: boolean;
  smallScale: boolean;
  costPerMonth: number; // euro, eigen bijdrage
  interests: string[];
  learn: string[];
  level: Level;
  roles: GrowthRole[];
  socialSafety: { contactPerson: boolean; buddy: boolean; houseRules: boolean };
  stale: boolean;
}

/** What matching needs to know of the person, mostly from their participation plan. */
export interface MatchingPerson {
  home: Place;
  /** Travel from here instead of home, if the person chose a place. */
  chosenPlace: Place | null;
  maxTravelMinutes: number;
  availability: TimeSlot[];
  needsWheelchairAccess: boolean;
  wantsLowStimulus: boolean;
  wantsSmallScale: boolean;
  costCeilingPerMonth: number | null;
  /** Access the person has, or can get (e.g. a Wmo indication that can be applied for). */
  access: AccessRoute[];
  interests: string[];
  talents: string[];
  level: Level;
  rolesToGrowInto: GrowthRole[];
  wantsSocialSafety: boolean;
  currentRung: LadderRung;
  targetRung: LadderRung;
  wantsToStay: boolean;
}

export interface MatchingContext {
  /** Door-to-door speed for estimating travel time from distance (public transport or bike): an assumption, so a parameter. */
  travelKmPerHour: number;
}
export const DEFAULT_MATCHING_CONTEXT: MatchingContext = { travelKmPerHour: 15 };

export interface RankedOffer {
  offerId: string;
  name: string;
  form: ContinuumForm;
  kind: ProvisionKind;
  /** What the person would do there; the rung follows from it, not from the form alone. */
  role: GrowthRole;
  rung: LadderRung;
  travelMinutes: number | null;
  /**
   * The order of consideration, lowest first: 0-5 a place without indication at the wished rung (0) or 1-5
   * rungs below it; 10-15 maatwerk; 20-35 the same for a busy place when the person asked for a quiet,
   * low-stimulus one (named in the reasons); 41-45 above the wished rung.
   */
  tier: number;
  score: number;
  reasons: Reason[];
}

export interface Excluded {
  offerId: string;
  name: string;
  role: GrowthRole;
  rung: LadderRung;
  /** Shared with the other offers excluded for the same reasons: read-only. */
  reasons: readonly Reason[];
}

const KIND_BONUS: Record<ProvisionKind, number> = { gewone_samenleving: 15, algemene_voorziening: 10, maatwerk: 0 };
/** What an unmet preference (quiet, small-scale, a contact person) costs in the score, besides being named. */
const UNMET_PENALTY = 10;
export function travelMinutes(from: Place, to: Place, ctx: MatchingContext): number {
  // Haversine distance, times a detour factor of 1.3 for real routes (an assumption).
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(to.lat - from.lat);
  const dLon = rad(to.lon - from.lon);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(from.lat)) * Math.cos(rad(to.lat)) * Math.sin(dLon / 2) ** 2;
  const km = 2 * 6371 * Math.asin(Math.sqrt(a)) * 1.3;
  return Math.round((km / ctx.travelKmPerHour) * 60);
}

function fitsAvailability(offer: TimeSlot[], person: TimeSlot[]): boolean {
  // Zero-padded HH:MM compares as text in time order, so no time is parsed (this runs for every offer of a ranking).
  return offer.some((slot) => person.some((free) => free.day === slot.day && free.from <= slot.from && free.to >= slot.to));
}

// Why an offer is excluded, as bits: the hard filters in the order their reasons are listed.
const TRAVEL = 1;
const TIME = 2;
const WHEELCHAIR = 4;
const COST = 8;
const ACCESS = 16;

/**
 * The lists of exclusion reasons of one ranking: one frozen list per combination of failed filters (and amount, for
 * the cost), shared by every offer it excludes (issue 16: thousands of offers per ranking; an object or list each
 * made the garbage collector most of the work, and more of it the larger the heap).
 */
function exclusionLists(person: MatchingPerson): (failed: number, costPerMonth: number) => readonly Reason[] {
  // 003 L1273-1276, L1303-1304: travel time and cost weigh against what the place offers. The reason
  // names the person's maximum, not the travel time itself: minutes to several places reveal the home.
  const travelTooLong = Object.freeze(
    reason(
      'travel_too_long',
      `De reistijd is langer dan de ${person.maxTravelMinutes} minuten die u wilt reizen.`,
      `Travel takes longer than the person's maximum of ${person.maxTravelMinutes} minutes.`,
    ),
  );
  const ceiling = person.costCeilingPerMonth ?? 0;
  const tooExpensive = (cost: number) =>
    Object.freeze(
      reason(
        'too_expensive',
        `De eigen bijdrage (${euro(cost, 'nl')} per maand) is hoger dan de ${euro(ceiling, 'nl')} die u wilt betalen.`,
        `The own contribution (${euro(cost, 'en')} a month) is above the person's ceiling of ${euro(ceiling, 'en')}.`,
      ),
    );
  const made = (failed: number, cost: number): readonly Reason[] => {
    const list: Reason[] = [];
    if (failed & TRAVEL) list.push(travelTooLong);
    if (failed & TIME) list.push(NO_MATCHING_TIME);
    if (failed & WHEELCHAIR) list.push(NOT_WHEELCHAIR_ACCESSIBLE);
    if (failed & COST) list.push(tooExpensive(cost));
    if (failed & ACCESS) list.push(NO_ACCESS);
    return Object.freeze(list);
  };
  const withoutCost: (readonly Reason[] | undefined)[] = [];
  const byCost = new Map<number, (readonly Reason[] | undefined)[]>();
  return (failed, cost) => {
    let lists = withoutCost;
    if (failed & COST) {
      let forCost = byCost.get(cost);
      if (forCost === undefined) byCost.set(cost, (forCost = []));
      lists = forCost;
    }
    return (lists[failed] ??= made(failed, cost));
  };
}

const NO_MATCHING_TIME: Reason = Object.freeze(
  reason(
    'no_matching_time',
    'Het aanbod is niet op de dagen en tijden waarop u kunt.',
    'Not on the days and hours the person is available.',
  ),
);
const NOT_WHEELCHAIR_ACCESSIBLE: Reason = Object.freeze(
  reason('not_wheelchair_accessible', 'De plek is niet rolstoeltoegankelijk.', 'Not wheelchair accessible.'),
);
const NO_ACCESS: Reason = Object.freeze(
  reason(
    'no_access',
    'Hiervoor is een indicatie of toegang nodig die u niet heeft en niet kunt krijgen.',
    'Needs an access route the person does not have or cannot get.',
  ),
);

/** The hard filters the offer fails for the person, as bits (0: it passes every one). */
function failedFilters(person: MatchingPerson, offer: MatchableOffer, travel: number | null): number {
  let failed = 0;
  if (travel !== null && travel > person.maxTravelMinutes) failed |= TRAVEL;
  if (!fitsAvailability(offer.schedule, person.availability)) failed |= TIME;
  if (person.needsWheelchairAccess && !offer.wheelchairAccessible) failed |= WHEELCHAIR;
  // 003 L1313-1317, L1358-1359: own contributions stack up; the person's ceiling is respected.
  if (person.costCeilingPerMonth !== null && offer.costPerMonth > person.costCeilingPerMonth) failed |= COST;
  if (offer.access !== 'geen' && !person.access.includes(offer.access)) failed |= ACCESS;
  return failed;
}

function overlap(a: readonly string[], b: readonly string[]): string[] {
  const lower = new Set(b.map((x) => x.toLowerCase()));
  return a.filter((x) => lower.has(x.toLowerCase()));
}

function softScore(person: MatchingPerson, offer: MatchableOffer): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  let score = 0;
  const interests = overlap(offer.interests, [...person.interests, ...person.talents]);
  if (interests.length > 0) {
    score += Math.min(30, interests.length * 12);
    reasons.push(
      reason(
        'interests',
        `Past bij wat u graag doet: ${interests.join(', ')}.`,
        `Fits interests and talents: ${interests.join(', ')}.`,
      ),
    );
  }
  const levelGap = Math.abs(LEVELS_INDEX[offer.level] - LEVELS_INDEX[person.level]);
  score += levelGap === 0 ? 15 : levelGap === 1 ? 8 : 0;
  if (levelGap === 0) reasons.push(reason('level', 'Het niveau past bij u.', 'The level fits.'));
  const roles = offer.roles.filter((role) => person.rolesToGrowInto.includes(role));
  if (roles.length > 0) {
    score += 10;
    reasons.push(
      reason('roles', `U kunt hier doorgroeien naar: ${roles.join(', ')}.`, `Room to grow into: ${roles.join(', ')}.`),
    );
  }
  if (person.wantsSocialSafety) {
    const safety = [
      offer.socialSafety.contactPerson && 'een vast aanspreekpunt',
      offer.socialSafety.buddy && 'een maatje',
    ].filter(Boolean) as string[];
    if (safety.length > 0) {
      score += 10;
      reasons.push(reason('social_safety', `Er is ${safety.join(' en ')}.`, 'A steady contact person or buddy.'));
    }
  }
  if (person.wantsLowStimulus && offer.lowStimulus) {
    score += 8;
    reasons.push(reason('low_stimulus', 'Een rustige, prikkelarme plek.', 'A quiet, low-stimulus setting.'));
  }
  if (person.wantsSmallScale && offer.smallScale) {
    score += 7;
    reasons.push(reason('small_scale', 'Kleinschalig: een kleine groep.', 'Small-scale.'));
  }
  return { score, reasons };
}

/** The same order as `localeCompare(…, 'nl')`, with the collator made once rather than at every comparison. */
const DUTCH = new Intl.Collator('nl');

const LEVELS_INDEX: Record<Level, number> = { ongeschoold: 0, vmbo: 1, mbo: 2, hbo: 3, wo: 4 };

/**
 * What the person would do at an offer, and so the rung it means for them: the role that brings them to
 * the rung they wish, else the nearest rung below it, else the lowest above it. Without listed roles one
 * takes part as a participant.
 */
export function roleAt(
  offer: Pick<MatchableOffer, 'form' | 'roles'>,
  wished: LadderRung,
): { role: GrowthRole; rung: LadderRung } {
  // One pass in GROWTH_ROLES order without arrays: it runs for every offer of every ranking (issue 16). Among equal
  // rungs the first role in that order is kept.
  const roles = offer.roles.length > 0 ? GROWTH_ROLES : PARTICIPANT_ONLY;
  let belowRole: GrowthRole | null = null;
  let belowRung = 0;
  let aboveRole: GrowthRole | null = null;
  let aboveRung = 0;
  for (const role of roles) {
    if (roles === GROWTH_ROLES && !offer.roles.includes(role)) continue;
    const rung = rungOf(offer.form, role);
    if (rung <= wished) {
      if (belowRole === null || rung > belowRung) {
        belowRole = role;
        belowRung = rung;
      }
    } else if (aboveRole === null || rung < aboveRung) {
      aboveRole = role;
      aboveRung = rung;
    }
  }
  return belowRole !== null
    ? { role: belowRole, rung: belowRung as LadderRung }
    : { role: aboveRole as GrowthRole, rung: aboveRung as LadderRung };
}
const PARTICIPANT_ONLY = ['deelnemer'] as const;

/**
 * Rank offers for a person, explainably (DOMAIN.md §4.5; 003 L3152-3168 what makes a place fit):
 * 1. hard filters: travel time, days and hours, wheelchair access, cost ceiling, access route;
 * 2. the rung an offer means follows from what the person would do there (`roleAt`); an offer above the
 *    rung the person wishes comes last — nobody is pushed up, staying can be an ambitious goal (003 L1540-1544);
 * 3. a quiet, low-stimulus place for someone who needs one (an adjustment, 003 L1103-1104) comes before a
 *    busy one; every preference an offer does not meet (quiet, small, a contact person) is named, never silent;
 * 4. ordinary society and general provisions before maatwerk when both fit: a separate provision only if
 *    and as long as needed (003 L14-15, L894-900, L2093-2096, L5143-5146);
 * 5. then the wished rung before lower ones — aim as high as the person wants (003 L835-840) — and the fit
 *    (interests and talents, level, roles, social safety, small-scale, low-stimulus, minus what is not met),
 *    ordinary society first among equals.
 * Every result says why, including why a higher option was not chosen.
 */
export function rankOffers(
  person: MatchingPerson,
  offers: readonly MatchableOffer[],
  ctx: MatchingContext = DEFAULT_MATCHING_CONTEXT,
): { ranked: RankedOffer[]; excluded: Excluded[] } {
  const wished = wishedRung({ rung: person.currentRung, targetRung: person.targetRung, wantsToStay: person.wantsToStay });
  const staying = wished === person.currentRung;
  const ranked: RankedOffer[] = [];
  const excluded: Excluded[] = [];
  const exclusionReasons = exclusionLists(person);
  const origin = person.chosenPlace ?? person.home;
  for (const offer of offers) {
    const { role, rung } = roleAt(offer, wished);
    const travel = offer.location ? travelMinutes(origin, offer.location, ctx) : null;
    const failed = failedFilters(person, offer, travel);
    if (failed !== 0) {
      excluded.push({ offerId: offer.id, name: offer.name, role, rung, reasons: exclusionReasons(failed, offer.costPerMonth) });
      continue;
    }
    const kind = provisionKind(offer.form, offer.access === 'geen');
    const soft = softScore(person, offer);
    const unmet = unmetNeeds(person, offer);
    const reasons: Reason[] = [
      reason('kind', `Dit is ${KIND_TEXT[kind].nl}.`, `This is ${KIND_TEXT[kind].en}.`),
      reason(
        'role',
        `U doet hier mee als ${ROLE_TEXT[role].nl}: trede ${rung}, ${LADDER_RUNG_NAMES[rung]}.`,
        `Taking part as ${ROLE_TEXT[role].en}: rung ${rung}, ${RUNG_EN[rung]}.`,
      ),
      rungReason(rung, wished, staying),
      ...unmet,
    ];
    const tooBusy = unmet.some((r) => r.code === 'not_low_stimulus');
    const tier = rung > wished ? 40 + (rung - wished) : (tooBusy ? 20 : 0) + (kind === 'maatwerk' ? 10 : 0) + (wished - rung);
    if (offer.costPerMonth > 0) {
      const ceiling = person.costCeilingPerMonth;
      reasons.push(
        reason(
          'cost',
          `Eigen bijdrage: ${euro(offer.costPerMonth, 'nl')} per maand${ceiling === null ? '' : ` (uw grens is ${euro(ceiling, 'nl')})`}.`,
          `Own contribution: ${euro(offer.costPerMonth, 'en')} a month${ceiling === null ? '' : ` (the ceiling is ${euro(ceiling, 'en')})`}.`,
        ),
      );
    }
    if (offer.stale)
      reasons.push(reason('stale', 'Let op: deze informatie is al lang niet bevestigd.', 'Entry not confirmed recently.'));
    if (offer.learn.length > 0)
      reasons.push(reason('learn', `U kunt hier leren: ${offer.learn.join(', ')}.`, `Can learn: ${offer.learn.join(', ')}.`));
    ranked.push({
      offerId: offer.id,
      name: offer.name,
      form: offer.form,
      kind,
      role,
      rung,
      travelMinutes: travel,
      score: soft.score + KIND_BONUS[kind] - UNMET_PENALTY * unmet.length,
      reasons: [...reasons, ...soft.reasons],
      tier,
    });
  }
  ranked.sort((a, b) => a.tier - b.tier || b.score - a.score || DUTCH.compare(a.name, b.name));
  // What the reasons below ask of the whole list, gathered once (the list can hold thousands of offers):
  // the lowest tier of a general place within the wish, the lowest tier above each rung, and the first
  // excluded offer at each rung (in the order of the offers, as a stable sort by rung would give it).
  let generalTier = Infinity;
  const lowestTierAbove = new Map<number, number>();
  for (const r of ranked) {
    if (r.kind !== 'maatwerk' && r.rung <= wished) generalTier = Math.min(generalTier, r.tier);
    for (let below = 0; below < r.rung; below++)
      lowestTierAbove.set(below, Math.min(lowestTierAbove.get(below) ?? Infinity, r.tier));
  }
  const firstExcludedAt = new Map<number, Excluded>();
  for (const e of excluded) if (!firstExcludedAt.has(e.rung)) firstExcludedAt.set(e.rung, e);
  const lowestExcludedAbove = (rung: number): Excluded | undefined =>
    [...firstExcludedAt.entries()].filter(([r]) => r > rung).sort((a, b) => a[0] - b[0])[0]?.[1];
  const anyAboveWished = (lowestTierAbove.get(wished) ?? Infinity) < Infinity;
  for (const match of ranked) {
    const generalFirst = generalTier < match.tier;
    if (match.kind === 'maatwerk')
      match.reasons.push(
        generalFirst
          ? reason(
              'general_first',
              'Plekken zonder indicatie die ook passen, staan eerder in de lijst: aparte daginvulling alleen als en zolang het nodig is.',
              'Places without an indication that also fit are listed first: a separate provision only if and as long as needed.',
            )
          : reason(
              'no_general_fits',
              'Er is geen passende plek zonder indicatie gevonden; daarom kan maatwerk nodig zijn.',
              'No fitting place without an indication was found, so maatwerk may be needed.',
            ),
      );
    // Why not higher: for someone who wants to stay, plainly; else the best option above that did not make it.
    const higherExcluded = lowestExcludedAbove(match.rung);
    if (staying && match.rung <= wished && anyAboveWished) {
      match.reasons.push(
        reason(
          'why_not_higher',
          'Er zijn ook plekken hoger op de ladder; die staan achteraan omdat u op uw trede wilt blijven.',
          'Higher options are listed last because the person wants to stay on their rung.',
        ),
      );
    } else if (!staying && higherExcluded && !((lowestTierAbove.get(match.rung) ?? Infinity) <= match.tier)) {
      match.reasons.push(
        reason(
          'why_not_higher',
          `Een plek hoger op de ladder (${higherExcluded.name}) viel af: ${higherExcluded.reasons.map((r) => r.nl.replace(/\.$/, '').toLowerCase()).join('; ')}.`,
          `A higher option (${higherExcluded.name}) was excluded: ${higherExcluded.reasons.map((r) => r.en).join(' ')}`,
        ),
      );
    }
  }
  return { ranked, excluded };
}
