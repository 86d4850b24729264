import type { AccessRoute, ContinuumForm, TimeSlot } from '@meedoen/core';

/** Places in the Zwolle region where the demo's offers are. */
export const PLACES = {
  zwolle: { lat: 52.5168, lon: 6.083 },
  stadshagen: { lat: 52.5287, lon: 6.0494 },
  holtenbroek: { lat: 52.5313, lon: 6.0995 },
  assendorp: { lat: 52.5062, lon: 6.0958 },
  zuid: { lat: 52.4985, lon: 6.0863 },
  kampen: { lat: 52.555, lon: 5.9114 },
  dalfsen: { lat: 52.5106, lon: 6.2597 },
  wijthmen: { lat: 52.5196, lon: 6.1647 },
  hattem: { lat: 52.4756, lon: 6.0617 },
} as const;
export type PlaceKey = keyof typeof PLACES;

/** The municipality and neighbourhood (wijk) of each place, for the municipal overview. */
export const AREAS: Record<PlaceKey, { municipality: string; neighbourhood: string }> = {
  zwolle: { municipality: 'Zwolle', neighbourhood: 'Binnenstad' },
  stadshagen: { municipality: 'Zwolle', neighbourhood: 'Stadshagen' },
  holtenbroek: { municipality: 'Zwolle', neighbourhood: 'Holtenbroek' },
  assendorp: { municipality: 'Zwolle', neighbourhood: 'Assendorp' },
  zuid: { municipality: 'Zwolle', neighbourhood: 'Zwolle-Zuid' },
  kampen: { municipality: 'Kampen', neighbourhood: 'Centrum' },
  dalfsen: { municipality: 'Dalfsen', neighbourhood: 'Dalfsen-kern' },
  wijthmen: { municipality: 'Zwolle', neighbourhood: 'Wijthmen' },
  hattem: { municipality: 'Hattem', neighbourhood: 'Centrum' },
};

export const weekdays = (from: string, to: string, days: TimeSlot['day'][] = ['ma', 'di', 'wo', 'do', 'vr']): TimeSlot[] =>
  days.map((day) => ({ day, from, to }));

export interface SocialMapEntry {
  key: string;
  name: string;
  provider: string;
  form: ContinuumForm;
  place: PlaceKey;
  interests: string[];
  description: string;
  schedule?: TimeSlot[];
  internal?: boolean;
  lowStimulus?: boolean;
  smallScale?: boolean;
  wheelchair?: boolean;
  access?: AccessRoute;
  learn?: string[];
  confirmed?: string;
  online?: boolean;
}

export const E = (
  key: string,
  name: string,
  provider: string,
  form: ContinuumForm,
  place: PlaceKey,
  interests: string[],
  description: string,
  extra: Partial<SocialMapEntry> = {},
): SocialMapEntry => ({
  key,
  name,
  provider,
  form,
  place,
  interests,
  description,
  ...extra,
});
