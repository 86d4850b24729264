import { AGENDA_WEEKDAYS, APPOINTMENT_KINDS, RECURRENCE_FREQUENCIES } from '@meedoen/core';
import { Type } from 'typebox';

export const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' });
export const DateString = Type.String({ format: 'date' });
const Uuid = Type.String({ format: 'uuid' });
const Reason = Type.String({ minLength: 1, maxLength: 300 });

export const RecurrenceSchema = Type.Object(
  {
    frequency: Type.Enum([...RECURRENCE_FREQUENCIES]),
    interval: Type.Integer({ minimum: 1, maximum: 12 }),
    weekdays: Type.Array(Type.Enum([...AGENDA_WEEKDAYS]), { uniqueItems: true, maxItems: 7 }),
    until: Type.Union([DateString, Type.Null()]),
    count: Type.Union([Type.Integer({ minimum: 1, maximum: 520 }), Type.Null()]),
  },
  { additionalProperties: false },
);

export const ExceptionSchema = Type.Union([
  Type.Object({ date: DateString, kind: Type.Literal('cancelled'), reason: Reason }, { additionalProperties: false }),
  Type.Object(
    { date: DateString, kind: Type.Literal('moved'), reason: Reason, toDate: DateString, toStart: Time, toEnd: Time },
    { additionalProperties: false },
  ),
]);

/** Time, place and recurrence: what a planner may change in a series. */
const Timing = {
  professionalId: Uuid,
  roomId: Type.Union([Uuid, Type.Null()]),
  address: Type.Union([Type.String({ maxLength: 300 }), Type.Null()]),
  onlineUrl: Type.Union([Type.String({ maxLength: 500, pattern: '^https://' }), Type.Null()]),
  startDate: DateString,
  startTime: Time,
  endTime: Time,
  recurrence: Type.Union([RecurrenceSchema, Type.Null()]),
  exceptions: Type.Array(ExceptionSchema, { maxItems: 200 }),
};

export const SeriesCreateBody = Type.Object(
  {
    kind: Type.Enum([...APPOINTMENT_KINDS]),
    clientId: Type.Union([Uuid, Type.Null()]),
    trajectoryId: Type.Union([Uuid, Type.Null()]),
    groupId: Type.Union([Uuid, Type.Null()]),
    ...Timing,
    professionalId: Type.Optional(Type.String({ format: 'uuid', description: 'default: me' })),
  },
  { additionalProperties: false },
);

export const SeriesUpdateBody = Type.Object(
  { version: Type.Integer({ minimum: 1 }), ...Timing },
  { additionalProperties: false },
);

export const SeriesParams = Type.Object({ seriesId: Uuid });
export const SessionParams = Type.Object({ seriesId: Uuid, date: DateString });

export const Named = Type.Object({ id: Type.String(), name: Type.String() });

/** One entry on a day or week view: a session of a series, or an occurrence of a day-activity group. */
export const AgendaItem = Type.Object({
  id: Type.String(),
  source: Type.Enum(['afspraak', 'groepsactiviteit']),
  seriesId: Type.Union([Type.String(), Type.Null()]),
  originalDate: Type.Union([Type.String(), Type.Null()]),
  occurrenceId: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Enum([...APPOINTMENT_KINDS]),
  title: Type.String({ description: 'neutral title: no client name, no health data' }),
  date: Type.String(),
  starts: Type.String(),
  ends: Type.String(),
  moved: Type.Boolean(),
  cancelled: Type.Boolean(),
  cancelReason: Type.Union([Type.String(), Type.Null()]),
  recurring: Type.Boolean(),
  professional: Type.Union([Named, Type.Null()]),
  room: Type.Union([Named, Type.Null()]),
  group: Type.Union([Named, Type.Null()]),
  location: Type.Union([Type.String(), Type.Null()]),
  onlineUrl: Type.Union([Type.String(), Type.Null()]),
  clientId: Type.Union([Type.String(), Type.Null()], { description: 'only for whom may see the client' }),
  clientName: Type.Union([Type.String(), Type.Null()], { description: 'only for whom may see the client' }),
  trajectoryId: Type.Union([Type.String(), Type.Null()], {
    description:
      'the trajectory the appointment opens (named, or the professional’s running one); only for whom may read treatment',
  }),
  version: Type.Union([Type.Integer(), Type.Null()]),
});

export const SeriesView = Type.Object({
  id: Type.String(),
  kind: Type.Enum([...APPOINTMENT_KINDS]),
  version: Type.Integer(),
  cancelled: Type.Boolean(),
  professionalId: Type.String(),
  roomId: Type.Union([Type.String(), Type.Null()]),
  groupId: Type.Union([Type.String(), Type.Null()]),
  clientId: Type.Union([Type.String(), Type.Null()]),
  trajectoryId: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  onlineUrl: Type.Union([Type.String(), Type.Null()]),
  startDate: Type.String(),
  startTime: Type.String(),
  endTime: Type.String(),
  recurrence: Type.Union([RecurrenceSchema, Type.Null()]),
  exceptions: Type.Array(ExceptionSchema),
});

export const RoomView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  capacity: Type.Union([Type.Integer(), Type.Null()]),
});
