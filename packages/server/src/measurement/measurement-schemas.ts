import { INSTRUMENT_IDS, MOMENTS, RESPONDENTS } from '@meedoen/core';
import { Type } from 'typebox';

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
