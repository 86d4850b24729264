import type { AttendanceStatus, TransportMode } from '@meedoen/core';
import type { Queryable } from '../db/database.js';

/** One line of a roll call as stored: a first record, or a correction that supersedes the current one. */
export interface AttendanceRow {
  occurrenceId: string;
  clientId: string;
  status: AttendanceStatus;
  arrival: string | null;
  departure: string | null;
  minutes: number;
  note: string | null;
  transport: TransportMode | null;
  supersedes: string | null;
  recordedBy: string;
}

/**
 * Write a roll call's records in one statement, whatever the group's size: the records go in as arrays,
 * so the statement's text (and its plan) is the same for 1 or 100 people. The unique indexes of
 * migration 0010 still hold each row (one first record per person, one correction per record).
 */
export async function insertAttendanceRecords(tx: Queryable, orgId: string, rows: readonly AttendanceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into attendance_records (org_id, occurrence_id, client_id, status, arrival, departure, minutes, note, transport, supersedes, recorded_by)
     select $1, r.occurrence_id, r.client_id, r.status, r.arrival, r.departure, r.minutes, r.note, r.transport, r.supersedes, r.recorded_by
       from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::uuid[], $11::uuid[])
         as r(occurrence_id, client_id, status, arrival, departure, minutes, note, transport, supersedes, recorded_by)`,
    [
      orgId,
      rows.map((r) => r.occurrenceId),
      rows.map((r) => r.clientId),
      rows.map((r) => r.status),
      rows.map((r) => r.arrival),
      rows.map((r) => r.departure),
      rows.map((r) => r.minutes),
      rows.map((r) => r.note),
      rows.map((r) => r.transport),
      rows.map((r) => r.supersedes),
      rows.map((r) => r.recordedBy),
    ],
  );
}
