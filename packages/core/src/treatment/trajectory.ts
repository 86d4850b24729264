import { EMPTY_PLAN } from './plan.js';
import type { Trajectory, TrajectoryEvent } from './trajectory-types.js';

/** Fold one event into the trajectory. The history is the truth; the state is derived from it. */
export function evolveTrajectory(
  trajectory: Trajectory | null,
  event: TrajectoryEvent,
  ids: { id: string; clientId: string },
): Trajectory {
  if (event.type === 'referred') {
    return {
      id: ids.id,
      clientId: ids.clientId,
      state: 'aangemeld',
      referral: event.referral,
      parentalConsent: null,
      intakeDate: null,
      acceptance: null,
      diagnostics: null,
      diagnosticsReport: null,
      indication: null,
      goals: [],
      plans: [],
      evaluationAgreements: null,
      naasten: [],
      sessions: [],
      evaluations: [],
      intensity: 'normaal',
      nextEvaluationDate: null,
      closingNotes: null,
      history: [event],
    };
  }
  if (!trajectory) throw new Error(`event ${event.type} before referral`);
  const t: Trajectory = { ...trajectory, history: [...trajectory.history, event] };
  switch (event.type) {
    case 'parental_consent_recorded':
      return { ...t, parentalConsent: { givenBy: event.givenBy, name: event.name, date: event.date } };
    case 'intake_started':
      return { ...t, state: 'intake', intakeDate: event.date };
    case 'acceptance_decided':
      return {
        ...t,
        state: event.accepted ? 'diagnostiek' : 'niet_geaccepteerd',
        acceptance: { accepted: event.accepted, reasons: event.reasons, contraIndications: event.contraIndications },
      };
    case 'diagnostics_recorded':
      return { ...t, diagnostics: event.findings };
    case 'diagnostics_reported':
      return { ...t, state: 'diagnostiek_afgerond', diagnosticsReport: { report: event.report, sentTo: event.sentTo } };
    case 'indication_set':
      return { ...t, state: 'indicatie', indication: { focus: event.focus, rationale: event.rationale } };
    case 'goals_set':
      return { ...t, state: t.state === 'indicatie' ? 'doelen' : t.state, goals: event.goals };
    case 'plan_drafted':
      return {
        ...t,
        state: t.state === 'doelen' ? 'plan_concept' : t.state,
        plans: [...t.plans, { version: event.version, plan: event.plan, agreed: null }],
      };
    case 'evaluation_agreements_set':
      return {
        ...t,
        evaluationAgreements: { everyWeeks: event.everyWeeks, firstDate: event.firstDate, method: event.method },
        nextEvaluationDate: t.nextEvaluationDate ?? event.firstDate,
      };
    case 'plan_agreed': {
      const plans = t.plans.map((p) =>
        p.version === event.version ? { ...p, agreed: { by: event.agreedBy, date: event.date } } : p,
      );
      const agreedPlan = plans.find((p) => p.version === event.version)?.plan ?? EMPTY_PLAN;
      return { ...t, state: 'in_behandeling', plans, nextEvaluationDate: agreedPlan.nextEvaluationDate ?? t.nextEvaluationDate };
    }
    case 'naaste_involved':
      return { ...t, naasten: [...t.naasten, { name: event.name, relation: event.relation, basis: event.basis }] };
    case 'session_recorded':
      return { ...t, sessions: [...t.sessions, event.session] };
    case 'evaluation_started':
      return { ...t, state: 'evaluatie' };
    case 'closing_notes_recorded':
      return { ...t, closingNotes: { advice: event.advice, relapsePrevention: event.relapsePrevention } };
    case 'evaluation_recorded': {
      const e = event.evaluation;
      const evaluations = [...t.evaluations, e];
      const next = e.nextEvaluationDate;
      switch (e.decision) {
        case 1:
          return { ...t, evaluations, state: 'afgesloten', nextEvaluationDate: null };
        case 2:
          return e.handOver
            ? { ...t, evaluations, state: 'overgedragen', nextEvaluationDate: null }
            : { ...t, evaluations, state: 'in_behandeling', intensity: 'afgeschaald', nextEvaluationDate: next };
        case 3:
          return { ...t, evaluations, state: 'in_behandeling', nextEvaluationDate: next };
        case 4:
          return { ...t, evaluations, state: 'in_behandeling', intensity: 'geintensiveerd', nextEvaluationDate: next };
        case 5:
          return { ...t, evaluations, state: 'doorverwezen', nextEvaluationDate: null };
      }
    }
  }
  return t;
}

export function replayTrajectory(events: readonly TrajectoryEvent[], ids: { id: string; clientId: string }): Trajectory | null {
  return events.reduce<Trajectory | null>((t, event) => evolveTrajectory(t, event, ids), null);
}
