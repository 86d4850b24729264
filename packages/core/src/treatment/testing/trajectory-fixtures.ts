import { checkTrajectoryStep } from '../trajectory-rules.js';
import type { Referral, Trajectory, TrajectoryContext, TrajectoryEventData } from '../trajectory-types.js';
import { evolveTrajectory } from '../trajectory.js';
import type { Goal } from '../goals.js';
import type { PlanContent } from '../plan.js';
import type { EvaluationRecord } from '../evaluation.js';

export const ADULT_CTX: TrajectoryContext = {
  today: '2026-11-22',
  clientBirthDate: '1958-03-14',
  organisationIsGgzInstitution: false,
  regiebehandelaarRoles: ['regiebehandelaar'],
};

export const PMT_REFERRAL: Referral = {
  discipline: 'psychomotorische_therapie',
  source: 'regiebehandelaar',
  requestType: 'behandeling',
  funding: 'wlz',
  referrerName: 'A. de Wit, specialist ouderengeneeskunde',
  question: 'Frustratie en onrust na CVA; hulp bij ontladen en ontspannen.',
  therapistId: 'therapist',
  regiebehandelaarId: 'regie',
  receivedOn: '2026-09-01',
};

export const GOALS: Goal[] = [
  {
    id: 'g1',
    parentId: null,
    description: 'Henk herkent spanning in zijn lijf en kan die op een veilige manier ontladen.',
    kind: 'primair',
    term: 'lang',
    aim: 'verandering',
    domain: 'lichamelijk',
    transdiagnosticFactor: 'arousal',
    occupationArea: null,
    smart: { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true },
    gas: {
      levels: {
        '-2': 'Slaat bij frustratie',
        '-1': 'Benoemt spanning achteraf',
        '0': 'Herkent spanning en vraagt om een pauze',
        '1': 'Gebruikt zelf een ontspanningsoefening',
        '2': 'Voorkomt escalatie zonder hulp',
      },
      weight: 1,
      baseline: -2,
    },
  },
  {
    id: 'g1a',
    parentId: 'g1',
    description: 'Doet mee aan de ontspanningsoefening aan het eind van de sessie.',
    kind: 'secundair',
    term: 'kort',
    aim: 'ontwikkeling',
    domain: 'gedragsmatig',
    transdiagnosticFactor: 'arousal',
    occupationArea: null,
    smart: { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: false },
    gas: null,
  },
];

export const COMPLETE_PLAN: PlanContent = {
  clientView: {
    vision: 'Ik word zo boos van mezelf.',
    reason: 'Bewegen helpt me.',
    helpQuestion: 'Rustiger worden.',
    expectation: 'Minder ruzie op de afdeling.',
  },
  therapistView: {
    natureOfProblems: 'Verhoogde arousal na CVA',
    maintainingFactors: 'Afasie, weinig uitlaatkleppen',
    conclusion: 'PMT geïndiceerd',
  },
  plannedDelivery: {
    method: 'Individuele PMT',
    activities: 'Balspel, ademhaling, ontspanning',
    period: '12 weken',
    frequency: 'wekelijks',
  },
  agreements: 'Sessies op dinsdagochtend in de gymzaal.',
  estimatedDuration: '12 weken',
  startDate: '2026-10-06',
  nextEvaluationDate: '2026-11-17',
  remarks: 'Geen',
};

export const EVALUATION: EvaluationRecord = {
  kind: 'periodiek',
  date: '2026-11-17',
  process: {
    attunement: 'Goede afstemming, Henk komt graag.',
    fitWithHelpQuestion: 'Sluit aan bij zijn wens rustiger te worden.',
    fitWithCharacteristics: 'Non-verbale werkvormen passen bij de afasie.',
    individualOrGroup: 'Individueel blijft passend.',
    choiceOfDiscipline: 'PMT past: via het lijf.',
  },
  results: [
    { goalId: 'g1', gasLevel: 0, note: 'Vraagt zelf om pauze.' },
    { goalId: 'g1a', gasLevel: null, note: 'Doet mee.' },
  ],
  satisfaction: 'Henk en zijn vrouw zijn tevreden.',
  participants: ['client', 'vaktherapeut', 'regiebehandelaar'],
  discussedWithClient: true,
  decision: 3,
  handOver: false,
  referralTarget: null,
  nextEvaluationDate: '2027-01-12',
};

/** Apply steps in order; returns the trajectory, or the first step's violations that blocked. */
export function runSteps(steps: TrajectoryEventData[], ctx: TrajectoryContext = ADULT_CTX) {
  let trajectory: Trajectory | null = null;
  let seq = 0;
  for (const step of steps) {
    const violations = checkTrajectoryStep(trajectory, step, ctx);
    if (violations.length > 0) return { trajectory, violations, blockedAt: step.type };
    seq += 1;
    trajectory = evolveTrajectory(
      trajectory,
      { ...step, seq, at: `2026-11-22T10:00:0${seq % 10}Z`, actorId: 'therapist', reason: null } as never,
      { id: 't', clientId: 'c' },
    );
  }
  return { trajectory, violations: [], blockedAt: null };
}

/** The PMT case of 000 up to an agreed plan. */
export const TO_AGREED_PLAN: TrajectoryEventData[] = [
  { type: 'referred', referral: PMT_REFERRAL },
  { type: 'intake_started', date: '2026-09-08' },
  {
    type: 'acceptance_decided',
    accepted: true,
    reasons: 'Hulpvraag past bij PMT; geen contra-indicaties.',
    contraIndications: [],
  },
  { type: 'diagnostics_recorded', findings: 'Observatie: hoge spierspanning, snelle escalatie.' },
  { type: 'indication_set', focus: 'arousal', rationale: 'Arousalregulatie eerst.' },
  { type: 'goals_set', goals: GOALS },
  { type: 'plan_drafted', version: 1, plan: COMPLETE_PLAN },
  { type: 'evaluation_agreements_set', everyWeeks: 6, firstDate: '2026-11-17', method: 'Mondeling met Henk en zijn vrouw, GAS' },
  { type: 'plan_agreed', version: 1, agreedBy: 'client', date: '2026-10-05' },
];
