import { partiesOf, wgboShortfall, type WgboShortfall } from '../access/wgbo-ages.js';
import { ageInYears } from '../people/age.js';
import { violation, type RuleViolation } from '../rules/rule-violation.js';
import { isChildOnlyDiscipline } from './disciplines.js';
import { validateEvaluation } from './evaluation.js';
import { validateGoals } from './goals.js';
import { planCompleteness } from './plan.js';
import type { Trajectory, TrajectoryContext, TrajectoryEventData, TrajectoryState } from './trajectory-types.js';
import { isValidAgb } from '../financing/identifiers.js';

/** Below this age the parents consent (001 L1579 for vaktherapie; BW 7:450 lid 2 for every treatment and diagnostic). */
export const PARENTAL_CONSENT_AGE = 16;

/** The problem code of each WGBO shortfall when a plan is agreed (the start of treatment). */
const PLAN_AGREEMENT_PROBLEMS = {
  representative_must_decide: 'treatment.plan_agreement_by_representative',
  both_must_agree: 'treatment.plan_agreement_by_both',
  client_decides_alone: 'treatment.plan_agreement_by_client',
} as const satisfies Record<WgboShortfall, string>;

/** States before treatment: the plan has not been agreed yet, so no session can be recorded. */
const BEFORE_AGREEMENT: readonly TrajectoryState[] = [
  'aangemeld',
  'intake',
  'diagnostiek',
  'indicatie',
  'doelen',
  'plan_concept',
];
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

/**
 * Under 16, a parent or legal representative consents to the intake and the plan: 001 L1579 says it for
 * vaktherapie, the WGBO (BW 7:450, 7:465; REFERENCE.md §13) for every treatment and diagnostic, ergotherapie included.
 */
export function needsParentalConsent(birthDate: string, today: string): boolean {
  return ageInYears(birthDate, today) < PARENTAL_CONSENT_AGE;
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
  // DOMAIN.md §3.3 rule 6 (001 L1722-1747): treatment starts with the agreed plan; a session before it names what is missing.
  if (trajectory && step.type === 'session_recorded' && BEFORE_AGREEMENT.includes(trajectory.state))
    return [violation('treatment.plan_not_agreed', '/version', '001 L1722-1747')];
  if (!trajectory || !ALLOWED[trajectory.state].includes(step.type))
    return [violation('treatment.transition_not_allowed', '', 'DOMAIN.md §3.2')];
  const underParentalConsent = needsParentalConsent(ctx.clientBirthDate, ctx.today);
  switch (step.type) {
    case 'intake_started':
    case 'acceptance_decided': {
      const out: RuleViolation[] = [];
      // 001 L1579 and BW 7:450 lid 2: under 16, the parents' consent before the intake, for every discipline.
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
      // BW 7:450, 7:465 (REFERENCE.md §13): under 12 the representative agrees, 12-15 both, 16+ the client.
      const shortfall = wgboShortfall(partiesOf(step.agreedBy, step.alsoAgreedBy), ctx.clientBirthDate, ctx.today);
      if (shortfall) out.push(violation(PLAN_AGREEMENT_PROBLEMS[shortfall], '/agreedBy', 'BW 7:450, 7:465'));
      // 001 L1714-1716: evaluation agreements before treatment starts.
      if (!trajectory.evaluationAgreements)
        out.push(violation('treatment.evaluation_agreements_required', '/evaluationAgreements', '001 L1714-1716'));
      return out;
    }
    case 'naaste_involved':
      // 001 L838-840: only at the client's request or on the professional's indication.
      return step.basis ? [] : [violation('treatment.naaste_basis_required', '/basis', '001 L838-840')];
    case 'session_recorded': {
      const out = checkSessionDate(trajectory, step.session.date, ctx);
      // 004 L85-86, L112 and REFERENCE.md §7.1: ergotherapie at home (with its surcharge) only when medically necessary.
      if (
        trajectory.referral.discipline === 'ergotherapie' &&
        step.session.setting === 'aan_huis' &&
        !step.session.homeVisitReason?.trim()
      ) {
        out.push(violation('treatment.home_visit_reason_required', '/homeVisitReason', '004 L112; REFERENCE.md §7.1'));
      }
      return out;
    }
    case 'evaluation_recorded':
      return validateEvaluation(
        step.evaluation,
        trajectory.goals.map((g) => g.id),
      );
    default:
      return [];
  }
}

/** Days after today a session may be dated (configuration; 0: only sessions that took place). */
export const DEFAULT_SESSION_HORIZON_DAYS = 0;

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function checkSessionDate(trajectory: Trajectory, date: string, ctx: TrajectoryContext): RuleViolation[] {
  // 001 L1269: vaktherapie is deployed after a referral; a session cannot precede it.
  if (date < trajectory.referral.receivedOn)
    return [violation('treatment.session_before_referral', '/session/date', '001 L1269')];
  // A session is documented after it took place (DOMAIN.md §3.2: sessions are records); the horizon is configuration.
  if (date > addDays(ctx.today, ctx.sessionHorizonDays ?? DEFAULT_SESSION_HORIZON_DAYS))
    return [violation('treatment.session_in_future', '/session/date', 'DOMAIN.md §3.2')];
  return [];
}

function checkReferral(step: Extract<TrajectoryEventData, { type: 'referred' }>, ctx: TrajectoryContext): RuleViolation[] {
  const out: RuleViolation[] = [];
  const { referral } = step;
  const vaktherapie = referral.discipline !== 'ergotherapie';
  // 001 L1436-1438 (GGZ institution) and L2469-2473 (Zvw): vaktherapie only under a named regiebehandelaar.
  if (vaktherapie && (ctx.organisationIsGgzInstitution || referral.funding === 'zvw') && !referral.regiebehandelaarId) {
    out.push(violation('treatment.regiebehandelaar_required', '/regiebehandelaarId', '001 L1436-1438, L2469-2473'));
  }
  // 001 L1440-1449: a vaktherapeut can never be the regiebehandelaar; nor can anyone without that role.
  if (referral.regiebehandelaarId && ctx.regiebehandelaarRoles) {
    if (ctx.regiebehandelaarRoles.includes('vaktherapeut'))
      out.push(violation('treatment.vaktherapeut_cannot_be_regiebehandelaar', '/regiebehandelaarId', '001 L1440-1449'));
    else if (!ctx.regiebehandelaarRoles.includes('regiebehandelaar'))
      out.push(violation('treatment.regiebehandelaar_not_eligible', '/regiebehandelaarId', '001 L1440-1449'));
  }
  // 001 L26-28 and 004: each discipline is its own profession; the therapist treats in their own discipline.
  if (ctx.therapistDiscipline !== undefined && ctx.therapistDiscipline !== referral.discipline) {
    out.push(violation('treatment.therapist_discipline_mismatch', '/therapistId', '001 L26-28'));
  }
  // 001 L1482-1484: speltherapie and PMKT for children and youth only.
  if (isChildOnlyDiscipline(referral.discipline) && ageInYears(ctx.clientBirthDate, ctx.today) >= YOUTH_AGE_LIMIT) {
    out.push(violation('treatment.discipline_for_children_only', '/discipline', '001 L1482-1484'));
  }
  // The referrer's AGB (the PM304 verwijzer, ei-layouts.ts): eight digits (Vektis AGB register) when given;
  // under direct access there is no referrer to name (REFERENCE.md §7.1 DTE).
  const referrerAgb = referral.referrerAgb ?? null;
  if (referrerAgb !== null && !isValidAgb(referrerAgb))
    out.push(violation('registration.agb_invalid', '/referrerAgb', 'Vektis AGB register; iWmo LDT_AgbCode (eight digits)'));
  else if (referrerAgb !== null && referral.source === 'zelf_dte')
    out.push(violation('treatment.referrer_agb_without_referral', '/referrerAgb', 'REFERENCE.md §7.1 (DTE)'));
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
