import type { ErgoContactType } from '../financing/parameters.js';
import type { Role } from '../access/roles.js';
import type { Discipline } from './disciplines.js';
import type { EvaluationRecord } from './evaluation.js';
import type { Goal } from './goals.js';
import type { PlanContent } from './plan.js';

/** The states of DOMAIN.md §3.2 (001 §3.2.1-3.5, L1267-1949). */
export const TRAJECTORY_STATES = [
  'aangemeld',
  'intake',
  'niet_geaccepteerd',
  'diagnostiek',
  'diagnostiek_afgerond',
  'indicatie',
  'doelen',
  'plan_concept',
  'in_behandeling',
  'evaluatie',
  'afgesloten',
  'overgedragen',
  'doorverwezen',
] as const;
export type TrajectoryState = (typeof TRAJECTORY_STATES)[number];
export const FINAL_STATES: readonly TrajectoryState[] = [
  'niet_geaccepteerd',
  'diagnostiek_afgerond',
  'afgesloten',
  'overgedragen',
  'doorverwezen',
];

export const REFERRAL_SOURCES = ['regiebehandelaar', 'huisarts_poh', 'wijkteam', 'zelf_dte'] as const;
export const REQUEST_TYPES = ['behandeling', 'alleen_diagnostiek', 'dte_screening'] as const;
export const FUNDINGS = ['zvw', 'jeugdwet', 'wlz', 'wmo', 'aanvullend', 'particulier'] as const;
export const SESSION_FORMS = ['individueel', 'groep', 'partnerrelatie', 'gezin'] as const;
export const SESSION_SETTINGS = ['praktijk', 'aan_huis', 'instelling', 'online'] as const;

export interface Referral {
  discipline: Discipline;
  source: (typeof REFERRAL_SOURCES)[number];
  requestType: (typeof REQUEST_TYPES)[number];
  funding: (typeof FUNDINGS)[number];
  referrerName: string;
  /**
   * The referrer's AGB code, when known: the PM304 detail record names the verwijzer by it (ei-layouts.ts,
   * "Zorgverlenerscode voorschrijver/verwijzer"). None under direct access (REFERENCE.md §7.1 DTE). Absent before.
   */
  referrerAgb?: string | null;
  question: string;
  therapistId: string;
  regiebehandelaarId: string | null;
  receivedOn: string;
}

export interface SessionRecord {
  id: string;
  date: string;
  form: (typeof SESSION_FORMS)[number];
  setting: (typeof SESSION_SETTINGS)[number];
  /** Ergotherapie at home: why it is medically necessary (004 L112; REFERENCE.md §7.1). */
  homeVisitReason: string | null;
  directMinutes: number;
  indirectMinutes: number;
  activities: string;
  observations: string;
  sessionEvaluation: string;
  /** A group session documented once: its shared id; each participant gets this record. */
  groupSessionId: string | null;
  outcomeMeasured: boolean;
  /** Local start time (HH:MM): overlapping services of one person cannot both be paid (issue 12). Absent before. */
  startTime?: string | null;
  /** Ergotherapie: the kind of contact, which decides its prestatiecode (REFERENCE.md §7.2). */
  ergoContactType?: ErgoContactType | null;
  /** Ergotherapie group session: the number of participants (REFERENCE.md §7.2). */
  groupSize?: number | null;
}

/** Everything that can happen to a trajectory; each is appended, never changed. */
export type TrajectoryEventData =
  | { type: 'referred'; referral: Referral }
  | { type: 'parental_consent_recorded'; givenBy: 'ouder' | 'wettelijk_vertegenwoordiger'; name: string; date: string }
  | { type: 'intake_started'; date: string }
  | { type: 'acceptance_decided'; accepted: boolean; reasons: string; contraIndications: string[] }
  | { type: 'diagnostics_recorded'; findings: string }
  | { type: 'diagnostics_reported'; report: string; sentTo: string }
  | { type: 'indication_set'; focus: string; rationale: string }
  | { type: 'goals_set'; goals: Goal[] }
  | { type: 'plan_drafted'; version: number; plan: PlanContent }
  | { type: 'evaluation_agreements_set'; everyWeeks: number; firstDate: string; method: string }
  | {
      type: 'plan_agreed';
      version: number;
      agreedBy: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger';
      /** From 12 up to 16 both agree (BW 7:450 lid 2): the second of them. */
      alsoAgreedBy?: 'client' | 'ouder' | 'wettelijk_vertegenwoordiger' | null;
      date: string;
    }
  | { type: 'naaste_involved'; name: string; relation: string; basis: 'verzoek_client' | 'indicatie_professional' }
  | { type: 'session_recorded'; session: SessionRecord }
  | { type: 'evaluation_started'; date: string }
  | { type: 'evaluation_recorded'; evaluation: EvaluationRecord }
  /** For the closing report to the referrer: advice and relapse prevention. */
  | { type: 'closing_notes_recorded'; advice: string; relapsePrevention: string };

export type TrajectoryEvent = TrajectoryEventData & { seq: number; at: string; actorId: string; reason: string | null };

export interface PlanVersion {
  version: number;
  plan: PlanContent;
  agreed: { by: string; date: string } | null;
}

export interface Trajectory {
  id: string;
  clientId: string;
  state: TrajectoryState;
  referral: Referral;
  parentalConsent: { givenBy: string; name: string; date: string } | null;
  intakeDate: string | null;
  acceptance: { accepted: boolean; reasons: string; contraIndications: string[] } | null;
  diagnostics: string | null;
  diagnosticsReport: { report: string; sentTo: string } | null;
  indication: { focus: string; rationale: string } | null;
  goals: Goal[];
  plans: PlanVersion[];
  evaluationAgreements: { everyWeeks: number; firstDate: string; method: string } | null;
  naasten: { name: string; relation: string; basis: string }[];
  sessions: SessionRecord[];
  evaluations: EvaluationRecord[];
  intensity: 'normaal' | 'afgeschaald' | 'geintensiveerd';
  nextEvaluationDate: string | null;
  closingNotes: { advice: string; relapsePrevention: string } | null;
  history: TrajectoryEvent[];
}

/** What the rules need from outside the trajectory; time is explicit. */
export interface TrajectoryContext {
  today: string;
  clientBirthDate: string;
  organisationIsGgzInstitution: boolean;
  /** Roles of the user named as regiebehandelaar (looked up by the caller), null if none named. */
  regiebehandelaarRoles: readonly Role[] | null;
  /** The discipline of the therapist named on a referral (looked up by the caller); undefined when not checked. */
  therapistDiscipline?: string | null;
  /** Days after today a session may be dated (configuration); 0 when absent. */
  sessionHorizonDays?: number;
}
