import { ageInYears } from '../people/age.js';
import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { isChildOnlyDiscipline } from './disciplines.js';
import { validateEvaluation } from './evaluation.js';
import { validateGoals } from './goals.js';
import { planCompleteness } from './plan.js';
import type { Trajectory, TrajectoryContext, TrajectoryEventData, TrajectoryState } from './trajectory-types.js';

/** Below this age the parents consent to vaktherapie (001 L1579). */
export const PARENTAL_CONSENT_AGE = 16;
/** "Kinderen en jeugd" (001 L1482-1484): under 18, as the Jeugdwet; an assumption, hence a constant. */
export const YOUTH_AGE_LIMIT = 18;

/** Which steps each state allows (DOMAIN.md §3.2). Acceptance straight from `aangemeld` is allowed but warned about (no intake). */
const ALLOWED: Record<TrajectoryState, readonly TrajectoryEventData['type'][]> = {
  aangemeld: ['parental_consent_recorded', 'intake_started', 'acceptance_decided', 'naaste_involved'],
  intake: ['parental_consent_recorded', 'acceptance_decided', 'naaste_involved'],
  niet_geaccepteerd: [],
  diagnostiek: ['diagnostics_recorded', 'diagnostics_reported', 'indication_set', 'naaste_involved'],
  diagnostiek_afgerond: [],
  indicatie: ['goals_set', 'naaste_involved'],
  doelen: ['goals_set', 'plan_drafted', 'evaluation_agreements_set', 'naaste_involved'],
  plan_concept: ['goals_set', 'plan_drafted', 'evaluation_agreements_set', 'plan_agreed', 'naaste_involved'],
  in_behandeling: [
    'session_recorded',
    'evaluation_started',
    'evaluation_recorded',
    'goals_set',
    'plan_drafted',
    'plan_agreed',
    'evaluation_agreements_set',
    'naaste_involved',
    'closing_notes_recorded',
  ],
  evaluatie: ['evaluation_recorded', 'naaste_involved', 'closing_notes_recorded'],
  // After closure only the closing report's notes can still be written.
  afgesloten: ['closing_notes_recorded'],
  overgedragen: ['closing_notes_recorded'],
  doorverwezen: ['closing_notes_recorded'],
};

/** 001 L1579: under 16, the parents consent to vaktherapie (intake, plan agreement); ergotherapie is not covered by that rule. */
export function needsParentalConsent(
  discipline: Trajectory['referral']['discipline'],
  birthDate: string,
  today: string,
): boolean {
  return discipline !== 'ergotherapie' && ageInYears(birthDate, today) < PARENTAL_CONSENT_AGE;
}

/** The steps a trajectory in this state can take next (DOMAIN.md §3.2); the hard rules below may still block one. */
export function allowedSteps(state: TrajectoryState): readonly TrajectoryEventData['type'][] {
  return ALLOWED[state];
}

/** The hard rules (DOMAIN.md §3.3): what would block this step. Empty = allowed. */
export function checkTrajectoryStep(
  trajectory: Trajectory | null,
  step: TrajectoryEventData,
  ctx: TrajectoryContext,
): RuleViolation[] {
  if (step.type === 'referred')
    return trajectory ? [violation('treatment.transition_not_allowed', '', 'DOMAIN.md §3.2')] : checkReferral(step, ctx);
  if (!trajectory || !ALLOWED[trajectory.state].includes(step.type))
    return [violation('treatment.transition_not_allowed', '', 'DOMAIN.md §3.2')];
  const underParentalConsent = needsParentalConsent(trajectory.referral.discipline, ctx.clientBirthDate, ctx.today);
  switch (step.type) {
    case 'intake_started':
    case 'acceptance_decided': {
      const out: RuleViolation[] = [];
      // 001 L1579: under 16, the parents' consent before the intake.
      if (underParentalConsent && !trajectory.parentalConsent)
        out.push(violation('treatment.parental_consent_required', '/parentalConsent', '001 L1579'));
      if (step.type === 'acceptance_decided') {
        // 001 L1609-1615: the therapist records the decision with reasons; a contra-indication blocks treatment.
        if (!step.reasons.trim()) out.push(violation('treatment.acceptance_reasons_required', '/reasons', '001 L1609-1615'));
        if (step.accepted && step.contraIndications.some((c) => c.trim()))
          out.push(violation('treatment.contra_indication_blocks', '/contraIndications', '001 L1609-1615'));
      }
      return out;
    }
    case 'diagnostics_reported':
      // 001 L1338-1350: a diagnostics-only referral reports back to the referrer.
      if (trajectory.referral.requestType !== 'alleen_diagnostiek')
        return [violation('treatment.transition_not_allowed', '', '001 L1338-1350')];
      return step.report.trim() && step.sentTo.trim()
        ? []
        : [violation('treatment.diagnostics_report_required', step.report.trim() ? '/sentTo' : '/report', '001 L1338-1350')];
    case 'indication_set':
      return trajectory.referral.requestType === 'alleen_diagnostiek'
        ? [violation('treatment.diagnostics_report_required', '', '001 L1338-1350')]
        : [];
    case 'goals_set':
      return validateGoals(step.goals);
    case 'plan_agreed': {
      const out: RuleViolation[] = [];
      const latest = trajectory.plans.at(-1);
      if (!latest || latest.version !== step.version)
        return [violation('treatment.plan_incomplete', '/version', '001 L1722-1747')];
      const completeness = planCompleteness(latest.plan, trajectory.goals.length, true);
      // 001 L1722-1747: all ten parts, the tenth being this agreement.
      for (const part of completeness.missing)
        out.push(violation('treatment.plan_incomplete', `/plan/${part}`, '001 L1722-1747'));
      if (underParentalConsent && step.agreedBy === 'client')
        out.push(violation('treatment.parental_consent_required', '/agreedBy', '001 L1579'));
      // 001 L1714-1716: evaluation agreements before treatment starts.
      if (!trajectory.evaluationAgreements)
        out.push(violation('treatment.evaluation_agreements_required', '/evaluationAgreements', '001 L1714-1716'));
      return out;
    }
    case 'naaste_involved':
      // 001 L838-840: only at the client's request or on the professional's indication.
      return step.basis ? [] : [violation('treatment.naaste_basis_required', '/basis', '001 L838-840')];
    case 'session_recorded':
      // 004 L85-86, L112 and REFERENCE.md §7.1: ergotherapie at home (with its surcharge) only when medically necessary.
      if (
        trajectory.referral.discipline === 'ergotherapie' &&
        step.session.setting === 'aan_huis' &&
        !step.session.homeVisitReason?.trim()
      ) {
        return [violation('treatment.home_visit_reason_required', '/homeVisitReason', '004 L112; REFERENCE.md §7.1')];
      }
      return [];
    case 'evaluation_recorded':
      return validateEvaluation(
        step.evaluation,
        trajectory.goals.map((g) => g.id),
      );
    default:
      return [];
  }
}

function checkReferral(step: Extract<TrajectoryEventData, { type: 'referred' }>, ctx: TrajectoryContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  const { referral } = step;
  const vaktherapie = referral.discipline !== 'ergotherapie';
  // 001 L1436-1438 (GGZ institution) and L2469-2473 (Zvw): vaktherapie only under a named regiebehandelaar.
  if (vaktherapie && (ctx.organisationIsGgzInstitution || referral.funding === 'zvw') && !referral.regiebehandelaarId) {
    out.push(violation('treatment.regiebehandelaar_required', '/regiebehandelaarId', '001 L1436-1438, L2469-2473'));
  }
  // 001 L1440-1449: a vaktherapeut can never be the regiebehandelaar.
  if (
    referral.regiebehandelaarId &&
    ctx.regiebehandelaarRoles &&
    (ctx.regiebehandelaarRoles.includes('vaktherapeut') || !ctx.regiebehandelaarRoles.includes('regiebehandelaar'))
  ) {
    out.push(violation('treatment.vaktherapeut_cannot_be_regiebehandelaar', '/regiebehandelaarId', '001 L1440-1449'));
  }
  // 001 L1482-1484: speltherapie and PMKT for children and youth only.
  if (isChildOnlyDiscipline(referral.discipline) && ageInYears(ctx.clientBirthDate, ctx.today) >= YOUTH_AGE_LIMIT) {
    out.push(violation('treatment.discipline_for_children_only', '/discipline', '001 L1482-1484'));
  }
  // 004 L104-106: ergotherapie is directly accessible (DTE); vaktherapie comes by referral.
  if (vaktherapie && (referral.source === 'zelf_dte' || referral.requestType === 'dte_screening')) {
    out.push(
      violation(
        'treatment.direct_access_ergotherapie_only',
        referral.source === 'zelf_dte' ? '/source' : '/requestType',
        '004 L104-106',
      ),
    );
  }
  return out;
}
