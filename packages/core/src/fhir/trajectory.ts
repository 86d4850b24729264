import type { CarePlan, Encounter, EpisodeOfCare, Goal as FhirGoal, ServiceRequest } from '@medplum/fhirtypes';
import { FINAL_STATES, type SessionRecord, type Trajectory, type TrajectoryState } from '../treatment/trajectory-types.js';
import type { Goal } from '../treatment/goals.js';
import { childId } from './ids.js';
import { CARE_PLAN_KINDS, ENCOUNTER_KINDS } from './kinds.js';
import { LOCAL_SYSTEMS, NL_CORE_PROFILES } from './profiles.js';

/**
 * One treatment trajectory (DOMAIN.md §3) as FHIR R4: the episode (EpisodeOfCare), the referral that
 * opened it (ServiceRequest), its goals (Goal), the treatment plan (CarePlan) and every session
 * (Encounter). The trajectory, referral and plan share the trajectory's id; goals and sessions are
 * `trajectoryId.partId` (ids.ts).
 */
export interface TrajectoryFhir {
  episodeOfCare: EpisodeOfCare;
  serviceRequest: ServiceRequest;
  goals: FhirGoal[];
  carePlan: CarePlan;
  encounters: Encounter[];
}

const isFinal = (state: TrajectoryState) => FINAL_STATES.includes(state);
const patientOf = (t: Trajectory) => ({ reference: `Patient/${t.clientId}` });
const disciplineConcept = (t: Trajectory) => ({
  coding: [{ system: LOCAL_SYSTEMS.discipline, code: t.referral.discipline }],
  text: t.referral.discipline.replace(/_/g, ' '),
});

/** The date the trajectory reached its final state (its last event), or null while it runs. */
function endDate(t: Trajectory): string | null {
  if (!isFinal(t.state)) return null;
  const last = t.history[t.history.length - 1];
  return last ? last.at.slice(0, 10) : null;
}

function episodeStatus(state: TrajectoryState): EpisodeOfCare['status'] {
  if (state === 'aangemeld') return 'planned';
  if (state === 'niet_geaccepteerd') return 'cancelled';
  return isFinal(state) ? 'finished' : 'active';
}

function requestStatus(state: TrajectoryState): ServiceRequest['status'] {
  if (state === 'niet_geaccepteerd') return 'revoked';
  return isFinal(state) ? 'completed' : 'active';
}

function goalStatus(state: TrajectoryState): FhirGoal['lifecycleStatus'] {
  if (state === 'afgesloten') return 'completed';
  if (isFinal(state)) return 'cancelled';
  return 'active';
}

const ENCOUNTER_CLASS: Record<SessionRecord['setting'], { code: string; display: string }> = {
  praktijk: { code: 'AMB', display: 'ambulatory' },
  instelling: { code: 'AMB', display: 'ambulatory' },
  aan_huis: { code: 'HH', display: 'home health' },
  online: { code: 'VR', display: 'virtual' },
};

const MINUTES = (value: number) => ({ value, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' });

export function goalResourceId(trajectoryId: string, goal: Goal): string {
  return childId(trajectoryId, goal.id);
}

export function sessionResourceId(trajectoryId: string, session: SessionRecord): string {
  return childId(trajectoryId, session.id);
}

function toGoal(t: Trajectory, goal: Goal, agreedPlan: boolean): FhirGoal {
  const parent = goal.parentId ? t.goals.find((g) => g.id === goal.parentId) : undefined;
  return {
    resourceType: 'Goal',
    id: goalResourceId(t.id, goal),
    meta: { profile: [NL_CORE_PROFILES.Goal] },
    lifecycleStatus: !isFinal(t.state) && !agreedPlan ? 'proposed' : goalStatus(t.state),
    category: [{ coding: [{ system: LOCAL_SYSTEMS.goalDomain, code: goal.domain }] }],
    priority: {
      coding: [
        goal.kind === 'primair'
          ? { system: 'http://terminology.hl7.org/CodeSystem/goal-priority', code: 'high-priority' }
          : { system: 'http://terminology.hl7.org/CodeSystem/goal-priority', code: 'medium-priority' },
      ],
    },
    description: { text: goal.description },
    subject: patientOf(t),
    expressedBy: { reference: `Practitioner/${t.referral.therapistId}` },
    // A sub-goal names the main goal it serves (001 L1623-1664); R4 Goal has no part-of element.
    ...(parent ? { note: [{ text: `Subdoel van: ${parent.description}` }] } : {}),
    ...(goal.gas
      ? {
          // GAS: the expected outcome is level 0 on the -2..+2 scale (REFERENCE.md §2.1).
          target: [{ measure: { text: 'Goal Attainment Scaling' }, detailInteger: 0 }],
        }
      : {}),
  };
}

function toEncounter(t: Trajectory, session: SessionRecord): Encounter {
  const cls = ENCOUNTER_CLASS[session.setting];
  return {
    resourceType: 'Encounter',
    id: sessionResourceId(t.id, session),
    meta: { profile: [NL_CORE_PROFILES.Encounter] },
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: cls.code, display: cls.display },
    type: [
      { coding: [{ system: LOCAL_SYSTEMS.encounterKind, code: ENCOUNTER_KINDS.treatment, display: 'Behandelsessie' }] },
      { coding: [{ system: LOCAL_SYSTEMS.sessionForm, code: session.form }] },
    ],
    serviceType: disciplineConcept(t),
    subject: patientOf(t),
    episodeOfCare: [{ reference: `EpisodeOfCare/${t.id}` }],
    basedOn: [{ reference: `ServiceRequest/${t.id}` }],
    participant: [{ individual: { reference: `Practitioner/${t.referral.therapistId}` } }],
    period: { start: session.date, end: session.date },
    length: MINUTES(session.directMinutes),
  };
}

function toCarePlan(t: Trajectory): CarePlan {
  const current = t.plans[t.plans.length - 1];
  const agreed = current?.agreed ?? null;
  const plan = current?.plan;
  const status: CarePlan['status'] = isFinal(t.state) ? 'completed' : agreed ? 'active' : 'draft';
  const end = endDate(t);
  const start = plan?.startDate ?? agreed?.date ?? null;
  const parts = plan
    ? [
        plan.clientView ? `Hulpvraag: ${plan.clientView.helpQuestion}` : null,
        plan.therapistView ? `Conclusie: ${plan.therapistView.conclusion}` : null,
        plan.plannedDelivery ? `Aanpak: ${plan.plannedDelivery.method}; ${plan.plannedDelivery.frequency}` : null,
        plan.agreements ? `Afspraken: ${plan.agreements}` : null,
      ].filter((part): part is string => part !== null && part.trim().length > 0)
    : [];
  return {
    resourceType: 'CarePlan',
    id: t.id,
    status,
    intent: 'plan',
    category: [{ coding: [{ system: LOCAL_SYSTEMS.carePlanKind, code: CARE_PLAN_KINDS.treatment, display: 'Behandelplan' }] }],
    title: `Behandelplan ${t.referral.discipline.replace(/_/g, ' ')}`,
    ...(parts.length > 0 ? { description: parts.join('\n') } : {}),
    subject: patientOf(t),
    ...(start || end ? { period: { ...(start ? { start } : {}), ...(end ? { end } : {}) } } : {}),
    author: { reference: `Practitioner/${t.referral.therapistId}` },
    // R4 CarePlan.basedOn names only another CarePlan: the referral and the episode are supporting information.
    supportingInfo: [{ reference: `ServiceRequest/${t.id}` }, { reference: `EpisodeOfCare/${t.id}` }],
    goal: t.goals.map((g) => ({ reference: `Goal/${goalResourceId(t.id, g)}` })),
  };
}

export function trajectoryToFhir(t: Trajectory, orgId: string): TrajectoryFhir {
  const end = endDate(t);
  const agreedPlan = t.plans.some((p) => p.agreed !== null);
  return {
    episodeOfCare: {
      resourceType: 'EpisodeOfCare',
      id: t.id,
      meta: { profile: [NL_CORE_PROFILES.EpisodeOfCare] },
      status: episodeStatus(t.state),
      type: [disciplineConcept(t)],
      patient: patientOf(t),
      managingOrganization: { reference: `Organization/${orgId}` },
      period: { start: t.referral.receivedOn, ...(end ? { end } : {}) },
      referralRequest: [{ reference: `ServiceRequest/${t.id}` }],
      careManager: { reference: `Practitioner/${t.referral.therapistId}` },
    },
    serviceRequest: {
      resourceType: 'ServiceRequest',
      id: t.id,
      meta: { profile: [NL_CORE_PROFILES.ServiceRequest] },
      status: requestStatus(t.state),
      intent: 'order',
      category: [{ coding: [{ system: LOCAL_SYSTEMS.requestType, code: t.referral.requestType }] }],
      code: disciplineConcept(t),
      subject: patientOf(t),
      authoredOn: t.referral.receivedOn,
      requester: {
        display: t.referral.referrerName,
        ...(t.referral.regiebehandelaarId ? { reference: `Practitioner/${t.referral.regiebehandelaarId}` } : {}),
      },
      performer: [{ reference: `Practitioner/${t.referral.therapistId}` }],
      reasonCode: [{ text: t.referral.question }],
    },
    goals: t.goals.map((g) => toGoal(t, g, agreedPlan)),
    carePlan: toCarePlan(t),
    encounters: t.sessions.map((s) => toEncounter(t, s)),
  };
}
