import { NEUTRAL_TITLES, type AppointmentKind } from '@meedoen/core';
import type { Queryable } from '../db/database.js';

export type AgendaScope =
  | { kind: 'professional'; id: string }
  | { kind: 'room'; id: string }
  | { kind: 'group'; id: string }
  | { kind: 'client'; id: string };

export interface AgendaItem {
  id: string;
  source: 'afspraak' | 'groepsactiviteit';
  seriesId: string | null;
  originalDate: string | null;
  occurrenceId: string | null;
  kind: AppointmentKind;
  title: string;
  date: string;
  starts: string;
  ends: string;
  moved: boolean;
  cancelled: boolean;
  cancelReason: string | null;
  recurring: boolean;
  professional: { id: string; name: string } | null;
  room: { id: string; name: string } | null;
  group: { id: string; name: string } | null;
  location: string | null;
  onlineUrl: string | null;
  clientId: string | null;
  clientName: string | null;
  trajectoryId: string | null;
  version: number | null;
}

/** Of the clients an agenda links to, those whose name (personalia) and whose treatment the viewer may see. */
export interface AgendaReveal {
  personalia: ReadonlySet<string>;
  treatment: ReadonlySet<string>;
}

interface SeriesSessionRow {
  series_id: string;
  original_date: string;
  date: string;
  starts: string;
  ends: string;
  moved: boolean;
  cancelled: boolean;
  reason: string | null;
  kind: AppointmentKind;
  version: number;
  recurring: boolean;
  professional_id: string;
  professional_name: string;
  room_id: string | null;
  room_name: string | null;
  group_id: string | null;
  group_name: string | null;
  address: string | null;
  online_url: string | null;
  client_id: string | null;
  client_name: string | null;
  trajectory_id: string | null;
}

interface OccurrenceRow {
  id: string;
  date: string;
  starts: string;
  ends: string;
  cancelled: boolean;
  group_id: string;
  group_name: string;
  location: string;
  online: boolean;
}

const SERIES_FILTER: Record<AgendaScope['kind'], string> = {
  professional: 'r.professional_id = $3',
  room: 'r.room_id = $3',
  group: 'r.group_id = $3',
  client: 'r.client_id = $3',
};
const OCCURRENCE_FILTER: Record<AgendaScope['kind'], string | null> = {
  professional: '$3 = any(g.supervisor_ids)',
  room: null,
  group: 'g.id = $3',
  client: `exists (select 1 from enrolments e where e.org_id = g.org_id and e.group_id = g.id and e.client_id = $3 and e.status = 'actief'
             and e.started_on <= o.date and (e.ended_on is null or e.ended_on >= o.date))`,
};

/**
 * A series planned for a client without naming the trajectory (a planner may not see whether someone is in
 * treatment, DOMAIN.md §7) opens the running trajectory that the appointment's professional treats for that client.
 */
export const PROFESSIONALS_TRAJECTORY = `(select t.id from trajectories t
   where t.org_id = r.org_id and t.client_id = r.client_id and t.therapist_id = r.professional_id
     and t.state not in ('niet_geaccepteerd', 'diagnostiek_afgerond', 'afgesloten', 'overgedragen', 'doorverwezen')
   order by t.created_at desc limit 1)`;

const COLUMNS = `r.kind, r.version, r.recurrence is not null as recurring, r.professional_id, u.display_name as professional_name,
  r.room_id, rm.name as room_name, r.group_id, g.name as group_name, r.address, r.online_url, r.client_id,
  trim(c.given_name || ' ' || c.family_name) as client_name,
  coalesce(r.trajectory_id, ${PROFESSIONALS_TRAJECTORY}) as trajectory_id`;
const JOINS = `join users u on u.org_id = r.org_id and u.id = r.professional_id
  left join agenda_rooms rm on rm.org_id = r.org_id and rm.id = r.room_id
  left join activity_groups g on g.org_id = r.org_id and g.id = r.group_id
  left join clients c on c.org_id = r.org_id and c.id = r.client_id`;

/**
 * The agenda of a professional, room, group or client over a period: the sessions of the series that
 * take place, the cancelled ones (shown as cancelled), and the day-activity groups' own occurrences.
 * Who the appointment is with (name, home address) only to whom may read the client's personalia, the trajectory
 * it opens only to whom may read their treatment (`reveal`, decided by the caller for the clients linked);
 * everyone else sees a neutral title and the time.
 */
export async function agendaItems(
  tx: Queryable,
  orgId: string,
  scope: AgendaScope,
  from: string,
  until: string,
  reveal: (clientIds: string[]) => Promise<AgendaReveal>,
): Promise<AgendaItem[]> {
  const filter = SERIES_FILTER[scope.kind];
  // A session carries its series' professional and room (agenda-store.ts rewrites them with the series), so a day of one
  // professional or room is read through agenda_sessions' (professional_id | room_id, starts_at) index: the day's few
  // rows, not every series the organisation ever planned (issue 16: no list grows with the organisation's history).
  // starts_at is bounded a day wider than the dates on each side, for any time zone; the dates decide. The bounds are
  // timestamptz: under row-level security only leakproof operators become index conditions, and timestamptz >= date
  // (timestamptz_ge_date) is not leakproof, timestamptz >= timestamptz is.
  const sessionFilter = filter.replace('r.room_id', 's.room_id').replace('r.professional_id', 's.professional_id');
  const sessions = await tx.query<SeriesSessionRow>(
    `select s.series_id, to_char(s.original_date, 'YYYY-MM-DD') as original_date, to_char(s.date, 'YYYY-MM-DD') as date,
            s.starts, s.ends, s.moved, false as cancelled, null::text as reason, ${COLUMNS}
       from agenda_sessions s join agenda_series r on r.org_id = s.org_id and r.id = s.series_id ${JOINS}
      where s.org_id = $4 and r.org_id = $4 and s.date between $1::date and $2::date and ${sessionFilter}
        and s.starts_at >= ($1::date - 1)::timestamptz and s.starts_at < ($2::date + 2)::timestamptz
     union all
     select e.series_id, to_char(e.original_date, 'YYYY-MM-DD'), to_char(e.original_date, 'YYYY-MM-DD'),
            r.start_time, r.end_time, false, true, e.reason, ${COLUMNS}
       from agenda_exceptions e join agenda_series r on r.org_id = e.org_id and r.id = e.series_id ${JOINS}
      where e.org_id = $4 and r.org_id = $4 and e.kind = 'cancelled' and r.cancelled_at is null and e.original_date between $1::date and $2::date and ${filter}`,
    [from, until, scope.id, orgId],
  );
  const occurrenceFilter = OCCURRENCE_FILTER[scope.kind];
  const occurrences = occurrenceFilter
    ? await tx.query<OccurrenceRow>(
        `select o.id, to_char(o.date, 'YYYY-MM-DD') as date, o.starts, o.ends, o.cancelled, g.id as group_id, g.name as group_name,
                g.location, g.online
           from occurrences o join activity_groups g on g.org_id = o.org_id and g.id = o.group_id
          where o.org_id = $4 and g.org_id = $4 and o.date between $1::date and $2::date and ${occurrenceFilter}`,
        [from, until, scope.id, orgId],
      )
    : [];
  const linked = [...new Set(sessions.map((r) => r.client_id).filter((id): id is string => id !== null))];
  const may = await reveal(linked);
  const items: AgendaItem[] = [
    ...sessions.map((r): AgendaItem => {
      const shown = r.client_id !== null && may.personalia.has(r.client_id);
      const treatment = shown && r.client_id !== null && may.treatment.has(r.client_id);
      return {
        id: `${r.series_id}/${r.original_date}`,
        source: 'afspraak',
        seriesId: r.series_id,
        originalDate: r.original_date,
        occurrenceId: null,
        kind: r.kind,
        title: NEUTRAL_TITLES[r.kind],
        date: r.date,
        starts: r.starts,
        ends: r.ends,
        moved: r.moved,
        cancelled: r.cancelled,
        cancelReason: r.reason,
        recurring: r.recurring,
        professional: { id: r.professional_id, name: r.professional_name },
        room: r.room_id ? { id: r.room_id, name: r.room_name ?? '' } : null,
        group: r.group_id ? { id: r.group_id, name: r.group_name ?? '' } : null,
        location: r.room_name ?? (r.kind === 'huisbezoek' ? (shown ? r.address : null) : null),
        onlineUrl: r.online_url,
        clientId: shown ? r.client_id : null,
        clientName: shown ? r.client_name : null,
        trajectoryId: treatment ? r.trajectory_id : null,
        version: r.version,
      };
    }),
    ...occurrences.map((o): AgendaItem => ({
      id: o.id,
      source: 'groepsactiviteit',
      seriesId: null,
      originalDate: null,
      occurrenceId: o.id,
      kind: 'groep',
      title: NEUTRAL_TITLES.groep,
      date: o.date,
      starts: o.starts,
      ends: o.ends,
      moved: false,
      cancelled: o.cancelled,
      cancelReason: null,
      recurring: true,
      professional: null,
      room: null,
      group: { id: o.group_id, name: o.group_name },
      location: o.online ? 'Online' : o.location,
      onlineUrl: null,
      clientId: null,
      clientName: null,
      trajectoryId: null,
      version: null,
    })),
  ];
  return items.sort((a, b) => (a.date + a.starts).localeCompare(b.date + b.starts) || a.id.localeCompare(b.id));
}
