import type { MatchableOffer, MatchingPerson } from '../matching.js';

/** A person and offers in the Zwolle region for the matching tests. */
export const ZWOLLE = { lat: 52.5168, lon: 6.083 };
export const NEAR = { lat: 52.52, lon: 6.09 };
export const FAR = { lat: 52.96, lon: 5.92 }; // Sneek-ish, far away

export const KEVIN: MatchingPerson = {
  home: ZWOLLE,
  chosenPlace: null,
  maxTravelMinutes: 30,
  availability: ['ma', 'di', 'wo', 'do', 'vr'].map((day) => ({ day: day as 'ma', from: '08:30', to: '17:00' })),
  needsWheelchairAccess: false,
  wantsLowStimulus: false,
  wantsSmallScale: false,
  costCeilingPerMonth: 20,
  access: ['geen', 'wmo_maatwerk'],
  interests: ['fietsen', 'techniek'],
  talents: ['handig'],
  level: 'vmbo',
  rolesToGrowInto: ['vrijwilliger', 'medewerker'],
  wantsSocialSafety: true,
  currentRung: 3,
  targetRung: 4,
  wantsToStay: false,
};

export const offer = (id: string, over: Partial<MatchableOffer>): MatchableOffer => ({
  id,
  name: id,
  form: 'arbeidsmatige_dagbesteding',
  access: 'geen',
  location: NEAR,
  schedule: [{ day: 'di', from: '09:00', to: '12:00' }],
  wheelchairAccessible: true,
  lowStimulus: false,
  smallScale: false,
  costPerMonth: 0,
  interests: ['fietsen'],
  learn: [],
  level: 'vmbo',
  roles: ['deelnemer', 'vrijwilliger'],
  socialSafety: { contactPerson: true, buddy: false, houseRules: true },
  stale: false,
  ...over,
});
