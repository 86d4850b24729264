/**
 * The behandelplan has ten parts (001 L1722-1747). The tenth, the client's agreement, is recorded by
 * agreeing the plan; the other nine are the content.
 */
export const PLAN_CONTENT_PARTS = [
  'clientView', // vanuit de patiënt: visie, reden, hulpvraag, verwachting
  'therapistView', // vanuit de vaktherapeut: aard van de problematiek, instandhoudende factoren, conclusie intake/diagnostiek
  'goals', // behandeldoelen, hoofd- en subdoelen, korte en lange termijn
  'plannedDelivery', // werkwijze, geplande activiteiten, periode, frequentie
  'agreements', // afspraken en eventuele bijzonderheden
  'estimatedDuration', // geschatte duur
  'startDate', // start van de behandeling
  'nextEvaluationDate', // volgende evaluatiedatum
  'remarks', // eventuele opmerkingen ("eventuele": may be "geen")
] as const;

export type PlanContentPart = (typeof PLAN_CONTENT_PARTS)[number];
export type PlanPart = PlanContentPart | 'clientAgreement';

export interface PlanContent {
  clientView: { vision: string; reason: string; helpQuestion: string; expectation: string } | null;
  therapistView: { natureOfProblems: string; maintainingFactors: string; conclusion: string } | null;
  plannedDelivery: { method: string; activities: string; period: string; frequency: string } | null;
  agreements: string | null;
  estimatedDuration: string | null;
  startDate: string | null;
  nextEvaluationDate: string | null;
  remarks: string | null;
}

export interface PlanCompleteness {
  complete: boolean;
  present: PlanPart[];
  missing: PlanPart[];
}

const filled = (value: string | null | undefined): boolean => typeof value === 'string' && value.trim().length > 0;

/**
 * Which of the ten parts are there. Goals come from the trajectory's goal tree (at least one main
 * goal); the agreement is given by the client when the plan is agreed. Usable live by the UI.
 */
export function planCompleteness(plan: PlanContent, goalCount: number, agreed: boolean): PlanCompleteness {
  const checks: Record<PlanPart, boolean> = {
    clientView: !!plan.clientView && Object.values(plan.clientView).every(filled),
    therapistView: !!plan.therapistView && Object.values(plan.therapistView).every(filled),
    goals: goalCount > 0,
    plannedDelivery: !!plan.plannedDelivery && Object.values(plan.plannedDelivery).every(filled),
    agreements: filled(plan.agreements),
    estimatedDuration: filled(plan.estimatedDuration),
    startDate: filled(plan.startDate),
    nextEvaluationDate: filled(plan.nextEvaluationDate),
    remarks: filled(plan.remarks),
    clientAgreement: agreed,
  };
  const parts = [...PLAN_CONTENT_PARTS, 'clientAgreement'] as PlanPart[];
  const present = parts.filter((part) => checks[part]);
  const missing = parts.filter((part) => !checks[part]);
  return { complete: missing.length === 0, present, missing };
}

export const EMPTY_PLAN: PlanContent = {
  clientView: null,
  therapistView: null,
  plannedDelivery: null,
  agreements: null,
  estimatedDuration: null,
  startDate: null,
  nextEvaluationDate: null,
  remarks: null,
};
