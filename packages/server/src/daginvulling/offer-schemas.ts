import { ACCESS_ROUTES, CONTINUUM_FORMS, GROWTH_ROLES, LEVELS, WEEKDAYS } from '@meedoen/core';
import { Type } from 'typebox';

export const TimeSlotSchema = Type.Object(
  {
    day: Type.Enum([...WEEKDAYS]),
    from: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
    to: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
  },
  { additionalProperties: false },
);

const Text = (max = 2000) => Type.String({ maxLength: max });

/** Every attribute of a social-map entry (DOMAIN.md §4.3; 003 L1263-1266, L5008-5055, L4858-4861). */
export const OfferInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    provider: Type.String({ minLength: 1, maxLength: 200 }),
    internal: Type.Boolean({ description: 'offered by this organisation itself' }),
    description: Type.String({ minLength: 1, maxLength: 4000, description: 'plain language (B1) for participants' }),
    form: Type.Enum([...CONTINUUM_FORMS]),
    access: Type.Enum([...ACCESS_ROUTES]),
    conditions: Text(),
    forWhom: Type.String({ maxLength: 2000, description: 'by talents and interests, not diagnoses' }),
    interests: Type.Array(Type.String({ maxLength: 60 }), { maxItems: 30 }),
    learn: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 30 }),
    level: Type.Enum([...LEVELS]),
    groupOrIndividual: Type.Enum(['groep', 'individueel']),
    schedule: Type.Array(TimeSlotSchema, { minItems: 1, maxItems: 21 }),
    eveningsWeekends: Type.Boolean(),
    openInHolidays: Type.Boolean(),
    capacity: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    address: Type.Union([Text(300), Type.Null()]),
    municipality: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()], { description: 'for the municipal overview' }),
    ),
    neighbourhood: Type.Optional(
      Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()], {
        description: 'wijk, for the municipal overview',
      }),
    ),
    lat: Type.Union([Type.Number({ minimum: -90, maximum: 90 }), Type.Null()]),
    lon: Type.Union([Type.Number({ minimum: -180, maximum: 180 }), Type.Null()]),
    online: Type.Boolean(),
    publicTransport: Text(500),
    wheelchairAccessible: Type.Boolean(),
    lowStimulus: Type.Boolean(),
    smallScale: Type.Boolean(),
    socialSafety: Type.Object(
      { contactPerson: Type.Boolean(), buddy: Type.Boolean(), houseRules: Type.Boolean() },
      { additionalProperties: false },
    ),
    costPerMonth: Type.Number({ minimum: 0, maximum: 10000 }),
    compensationPerHour: Type.Union([Type.Number({ minimum: 0, maximum: 1000 }), Type.Null()]),
    benefitEffect: Text(1000),
    roles: Type.Array(Type.Enum([...GROWTH_ROLES]), { uniqueItems: true }),
    expertsByExperience: Type.Boolean(),
    partners: Text(1000),
    results: Text(2000),
  },
  { additionalProperties: false },
);

export const OfferView = Type.Intersect([
  OfferInput,
  Type.Object({
    id: Type.String({ format: 'uuid' }),
    lastConfirmedOn: Type.String({ format: 'date' }),
    stale: Type.Boolean({ description: 'not confirmed within the configured period' }),
    version: Type.Integer(),
  }),
]);
