import { DATA_CATEGORIES, RECORDED_HOW, REPRESENTATION_BASES, ROLES } from '@meedoen/core';
import { Type } from 'typebox';

export const ClientIdParams = Type.Object({ clientId: Type.String({ format: 'uuid' }) });

export const PersonaliaSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  givenName: Type.String(),
  familyName: Type.String(),
  birthDate: Type.String({ format: 'date' }),
  careSetting: Type.String(),
  municipality: Type.Union([Type.String(), Type.Null()]),
});

export const CareTeamMemberSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  userId: Type.String({ format: 'uuid' }),
  displayName: Type.String(),
  role: Type.Enum([...ROLES]),
  discipline: Type.Union([Type.String(), Type.Null()]),
  validFrom: Type.String({ format: 'date' }),
  validUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  active: Type.Boolean(),
  /** Withdrawn before it began: validUntil is then the day before validFrom, and the membership never held. */
  withdrawn: Type.Boolean({
    description: 'Withdrawn before it began: validUntil is then the day before validFrom, and the membership never held',
  }),
});

export const RepresentativeSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  userId: Type.String({ format: 'uuid' }),
  displayName: Type.String(),
  relation: Type.Enum(['ouder', 'wettelijk_vertegenwoordiger']),
  basis: Type.Union([Type.Enum([...REPRESENTATION_BASES]), Type.Null()]),
  documentRef: Type.Union([Type.String(), Type.Null()]),
  validFrom: Type.String({ format: 'date' }),
  validUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  recordedBy: Type.String({ format: 'uuid' }),
  recordedByName: Type.String(),
  approvedByName: Type.Union([Type.String(), Type.Null()]),
  approvedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  awaitingApproval: Type.Boolean(),
  active: Type.Boolean(),
});

export const ConsentSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  granteeUserId: Type.String({ format: 'uuid' }),
  granteeName: Type.String(),
  granteeRoles: Type.Array(Type.Enum([...ROLES])),
  categories: Type.Array(Type.Enum([...DATA_CATEGORIES])),
  level: Type.Enum(['read', 'write']),
  validFrom: Type.String({ format: 'date' }),
  validUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  givenBy: Type.Enum(['client', 'ouder', 'wettelijk_vertegenwoordiger']),
  alsoGivenBy: Type.Union([Type.Enum(['client', 'ouder', 'wettelijk_vertegenwoordiger']), Type.Null()]),
  naasteBasis: Type.Union([Type.Enum(['verzoek_client', 'indicatie_professional']), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  recordedBy: Type.String({ format: 'uuid' }),
  recordedByName: Type.String(),
  recordedHow: Type.Enum([...RECORDED_HOW]),
  documentRef: Type.Union([Type.String(), Type.Null()]),
  recordedAt: Type.String({ format: 'date-time' }),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revocationReason: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
});

const Ability = Type.Object({ read: Type.Boolean(), write: Type.Boolean() });
export const AbilitiesSchema = Type.Object(
  {
    ...Object.fromEntries(DATA_CATEGORIES.map((category) => [category, Ability])),
    breakGlass: Type.Boolean({ description: 'may open this record in an emergency' }),
    arrangeCareTeam: Type.Boolean({ description: 'may add professionals to the care team and end memberships' }),
  },
  { description: 'what the caller may do with this client’s data, per category' },
);
