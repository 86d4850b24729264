import {
  ACCESS_ROUTES,
  COMPETENCE_AREAS,
  DISCLOSABLE_PARTS,
  DISCLOSURE_AUDIENCES,
  emptyParticipationPlan,
  GROWTH_ROLES,
  LADDER_RUNGS,
  LEVELS,
  PLAN_SECTIONS,
  READINESS_ITEMS,
  SUPPORT_NEEDS,
  type ParticipationPlan,
} from '@meedoen/core';
import { Type, type TSchema } from 'typebox';
import Value from 'typebox/value';
import { TimeSlotSchema } from './offer-schemas.js';

const Text = (max: number) => Type.String({ maxLength: max });
const Texts = (max: number, items: number) => Type.Array(Text(max), { maxItems: items });
const Strict = { additionalProperties: false } as const;
const byKeys = <K extends string>(keys: readonly K[], value: TSchema) =>
  Type.Object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, TSchema>, Strict);
const Rung = Type.Union(LADDER_RUNGS.map((rung) => Type.Literal(rung)));

/**
 * The participation plan as stored (core `ParticipationPlan`, DOMAIN.md §4.4): every section, typed, with
 * limits. The server checks every plan against it before writing, so a plan that would break a reader
 * (matching, the portfolio, the plan page) can never be stored.
 */
export const PLAN_SECTION_SCHEMAS = {
  dreams: Text(4000),
  meaning: Text(4000),
  otherRoles: Texts(200, 30),
  strengths: Texts(200, 50),
  competences: byKeys(COMPETENCE_AREAS, Text(4000)),
  readiness: byKeys(READINESS_ITEMS, Type.Integer({ minimum: 1, maximum: 5 })),
  preferences: Type.Object(
    {
      sectors: Texts(100, 30),
      interests: Texts(100, 50),
      level: Type.Enum([...LEVELS]),
      hoursPerWeek: Type.Union([Type.Number({ minimum: 0, maximum: 168 }), Type.Null()]),
      earliestStart: Type.Union([Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }), Type.Null()]),
      maxTravelMinutes: Type.Integer({ minimum: 0, maximum: 600 }),
      availability: Type.Array(TimeSlotSchema, { maxItems: 50 }),
      wantsLowStimulus: Type.Boolean(),
      wantsSmallScale: Type.Boolean(),
      needsWheelchairAccess: Type.Boolean(),
      costCeilingPerMonth: Type.Union([Type.Number({ minimum: 0, maximum: 100000 }), Type.Null()]),
      access: Type.Array(Type.Enum([...ACCESS_ROUTES]), { uniqueItems: true }),
      rolesToGrowInto: Type.Array(Type.Enum([...GROWTH_ROLES]), { uniqueItems: true }),
      wantsSocialSafety: Type.Boolean(),
    },
    Strict,
  ),
  supportNeeds: Type.Array(Type.Enum([...SUPPORT_NEEDS]), { uniqueItems: true }),
  network: Type.Array(Type.Object({ name: Text(200), relation: Text(200), contribution: Text(1000) }, Strict), { maxItems: 50 }),
  perspective: Text(4000),
  steps: Type.Array(Type.Object({ description: Text(1000), done: Type.Boolean() }, Strict), { maxItems: 100 }),
  ladder: Type.Object({ currentRung: Rung, targetRung: Rung, wantsToStay: Type.Boolean() }, Strict),
  signalPlan: byKeys(['groen', 'oranje', 'rood'], Type.Object({ signs: Text(2000), actions: Text(2000) }, Strict)),
  disclosure: Type.Array(
    Type.Object(
      {
        audience: Type.Enum([...DISCLOSURE_AUDIENCES]),
        mayKnow: Text(2000),
        sections: Type.Array(Type.Enum([...DISCLOSABLE_PARTS]), { uniqueItems: true }),
      },
      Strict,
    ),
    { maxItems: 20 },
  ),
  portfolio: Type.Array(
    Type.Object(
      {
        title: Text(200),
        kind: Type.Enum(['ervaring', 'certificaat', 'werkstuk']),
        date: Type.String({ format: 'date' }),
        description: Text(2000),
        fileId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
      },
      Strict,
    ),
    { maxItems: 200 },
  ),
} satisfies Record<keyof ParticipationPlan, TSchema>;

/** The whole stored plan: every section required, nothing else. */
export const ParticipationPlanSchema = Type.Object(PLAN_SECTION_SCHEMAS, {
  ...Strict,
  description: 'the participation plan document (see core ParticipationPlan)',
});

/**
 * What a PUT may send: the sections typed as above, each optional, because an external party with write
 * consent sends only the sections the client shared with them; the merged result must be a whole plan.
 */
export const PlanWrite = Type.Object(
  Object.fromEntries(Object.entries(PLAN_SECTION_SCHEMAS).map(([key, schema]) => [key, Type.Optional(schema)])),
  { ...Strict, description: 'the participation plan document (see core ParticipationPlan)' },
);

/** The JSON Pointers (under `base`) where a document fails the plan schema; empty when it is a whole plan. */
export function planProblems(document: unknown, base: string): { path: string; message: string }[] {
  if (Value.Check(ParticipationPlanSchema, document)) return [];
  return [...Value.Errors(ParticipationPlanSchema, document)]
    .slice(0, 20)
    .map((error) => ({ path: `${base}${error.instancePath}`, message: error.message }));
}

/**
 * A stored plan as readers may use it. A row written before the schema was checked (migration 0010
 * reports those) may be damaged: each section that fails its schema is replaced by the empty section,
 * and named in `damaged`, so one bad row never breaks a read.
 */
export function readStoredPlan(document: unknown): { plan: ParticipationPlan; damaged: string[] } {
  const empty = emptyParticipationPlan();
  const stored = document !== null && typeof document === 'object' && !Array.isArray(document) ? document : {};
  const plan: Record<string, unknown> = { ...empty };
  const damaged: string[] = [];
  for (const section of PLAN_SECTIONS) {
    const value = (stored as Record<string, unknown>)[section];
    if (Value.Check(PLAN_SECTION_SCHEMAS[section], value)) plan[section] = value;
    else damaged.push(section);
  }
  if (!Value.Check(PLAN_SECTION_SCHEMAS.disclosure, (stored as Record<string, unknown>)['disclosure']))
    damaged.push('disclosure');
  else plan['disclosure'] = (stored as Record<string, unknown>)['disclosure'];
  return { plan: plan as unknown as ParticipationPlan, damaged };
}
