import { violation, type RuleViolation } from '../rules/rule-violation.js';

/**
 * What an appointment on the agenda is (issue 14). The kind decides which place it needs and the
 * neutral title it carries outside the record (the iCalendar feed): never a name or a reason.
 */
export const APPOINTMENT_KINDS = [
  'individueel', // a session with one client (001 §3.4)
  'groep', // a group session: day activities or group therapy
  'mdo', // multidisciplinary meeting about clients
  'huisbezoek', // at the client's home; declared with an "aan huis" supplement (004 L112)
  'ruimte', // a room booking without clients
  'online', // by video call ("beeldbellen", online dagbesteding: 002 L283, L1253)
] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

/** The neutral title per kind, safe for a phone calendar (no client names, no health data). */
export const NEUTRAL_TITLES: Record<AppointmentKind, string> = {
  individueel: 'Afspraak',
  groep: 'Groepssessie',
  mdo: 'Overleg',
  huisbezoek: 'Huisbezoek',
  ruimte: 'Ruimte gereserveerd',
  online: 'Online afspraak',
};

export interface AppointmentPlace {
  roomId: string | null;
  address: string | null;
  onlineUrl: string | null;
}

/**
 * The place a kind needs: a home visit an address, an online session a link, a room booking a room.
 * The others may be anywhere (a room, or nothing yet).
 */
export function checkPlace(kind: AppointmentKind, place: AppointmentPlace): RuleViolation[] {
  // The rule of where an appointment happens follows from its kind (issue 14: "home visit, room, online link").
  if (kind === 'huisbezoek' && !place.address?.trim())
    return [violation('agenda.location_required', '/address', 'issue 14; 004 L112')];
  if (kind === 'online' && !place.onlineUrl?.trim())
    return [violation('agenda.location_required', '/onlineUrl', 'issue 14; 002 L1253')];
  if (kind === 'ruimte' && !place.roomId) return [violation('agenda.location_required', '/roomId', 'issue 14')];
  return [];
}
