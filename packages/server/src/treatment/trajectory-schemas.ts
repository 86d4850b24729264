import {
  ERGO_CONTACT_TYPES,
  DISCIPLINES,
  EVALUATION_DECISIONS,
  FUNDINGS,
  GOAL_AIMS,
  GOAL_DOMAINS,
  OCCUPATION_AREAS,
  PROCESS_ITEMS,
  REFERRAL_SOURCES,
  REQUEST_TYPES,
  SESSION_FORMS,
  SESSION_SETTINGS,
  TRAJECTORY_STATES,
  TRANSDIAGNOSTIC_FACTORS,
} from '@meedoen/core';
import { Type } from 'typebox';

const Text = (max = 4000) => Type.String({ maxLength: max });
const DateString = Type.String({ format: 'date' });
const GasLevel = Type.Union([-2, -1, 0, 1, 2].map((level) => Type.Literal(level)));

export const TrajectoryParams = Type.Object({
  clientId: Type.String({ format: 'uuid' }),
  trajectoryId: Type.String({ format: 'uuid' }),
});

export const ReferralBody = Type.Object(
  {
    discipline: Type.Enum([...DISCIPLINES]),
    source: Type.Enum([...REFERRAL_SOURCES]),
    requestType: Type.Enum([...REQUEST_TYPES]),
    funding: Type.Enum([...FUNDINGS]),
    referrerName: Type.String({ minLength: 1, maxLength: 200 }),
    referrerAgb: Type.Optional(
      Type.Union([Type.String({ maxLength: 20 }), Type.Null()], {
        description: 'the referrer’s AGB code (eight digits), sent in the PM304 as verwijzer; none under direct access',
      }),
    ),
    question: Type.String({ minLength: 1, maxLength: 4000, description: 'the referral question / hulpvraag' }),
    therapistId: Type.String({ format: 'uuid' }),
    regiebehandelaarId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    receivedOn: Type.Optional(DateString),
  },
  { additionalProperties: false },
);

export const GoalSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 64 }),
    parentId: Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()]),
    description: Text(1000),
    kind: Type.Enum(['primair', 'secundair']),
    term: Type.Enum(['kort', 'lang']),
    aim: Type.Enum([...GOAL_AIMS]),
    domain: Type.Enum([...GOAL_DOMAINS]),
    transdiagnosticFactor: Type.Union([Type.Enum([...TRANSDIAGNOSTIC_FACTORS]), Type.Null()]),
    occupationArea: Type.Union([Type.Enum([...OCCUPATION_AREAS]), Type.Null()]),
    smart: Type.Object(
      {
        specific: Type.Boolean(),
        measurable: Type.Boolean(),
        acceptable: Type.Boolean(),
        realistic: Type.Boolean(),
        timeBound: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    gas: Type.Union([
      Type.Object(
        {
          levels: Type.Object(
            { '-2': Text(500), '-1': Text(500), '0': Text(500), '1': Text(500), '2': Text(500) },
            { additionalProperties: false },
          ),
          weight: Type.Number({ minimum: 0, maximum: 9 }),
          baseline: GasLevel,
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  },
  { additionalProperties: false },
);

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const PlanSchema = Type.Object(
  {
    clientView: nullable(
      Type.Object({ vision: Text(), reason: Text(), helpQuestion: Text(), expectation: Text() }, { additionalProperties: false }),
    ),
    therapistView: nullable(
      Type.Object({ natureOfProblems: Text(), maintainingFactors: Text(), conclusion: Text() }, { additionalProperties: false }),
    ),
    plannedDelivery: nullable(
      Type.Object(
        { method: Text(), activities: Text(), period: Text(500), frequency: Text(500) },
        { additionalProperties: false },
      ),
    ),
    agreements: nullable(Text()),
    estimatedDuration: nullable(Text(200)),
    startDate: nullable(DateString),
    nextEvaluationDate: nullable(DateString),
    remarks: nullable(Text()),
  },
  { additionalProperties: false },
);

export const SessionBody = Type.Object(
  {
    date: DateString,
    form: Type.Enum([...SESSION_FORMS]),
    setting: Type.Enum([...SESSION_SETTINGS]),
    homeVisitReason: Type.Optional(nullable(Text(1000))),
    directMinutes: Type.Integer({ minimum: 0, maximum: 600 }),
    indirectMinutes: Type.Integer({ minimum: 0, maximum: 600 }),
    activities: Text(),
    observations: Text(),
    sessionEvaluation: Text(),
    outcomeMeasured: Type.Boolean({ description: 'an outcome or session measure (ORS/SRS, CORS/CSRS) was taken' }),
    startTime: Type.Optional(
      nullable(Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'local start, HH:MM' })),
    ),
    ergoContactType: Type.Optional(nullable(Type.Enum([...ERGO_CONTACT_TYPES]))),
    groupSize: Type.Optional(nullable(Type.Integer({ minimum: 2, maximum: 50 }))),
  },
  { additionalProperties: false },
);

export const EvaluationSchema = Type.Object(
  {
    kind: Type.Enum(['periodiek', 'eind']),
    date: DateString,
    process: Type.Object(Object.fromEntries(PROCESS_ITEMS.map((item) => [item, Text()])), { additionalProperties: false }),
    results: Type.Array(
      Type.Object(
        { goalId: Type.String({ maxLength: 64 }), gasLevel: nullable(GasLevel), note: Text(2000) },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
    satisfaction: Text(),
    participants: Type.Array(Type.Enum(['client', 'vaktherapeut', 'ergotherapeut', 'regiebehandelaar', 'huisarts', 'naaste']), {
      minItems: 1,
      uniqueItems: true,
    }),
    discussedWithClient: Type.Boolean(),
    decision: Type.Union(Object.keys(EVALUATION_DECISIONS).map((d) => Type.Literal(Number(d)))),
    handOver: Type.Boolean(),
    referralTarget: nullable(Text(500)),
    nextEvaluationDate: nullable(DateString),
  },
  { additionalProperties: false },
);

export const TrajectoryView = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    clientId: Type.String({ format: 'uuid' }),
    version: Type.Integer({ description: 'sequence number of the last event; send as If-Match to guard a step' }),
    state: Type.Enum([...TRAJECTORY_STATES]),
    referral: Type.Unknown(),
    parentalConsent: Type.Unknown(),
    intakeDate: nullable(Type.String()),
    acceptance: Type.Unknown(),
    diagnostics: nullable(Type.String()),
    diagnosticsReport: Type.Unknown(),
    indication: Type.Unknown(),
    goals: Type.Array(Type.Unknown()),
    plans: Type.Array(Type.Unknown()),
    evaluationAgreements: Type.Unknown(),
    naasten: Type.Array(Type.Unknown()),
    sessions: Type.Array(Type.Unknown()),
    evaluations: Type.Array(Type.Unknown()),
    intensity: Type.Enum(['normaal', 'afgeschaald', 'geintensiveerd']),
    nextEvaluationDate: nullable(Type.String()),
    closingNotes: Type.Unknown(),
    history: Type.Array(
      Type.Object({
        seq: Type.Integer(),
        type: Type.String(),
        at: Type.String(),
        actorId: Type.String(),
        actorName: nullable(Type.String()),
        reason: nullable(Type.String()),
      }),
    ),
    warnings: Type.Array(Type.Object({ code: Type.String(), source: Type.String(), subject: nullable(Type.String()) })),
    planCompleteness: nullable(
      Type.Object({ complete: Type.Boolean(), present: Type.Array(Type.String()), missing: Type.Array(Type.String()) }),
    ),
    gasTScore: nullable(Type.Number({ description: 'T-score of the latest evaluation’s scaled goals' })),
    abilities: Type.Object({ read: Type.Boolean(), write: Type.Boolean() }),
  },
  { $id: 'Trajectory' },
);
