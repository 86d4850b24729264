import { FINANCING_PARAMETERS_2026 } from '../parameters-2026.js';
import type { FinancingParameters } from '../parameters.js';
import type { FinancingContext } from '../payer.js';
import type { Deliverer, DeliveredService, Entitlements, FinancingPerson, WlzIndication, WmoAllocation } from '../types.js';

/** Builders for the financing tests: the seed-000 cases and the people of the demo organisation. */

export const noEntitlements = (): Entitlements => ({ wlz: [], wmo: [], jeugdwet: [], participatiewet: [], insurance: [] });

export function person(birthDate: string, overrides: Partial<FinancingPerson> = {}): FinancingPerson {
  return { id: 'p1', birthDate, bsn: '111222333', careSetting: 'thuis', entitlements: noEntitlements(), ...overrides };
}

export const PARAMS_WITH_POLICY: FinancingParameters = {
  ...FINANCING_PARAMETERS_2026,
  supplementaryPolicies: [
    { id: 'extra-6', uzovi: '3311', name: 'Aanvullend Plus', ergotherapieExtraQuarters: 24, coversVaktherapie: true },
    { id: 'extra-basis', uzovi: '3311', name: 'Aanvullend Basis', ergotherapieExtraQuarters: 0, coversVaktherapie: false },
  ],
};

export function ctx(p: FinancingPerson, isGgzInstitution = false): FinancingContext {
  return { person: p, organisation: { isGgzInstitution }, parameters: [PARAMS_WITH_POLICY] };
}

export const musicTherapist: Deliverer = {
  userId: 'u-thomas',
  profession: 'vaktherapeut',
  discipline: 'muziektherapie',
  registration: { register: 'Register Vaktherapie', number: 'RV-1234' },
};
export const musicAgogue: Deliverer = { userId: 'u-sanne', profession: 'agoog', discipline: null, registration: null };
export const pmtTherapist: Deliverer = {
  userId: 'u-marieke',
  profession: 'vaktherapeut',
  discipline: 'psychomotorische_therapie',
  registration: { register: 'Register Vaktherapie', number: 'RV-5678' },
};
export const activitySupervisor: Deliverer = {
  userId: 'u-sanne',
  profession: 'activiteitenbegeleider',
  discipline: null,
  registration: null,
};
export const occupationalTherapist: Deliverer = {
  userId: 'u-fatima',
  profession: 'ergotherapeut',
  discipline: 'ergotherapie',
  registration: { register: 'Kwaliteitsregister Paramedici', number: 'KP-42' },
};

export function service(overrides: Partial<DeliveredService> = {}): DeliveredService {
  return {
    id: 's1',
    personId: 'p1',
    recordType: 'treatment_session',
    activityName: 'Muziek',
    date: '2026-03-10',
    start: '10:00',
    minutes: 45,
    indirectMinutes: 0,
    form: 'individueel',
    setting: 'instelling',
    deliverer: musicTherapist,
    aim: 'health',
    agreement: { basis: 'treatment_plan', referral: { source: 'regiebehandelaar', regiebehandelaarNamed: true } },
    offer: null,
    homeVisitReason: null,
    ...overrides,
  };
}

export const dayActivity = (overrides: Partial<DeliveredService> = {}): DeliveredService =>
  service({
    id: 's2',
    recordType: 'day_activity_attendance',
    form: 'groep',
    setting: 'activiteitencentrum',
    deliverer: activitySupervisor,
    aim: 'meaning',
    agreement: { basis: 'offer', referral: null },
    offer: { form: 'belevingsgerichte_dagbesteding', provision: 'maatwerk' },
    minutes: 180,
    ...overrides,
  });

export function wlz(overrides: Partial<WlzIndication> = {}): WlzIndication {
  return {
    from: '2025-01-01',
    until: null,
    deliveryForm: 'verblijf',
    withTreatment: true,
    stayByThisOrganisation: true,
    dagbestedingInStay: true,
    ...overrides,
  };
}

export function wmoAllocation(overrides: Partial<WmoAllocation> = {}): WmoAllocation {
  return {
    from: '2026-01-01',
    until: '2026-12-31',
    allocationNumber: 'TW-1001',
    municipalityCode: '0193',
    productCategory: '07',
    productCode: '07A08',
    volume: 4,
    unit: '16',
    frequency: '2',
    tariffCents: 4500,
    ...overrides,
  };
}
