import type { ProblemDefinition } from '../problem-definition.js';

/** The agenda: series, exceptions, feeds. */
export const AGENDA_PROBLEMS = {
  'agenda.end_before_start': {
    status: 422,
    title: 'Appointment ends before it starts',
    en: 'An appointment must end after it starts, on the same day.',
    nl: 'Een afspraak moet eindigen nadat hij begint, op dezelfde dag.',
  },
  'agenda.series_unbounded': {
    status: 422,
    title: 'Series without an end',
    en: 'A recurring series needs an end date or a number of sessions, at most two years or 520 sessions.',
    nl: 'Een terugkerende reeks heeft een einddatum of een aantal keren nodig, hoogstens twee jaar of 520 keer.',
  },
  'agenda.location_required': {
    status: 422,
    title: 'Where is missing',
    en: 'This kind of appointment needs a place: a room, an address for a home visit or a link for an online session.',
    nl: 'Voor dit soort afspraak is een plaats nodig: een ruimte, een adres voor een huisbezoek of een link voor online.',
  },
  'agenda.not_in_series': {
    status: 422,
    title: 'Not a session of this series',
    en: 'There is no session of this series on that date.',
    nl: 'Deze reeks heeft op die datum geen afspraak.',
  },
  'agenda.professional_double_booked': {
    status: 409,
    title: 'Professional already booked',
    en: 'The professional already has an appointment at that time.',
    nl: 'De medewerker heeft op dat moment al een afspraak.',
  },
  'agenda.room_double_booked': {
    status: 409,
    title: 'Room already booked',
    en: 'The room is already booked at that time.',
    nl: 'De ruimte is op dat moment al bezet.',
  },
  'agenda.feed_not_found': {
    status: 404,
    title: 'No such calendar feed',
    en: 'This calendar link does not exist or was revoked.',
    nl: 'Deze agendalink bestaat niet of is ingetrokken.',
  },
} as const satisfies Record<string, ProblemDefinition>;
