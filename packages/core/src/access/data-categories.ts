/**
 * What a client's data is made of, for access decisions and consent: a consent grant names categories
 * ("participation plan yes, diagnosis and therapy notes no").
 */
export const DATA_CATEGORIES = [
  'personalia', // name, date of birth, care setting: who the person is
  'care_network', // care team, representatives, consents
  'treatment', // referrals, diagnostics, goals, plans, sessions, evaluations, therapy notes (health data)
  'measurements', // questionnaire and instrument scores (health data)
  'day_activities', // enrolments, attendance, day-activity evaluations
  'participation_plan', // the client's own plan: wishes, strengths, signal plan, disclosure, portfolio
  'access_log', // who accessed the record (NEN 7513 §9)
  'financing', // BSN, insurance, entitlements (Wlz, Wmo, Jeugdwet), funding and amounts (issue 12)
] as const;

export type DataCategory = (typeof DATA_CATEGORIES)[number];

export function isDataCategory(value: unknown): value is DataCategory {
  return typeof value === 'string' && (DATA_CATEGORIES as readonly string[]).includes(value);
}

/** Health data in the strict sense: never shown in a day-activity context without consent (DOMAIN.md §7; 003 L1912-1915). */
export const HEALTH_CATEGORIES: readonly DataCategory[] = ['treatment', 'measurements'];

export type AccessAction = 'read' | 'write';
