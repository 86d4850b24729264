import { ERGO_CONTACT_TYPES, ERGO_SURCHARGES, QUARTER_ROUNDINGS, type ErgoContactType, type ErgoSurcharge } from '@meedoen/core';
import { Type, type TString } from 'typebox';

/**
 * A financing parameter set (core `FinancingParameters`) on the wire. Numbers are any number here: core's
 * validateFinancingParameters refuses a bad one with its field path (422), the schema only the shape (400).
 */
const Code = Type.String({ maxLength: 10, description: 'a Vektis prestatiecode, four digits' });
const Amount = Type.Number({ description: 'eurocent' });
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const contactTypes = ERGO_CONTACT_TYPES.filter((t) => t !== 'groepszitting');
const codeOf = <K extends string>(keys: readonly K[]) =>
  Type.Object(Object.fromEntries(keys.map((k) => [k, Code])) as Record<K, TString>, { additionalProperties: false });

const parameterFields = {
  validFrom: Type.String({ format: 'date' }),
  validUntil: Type.String({ format: 'date', description: 'inclusive' }),
  ergotherapie: Type.Object(
    {
      quarterMinutes: Type.Number(),
      rounding: Type.Enum([...QUARTER_ROUNDINGS]),
      basicCoverQuarters: Type.Number(),
      countIndirectMinutes: Type.Boolean(),
      screeningCountsAgainstCover: Type.Boolean(),
      codes: codeOf(contactTypes as Exclude<ErgoContactType, 'groepszitting'>[]),
      groupCodes: Type.Array(
        Type.Object({ size: Type.Number(), maxSize: Type.Number(), code: Code }, { additionalProperties: false }),
        { maxItems: 20 },
      ),
      surchargeCodes: codeOf<ErgoSurcharge>(ERGO_SURCHARGES),
      tariffsCents: Type.Record(Type.String({ maxLength: 10 }), Amount, {
        description: 'per prestatiecode: per quarter for contact codes, per occasion for surcharges',
      }),
    },
    { additionalProperties: false },
  ),
  eigenRisico: Type.Object({ amountCents: Amount }, { additionalProperties: false }),
  supplementaryPolicies: Type.Array(
    Type.Object(
      {
        id: Type.String({ minLength: 1, maxLength: 60 }),
        uzovi: Type.String({ pattern: '^[0-9]{4}$' }),
        name: Type.String({ minLength: 1, maxLength: 200 }),
        ergotherapieExtraQuarters: Type.Number(),
        coversVaktherapie: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    { maxItems: 100 },
  ),
  wlz: Type.Object(
    {
      dagbestedingCode: nullable(Type.String({ maxLength: 10 })),
      dagbestedingTariffCents: nullable(Amount),
      minMinutesPerDagdeel: Type.Number(),
    },
    { additionalProperties: false },
  ),
  sources: Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 1000 }), {
    description: 'where each value comes from (a contract number, a public source), by dotted path',
  }),
};

/** What the administrator sends for a new set or a changed one. */
export const ParameterSetBody = Type.Object(parameterFields, { additionalProperties: false });

export const FinancingParametersSchema = Type.Object({ id: Type.String(), ...parameterFields });

export const StoredParameterSetSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  version: Type.Integer({ description: 'send as If-Match when changing it' }),
  parameters: FinancingParametersSchema,
  createdAt: Type.String({ format: 'date-time' }),
  createdByName: nullable(Type.String()),
  updatedAt: nullable(Type.String({ format: 'date-time' })),
  updatedByName: nullable(Type.String()),
});

export const ParameterSetsResponse = Type.Object({
  sets: Type.Array(StoredParameterSetSchema),
  usingDefaults: Type.Boolean({ description: 'whether a default set of Meedoen applies to a period no own set covers' }),
  defaults: Type.Array(FinancingParametersSchema, { description: 'the default sets in force, for the periods without own sets' }),
});

export const SetIdParams = Type.Object({ setId: Type.String({ format: 'uuid' }) });
