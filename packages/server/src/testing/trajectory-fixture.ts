import {
  checkTrajectoryStep,
  evolveTrajectory,
  isoDateIn,
  type Trajectory,
  type TrajectoryContext,
  type TrajectoryEventData,
} from '@meedoen/core';
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { appendTrajectoryEvent, rolesOf } from '../treatment/trajectory-store.js';

export interface TrajectoryFixtureOptions {
  therapistId: string;
  regiebehandelaarId?: string | null;
  birthDate: string;
  ggzInstitution?: boolean;
  /** Sessions after the agreed plan (each a date). */
  sessions?: string[];
}

/**
 * A PMT trajectory from referral to an agreed plan with goals and sessions, every step checked by
 * core's rules and stored with the real store (as the routes do), for tests that read treatment data.
 */
export async function insertTrajectory(
  db: Database,
  orgId: string,
  clientId: string,
  options: TrajectoryFixtureOptions,
): Promise<string> {
  const id = randomUUID();
  const regie = options.regiebehandelaarId ?? null;
  const steps: TrajectoryEventData[] = [
    {
      type: 'referred',
      referral: {
        discipline: 'psychomotorische_therapie',
        source: 'regiebehandelaar',
        requestType: 'behandeling',
        funding: 'wlz',
        referrerName: 'A. de Wit, specialist ouderengeneeskunde',
        question: 'Onrust en frustratie; hulp bij ontspannen.',
        therapistId: options.therapistId,
        regiebehandelaarId: regie,
        receivedOn: '2026-09-01',
      },
    },
    { type: 'intake_started', date: '2026-09-08' },
    { type: 'acceptance_decided', accepted: true, reasons: 'Hulpvraag past bij PMT.', contraIndications: [] },
    { type: 'diagnostics_recorded', findings: 'Hoge spierspanning, snelle escalatie.' },
    { type: 'indication_set', focus: 'arousal', rationale: 'Arousalregulatie eerst.' },
    {
      type: 'goals_set',
      goals: [
        {
          id: 'g1',
          parentId: null,
          description: 'Herkent spanning in het lijf en ontlaadt die veilig.',
          kind: 'primair',
          term: 'lang',
          aim: 'verandering',
          domain: 'lichamelijk',
          transdiagnosticFactor: 'arousal',
          occupationArea: null,
          smart: { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true },
          gas: null,
        },
        {
          id: 'g1a',
          parentId: 'g1',
          description: 'Vraagt zelf om een pauze bij spanning.',
          kind: 'secundair',
          term: 'kort',
          aim: 'verandering',
          domain: 'lichamelijk',
          transdiagnosticFactor: null,
          occupationArea: null,
          smart: { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true },
          gas: null,
        },
      ],
    },
    {
      type: 'plan_drafted',
      version: 1,
      plan: {
        clientView: {
          vision: 'Ik word zo boos.',
          reason: 'Bewegen helpt.',
          helpQuestion: 'Rustiger worden.',
          expectation: 'Minder ruzie.',
        },
        therapistView: {
          natureOfProblems: 'Verhoogde arousal',
          maintainingFactors: 'Weinig uitlaatkleppen',
          conclusion: 'PMT geïndiceerd',
        },
        plannedDelivery: {
          method: 'Individuele PMT',
          activities: 'Balspel, ademhaling',
          period: '12 weken',
          frequency: 'wekelijks',
        },
        agreements: 'Dinsdagochtend in de gymzaal.',
        estimatedDuration: '12 weken',
        startDate: '2026-10-06',
        nextEvaluationDate: '2026-11-17',
        remarks: 'Geen.',
      },
    },
    { type: 'evaluation_agreements_set', everyWeeks: 6, firstDate: '2026-11-17', method: 'Mondeling, GAS' },
    { type: 'plan_agreed', version: 1, agreedBy: 'client', date: '2026-10-05' },
    ...(options.sessions ?? []).map((date): TrajectoryEventData => ({
      type: 'session_recorded',
      session: {
        id: randomUUID(),
        date,
        form: 'individueel',
        setting: 'instelling',
        homeVisitReason: null,
        directMinutes: 45,
        indirectMinutes: 15,
        activities: 'Balspel',
        observations: 'Rustiger na afloop.',
        sessionEvaluation: 'Goed.',
        groupSessionId: null,
        outcomeMeasured: false,
      },
    })),
  ];
  await db.withOrg(orgId, async (tx) => {
    const ctx: TrajectoryContext = {
      today: isoDateIn(new Date()),
      clientBirthDate: options.birthDate,
      organisationIsGgzInstitution: options.ggzInstitution ?? false,
      regiebehandelaarRoles: regie ? await rolesOf(tx, regie) : null,
    };
    let current: Trajectory | null = null;
    for (const [index, step] of steps.entries()) {
      const violations = checkTrajectoryStep(current, step, ctx);
      if (violations.length > 0) throw new Error(`fixture step ${step.type}: ${JSON.stringify(violations)}`);
      const event = { ...step, seq: index + 1, at: new Date().toISOString(), actorId: options.therapistId, reason: null };
      const next = evolveTrajectory(current, event, { id, clientId });
      await appendTrajectoryEvent(tx, orgId, next, event, ctx.today);
      current = next;
    }
  });
  return id;
}
