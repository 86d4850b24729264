import {
  REPORT_COLUMNS,
  unitsPerContract,
  type PlacementMonth,
  type ReportCell,
  type ReportName,
  type ReportTable,
  type UnitRule,
  type AttendanceStatus,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';

/** The current attendance record: the one no correction supersedes. */
const CURRENT = `not exists (select 1 from attendance_records s where s.supersedes = r.id)`;

/** The totals of one report over the months `from` to `until` (YYYY-MM); never a client's name or id. */
export async function loadReport(tx: Queryable, name: ReportName, from: string, until: string): Promise<ReportTable> {
  const start = `${from}-01`;
  const end = `${until}-01`;
  const rows = await LOADERS[name](tx, start, end);
  return { name, columns: REPORT_COLUMNS[name], rows };
}

const IN_PERIOD = (column: string) => `${column} >= $1::date and ${column} < ($2::date + interval '1 month')`;

const LOADERS: Record<ReportName, (tx: Queryable, start: string, end: string) => Promise<ReportCell[][]>> = {
  'attendance-per-month': async (tx, start, end) => {
    const rows = await tx.query<Record<string, string | number>>(
      `select to_char(oc.date, 'YYYY-MM') as month, o.name as offer, g.name as "group",
              (count(distinct oc.id) filter (where not oc.cancelled))::int as occurrences,
              count(distinct r.client_id)::int as participants,
              (count(r.id) filter (where r.status = 'aanwezig'))::int as present,
              (count(r.id) filter (where r.status = 'online'))::int as online,
              (count(r.id) filter (where r.status in ('afwezig_gemeld', 'afwezig_ongemeld', 'ziek')))::int as absent,
              coalesce(sum(r.minutes) filter (where r.status in ('aanwezig', 'online')), 0)::int as minutes
         from occurrences oc
         join activity_groups g on g.id = oc.group_id
         join offers o on o.id = g.offer_id
         left join attendance_records r on r.occurrence_id = oc.id and ${CURRENT}
        where ${IN_PERIOD('oc.date')}
        group by 1, 2, 3 order by 1, 2, 3`,
      [start, end],
    );
    return rows.map((r) => REPORT_COLUMNS['attendance-per-month'].map((c) => r[c.key] ?? ''));
  },
  'units-per-contract': async (tx, start, end) => {
    const days = await tx.query<{
      enrolment: string;
      financer: string;
      rule: UnitRule;
      month: string;
      date: string;
      status: AttendanceStatus;
      minutes: number;
    }>(
      `select e.id as enrolment, e.financer, e.unit_rule as rule, to_char(oc.date, 'YYYY-MM') as month, oc.date::text as date,
              r.status, r.minutes
         from enrolments e
         join occurrences oc on oc.group_id = e.group_id
         join attendance_records r on r.occurrence_id = oc.id and r.client_id = e.client_id and ${CURRENT}
        where ${IN_PERIOD('oc.date')}
        order by e.id, oc.date`,
      [start, end],
    );
    const placements = new Map<string, PlacementMonth>();
    for (const d of days) {
      const key = `${d.enrolment}|${d.month}`;
      const p = placements.get(key) ?? { month: d.month, financer: d.financer, rule: d.rule, days: [] };
      p.days.push({ date: d.date, status: d.status, minutes: d.minutes });
      placements.set(key, p);
    }
    return unitsPerContract([...placements.values()]);
  },
  'treatment-volume-per-discipline': async (tx, start, end) => {
    const rows = await tx.query<Record<string, string | number>>(
      `select to_char((ev.data #>> '{session,date}')::date, 'YYYY-MM') as month, t.discipline,
              count(distinct t.client_id)::int as clients, count(*)::int as sessions,
              coalesce(sum((ev.data #>> '{session,directMinutes}')::int), 0)::int as "directMinutes",
              coalesce(sum((ev.data #>> '{session,indirectMinutes}')::int), 0)::int as "indirectMinutes"
         from trajectory_events ev join trajectories t on t.id = ev.trajectory_id
        where ev.type = 'session_recorded' and ${IN_PERIOD("(ev.data #>> '{session,date}')::date")}
        group by 1, 2 order by 1, 2`,
      [start, end],
    );
    return rows.map((r) => REPORT_COLUMNS['treatment-volume-per-discipline'].map((c) => r[c.key] ?? ''));
  },
};
