import { INSTRUMENT_IDS, MOMENTS, RESPONDENTS } from '@meedoen/core';
import { Type, type TSchema } from 'typebox';

export const InstrumentIdSchema = Type.Enum([...INSTRUMENT_IDS]);

const Answers = Type.Record(Type.String({ maxLength: 100 }), Type.Union([Type.Number(), Type.Boolean()]), {
  description: 'per item id: 0-10 on the line (vasInput cm) or 0-100 on the slider (vasInput slider_0_100), a level, or yes/no',
});
const VasInput = Type.Enum(['cm', 'slider_0_100']);

export const AdministrationBody = Type.Object(
  {
    instrumentId: InstrumentIdSchema,
    occasionId: Type.String({ minLength: 1, maxLength: 200, description: 'from the schedule of the trajectory' }),
    moment: Type.Enum([...MOMENTS]),
    sessionId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    respondent: Type.Enum([...RESPONDENTS]),
    mode: Type.Enum(['digital', 'paper']),
    answers: Answers,
    vasInput: VasInput,
    administeredOn: Type.Optional(
      Type.String({ format: 'date', description: 'paper scores only; the portal records today (Amsterdam)' }),
    ),
  },
  { additionalProperties: false },
);

export const CorrectionBody = Type.Object(
  {
    basedOnVersion: Type.Integer({ minimum: 1 }),
    answers: Answers,
    vasInput: VasInput,
    reason: Type.String({ maxLength: 1000 }),
  },
  { additionalProperties: false },
);

export const AdministrationParams = Type.Object({
  clientId: Type.String({ format: 'uuid' }),
  administrationId: Type.String({ format: 'uuid' }),
});

export const LicenceBody = Type.Object(
  {
    instrumentId: InstrumentIdSchema,
    holder: Type.String({ maxLength: 300 }),
    reference: Type.String({ maxLength: 300 }),
    validFrom: Type.String({ format: 'date' }),
    validUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
    digitalUse: Type.Boolean(),
  },
  { additionalProperties: false },
);

const ItemContent = Type.Object(
  {
    text: Type.String({ maxLength: 2000 }),
    anchorLow: Type.Optional(Type.String({ maxLength: 300 })),
    anchorHigh: Type.Optional(Type.String({ maxLength: 300 })),
    options: Type.Optional(Type.Record(Type.String({ maxLength: 20 }), Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
const LanguageContent = Type.Object(
  {
    title: Type.String({ maxLength: 300 }),
    instructions: Type.String({ maxLength: 4000 }),
    items: Type.Record(Type.String({ maxLength: 100 }), ItemContent),
  },
  { additionalProperties: false },
);

export const ContentBody = Type.Object(
  {
    instrumentId: InstrumentIdSchema,
    edition: Type.String({ minLength: 1, maxLength: 300 }),
    copyright: Type.String({ maxLength: 1000 }),
    languages: Type.Object(
      { nl: Type.Optional(LanguageContent), en: Type.Optional(LanguageContent) },
      { additionalProperties: false },
    ),
    scoringKey: Type.Union([
      Type.Object(
        {
          response: Type.Object({ min: Type.Integer(), max: Type.Integer() }, { additionalProperties: false }),
          reversedItems: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 }),
          subscales: Type.Record(Type.String({ maxLength: 100 }), Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 })),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  },
  { additionalProperties: false },
);

export const SetupBody = Type.Object(
  {
    enabled: Type.Boolean(),
    licenceId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    contentId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  },
  { additionalProperties: false },
);

/** Loosely typed answers: the shapes are core's (ProgressChart, MeasurementAlert, …), documented there. */
export const OpenObject = Type.Object({}, { additionalProperties: true });

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A scheduled occasion (core's `MeasurementOccasion`, schedule.ts). */
export const OccasionSchema = Type.Object({
  occasionId: Type.String(),
  moment: Type.Enum([...MOMENTS]),
  date: Type.String(),
  sessionId: nullable(Type.String()),
  sessionNumber: nullable(Type.Integer()),
  instrumentId: InstrumentIdSchema,
  respondent: Type.Enum([...RESPONDENTS]),
  status: Type.Enum(['done', 'due', 'upcoming', 'missed']),
  source: Type.String(),
});

/**
 * One version of an administration as the routes show it (`presentVersion` in measurement-routes.ts). Every field
 * is listed: the response serialiser drops what a schema does not name.
 */
export const AdministrationViewSchema = Type.Object({
  id: Type.String(),
  administrationId: Type.String(),
  version: Type.Integer(),
  instrumentId: InstrumentIdSchema,
  occasionId: Type.String(),
  moment: Type.Enum([...MOMENTS]),
  sessionId: nullable(Type.String()),
  sessionNumber: nullable(Type.Integer()),
  respondent: Type.Enum([...RESPONDENTS]),
  mode: Type.Enum(['digital', 'paper']),
  answers: nullable(Type.Record(Type.String(), Type.Union([Type.Number(), Type.Boolean()]))),
  scores: nullable(
    Type.Array(Type.Object({ scale: Type.String(), kind: Type.Enum(['total', 'subscale', 'domain']), value: Type.Number() })),
  ),
  administeredOn: Type.String(),
  recordedAt: Type.String(),
  recordedBy: Type.String(),
  recordedByName: nullable(Type.String()),
  correctionReason: nullable(Type.String()),
  filledTogether: Type.Boolean({ description: 'the therapist filled it in on screen together with the client' }),
});

/** How an item is answered (core's `AnswerType`, instrument-types.ts). */
const AnswerTypeSchema = Type.Union([
  Type.Object({ kind: Type.Literal('vas'), min: Type.Literal(0), max: Type.Literal(10), step: Type.Literal(0.1) }),
  Type.Object({ kind: Type.Literal('likert'), min: Type.Number(), max: Type.Number() }),
  Type.Object({ kind: Type.Literal('yes_no') }),
  Type.Object({ kind: Type.Literal('level'), levels: Type.Array(Type.Number()) }),
]);

/** The form of a due or missed occasion (`occasionForm` in occasion-forms.ts): every field, as above. */
export const OccasionFormSchema = Type.Object({
  occasion: OccasionSchema,
  abbreviation: Type.String(),
  purpose: Type.Enum(['outcome', 'alliance', 'quality_of_life', 'goal_attainment', 'self_sufficiency', 'participation']),
  onScreen: Type.Boolean(),
  onPaper: Type.Boolean(),
  form: Type.Object({
    title: Type.String(),
    instructions: Type.String(),
    copyright: Type.String(),
    items: Type.Array(
      Type.Object({
        id: Type.String(),
        answer: nullable(AnswerTypeSchema),
        label: nullable(Type.String()),
        text: nullable(Type.String()),
        anchorLow: nullable(Type.String()),
        anchorHigh: nullable(Type.String()),
        options: nullable(Type.Record(Type.String(), Type.String())),
      }),
    ),
  }),
});
