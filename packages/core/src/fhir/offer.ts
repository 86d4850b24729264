import type { HealthcareService, Location } from '@medplum/fhirtypes';
import { LOCAL_SYSTEMS, NL_CORE_PROFILES } from './profiles.js';

/** An offer on the social map (DOMAIN.md §4.3), the attributes a receiver can use. */
export interface FhirOfferInput {
  id: string;
  name: string;
  provider: string;
  internal: boolean;
  description: string;
  form: string;
  conditions: string;
  forWhom: string;
  schedule: readonly { day: string; from: string; to: string }[];
  address: string | null;
  lat: number | null;
  lon: number | null;
  online: boolean;
  publicTransport: string;
  stale: boolean;
}

type DayOfWeek = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
const DAYS: Record<string, DayOfWeek> = { ma: 'mon', di: 'tue', wo: 'wed', do: 'thu', vr: 'fri', za: 'sat', zo: 'sun' };

/** Whether the offer has a place to go to (and so a Location). */
export function offerHasLocation(offer: FhirOfferInput): boolean {
  return offer.address !== null || (offer.lat !== null && offer.lon !== null);
}

export function toHealthcareService(offer: FhirOfferInput, orgId: string): HealthcareService {
  return {
    resourceType: 'HealthcareService',
    id: offer.id,
    // An offer not confirmed within the configured period is not shown as active (DOMAIN.md §4.3).
    active: !offer.stale,
    ...(offer.internal
      ? { providedBy: { reference: `Organization/${orgId}`, display: offer.provider } }
      : { providedBy: { display: offer.provider } }),
    category: [{ coding: [{ system: LOCAL_SYSTEMS.continuumForm, code: offer.form }] }],
    name: offer.name,
    comment: offer.description,
    ...(offer.forWhom.trim() ? { extraDetails: offer.forWhom } : {}),
    ...(offerHasLocation(offer) ? { location: [{ reference: `Location/${offer.id}` }] } : {}),
    ...(offer.conditions.trim() ? { eligibility: [{ comment: offer.conditions }] } : {}),
    ...(offer.online
      ? { characteristic: [{ coding: [{ system: 'urn:meedoen:fhir:CodeSystem:offer-characteristic', code: 'online' }] }] }
      : {}),
    availableTime: offer.schedule
      .filter((slot) => DAYS[slot.day])
      .map((slot) => ({
        daysOfWeek: [DAYS[slot.day] as DayOfWeek],
        availableStartTime: `${slot.from}:00`,
        availableEndTime: `${slot.to}:00`,
      })),
  };
}

/**
 * Where the offer takes place. Only the organisation's own sites claim nl-core-HealthcareProvider
 * (a Location of a healthcare provider, REFERENCE.md §11.1); a library or a garden on the social map is not one.
 */
export function toLocation(offer: FhirOfferInput, orgId: string): Location {
  return {
    resourceType: 'Location',
    id: offer.id,
    ...(offer.internal ? { meta: { profile: [NL_CORE_PROFILES.Location] } } : {}),
    status: 'active',
    mode: 'instance',
    name: offer.name,
    ...(offer.address ? { address: { text: offer.address, country: 'NL' } } : {}),
    ...(offer.lat !== null && offer.lon !== null ? { position: { latitude: offer.lat, longitude: offer.lon } } : {}),
    ...(offer.internal ? { managingOrganization: { reference: `Organization/${orgId}` } } : {}),
    ...(offer.publicTransport.trim() ? { description: `Openbaar vervoer: ${offer.publicTransport}` } : {}),
  };
}
