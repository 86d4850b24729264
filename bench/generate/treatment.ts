import {
  replayTrajectory,
  trajectoryWarnings,
  USUAL_RANGES,
  type Trajectory,
  type TrajectoryEvent,
  type TrajectoryEventData,
} from '@meedoen/core';
import { clientId } from './clients.js';
import { chunked, line, type TableCsv } from './csv.js';
import { addDays, GENERATED_UNTIL } from './dates.js';
import { disciplineOf, orgId, therapistId } from './organisations.js';
import { SESSIONS_PER_CLIENT, slotOfClient, therapistOfClient, type Plan } from './plan.js';
import { intBetween, pick, streamFor, uuidFor, type Random } from './prng.js';

export const trajectoryId = (seed: number, n: number) => uuidFor(seed, 'trajectory', n);

const ACTIVITIES = [
  'Balspel en ademhaling',
  'Kleien',
  'Ritme op de djembé',
  'Rollenspel',
  'Tekenen met houtskool',
  'Bewegen op muziek',
];
const OBSERVATIONS = [
  'Rustiger na afloop.',
  'Snel afgeleid, later betrokken.',
  'Gespannen bij de start.',
  'Neemt zelf initiatief.',
  'Vraagt om een pauze.',
];
const EVALUATIONS = ['Goed.', 'Wisselend.', 'Doel in zicht.', 'Moeizaam, volgende keer korter.'];

/**
 * One client's trajectory as its events (a treatment session is a `session_recorded` event in `trajectory_events`;
 * 0005_treatment.sql): referral to agreed plan (the steps of 001 §3.3-3.5, as the server's trajectory fixture takes
 * them), then weekly sessions. Dates are shifted per client so the history spreads over 2026.
 */
export function trajectoryEvents(seed: number, client: number, therapist: number, slot: number): TrajectoryEvent[] {
  const r = streamFor(seed, 'trajectory', client);
  const { received, start } = trajectoryDates(r, slot);
  const therapistUuid = therapistId(seed, therapist);
  const steps: { data: TrajectoryEventData; on: string }[] = [
    {
      on: received,
      data: {
        type: 'referred',
        referral: {
          discipline: disciplineOf(seed, therapist),
          source: 'regiebehandelaar',
          requestType: 'behandeling',
          funding: 'wlz',
          referrerName: 'Verwijzer (gegenereerd)',
          question: 'Hulp bij spanning en ontspannen.',
          therapistId: therapistUuid,
          regiebehandelaarId: null,
          receivedOn: received,
        },
      },
    },
    { on: addDays(received, 7), data: { type: 'intake_started', date: addDays(received, 7) } },
    {
      on: addDays(received, 7),
      data: { type: 'acceptance_decided', accepted: true, reasons: 'Hulpvraag past.', contraIndications: [] },
    },
    { on: addDays(received, 14), data: { type: 'diagnostics_recorded', findings: 'Verhoogde spanning.' } },
    { on: addDays(received, 14), data: { type: 'indication_set', focus: 'arousal', rationale: 'Arousalregulatie eerst.' } },
    {
      on: addDays(received, 21),
      data: {
        type: 'goals_set',
        goals: [
          {
            id: 'g1',
            parentId: null,
            description: 'Herkent spanning en ontlaadt die veilig.',
            kind: 'primair',
            term: 'lang',
            aim: 'verandering',
            domain: 'lichamelijk',
            transdiagnosticFactor: 'arousal',
            occupationArea: null,
            smart: { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true },
            gas: null,
          },
        ],
      },
    },
    {
      on: addDays(received, 21),
      data: {
        type: 'plan_drafted',
        version: 1,
        plan: {
          clientView: {
            vision: 'Ik word snel boos.',
            reason: 'Bewegen helpt.',
            helpQuestion: 'Rustiger worden.',
            expectation: 'Minder ruzie.',
          },
          therapistView: {
            natureOfProblems: 'Verhoogde arousal',
            maintainingFactors: 'Weinig uitlaatkleppen',
            conclusion: 'Vaktherapie geïndiceerd',
          },
          plannedDelivery: { method: 'Individueel', activities: 'Ervaringsgericht', period: '12 weken', frequency: 'wekelijks' },
          agreements: 'Wekelijks, vaste dag.',
          estimatedDuration: '12 weken',
          startDate: start,
          nextEvaluationDate: addDays(start, 42),
          remarks: 'Geen.',
        },
      },
    },
    {
      on: addDays(received, 21),
      data: { type: 'evaluation_agreements_set', everyWeeks: 6, firstDate: addDays(start, 42), method: 'Mondeling, GAS' },
    },
    { on: addDays(received, 28), data: { type: 'plan_agreed', version: 1, agreedBy: 'client', date: addDays(received, 28) } },
  ];
  for (const [s, date] of sessionDates(start).entries()) {
    steps.push({
      on: date,
      data: {
        type: 'session_recorded',
        session: {
          id: uuidFor(seed, 'session', client * SESSIONS_PER_CLIENT + s),
          date,
          form: 'individueel',
          setting: 'instelling',
          homeVisitReason: null,
          directMinutes: pick(r, [45, 45, 60]),
          indirectMinutes: 15,
          activities: pick(r, ACTIVITIES),
          observations: pick(r, OBSERVATIONS),
          sessionEvaluation: pick(r, EVALUATIONS),
          groupSessionId: null,
          outcomeMeasured: false,
        },
      },
    });
  }
  return steps.map(({ data, on }, i) => ({
    ...data,
    seq: i + 1,
    at: `${on}T09:00:00.000Z`,
    actorId: therapistUuid,
    reason: null,
  }));
}

/**
 * The plan's start (a week in 2026 up to July, on the weekday of the client's slot in the therapist's caseload) and
 * the referral five weeks before it. Sessions follow weekly on that weekday, at the slot's hour (see agenda.ts).
 */
export function trajectoryDates(r: Random, slot: number): { received: string; start: string } {
  const monday = addDays('2026-01-05', 7 * intBetween(r, 0, 26));
  const start = addDays(monday, slot % 5);
  return { received: addDays(start, -35), start };
}

/** The weekly sessions' dates of a trajectory that starts on `start`. */
export const sessionDates = (start: string): string[] =>
  Array.from({ length: SESSIONS_PER_CLIENT }, (_, s) => addDays(start, 7 * s));

/**
 * The projection row of client c's trajectory (trajectory-store.ts appendTrajectoryEvent keeps it). Every generated
 * trajectory takes the same steps, so the state and the warnings (on GENERATED_UNTIL) come from one replay with
 * core's rules; only the dates differ per client. The unit test replays every trajectory and compares.
 */
export function trajectoryProjection(seed: number, client: number, therapist: number, slot: number, template: Trajectory) {
  const { start } = trajectoryDates(streamFor(seed, 'trajectory', client), slot);
  const events = 9 + SESSIONS_PER_CLIENT;
  return {
    state: template.state,
    nextEvaluationDate: addDays(start, 42),
    warningCount: trajectoryWarnings(template, GENERATED_UNTIL, USUAL_RANGES, new Set()).length,
    lastSeq: events,
    discipline: disciplineOf(seed, therapist),
  };
}

export function templateTrajectory(seed: number): Trajectory {
  const t = replayTrajectory(trajectoryEvents(seed, 0, 0, 0), { id: trajectoryId(seed, 0), clientId: clientId(seed, 0) });
  if (!t) throw new Error('the generated trajectory did not replay');
  return t;
}

export function treatmentTables(plan: Plan): TableCsv[] {
  const { seed } = plan.options;
  const trajectories: TableCsv = {
    table: 'trajectories',
    columns: [
      'id',
      'org_id',
      'client_id',
      'discipline',
      'request_type',
      'therapist_id',
      'state',
      'next_evaluation_date',
      'warning_count',
      'last_seq',
    ],
    chunks: () =>
      chunked(
        (function* () {
          const template = templateTrajectory(seed);
          for (const o of plan.orgs) {
            for (let c = o.clients.from; c < o.clients.from + o.clients.count; c++) {
              const therapist = therapistOfClient(o, c);
              const p = trajectoryProjection(seed, c, therapist, slotOfClient(o, c), template);
              yield line([
                trajectoryId(seed, c),
                orgId(seed, o.index),
                clientId(seed, c),
                p.discipline,
                'behandeling',
                therapistId(seed, therapist),
                p.state,
                p.nextEvaluationDate,
                p.warningCount,
                p.lastSeq,
              ]);
            }
          }
        })(),
      ),
  };
  const events: TableCsv = {
    table: 'trajectory_events',
    columns: ['org_id', 'trajectory_id', 'seq', 'type', 'data', 'actor_id', 'at', 'reason'],
    chunks: () =>
      chunked(
        (function* () {
          for (const o of plan.orgs) {
            const org = orgId(seed, o.index);
            for (let c = o.clients.from; c < o.clients.from + o.clients.count; c++) {
              const id = trajectoryId(seed, c);
              for (const e of trajectoryEvents(seed, c, therapistOfClient(o, c), slotOfClient(o, c))) {
                const { seq, at, actorId, reason, ...data } = e;
                yield line([org, id, seq, data.type, JSON.stringify(data), actorId, at, reason]);
              }
            }
          }
        })(),
      ),
  };
  return [trajectories, events];
}
