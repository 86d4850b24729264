import type { DataCategory, Discipline, Role } from '@meedoen/core';
import { stableId } from './stable-id.js';

/**
 * The demo organisation: a care provider in the Zwolle region with the personas of the project's
 * source cases (000: PMT after a stroke in a nursing home; music therapy with frontotemporal
 * dementia) and of ARCHITECTURE.md's test personas. Fixed data and ids, so tests and screenshots are stable.
 */
export const DEMO_PASSWORD = 'meedoen-demo';
export const DEMO_EMAIL_DOMAIN = 'delinde.example';

export const DEMO_ORGANISATION = {
  id: stableId('organisation:de-linde'),
  name: 'Zorggroep De Linde',
  kind: 'zorgaanbieder',
  // A GGZ institution: vaktherapie within an interdisciplinary treatment (001 L1436-1438).
  isGgzInstitution: true,
  // The organisation's AGB code, sent in every declaration (a demo number: 8 digits, not a real practice).
  agbCode: '98000001',
} as const;

export interface DemoClient {
  key: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  careSetting: 'thuis' | 'verpleeghuis' | 'ggz_ambulant' | 'ggz_klinisch' | 'gehandicaptenzorg' | 'jeugd' | 'beschermd_wonen';
  municipality: string;
  /** Who this persona is, for people reading the demo. */
  about: string;
}

export const DEMO_CLIENTS: DemoClient[] = [
  {
    key: 'henk',
    givenName: 'Henk',
    familyName: 'de Vries',
    birthDate: '1958-03-14',
    careSetting: 'verpleeghuis',
    municipality: 'Zwolle',
    about: 'Man of 68 in a nursing home after a stroke (CVA); PMT for arousal and frustration (000 case 2).',
  },
  {
    key: 'ria',
    givenName: 'Ria',
    familyName: 'Jansen-Bakker',
    birthDate: '1954-09-02',
    careSetting: 'verpleeghuis',
    municipality: 'Kampen',
    about: 'Woman of 72 with frontotemporal dementia; music therapy for agitation (000 case 1).',
  },
  {
    key: 'samira',
    givenName: 'Samira',
    familyName: 'El Amrani',
    birthDate: '1991-06-21',
    careSetting: 'ggz_ambulant',
    municipality: 'Zwolle',
    about: 'GGZ outpatient of 35 with a depression; beeldende therapie within her treatment.',
  },
  {
    key: 'daan',
    givenName: 'Daan',
    familyName: 'Visser',
    birthDate: '2017-04-09',
    careSetting: 'jeugd',
    municipality: 'Dalfsen',
    about: 'Boy of 9 referred for speltherapie; parents give consent (001 L1579).',
  },
  {
    key: 'noor',
    givenName: 'Noor',
    familyName: 'Visser',
    birthDate: '2012-05-14',
    careSetting: 'jeugd',
    municipality: 'Dalfsen',
    about: 'Daan’s sister, 14: she and her mother decide together about a day activity (BW 7:450 lid 2).',
  },
  {
    key: 'joke',
    givenName: 'Joke',
    familyName: 'Smit',
    birthDate: '1970-11-30',
    careSetting: 'thuis',
    municipality: 'Zwolle',
    about: 'Woman of 55 at home after burn-out; first-line ergotherapie, directly accessible (004).',
  },
  {
    key: 'kevin',
    givenName: 'Kevin',
    familyName: 'Mulder',
    birthDate: '2003-01-17',
    careSetting: 'beschermd_wonen',
    municipality: 'Zwolle',
    about: 'Young man of 23 in arbeidsmatige dagbesteding, wants to work towards a job (003).',
  },
];

export interface DemoUser {
  key: string;
  displayName: string;
  roles: Role[];
  discipline?: Discipline;
  /** For the client's own account and a naaste's. */
  clientKey?: string;
  /** For a municipality's officer: the municipalities whose overview they see. */
  municipalities?: string[];
  /**
   * A treating professional's own AGB code, which a declaration names as practitioner (REFERENCE.md §7.3).
   * Demo codes, not real ones.
   */
  agbCode?: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    key: 'marieke.bos',
    displayName: 'Marieke Bos',
    roles: ['vaktherapeut'],
    discipline: 'psychomotorische_therapie',
    agbCode: '98100001',
  },
  {
    key: 'thomas.degroot',
    displayName: 'Thomas de Groot',
    roles: ['vaktherapeut'],
    discipline: 'muziektherapie',
    agbCode: '98100002',
  },
  {
    key: 'lotte.hendriks',
    displayName: 'Lotte Hendriks',
    roles: ['vaktherapeut'],
    discipline: 'beeldende_therapie',
    agbCode: '98100003',
  },
  {
    key: 'anouk.vermeulen',
    displayName: 'Anouk Vermeulen',
    roles: ['vaktherapeut'],
    discipline: 'speltherapie',
    agbCode: '98100004',
  },
  {
    key: 'fatima.yilmaz',
    displayName: 'Fatima Yilmaz',
    roles: ['ergotherapeut'],
    discipline: 'ergotherapie',
    agbCode: '98100005',
  },
  { key: 'pieter.vandijk', displayName: 'dr. Pieter van Dijk (psychiater)', roles: ['regiebehandelaar'], agbCode: '98100006' },
  {
    key: 'annemiek.dewit',
    displayName: 'Annemiek de Wit (specialist ouderengeneeskunde)',
    roles: ['regiebehandelaar'],
    agbCode: '98100007',
  },
  { key: 'sanne.peters', displayName: 'Sanne Peters', roles: ['activiteitenbegeleider'] },
  { key: 'mohamed.bouzid', displayName: 'Mohamed Bouzid', roles: ['trajectbegeleider'] },
  { key: 'gerrit.post', displayName: 'Gerrit Post (Kringloop Zwolle)', roles: ['werkbegeleider'] },
  // An external job coach (003 L1677-1682): not on Kevin's care team, sees what Kevin shares with a job coach.
  { key: 'lisa.vos', displayName: 'Lisa Vos (jobcoach Werkfit)', roles: ['trajectbegeleider'] },
  { key: 'ingrid.meijer', displayName: 'Ingrid Meijer', roles: ['zorgcoordinator'] },
  { key: 'yvonne.deboer', displayName: 'Yvonne de Boer', roles: ['planner'] },
  { key: 'bram.willems', displayName: 'Bram Willems', roles: ['beheerder'] },
  { key: 'hanneke.jacobs', displayName: 'Hanneke Jacobs', roles: ['privacyfunctionaris'] },
  // The Wmo-consulent of the municipality: aggregates of Zwolle only, never a client (003 L1867-1870).
  { key: 'wouter.kok', displayName: 'Wouter Kok (gemeente Zwolle)', roles: ['gemeente'], municipalities: ['Zwolle'] },
  { key: 'esther.blom', displayName: 'Esther Blom (zorgkantoor)', roles: ['financier'] },
  { key: 'kevin.mulder', displayName: 'Kevin Mulder', roles: ['client'], clientKey: 'kevin' },
  { key: 'samira.elamrani', displayName: 'Samira El Amrani', roles: ['client'], clientKey: 'samira' },
  { key: 'greet.devries', displayName: 'Greet de Vries (partner van Henk)', roles: ['naaste'] },
  { key: 'noor.visser', displayName: 'Noor Visser', roles: ['client'], clientKey: 'noor' },
  { key: 'marloes.visser', displayName: 'Marloes Visser (moeder van Daan en Noor)', roles: ['naaste'] },
];

/** Who is on each persona's care team, in which role (DOMAIN.md §2). Dates are fixed for stable demos. */
export const DEMO_CARE_TEAMS: { clientKey: string; userKey: string; role: Role; from: string }[] = [
  // Henk: PMT in the nursing home under the specialist ouderengeneeskunde (000 case 2)
  { clientKey: 'henk', userKey: 'marieke.bos', role: 'vaktherapeut', from: '2026-09-01' },
  { clientKey: 'henk', userKey: 'annemiek.dewit', role: 'regiebehandelaar', from: '2026-06-15' },
  { clientKey: 'henk', userKey: 'sanne.peters', role: 'activiteitenbegeleider', from: '2026-06-15' },
  { clientKey: 'henk', userKey: 'ingrid.meijer', role: 'zorgcoordinator', from: '2026-06-15' },
  // Ria: music therapy with frontotemporal dementia (000 case 1)
  { clientKey: 'ria', userKey: 'thomas.degroot', role: 'vaktherapeut', from: '2026-08-01' },
  { clientKey: 'ria', userKey: 'annemiek.dewit', role: 'regiebehandelaar', from: '2026-03-01' },
  { clientKey: 'ria', userKey: 'sanne.peters', role: 'activiteitenbegeleider', from: '2026-03-01' },
  { clientKey: 'ria', userKey: 'ingrid.meijer', role: 'zorgcoordinator', from: '2026-03-01' },
  // Samira: beeldende therapie within GGZ treatment under a psychiatrist (001 L1436-1438)
  { clientKey: 'samira', userKey: 'lotte.hendriks', role: 'vaktherapeut', from: '2026-10-01' },
  { clientKey: 'samira', userKey: 'pieter.vandijk', role: 'regiebehandelaar', from: '2026-09-15' },
  // Daan: speltherapie (001 L1482-1484)
  { clientKey: 'daan', userKey: 'anouk.vermeulen', role: 'vaktherapeut', from: '2026-10-15' },
  { clientKey: 'daan', userKey: 'pieter.vandijk', role: 'regiebehandelaar', from: '2026-10-01' },
  // Noor: a job coach looks with her for something to do after school (a proposal she and her mother answer together)
  { clientKey: 'noor', userKey: 'mohamed.bouzid', role: 'trajectbegeleider', from: '2026-11-02' },
  { clientKey: 'noor', userKey: 'ingrid.meijer', role: 'zorgcoordinator', from: '2026-11-02' },
  // Joke: first-line ergotherapie, directly accessible (004)
  { clientKey: 'joke', userKey: 'fatima.yilmaz', role: 'ergotherapeut', from: '2026-11-02' },
  // Kevin: arbeidsmatige dagbesteding towards work (003)
  { clientKey: 'kevin', userKey: 'mohamed.bouzid', role: 'trajectbegeleider', from: '2026-05-01' },
  { clientKey: 'kevin', userKey: 'sanne.peters', role: 'activiteitenbegeleider', from: '2026-05-01' },
  { clientKey: 'kevin', userKey: 'ingrid.meijer', role: 'zorgcoordinator', from: '2026-05-01' },
];

/**
 * Daan is 9: his mother acts for him and gives consent (001 L1579); his regiebehandelaar recorded it. Noor is 14: her
 * mother, with parental authority, answers together with her (BW 7:450 lid 2); her zorgcoördinator recorded it.
 */
export const DEMO_REPRESENTATIVES = [
  {
    clientKey: 'daan',
    userKey: 'marloes.visser',
    relation: 'ouder' as const,
    from: '2026-10-01',
    recordedByKey: 'pieter.vandijk',
  },
  {
    clientKey: 'noor',
    userKey: 'marloes.visser',
    relation: 'ouder' as const,
    from: '2026-11-02',
    recordedByKey: 'ingrid.meijer',
  },
];

export interface DemoConsent {
  key: string;
  clientKey: string;
  granteeKey: string;
  categories: DataCategory[];
  level: 'read' | 'write';
  from: string;
  until: string | null;
  givenBy: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger';
  naasteBasis: 'verzoek_client' | 'indicatie_professional' | null;
  note: string;
  /** Who recorded what the client said in person: a care-team member who arranges the care network. */
  recordedByKey: string;
}

export const DEMO_CONSENTS: DemoConsent[] = [
  {
    key: 'kevin-gerrit',
    clientKey: 'kevin',
    granteeKey: 'gerrit.post',
    categories: ['personalia', 'participation_plan'],
    level: 'read',
    from: '2026-09-01',
    until: '2027-08-31',
    givenBy: 'client',
    naasteBasis: null,
    // 003 L1912-1915: the work-floor supervisor knows only what Kevin chooses to share.
    note: 'Werkbegeleider bij de kringloop mag mijn participatieplan zien, niet mijn behandelgegevens.',
    recordedByKey: 'ingrid.meijer',
  },
  {
    key: 'kevin-gerrit-presence',
    clientKey: 'kevin',
    granteeKey: 'gerrit.post',
    categories: ['day_activities'],
    level: 'write',
    from: '2026-09-01',
    until: '2027-08-31',
    givenBy: 'client',
    naasteBasis: null,
    // 003 L1805-1807: the werkbegeleider is on the work floor every day; Kevin lets him keep his presence there.
    note: 'Gerrit mag bijhouden wanneer ik bij de kringloop ben.',
    recordedByKey: 'ingrid.meijer',
  },
  {
    key: 'kevin-lisa',
    clientKey: 'kevin',
    granteeKey: 'lisa.vos',
    categories: ['personalia', 'participation_plan'],
    level: 'read',
    from: '2026-10-01',
    until: '2027-09-30',
    givenBy: 'client',
    naasteBasis: null,
    // 003 L1912-1915: the job coach of the re-integration company sees the parts Kevin opened to a job coach.
    note: 'Lisa helpt me een leerwerkplek te vinden; zij mag zien wat ik met een jobcoach deel.',
    recordedByKey: 'ingrid.meijer',
  },
  {
    key: 'kevin-lisa-contacts',
    clientKey: 'kevin',
    granteeKey: 'lisa.vos',
    categories: ['day_activities'],
    level: 'write',
    from: '2026-10-01',
    until: '2027-09-30',
    givenBy: 'client',
    naasteBasis: null,
    // Issue 14 (003 L1677-1684, L1912-1915): Lisa keeps her contact moments with Kevin, the part he shares with a job coach.
    note: 'Lisa mag onze gesprekken vastleggen en teruglezen.',
    recordedByKey: 'ingrid.meijer',
  },
  {
    key: 'henk-greet',
    clientKey: 'henk',
    granteeKey: 'greet.devries',
    categories: ['personalia', 'day_activities', 'participation_plan'],
    level: 'read',
    from: '2026-06-15',
    until: null,
    givenBy: 'client',
    naasteBasis: 'verzoek_client',
    note: 'Henk wil dat Greet meekijkt met zijn dagbesteding.',
    recordedByKey: 'ingrid.meijer',
  },
];

export function demoEmail(user: DemoUser): string {
  return `${user.key}@${DEMO_EMAIL_DOMAIN}`;
}

export function demoClientId(key: string): string {
  return stableId(`client:${key}`);
}

export function demoUserId(key: string): string {
  return stableId(`user:${key}`);
}
