import type { CarePlan } from '@medplum/fhirtypes';
import type { ParticipationPlan } from '../daginvulling/participation-plan.js';
import { CARE_PLAN_KINDS } from './kinds.js';
import { LOCAL_SYSTEMS } from './profiles.js';

/**
 * The client's participation plan (DOMAIN.md §4.4; 003 L862-936) as far as the reader may see it: a
 * party who sees it through the client's consent gets only the sections the client shared with them
 * (003 L1912-1915), so every section is optional here. The disclosure itself is the client's choice
 * about access, not part of the plan a receiver needs, and is never mapped.
 */
export interface FhirParticipationPlanInput {
  clientId: string;
  version: number;
  updatedAt: string;
  /** Who saved the current version, as a reference this facade serves (Patient or Practitioner), or null. */
  author: string | null;
  plan: Partial<ParticipationPlan>;
  /** Comments on the plan, when the reader may see them. */
  comments: readonly { text: string; createdAt: string; authorName: string }[];
}

const COMPETENCE_LABELS: Record<keyof ParticipationPlan['competences'], string> = {
  persoonlijk: 'persoonlijk',
  sociaal_maatschappelijk: 'sociaal-maatschappelijk',
  werknemersvaardigheden: 'werknemersvaardigheden',
  vakinhoudelijk: 'vakinhoudelijk',
};

const nonEmpty = (line: string | null): line is string => line !== null && line.trim().length > 0;
const list = (label: string, items: readonly string[] | undefined) =>
  items && items.length > 0 ? `${label}: ${items.join(', ')}` : null;

/** The wishes and goals of participation, section by section, as the plan's description (Dutch, as the client wrote it). */
function descriptionOf(plan: Partial<ParticipationPlan>): string[] {
  const p = plan.preferences;
  return [
    plan.dreams ? `Dromen en wensen: ${plan.dreams}` : null,
    plan.meaning ? `Wat het voor mij betekent: ${plan.meaning}` : null,
    plan.perspective ? `Perspectief: ${plan.perspective}` : null,
    // 003 L1540-1544: the person's own target rung, which may be to stay where they are.
    plan.ladder
      ? `Participatieladder: nu trede ${plan.ladder.currentRung}, doel trede ${plan.ladder.targetRung}${plan.ladder.wantsToStay ? ' (wil blijven)' : ''}`
      : null,
    list('Andere rollen', plan.otherRoles),
    list('Sterke kanten', plan.strengths),
    plan.competences
      ? list(
          'Competenties',
          (Object.keys(COMPETENCE_LABELS) as (keyof ParticipationPlan['competences'])[])
            .filter((area) => (plan.competences?.[area] ?? '').trim().length > 0)
            .map((area) => `${COMPETENCE_LABELS[area]}: ${plan.competences?.[area] ?? ''}`),
        )
      : null,
    p ? list('Interesses', [...p.sectors, ...p.interests.filter((i) => !p.sectors.includes(i))]) : null,
    p && p.hoursPerWeek !== null ? `Uren per week: ${p.hoursPerWeek}` : null,
    list('Ondersteuning', plan.supportNeeds),
    plan.network && plan.network.length > 0
      ? list(
          'Netwerk',
          plan.network.map((n) => `${n.name} (${n.relation})${n.contribution ? `: ${n.contribution}` : ''}`),
        )
      : null,
    plan.signalPlan
      ? list(
          'Signaleringsplan',
          (['groen', 'oranje', 'rood'] as const)
            .filter((colour) => plan.signalPlan?.[colour].signs || plan.signalPlan?.[colour].actions)
            .map((colour) => `${colour}: ${plan.signalPlan?.[colour].signs ?? ''} → ${plan.signalPlan?.[colour].actions ?? ''}`),
        )
      : null,
    plan.portfolio && plan.portfolio.length > 0
      ? list(
          'Portfolio',
          plan.portfolio.map((item) => `${item.title} (${item.date})`),
        )
      : null,
  ].filter(nonEmpty);
}

/**
 * The participation plan as a FHIR R4 CarePlan: one per client (its id is the client's), the version
 * as `meta.versionId`, the kind `participatieplan` in `category` (the treatment plan is `behandelplan`),
 * the agreed steps as activities (done: completed, otherwise not started), the comments as notes. No
 * zib profile covers a participation plan (REFERENCE.md §11.1: no generic zib CarePlan), so none is claimed.
 */
export function toParticipationCarePlan(input: FhirParticipationPlanInput): CarePlan {
  const lines = descriptionOf(input.plan);
  const steps = input.plan.steps ?? [];
  return {
    resourceType: 'CarePlan',
    id: input.clientId,
    meta: { versionId: String(input.version), lastUpdated: input.updatedAt },
    // The plan is the client's and in use as long as it exists (DOMAIN.md §4.4); it has no draft state.
    status: 'active',
    intent: 'plan',
    category: [
      { coding: [{ system: LOCAL_SYSTEMS.carePlanKind, code: CARE_PLAN_KINDS.participation, display: 'Participatieplan' }] },
    ],
    title: 'Participatieplan',
    ...(lines.length > 0 ? { description: lines.join('\n') } : {}),
    subject: { reference: `Patient/${input.clientId}` },
    ...(input.author ? { author: { reference: input.author } } : {}),
    ...(steps.length > 0
      ? {
          activity: steps.map((step) => ({
            detail: { status: step.done ? ('completed' as const) : ('not-started' as const), description: step.description },
          })),
        }
      : {}),
    ...(input.comments.length > 0
      ? {
          note: input.comments.map((c) => ({ authorString: c.authorName, time: c.createdAt, text: c.text })),
        }
      : {}),
  };
}
