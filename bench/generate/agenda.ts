import { localToInstant } from '@meedoen/core';
import { clientId } from './clients.js';
import { chunked, line, type TableCsv } from './csv.js';
import { coordinatorId, orgId, therapistId } from './organisations.js';
import { SESSIONS_PER_CLIENT, slotOfClient, therapistOfClient, type Plan } from './plan.js';
import { streamFor, uuidFor } from './prng.js';
import { sessionDates, trajectoryDates, trajectoryId } from './treatment.js';

/** Appointments are in Dutch local time (agenda_series.time_zone; the agenda expands series in it). */
const ZONE = 'Europe/Amsterdam';
const instants = new Map<string, string>();
const instant = (date: string, time: string): string => {
  const key = `${date} ${time}`;
  let at = instants.get(key);
  if (at === undefined) {
    at = localToInstant(date, time, ZONE).toISOString();
    instants.set(key, at);
  }
  return at;
};

/** The slot's hour: eight one-hour slots a day from 09:00, 45 minutes each (a session of 45 direct minutes). */
export function slotTimes(slot: number): { starts: string; ends: string } {
  const hour = 9 + (Math.floor(slot / 5) % 8);
  return { starts: `${String(hour).padStart(2, '0')}:00`, ends: `${String(hour).padStart(2, '0')}:45` };
}

/**
 * Every trajectory's weekly appointments as an agenda series (kind `individueel`, with the client and the trajectory)
 * and its expanded sessions (agenda_sessions: one row per date, as agenda-store.ts writes them), on the dates the
 * trajectory's sessions were recorded.
 */
export function agendaTables(plan: Plan): TableCsv[] {
  const { seed } = plan.options;
  const each = function* (emit: (o: Plan['orgs'][number], c: number, start: string, slot: number) => Iterable<string>) {
    for (const o of plan.orgs)
      for (let c = o.clients.from; c < o.clients.from + o.clients.count; c++) {
        const slot = slotOfClient(o, c);
        yield* emit(o, c, trajectoryDates(streamFor(seed, 'trajectory', c), slot).start, slot);
      }
  };
  const series: TableCsv = {
    table: 'agenda_series',
    columns: [
      'id',
      'org_id',
      'kind',
      'professional_id',
      'client_id',
      'trajectory_id',
      'start_date',
      'start_time',
      'end_time',
      'time_zone',
      'recurrence',
      'created_by',
    ],
    chunks: () =>
      chunked(
        each(function* (o, c, start, slot) {
          const { starts, ends } = slotTimes(slot);
          // core's Recurrence (agenda/series.ts): weekly, bounded by a count (RFC 5545 §3.3.10).
          const recurrence = { frequency: 'wekelijks', interval: 1, weekdays: [], until: null, count: SESSIONS_PER_CLIENT };
          yield line([
            uuidFor(seed, 'series', c),
            orgId(seed, o.index),
            'individueel',
            therapistId(seed, therapistOfClient(o, c)),
            clientId(seed, c),
            trajectoryId(seed, c),
            start,
            starts,
            ends,
            ZONE,
            JSON.stringify(recurrence),
            coordinatorId(seed, o.index),
          ]);
        }),
      ),
  };
  const sessions: TableCsv = {
    table: 'agenda_sessions',
    columns: ['org_id', 'series_id', 'original_date', 'date', 'starts', 'ends', 'starts_at', 'ends_at', 'professional_id'],
    chunks: () =>
      chunked(
        each(function* (o, c, start, slot) {
          const { starts, ends } = slotTimes(slot);
          const org = orgId(seed, o.index);
          const id = uuidFor(seed, 'series', c);
          const professional = therapistId(seed, therapistOfClient(o, c));
          for (const date of sessionDates(start))
            yield line([org, id, date, date, starts, ends, instant(date, starts), instant(date, ends), professional]);
        }),
      ),
  };
  return [series, sessions];
}
