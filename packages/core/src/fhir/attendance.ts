import type { Encounter } from '@medplum/fhirtypes';
import { localToInstant, offsetMinutes } from '../agenda/local-time.js';
import type { AttendanceStatus } from '../daginvulling/units.js';
import { DEFAULT_TIME_ZONE } from '../time/calendar.js';
import { ENCOUNTER_KINDS } from './kinds.js';
import { LOCAL_SYSTEMS, NL_CORE_PROFILES } from './profiles.js';

/**
 * One line of a roll call (DOMAIN.md §4.6): the client's current record at one occurrence of a group,
 * after every correction. Its resource id is the first record of the chain, so a correction keeps it.
 */
export interface FhirAttendanceInput {
  /** The record no correction came before (attendance_records.supersedes is null): stable across corrections. */
  firstRecordId: string;
  /** 1 for the first record, one more per correction. */
  version: number;
  clientId: string;
  status: AttendanceStatus;
  /** The occurrence: its date and planned times (HH:MM, local). */
  date: string;
  starts: string;
  ends: string;
  arrival: string | null;
  departure: string | null;
  /** Minutes actually present or online; 0 for an absence (DOMAIN.md §4.6). */
  minutes: number;
  groupName: string;
  offer: { id: string; name: string; form: string; hasLocation: boolean };
  /** Where the group meets, as the group states it. */
  location: string;
  supervisorIds: readonly string[];
}

/**
 * FHIR R4 Encounter.status per attendance status: present or online is a contact that took place
 * (finished); an absence, with or without notice or through illness, is one that did not (cancelled).
 * REFERENCE.md §11.1: "actual attendance = Encounter (status finished, period)".
 */
const STATUS: Record<AttendanceStatus, Encounter['status']> = {
  aanwezig: 'finished',
  online: 'finished',
  afwezig_gemeld: 'cancelled',
  afwezig_ongemeld: 'cancelled',
  ziek: 'cancelled',
};

/** How the roll call names the status, for a reader of the resource (Dutch, as the roll call says it). */
const STATUS_TEXT: Record<AttendanceStatus, string> = {
  aanwezig: 'Aanwezig',
  online: 'Online aanwezig',
  afwezig_gemeld: 'Afwezig met bericht',
  afwezig_ongemeld: 'Afwezig zonder bericht',
  ziek: 'Ziek gemeld',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A local date and time (HH:MM) as a FHIR dateTime with the zone's offset of that day (FHIR R4 §2.24.0.1: a time needs a zone). */
export function localDateTime(date: string, time: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const instant = localToInstant(date, time, timeZone).getTime();
  const offset = offsetMinutes(instant, timeZone);
  const local = new Date(instant + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * Attendance at a day activity as a FHIR R4 Encounter: the kind (dagactiviteit) and the roll call's
 * status in `type`, the offer in `serviceType`, the period actually present (arrival to departure) or,
 * for an absence, the period planned; the group's supervisors as participants. The free-text note of a
 * roll call has no Encounter element and stays in the JSON API.
 */
export function toAttendanceEncounter(a: FhirAttendanceInput, orgId: string): Encounter {
  const present = STATUS[a.status] === 'finished';
  const from = present && a.arrival ? a.arrival : a.starts;
  const until = present && a.departure ? a.departure : a.ends;
  return {
    resourceType: 'Encounter',
    id: a.firstRecordId,
    meta: { versionId: String(a.version), profile: [NL_CORE_PROFILES.Encounter] },
    status: STATUS[a.status],
    // v3 ActEncounterCode: AMB (ambulatory, the person comes and goes the same day) or VR (virtual) for online attendance.
    class:
      a.status === 'online'
        ? { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'VR', display: 'virtual' }
        : { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    type: [
      { coding: [{ system: LOCAL_SYSTEMS.encounterKind, code: ENCOUNTER_KINDS.dayActivity, display: 'Dagactiviteit' }] },
      { coding: [{ system: LOCAL_SYSTEMS.attendanceStatus, code: a.status }], text: STATUS_TEXT[a.status] },
    ],
    serviceType: { coding: [{ system: LOCAL_SYSTEMS.continuumForm, code: a.offer.form }], text: a.offer.name },
    subject: { reference: `Patient/${a.clientId}` },
    participant: a.supervisorIds.map((id) => ({
      type: [
        {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'PPRF', display: 'primary performer' },
          ],
        },
      ],
      individual: { reference: `Practitioner/${id}` },
    })),
    period: { start: localDateTime(a.date, from), end: localDateTime(a.date, until) },
    ...(present ? { length: { value: a.minutes, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' } } : {}),
    location: [
      a.offer.hasLocation
        ? { location: { reference: `Location/${a.offer.id}`, display: a.location } }
        : { location: { display: a.location } },
    ],
    serviceProvider: { reference: `Organization/${orgId}` },
  };
}
