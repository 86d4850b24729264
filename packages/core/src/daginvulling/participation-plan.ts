import type { LadderRung } from './continuum.js';
import type { AccessRoute, GrowthRole, Level, TimeSlot } from './matching.js';

/**
 * The client-owned participation plan (DOMAIN.md §4.4; 003 L862-936, L947-955, L1069-1118). The
 * person writes it, with help; professionals edit only with permission.
 */
export const COMPETENCE_AREAS = ['persoonlijk', 'sociaal_maatschappelijk', 'werknemersvaardigheden', 'vakinhoudelijk'] as const;
export const READINESS_ITEMS = ['noodzaak', 'verlangen', 'zelfvertrouwen', 'verwachting', 'steun'] as const; // 003 L770-774
export const SUPPORT_NEEDS = ['aanpassingen', 'structurering', 'coaching', 'kwartier_maken', 'training'] as const;
/**
 * To whom a client can open parts of their day-activity record (003 L1912-1915). `collegas` is for what
 * colleagues at the workplace may be told (they have no account); the others are kinds of accounts
 * that can hold the client's consent: a naaste, the financier, a care professional outside the team.
 */
export const DISCLOSURE_AUDIENCES = [
  'werkbegeleider',
  'collegas',
  'trajectbegeleider',
  'gemeente',
  'naaste',
  'financier',
  'zorgverlener',
] as const;
export type DisclosureAudience = (typeof DISCLOSURE_AUDIENCES)[number];
/** The sections of the plan a disclosure entry can open to an audience. */
export const PLAN_SECTIONS = [
  'dreams',
  'meaning',
  'otherRoles',
  'strengths',
  'competences',
  'readiness',
  'preferences',
  'supportNeeds',
  'network',
  'perspective',
  'steps',
  'ladder',
  'signalPlan',
  'portfolio',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];
/**
 * What a disclosure entry can open: the plan's sections, the comments on the plan, attendance (placements included),
 * and the job coach's contact moments (issue 14; the reports say how it goes at work, 003 L1912-1915).
 */
export const DISCLOSABLE_PARTS = [...PLAN_SECTIONS, 'comments', 'attendance', 'contactMoments'] as const;
export type DisclosablePart = (typeof DISCLOSABLE_PARTS)[number];

export interface ParticipationPlan {
  dreams: string;
  meaning: string;
  otherRoles: string[]; // ouder, mantelzorger, …
  strengths: string[];
  competences: Record<(typeof COMPETENCE_AREAS)[number], string>;
  /** 1 (low) – 5 (high) per readiness item. */
  readiness: Record<(typeof READINESS_ITEMS)[number], number>;
  preferences: {
    sectors: string[];
    interests: string[];
    level: Level;
    hoursPerWeek: number | null;
    earliestStart: string | null; // HH:MM
    maxTravelMinutes: number;
    availability: TimeSlot[];
    wantsLowStimulus: boolean;
    wantsSmallScale: boolean;
    needsWheelchairAccess: boolean;
    costCeilingPerMonth: number | null;
    access: AccessRoute[];
    rolesToGrowInto: GrowthRole[];
    wantsSocialSafety: boolean;
  };
  supportNeeds: (typeof SUPPORT_NEEDS)[number][];
  network: { name: string; relation: string; contribution: string }[];
  perspective: string;
  steps: { description: string; done: boolean }[];
  ladder: { currentRung: LadderRung; targetRung: LadderRung; wantsToStay: boolean };
  /** Stoplichtkaart: signs and actions per colour (003 L1474-1477). */
  signalPlan: Record<'groen' | 'oranje' | 'rood', { signs: string; actions: string }>;
  /** Who may know what: 003 L1912-1915 — someone may choose not to tell the workplace. */
  disclosure: { audience: DisclosureAudience; mayKnow: string; sections: DisclosablePart[] }[];
  portfolio: {
    title: string;
    kind: 'ervaring' | 'certificaat' | 'werkstuk';
    date: string;
    description: string;
    fileId: string | null;
  }[];
}

export function emptyParticipationPlan(): ParticipationPlan {
  return {
    dreams: '',
    meaning: '',
    otherRoles: [],
    strengths: [],
    competences: { persoonlijk: '', sociaal_maatschappelijk: '', werknemersvaardigheden: '', vakinhoudelijk: '' },
    readiness: { noodzaak: 3, verlangen: 3, zelfvertrouwen: 3, verwachting: 3, steun: 3 },
    preferences: {
      sectors: [],
      interests: [],
      level: 'vmbo',
      hoursPerWeek: null,
      earliestStart: null,
      maxTravelMinutes: 30,
      availability: [],
      wantsLowStimulus: false,
      wantsSmallScale: false,
      needsWheelchairAccess: false,
      costCeilingPerMonth: null,
      access: ['geen'],
      rolesToGrowInto: [],
      wantsSocialSafety: false,
    },
    supportNeeds: [],
    network: [],
    perspective: '',
    steps: [],
    ladder: { currentRung: 3, targetRung: 3, wantsToStay: true },
    signalPlan: { groen: { signs: '', actions: '' }, oranje: { signs: '', actions: '' }, rood: { signs: '', actions: '' } },
    disclosure: [],
    portfolio: [],
  };
}
