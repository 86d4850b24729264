import {
  ACCESS_ROUTES,
  CONTINUUM_FORMS,
  GROWTH_ROLES,
  LEVELS,
  WEEKDAYS,
  type LadderRung,
  type MatchableOffer,
  type MatchingPerson,
  type TimeSlot,
} from '@meedoen/core';

/** A small seeded generator (mulberry32): the same seed gives the same offers and persons on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTERESTS = ['hout', 'koken', 'tuin', 'fietsen', 'muziek', 'dieren', 'computers', 'schilderen', 'sport', 'winkel'];

/**
 * A region of about 60 × 60 km (a province's size, around Utrecht), with its offers and persons spread over it:
 * twice the data is twice as dense, so every person also has about twice the offers within reach.
 */
const REGION = { lat: 51.8, lon: 4.8, size: 0.55 };

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function some<T>(random: () => number, items: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(random() * max);
  return [...new Set(Array.from({ length: count }, () => pick(random, items)))];
}

function slots(random: () => number, max: number): TimeSlot[] {
  return some(random, WEEKDAYS.slice(0, 5), max).map((day) =>
    random() < 0.5 ? { day, from: '09:00', to: '12:00' } : { day, from: '13:00', to: '16:00' },
  );
}

const place = (random: () => number) => ({
  lat: REGION.lat + random() * REGION.size,
  lon: REGION.lon + random() * REGION.size,
});

export function generateOffers(count: number, seed: number): MatchableOffer[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `offer-${i}`,
    name: `Aanbod ${String(i).padStart(6, '0')}`,
    form: pick(random, CONTINUUM_FORMS),
    access: random() < 0.5 ? 'geen' : pick(random, ACCESS_ROUTES),
    location: random() < 0.05 ? null : place(random),
    schedule: slots(random, 3),
    wheelchairAccessible: random() < 0.7,
    lowStimulus: random() < 0.3,
    smallScale: random() < 0.4,
    costPerMonth: random() < 0.6 ? 0 : Math.round(random() * 60),
    interests: some(random, INTERESTS, 3),
    learn: random() < 0.5 ? [] : some(random, INTERESTS, 2),
    level: pick(random, LEVELS),
    roles: random() < 0.3 ? [] : some(random, GROWTH_ROLES, 3),
    socialSafety: { contactPerson: random() < 0.6, buddy: random() < 0.3, houseRules: random() < 0.8 },
    stale: random() < 0.1,
  }));
}

export function generatePersons(count: number, seed: number): MatchingPerson[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const currentRung = (1 + Math.floor(random() * 4)) as LadderRung;
    return {
      home: place(random),
      chosenPlace: null,
      maxTravelMinutes: 20 + Math.floor(random() * 40),
      availability: slots(random, 5),
      needsWheelchairAccess: random() < 0.15,
      wantsLowStimulus: random() < 0.4,
      wantsSmallScale: random() < 0.4,
      costCeilingPerMonth: random() < 0.5 ? null : Math.round(random() * 50),
      access: some(random, ACCESS_ROUTES, 2),
      interests: some(random, INTERESTS, 3),
      talents: some(random, INTERESTS, 2),
      level: pick(random, LEVELS),
      rolesToGrowInto: some(random, GROWTH_ROLES, 2),
      wantsSocialSafety: random() < 0.5,
      currentRung,
      targetRung: Math.min(6, currentRung + Math.floor(random() * 3)) as LadderRung,
      wantsToStay: random() < 0.25,
    };
  });
}
