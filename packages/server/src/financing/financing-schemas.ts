import { FUNDING_FRAMES } from '@meedoen/core';
import { Type } from 'typebox';

const DateString = Type.String({ format: 'date' });
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const period = { from: DateString, until: nullable(DateString) };

/** A client's entitlements (core `Entitlements`), as entered by the financial administration. */
export const EntitlementsSchema = Type.Object(
  {
    wlz: Type.Array(
      Type.Object(
        {
          ...period,
          deliveryForm: Type.Enum(['verblijf', 'vpt', 'mpt', 'pgb']),
          withTreatment: Type.Boolean(),
          stayByThisOrganisation: Type.Boolean(),
          dagbestedingInStay: Type.Boolean(),
          zorgkantoor: Type.Optional(nullable(Type.String({ pattern: '^[0-9]{4}$', description: 'the zorgkantoor code' }))),
        },
        { additionalProperties: false },
      ),
    ),
    wmo: Type.Array(
      Type.Object(
        {
          ...period,
          allocationNumber: Type.String({ minLength: 1, maxLength: 20 }),
          municipalityCode: Type.String({ minLength: 1, maxLength: 10 }),
          productCategory: Type.String({ minLength: 1, maxLength: 4 }),
          productCode: nullable(Type.String({ minLength: 1, maxLength: 10 })),
          volume: nullable(Type.Integer({ minimum: 1 })),
          unit: Type.String({ minLength: 1, maxLength: 4 }),
          frequency: Type.String({ minLength: 1, maxLength: 2 }),
          tariffCents: nullable(Type.Integer({ minimum: 0 })),
        },
        { additionalProperties: false },
      ),
    ),
    jeugdwet: Type.Array(Type.Object({ ...period, continuedAfter18: Type.Boolean() }, { additionalProperties: false })),
    participatiewet: Type.Array(
      Type.Object({ ...period, kind: Type.Enum(['beschut_werk', 're_integratie']) }, { additionalProperties: false }),
    ),
    insurance: Type.Array(
      Type.Object(
        {
          ...period,
          uzovi: Type.String({ pattern: '^[0-9]{4}$' }),
          insuredNumber: nullable(Type.String({ maxLength: 20 })),
          supplementaryPolicyId: nullable(Type.String({ maxLength: 60 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const EntitlementsResponse = Type.Object({
  version: Type.Integer({ description: 'send as If-Match when saving' }),
  bsnMasked: nullable(Type.String({ description: 'only the last three digits' })),
  entitlements: EntitlementsSchema,
  supplementaryPolicies: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), uzovi: Type.String() })),
});

export const EntitlementsBody = Type.Object(
  {
    bsn: Type.Optional(nullable(Type.String({ pattern: '^[0-9]{9}$', description: 'omit to keep the current BSN' }))),
    entitlements: EntitlementsSchema,
  },
  { additionalProperties: false },
);

/** Core's JSON-shaped answers (classification, overview, statement), passed through as they are. */
export const CoreShaped = (description: string) => Type.Object({}, { additionalProperties: true, description });

export const FundingResponse = Type.Object({
  version: Type.Integer({ description: 'number of funding decisions so far; send as If-Match' }),
  onDate: DateString,
  referralFunding: nullable(Type.String({ description: 'what the referral said when it came in' })),
  derived: CoreShaped('core PayerDerivation: frame, payer, route, eigen risico, reasons'),
  alternatives: Type.Array(Type.Enum([...FUNDING_FRAMES])),
  chosen: Type.Enum([...FUNDING_FRAMES]),
  reason: nullable(Type.String()),
  overridden: Type.Boolean(),
});

export const FundingBody = Type.Object(
  { frame: Type.Enum([...FUNDING_FRAMES]), reason: nullable(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
