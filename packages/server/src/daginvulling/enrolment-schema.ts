import { ATTENDANCE_STATUSES } from '@meedoen/core';
import { Type, type TSchema } from 'typebox';

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * A placement as GET /clients/:clientId/enrolments answers it (issue 14: the web's types come from here).
 * Every column the query selects is listed: the response serialiser drops what a schema does not name.
 */
export const EnrolmentRow = Type.Object({
  id: Type.String({ format: 'uuid' }),
  offerId: Type.String({ format: 'uuid' }),
  offerName: Type.String(),
  form: Type.String({ description: 'the form of the continuum (DOMAIN.md §4.1)' }),
  groupId: nullable(Type.String({ format: 'uuid' })),
  groupName: nullable(Type.String()),
  agreedDays: Type.Array(Type.String()),
  status: Type.Enum(['aangemeld', 'actief', 'gepauzeerd', 'beeindigd']),
  startedOn: Type.String({ description: 'date (yyyy-mm-dd)' }),
  endedOn: nullable(Type.String({ description: 'date (yyyy-mm-dd)' })),
  financer: Type.Enum(['wlz', 'wmo', 'participatiewet', 'geen']),
  indicationFrom: nullable(Type.String({ description: 'date (yyyy-mm-dd)' })),
  indicationUntil: nullable(Type.String({ description: 'date (yyyy-mm-dd)' })),
  volume: nullable(Type.Number()),
  volumePer: nullable(Type.Enum(['week', 'maand', 'totaal'])),
  unitRule: Type.Object(
    {},
    { additionalProperties: true, description: 'how minutes become the financer’s units (core UnitRule)' },
  ),
});

/**
 * One placement's month as GET /clients/:clientId/attendance answers it: core's `monthOverview` (units.ts) with the
 * placement and the attended days. Every field is listed: the response serialiser drops what a schema does not name.
 */
export const MonthOverviewRow = Type.Object({
  enrolmentId: Type.String({ format: 'uuid' }),
  offerName: Type.String(),
  financer: Type.Enum(['wlz', 'wmo', 'participatiewet', 'geen']),
  month: Type.String({ description: 'yyyy-mm' }),
  unitCode: Type.String(),
  units: Type.Number({ description: 'whole units' }),
  minutes: Type.Number(),
  perDay: Type.Array(Type.Object({ date: Type.String(), minutes: Type.Number(), units: Type.Number() })),
  allowed: nullable(Type.Number({ description: 'units the indication allows this month' })),
  warnings: Type.Array(
    Type.Object({
      code: Type.Enum(['exceeds_volume', 'outside_indication', 'indication_ends_soon', 'indication_ended']),
      detail: Type.String(),
    }),
  ),
  attendance: Type.Array(
    Type.Object({
      date: Type.String(),
      status: Type.Enum([...ATTENDANCE_STATUSES]),
      minutes: Type.Number(),
      recordedByMe: Type.Boolean({ description: 'whether the caller recorded this day' }),
    }),
  ),
});
