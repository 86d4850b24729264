import {
  checkExceptions,
  checkPattern,
  checkPlace,
  expandSeries,
  type AppointmentKind,
  type Recurrence,
  type SeriesException,
  type SeriesPattern,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { ProblemError, throwIfViolations } from '../errors/problem.js';

/** A series as stored: what it is, who and where, its pattern in local time, its exceptions. */
export interface SeriesRow {
  id: string;
  kind: AppointmentKind;
  professional_id: string;
  room_id: string | null;
  client_id: string | null;
  trajectory_id: string | null;
  group_id: string | null;
  address: string | null;
  online_url: string | null;
  start_date: string;
  start_time: string;
  end_time: string;
  time_zone: string;
  recurrence: Recurrence | null;
  cancelled_at: string | null;
  version: number;
}

export interface SeriesInput {
  kind: AppointmentKind;
  professionalId: string;
  roomId: string | null;
  clientId: string | null;
  trajectoryId: string | null;
  groupId: string | null;
  address: string | null;
  onlineUrl: string | null;
  startDate: string;
  startTime: string;
  endTime: string;
  recurrence: Recurrence | null;
  exceptions: SeriesException[];
}

export const AGENDA_TIME_ZONE = 'Europe/Amsterdam';

export function patternOf(
  row: Pick<SeriesRow, 'start_date' | 'start_time' | 'end_time' | 'time_zone' | 'recurrence'>,
): SeriesPattern {
  return {
    startDate: row.start_date,
    startTime: row.start_time,
    endTime: row.end_time,
    timeZone: row.time_zone,
    recurrence: row.recurrence,
  };
}

export async function loadSeries(tx: Queryable, id: string, lock = false): Promise<SeriesRow | null> {
  const [row] = await tx.query<SeriesRow>(
    `select id, kind, professional_id, room_id, client_id, trajectory_id, group_id, address, online_url,
            to_char(start_date, 'YYYY-MM-DD') as start_date, start_time, end_time, time_zone, recurrence, cancelled_at, version
       from agenda_series where id = $1${lock ? ' for update' : ''}`,
    [id],
  );
  return row ?? null;
}

export async function loadExceptions(tx: Queryable, seriesId: string): Promise<SeriesException[]> {
  const rows = await tx.query<{
    date: string;
    kind: 'cancelled' | 'moved';
    reason: string;
    to_date: string | null;
    to_start: string | null;
    to_end: string | null;
  }>(
    `select to_char(original_date, 'YYYY-MM-DD') as date, kind, reason, to_char(to_date, 'YYYY-MM-DD') as to_date, to_start, to_end
       from agenda_exceptions where series_id = $1 order by original_date`,
    [seriesId],
  );
  return rows.map((r) =>
    r.kind === 'moved'
      ? {
          date: r.date,
          kind: 'moved',
          reason: r.reason,
          toDate: r.to_date ?? r.date,
          toStart: r.to_start ?? '',
          toEnd: r.to_end ?? '',
        }
      : { date: r.date, kind: 'cancelled', reason: r.reason },
  );
}

/** Refuses what the rules refuse: the place the kind needs, the pattern, exceptions on real sessions. */
export function checkSeries(
  input: Pick<SeriesInput, 'kind' | 'roomId' | 'address' | 'onlineUrl'>,
  pattern: SeriesPattern,
  exceptions: SeriesException[],
): void {
  throwIfViolations([
    ...checkPlace(input.kind, { roomId: input.roomId, address: input.address, onlineUrl: input.onlineUrl }),
    ...checkPattern(pattern),
  ]);
  throwIfViolations(checkExceptions(pattern, exceptions));
}

/**
 * Writes the sessions of a series that take place, after taking a lock on its professional and its
 * room (in a fixed order, so two writers cannot deadlock) and refusing any overlap with another
 * series of the same professional or room. Two planners booking the same hour: the second waits for
 * the first to commit, then sees its sessions and is refused.
 */
export async function writeSessions(
  tx: Queryable,
  orgId: string,
  series: { id: string; professionalId: string; roomId: string | null; pattern: SeriesPattern },
  exceptions: SeriesException[],
): Promise<void> {
  const keys = [series.professionalId, series.roomId].filter((k): k is string => k !== null).sort();
  for (const key of keys) await tx.query(`select pg_advisory_xact_lock(1417, hashtext($1))`, [key]);
  await tx.query(`delete from agenda_sessions where series_id = $1`, [series.id]);
  const sessions = expandSeries(series.pattern, exceptions);
  if (sessions.length === 0) return;
  const clash = async (column: 'professional_id' | 'room_id', value: string) => {
    const [hit] = await tx.query<{ date: string }>(
      `select to_char(s.date, 'YYYY-MM-DD') as date from agenda_sessions s
         join unnest($2::timestamptz[], $3::timestamptz[]) as n(starts_at, ends_at) on s.starts_at < n.ends_at and n.starts_at < s.ends_at
        where s.${column} = $1 and s.series_id <> $4 limit 1`,
      [value, sessions.map((s) => s.startsAt.toISOString()), sessions.map((s) => s.endsAt.toISOString()), series.id],
    );
    return hit?.date ?? null;
  };
  // No two appointments at once for one professional or in one room (issue 14).
  const professionalClash = await clash('professional_id', series.professionalId);
  if (professionalClash)
    throw new ProblemError('agenda.professional_double_booked', {
      errors: [
        {
          path: '/body/professionalId',
          message: `already booked on ${professionalClash}`,
          code: 'agenda.professional_double_booked',
        },
      ],
    });
  const roomClash = series.roomId ? await clash('room_id', series.roomId) : null;
  if (roomClash)
    throw new ProblemError('agenda.room_double_booked', {
      errors: [{ path: '/body/roomId', message: `already booked on ${roomClash}`, code: 'agenda.room_double_booked' }],
    });
  await tx.query(
    `insert into agenda_sessions (org_id, series_id, original_date, date, starts, ends, starts_at, ends_at, moved, professional_id, room_id)
     select $1, $2, o, d, s, e, sa, ea, m, $3, $4
       from unnest($5::date[], $6::date[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::boolean[]) as t(o, d, s, e, sa, ea, m)`,
    [
      orgId,
      series.id,
      series.professionalId,
      series.roomId,
      sessions.map((s) => s.originalDate),
      sessions.map((s) => s.date),
      sessions.map((s) => s.starts),
      sessions.map((s) => s.ends),
      sessions.map((s) => s.startsAt.toISOString()),
      sessions.map((s) => s.endsAt.toISOString()),
      sessions.map((s) => s.moved),
    ],
  );
}

export async function replaceExceptions(
  tx: Queryable,
  orgId: string,
  seriesId: string,
  userId: string,
  exceptions: SeriesException[],
): Promise<void> {
  await tx.query(`delete from agenda_exceptions where series_id = $1`, [seriesId]);
  for (const e of exceptions)
    await tx.query(
      `insert into agenda_exceptions (org_id, series_id, original_date, kind, reason, to_date, to_start, to_end, recorded_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        orgId,
        seriesId,
        e.date,
        e.kind,
        e.reason,
        e.kind === 'moved' ? e.toDate : null,
        e.kind === 'moved' ? e.toStart : null,
        e.kind === 'moved' ? e.toEnd : null,
        userId,
      ],
    );
}
