import { FORM_INFO, type ContinuumForm, type LadderRung, type ProvisionKind } from './continuum.js';

export const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const ACCESS_ROUTES = ['geen', 'wmo_maatwerk', 'wlz', 'participatiewet', 'zvw'] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];
export const LEVELS = ['ongeschoold', 'vmbo', 'mbo', 'hbo', 'wo'] as const;
export type Level = (typeof LEVELS)[number];
export const GROWTH_ROLES = ['deelnemer', 'vrijwilliger', 'medewerker', 'mede_eigenaar'] as const; // 003 L5008-5055
export type GrowthRole = (typeof GROWTH_ROLES)[number];

export interface TimeSlot {
  day: Weekday;
  from: string; // HH:MM
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

export interface Reason {
  code: string;
  nl: string;
  en: string;
}

export interface RankedOffer {
  offerId: string;
  name: string;
  form: ContinuumForm;
  kind: ProvisionKind;
  rung: LadderRung;
  travelMinutes: number | null;
  /** 0 = the rung the person wants; 1, 2 … below it; 11, 12 … above it (ranked last). */
  tier: number;
  score: number;
  reasons: Reason[];
}

export interface Excluded {
  offerId: string;
  name: string;
  rung: LadderRung;
  reasons: Reason[];
}

const KIND_BONUS: Record<ProvisionKind, number> = { gewone_samenleving: 15, algemene_voorziening: 10, maatwerk: 0 };
const KIND_NL: Record<ProvisionKind, string> = {
  gewone_samenleving: 'in de gewone samenleving',
  algemene_voorziening: 'een algemene voorziening, zonder indicatie',
  maatwerk: 'maatwerk, met indicatie',
};

export function travelMinutes(from: Place, to: Place, ctx: MatchingContext): number {
  // Haversine distance, times a detour factor of 1.3 for real routes (an assumption).
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(to.lat - from.lat);
  const dLon = rad(to.lon - from.lon);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(from.lat)) * Math.cos(rad(to.lat)) * Math.sin(dLon / 2) ** 2;
  const km = 2 * 6371 * Math.asin(Math.sqrt(a)) * 1.3;
  return Math.round((km / ctx.travelKmPerHour) * 60);
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
function fitsAvailability(offer: TimeSlot[], person: TimeSlot[]): boolean {
  return offer.some((slot) =>
    person.some(
      (free) => free.day === slot.day && minutes(free.from) <= minutes(slot.from) && minutes(free.to) >= minutes(slot.to),
    ),
  );
}

const reason = (code: string, nl: string, en: string): Reason => ({ code, nl, en });

function hardFilter(
  person: MatchingPerson,
  offer: MatchableOffer,
  ctx: MatchingContext,
): { reasons: Reason[]; travel: number | null } {
  const reasons: Reason[] = [];
  const origin = person.chosenPlace ?? person.home;
  const travel = offer.location ? travelMinutes(origin, offer.location, ctx) : null;
  if (travel !== null && travel > person.maxTravelMinutes) {
    reasons.push(
      reason(
        'travel_too_long',
        `De reistijd is ongeveer ${travel} minuten; u wilt maximaal ${person.maxTravelMinutes} minuten reizen.`,
        `Travel takes about ${travel} minutes; the maximum is ${person.maxTravelMinutes}.`,
      ),
    );
  }
  if (!fitsAvailability(offer.schedule, person.availability))
    reasons.push(
      reason(
        'no_matching_time',
        'Het aanbod is niet op de dagen en tijden waarop u kunt.',
        'Not on the days and hours the person is available.',
      ),
    );
  if (person.needsWheelchairAccess && !offer.wheelchairAccessible)
    reasons.push(reason('not_wheelchair_accessible', 'De plek is niet rolstoeltoegankelijk.', 'Not wheelchair accessible.'));
  if (person.costCeilingPerMonth !== null && offer.costPerMonth > person.costCeilingPerMonth) {
    reasons.push(
      reason(
        'too_expensive',
        `De eigen bijdrage (€${offer.costPerMonth} per maand) is hoger dan u wilt betalen.`,
        `Costs €${offer.costPerMonth} a month, above the ceiling.`,
      ),
    );
  }
  if (offer.access !== 'geen' && !person.access.includes(offer.access)) {
    reasons.push(
      reason(
        'no_access',
        'Hiervoor is een indicatie of toegang nodig die u niet heeft en niet kunt krijgen.',
        'Needs an access route the person does not have or cannot get.',
      ),
    );
  }
  return { reasons, travel };
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

const LEVELS_INDEX: Record<Level, number> = { ongeschoold: 0, vmbo: 1, mbo: 2, hbo: 3, wo: 4 };

/**
 * Rank offers for a person, explainably (DOMAIN.md §4.5; 003 L3152-3168, L3217-3228):
 * 1. hard filters: travel time, days and hours, wheelchair access, cost ceiling, access route;
 * 2. first by how well the rung fits the person's wish — aiming as high as the person wants
 *    (003 L835-840), never above it when they want to stay (003 L1540-1544);
 * 3. then by fit (interests and talents, level, roles, social safety, small-scale, low-stimulus) plus a
 *    bonus for ordinary society and general provisions, so they come first among equals
 *    (003 L2093-2096, L894-900, L5143-5146).
 * Every result says why, including why a higher option was not chosen.
 */
export function rankOffers(
  person: MatchingPerson,
  offers: readonly MatchableOffer[],
  ctx: MatchingContext = DEFAULT_MATCHING_CONTEXT,
): { ranked: RankedOffer[]; excluded: Excluded[] } {
  const wished = person.wantsToStay ? person.currentRung : person.targetRung;
  const ranked: RankedOffer[] = [];
  const excluded: Excluded[] = [];
  for (const offer of offers) {
    const info = FORM_INFO[offer.form];
    const filtered = hardFilter(person, offer, ctx);
    if (filtered.reasons.length > 0) {
      excluded.push({ offerId: offer.id, name: offer.name, rung: info.rung, reasons: filtered.reasons });
      continue;
    }
    const soft = softScore(person, offer);
    const reasons: Reason[] = [reason('kind', `Dit is ${KIND_NL[info.kind]}.`, `This is ${info.kind.replaceAll('_', ' ')}.`)];
    // Above the wished rung ranks after everything at or below it: nobody is pushed up.
    const tier = info.rung > wished ? 10 + (info.rung - wished) : wished - info.rung;
    if (info.rung === wished)
      reasons.push(
        reason('rung_fits', 'Past bij de stap op de ladder die u wilt zetten.', 'Fits the rung the person is aiming for.'),
      );
    else if (info.rung > wished)
      reasons.push(
        reason(
          'above_wish',
          person.wantsToStay
            ? 'Dit is een stap hoger dan u nu wilt; u wilt op uw huidige trede blijven.'
            : 'Dit is hoger dan uw doel op de ladder.',
          'Above the rung the person wants.',
        ),
      );
    else
      reasons.push(
        reason(
          'below_wish',
          'Dit ligt lager op de ladder dan uw doel; het kan een tussenstap zijn.',
          'Below the target rung; a possible step in between.',
        ),
      );
    if (offer.stale)
      reasons.push(reason('stale', 'Let op: deze informatie is al lang niet bevestigd.', 'Entry not confirmed recently.'));
    if (offer.learn.length > 0)
      reasons.push(reason('learn', `U kunt hier leren: ${offer.learn.join(', ')}.`, `Can learn: ${offer.learn.join(', ')}.`));
    ranked.push({
      offerId: offer.id,
      name: offer.name,
      form: offer.form,
      kind: info.kind,
      rung: info.rung,
      travelMinutes: filtered.travel,
      score: soft.score + KIND_BONUS[info.kind],
      reasons: [...reasons, ...soft.reasons],
      tier,
    });
  }
  ranked.sort((a, b) => a.tier - b.tier || b.score - a.score || a.name.localeCompare(b.name, 'nl'));
  // Why not higher: the best option above each result that did not make it, in words.
  for (const match of ranked) {
    const higherExcluded = excluded.filter((e) => e.rung > match.rung).sort((a, b) => a.rung - b.rung)[0];
    if (person.wantsToStay && ranked.some((r) => r.rung > match.rung)) {
      match.reasons.push(
        reason(
          'why_not_higher',
          'Er zijn ook plekken hoger op de ladder; die staan lager in de lijst omdat u op uw trede wilt blijven.',
          'Higher options rank lower because the person wants to stay.',
        ),
      );
    } else if (higherExcluded && !ranked.some((r) => r.rung > match.rung && r.tier <= match.tier)) {
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
