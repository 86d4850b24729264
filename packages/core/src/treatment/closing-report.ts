import { latestGasTScore } from './attainment.js';
import { EVALUATION_DECISIONS } from './evaluation.js';
import type { Trajectory } from './trajectory-types.js';

/** The closing report to the referrer / regiebehandelaar, generated from the trajectory itself. */
export interface ClosingReport {
  clientName: string;
  birthDate: string;
  discipline: string;
  therapistName: string;
  referrerName: string;
  question: string;
  period: { from: string; to: string | null };
  state: string;
  goals: { description: string; kind: string; lastLevel: number | null; lastNote: string | null }[];
  sessions: { count: number; directMinutes: number; indirectMinutes: number };
  gasTScore: number | null;
  lastDecision: string | null;
  referralTarget: string | null;
  advice: string;
  relapsePrevention: string;
}

export function buildClosingReport(
  t: Trajectory,
  names: { clientName: string; birthDate: string; therapistName: string },
): ClosingReport {
  const last = t.evaluations.at(-1) ?? null;
  const dates = [t.referral.receivedOn, ...t.sessions.map((s) => s.date), ...t.evaluations.map((e) => e.date)].sort();
  return {
    ...names,
    discipline: t.referral.discipline,
    referrerName: t.referral.referrerName,
    question: t.referral.question,
    period: { from: t.referral.receivedOn, to: dates.at(-1) ?? null },
    state: t.state,
    goals: t.goals.map((goal) => {
      const result = last?.results.find((r) => r.goalId === goal.id);
      return {
        description: goal.description,
        kind: goal.kind,
        lastLevel: result?.gasLevel ?? null,
        lastNote: result?.note ?? null,
      };
    }),
    sessions: {
      count: t.sessions.length,
      directMinutes: t.sessions.reduce((a, s) => a + s.directMinutes, 0),
      indirectMinutes: t.sessions.reduce((a, s) => a + s.indirectMinutes, 0),
    },
    gasTScore: latestGasTScore(t.goals, t.evaluations)?.score ?? null,
    lastDecision: last ? EVALUATION_DECISIONS[last.decision] : null,
    referralTarget: last?.referralTarget ?? null,
    advice: t.closingNotes?.advice ?? '',
    relapsePrevention: t.closingNotes?.relapsePrevention ?? '',
  };
}
