/**
 * Two kinds of Encounter and of CarePlan come from two data categories: a treatment session or plan is
 * health data (treatment), a day-activity attendance or participation plan is not (day_activities,
 * participation_plan; DOMAIN.md §7, 003 L1912-1915). Every resource carries its kind as a coding
 * (Encounter.type, CarePlan.category), so a receiver, and a search, can tell them apart.
 */
export const ENCOUNTER_KINDS = { treatment: 'behandelsessie', dayActivity: 'dagactiviteit' } as const;
export const CARE_PLAN_KINDS = { treatment: 'behandelplan', participation: 'participatieplan' } as const;
