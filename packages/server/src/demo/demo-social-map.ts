import type { AccessRoute, ContinuumForm, GrowthRole, Level } from '@meedoen/core';
import type { OfferInputData } from '../daginvulling/offer-store.js';
import { DAY_OFFERS } from './social-map-day-offers.js';
import { AREAS, PLACES, weekdays } from './social-map-entry.js';
import { WORK_OFFERS } from './social-map-work-offers.js';

/**
 * A realistic social map of the Zwolle region: 60 offers across the continuum (DOMAIN.md §4.1), internal
 * and external. Fictional but plausible; fixed data so demos and screenshots are stable.
 */
const FORM_DEFAULTS: Record<ContinuumForm, { access: AccessRoute; level: Level; roles: GrowthRole[]; cost: number }> = {
  inloop_ontmoeting: { access: 'geen', level: 'ongeschoold', roles: ['deelnemer', 'vrijwilliger'], cost: 0 },
  belevingsgerichte_dagbesteding: { access: 'wmo_maatwerk', level: 'ongeschoold', roles: ['deelnemer'], cost: 19 },
  arbeidsmatige_dagbesteding: { access: 'wmo_maatwerk', level: 'vmbo', roles: ['deelnemer', 'medewerker'], cost: 19 },
  vrijwilligerswerk: { access: 'geen', level: 'vmbo', roles: ['vrijwilliger', 'medewerker'], cost: 0 },
  leerwerkplek: { access: 'geen', level: 'mbo', roles: ['medewerker'], cost: 0 },
  beschut_werk: { access: 'participatiewet', level: 'vmbo', roles: ['medewerker'], cost: 0 },
  betaald_werk_ondersteund: { access: 'participatiewet', level: 'mbo', roles: ['medewerker'], cost: 0 },
  regulier_werk: { access: 'geen', level: 'mbo', roles: ['medewerker'], cost: 0 },
};

const ENTRIES = [...DAY_OFFERS, ...WORK_OFFERS];

/** Entries not reconfirmed for a long time, so the social map shows staleness. */
const STALE = new Set(['leesclub-bieb', 'dierenweide-wijthmen', 'buurtkrant', 'beschut-catering', 'vacature-horeca']);

export function demoOffers(): { key: string; offer: OfferInputData; confirmedOn: string }[] {
  return ENTRIES.map((e, i) => {
    const defaults = FORM_DEFAULTS[e.form];
    const place = PLACES[e.place];
    return {
      key: e.key,
      confirmedOn: STALE.has(e.key) ? '2024-06-01' : `2026-${String((i % 9) + 1).padStart(2, '0')}-15`,
      offer: {
        name: e.name,
        provider: e.provider,
        internal: e.internal ?? false,
        description: e.description,
        form: e.form,
        access: e.access ?? defaults.access,
        conditions:
          defaults.access === 'geen' ? 'Geen indicatie nodig.' : 'Met een indicatie (toegang via gemeente, zorgkantoor of UWV).',
        forWhom: `Voor wie houdt van: ${e.interests.join(', ')}.`,
        interests: e.interests,
        learn: e.learn ?? [],
        level: defaults.level,
        groupOrIndividual: e.form === 'regulier_werk' || e.form === 'betaald_werk_ondersteund' ? 'individueel' : 'groep',
        schedule: e.schedule ?? weekdays('09:30', '15:00'),
        eveningsWeekends: (e.schedule ?? []).some((s) => s.day === 'za' || s.day === 'zo' || s.to > '18:00'),
        openInHolidays: i % 3 === 0,
        capacity: e.form === 'regulier_werk' ? 1 : 8 + (i % 5) * 3,
        address: e.online
          ? null
          : `${e.provider}, ${e.place === 'kampen' ? 'Kampen' : e.place === 'dalfsen' ? 'Dalfsen' : e.place === 'hattem' ? 'Hattem' : 'Zwolle'}`,
        municipality: e.online ? null : AREAS[e.place].municipality,
        neighbourhood: e.online ? null : AREAS[e.place].neighbourhood,
        lat: e.online ? null : place.lat + ((i % 7) - 3) * 0.002,
        lon: e.online ? null : place.lon + ((i % 5) - 2) * 0.003,
        online: e.online ?? false,
        publicTransport: e.online ? '' : `Bus ${1 + (i % 9)} stopt op ${3 + (i % 6)} minuten lopen.`,
        wheelchairAccessible: e.wheelchair ?? i % 4 !== 1,
        lowStimulus: e.lowStimulus ?? false,
        smallScale: e.smallScale ?? false,
        socialSafety: { contactPerson: e.form !== 'regulier_werk', buddy: i % 3 === 0, houseRules: true },
        costPerMonth: defaults.cost,
        compensationPerHour: e.form === 'vrijwilligerswerk' ? 1.5 : null,
        benefitEffect:
          e.form === 'vrijwilligerswerk'
            ? 'Vrijwilligersvergoeding tot de wettelijke grens heeft geen gevolgen voor een uitkering.'
            : '',
        roles: defaults.roles,
        expertsByExperience: i % 4 === 0,
        partners: '',
        results: '',
      },
    };
  });
}
