import { decideClientAccess, isOpen, type AccessFacts, type DataCategory, type Disclosure } from '@meedoen/core';
import type { Queryable } from '../db/database.js';

/** What the timeline holds; the web names each kind in Dutch. */
export const TIMELINE_KINDS = [
  'session',
  'evaluation',
  'plan_version',
  'plan_agreed',
  'referral',
  'treatment_step',
  'mdo',
  'measurement',
  'attendance',
  'day_evaluation',
  'participation_plan_version',
  'contact_moment',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One thing written about the person: who wrote it when, and its content to read back in full. */
export interface TimelineItem {
  id: string;
  kind: TimelineKind;
  /** The date it is about (a session's date), ISO. */
  date: string;
  /** When it was written. */
  at: string;
  authorName: string | null;
  /** A short label: the session form, the evaluation decision, the instrument, the attendance status. */
  label: string;
  /** The written content, field by field (field names are keys for the web's labels). */
  fields: { name: string; value: string }[];
  trajectoryId: string | null;
}

/** Which parts of the record this caller may read, by the same rules as each part's own route. */
export function readableParts(facts: AccessFacts, disclosure: Disclosure) {
  const may = (category: DataCategory) => decideClientAccess(facts, category, 'read').allowed;
  return {
    treatment: may('treatment'),
    measurements: may('measurements'),
    // Day-activity data through consent: only the parts the client disclosed (003 L1912-1915).
    attendance: may('day_activities') && isOpen(disclosure, 'attendance'),
    // A job coach's contact moments (issue 14): day-activity data, a part of its own in the client's disclosure.
    contactMoments: may('day_activities') && isOpen(disclosure, 'contactMoments'),
    // Day evaluations and plan versions are not disclosable parts: only for those who see the whole record.
    dayEvaluations: may('day_activities') && !disclosure.limited,
    participationPlan: may('participation_plan') && !disclosure.limited,
  };
}
export type ReadableParts = ReturnType<typeof readableParts>;

/** A value as readable text: lists of goals or steps by their description, other lists joined. */
function text(value: unknown): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value
      .map((entry) =>
        entry && typeof entry === 'object' ? text((entry as Record<string, unknown>)['description'] ?? '') : text(entry),
      )
      .filter((entry) => entry !== '')
      .join('; ');
  return '';
}

/** Nested objects (a plan's views) as one field per leaf, named by their path. */
function flatten(prefix: string, value: unknown): { name: string; value: string }[] {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
      flatten(prefix ? `${prefix}.${key}` : key, inner),
    );
  return [{ name: prefix, value: text(value) }];
}
const iso = (value: Date | string) => new Date(value).toISOString();
const field = (name: string, value: unknown) => ({ name, value: text(value) });

interface EventRow {
  trajectory_id: string;
  seq: number;
  type: string;
  data: Record<string, unknown>;
  at: Date;
  author: string | null;
  discipline: string;
}

function treatmentItem(row: EventRow): TimelineItem | null {
  const base = { at: iso(row.at), authorName: row.author, trajectoryId: row.trajectory_id };
  const id = `${row.trajectory_id}:${row.seq}`;
  const d = row.data;
  switch (row.type) {
    case 'session_recorded': {
      const s = d['session'] as Record<string, unknown>;
      return {
        ...base,
        id,
        kind: 'session',
        date: text(s['date']),
        label: text(s['form']),
        fields: [
          field('activities', s['activities']),
          field('observations', s['observations']),
          field('sessionEvaluation', s['sessionEvaluation']),
          field('directMinutes', s['directMinutes']),
        ],
      };
    }
    case 'evaluation_recorded': {
      const e = d['evaluation'] as Record<string, unknown>;
      const results = Array.isArray(e['results']) ? (e['results'] as Record<string, unknown>[]) : [];
      return {
        ...base,
        id,
        kind: 'evaluation',
        date: text(e['date']),
        label: text(e['decision']),
        fields: [
          field('decision', e['decision']),
          ...Object.entries((e['process'] as Record<string, unknown>) ?? {}).map(([key, value]) =>
            field(`process.${key}`, value),
          ),
          ...results.map((r) => field('result', [r['achieved'], r['explanation'] ?? r['note']].filter(Boolean).join(' — '))),
          field('satisfaction', e['satisfaction']),
        ],
      };
    }
    case 'plan_drafted': {
      const plan = (d['plan'] as Record<string, unknown>) ?? {};
      return {
        ...base,
        id,
        kind: 'plan_version',
        date: iso(row.at).slice(0, 10),
        label: text(d['version']),
        fields: flatten('plan', plan),
      };
    }
    case 'plan_agreed':
      return {
        ...base,
        id,
        kind: 'plan_agreed',
        date: text(d['date']),
        label: text(d['version']),
        fields: [field('agreedBy', d['agreedBy'])],
      };
    case 'referred': {
      const r = (d['referral'] as Record<string, unknown>) ?? {};
      return {
        ...base,
        id,
        kind: 'referral',
        date: text(r['receivedOn']),
        label: row.discipline,
        fields: [field('requestType', r['requestType']), field('question', r['question'] ?? r['reason'])],
      };
    }
    default:
      return {
        ...base,
        id,
        kind: 'treatment_step',
        date: iso(row.at).slice(0, 10),
        label: row.type,
        fields: Object.entries(d)
          .filter(([key]) => key !== 'type')
          .flatMap(([key, value]) => flatten(key, value)),
      };
  }
}

/** Everything written about one client that this caller may read, newest first. */
export async function loadTimeline(
  tx: Queryable,
  orgId: string,
  clientId: string,
  parts: ReadableParts,
): Promise<TimelineItem[]> {
  const items: TimelineItem[] = [];
  if (parts.treatment) {
    const events = await tx.query<EventRow>(
      `select e.trajectory_id, e.seq, e.type, e.data, e.at, u.display_name as author, t.discipline
         from trajectory_events e join trajectories t on t.org_id = e.org_id and t.id = e.trajectory_id
         left join users u on u.org_id = e.org_id and u.id = e.actor_id
        where e.org_id = $2 and t.org_id = $2 and t.client_id = $1`,
      [clientId, orgId],
    );
    for (const row of events) {
      const item = treatmentItem(row);
      if (item) items.push(item);
    }
    const mdo = await tx.query<{
      mdo_id: string;
      held_on: string;
      recorded_at: Date;
      author: string | null;
      decision: string;
      notes: string | null;
      trajectory_id: string;
    }>(
      `select i.mdo_id, m.held_on::text as held_on, m.recorded_at, u.display_name as author, i.decision, i.notes, i.trajectory_id
         from mdo_items i join mdo_meetings m on m.org_id = i.org_id and m.id = i.mdo_id
         left join users u on u.org_id = m.org_id and u.id = m.recorded_by
        where i.org_id = $2 and m.org_id = $2 and i.client_id = $1`,
      [clientId, orgId],
    );
    for (const row of mdo)
      items.push({
        id: `mdo:${row.mdo_id}:${row.trajectory_id}`,
        kind: 'mdo',
        date: row.held_on,
        at: iso(row.recorded_at),
        authorName: row.author,
        label: row.decision,
        fields: [field('decision', row.decision), field('notes', row.notes)],
        trajectoryId: row.trajectory_id,
      });
  }
  if (parts.measurements) {
    const rows = await tx.query<{
      id: string;
      instrument_id: string;
      administered_on: string;
      recorded_at: Date;
      author: string | null;
      trajectory_id: string;
      scores: unknown;
    }>(
      `select a.id, a.instrument_id, a.administered_on::text as administered_on, a.recorded_at, u.display_name as author,
              a.trajectory_id, a.scores
         from measurement_administrations a left join users u on u.org_id = a.org_id and u.id = a.recorded_by
        where a.org_id = $2 and a.client_id = $1`,
      [clientId, orgId],
    );
    for (const row of rows) {
      const scores = Array.isArray(row.scores) ? (row.scores as { scale?: string; value?: unknown }[]) : [];
      items.push({
        id: `measurement:${row.id}`,
        kind: 'measurement',
        date: row.administered_on,
        at: iso(row.recorded_at),
        authorName: row.author,
        label: row.instrument_id,
        fields: scores.map((s) => field(`score.${s.scale ?? ''}`, s.value)),
        trajectoryId: row.trajectory_id,
      });
    }
  }
  if (parts.attendance) {
    // A correction supersedes the earlier record: only the current one is shown.
    const rows = await tx.query<{
      id: string;
      date: string;
      recorded_at: Date;
      author: string | null;
      status: string;
      arrival: string | null;
      departure: string | null;
      note: string | null;
      group_name: string;
    }>(
      `select a.id, o.date::text as date, a.recorded_at, u.display_name as author, a.status, a.arrival, a.departure, a.note,
              g.name as group_name
         from attendance_records a join occurrences o on o.org_id = a.org_id and o.id = a.occurrence_id
         join activity_groups g on g.org_id = o.org_id and g.id = o.group_id
         left join users u on u.org_id = a.org_id and u.id = a.recorded_by
        where a.org_id = $2 and o.org_id = $2 and g.org_id = $2 and a.client_id = $1
          and not exists (select 1 from attendance_records later where later.org_id = a.org_id and later.supersedes = a.id)`,
      [clientId, orgId],
    );
    for (const row of rows)
      items.push({
        id: `attendance:${row.id}`,
        kind: 'attendance',
        date: row.date,
        at: iso(row.recorded_at),
        authorName: row.author,
        label: row.status,
        fields: [
          field('group', row.group_name),
          field('arrival', row.arrival),
          field('departure', row.departure),
          field('note', row.note),
        ],
        trajectoryId: null,
      });
  }
  if (parts.contactMoments) {
    // The current version of each moment; a correction keeps the earlier one in contact_moment_versions.
    const rows = await tx.query<{
      id: string;
      date: string;
      recorded_at: Date;
      author: string | null;
      kind: string;
      channel: string;
      minutes: number;
      place: string;
      report: string;
      next_step: string;
      next_appointment: string | null;
    }>(
      `select m.id, m.date::text as date, m.recorded_at, u.display_name as author, m.kind, m.channel, m.minutes, m.place,
              m.report, m.next_step, m.next_appointment::text as next_appointment
         from contact_moments m left join users u on u.org_id = m.org_id and u.id = m.recorded_by
        where m.org_id = $2 and m.client_id = $1`,
      [clientId, orgId],
    );
    for (const row of rows)
      items.push({
        id: `contact-moment:${row.id}`,
        kind: 'contact_moment',
        date: row.date,
        at: iso(row.recorded_at),
        authorName: row.author,
        label: row.kind,
        fields: [
          field('channel', row.channel),
          field('minutes', row.minutes),
          field('place', row.place),
          field('report', row.report),
          field('nextStep', row.next_step),
          field('nextAppointment', row.next_appointment),
        ],
        trajectoryId: null,
      });
  }
  if (parts.dayEvaluations) {
    const rows = await tx.query<{
      id: string;
      date: string;
      recorded_at: Date;
      author: string | null;
      content_fit: string;
      level_fit: string;
      participation_stage: string;
      next_actions: string;
    }>(
      `select d.id, d.date::text as date, d.recorded_at, u.display_name as author, d.content_fit, d.level_fit,
              d.participation_stage, d.next_actions
         from day_evaluations d left join users u on u.org_id = d.org_id and u.id = d.recorded_by
        where d.org_id = $2 and d.client_id = $1`,
      [clientId, orgId],
    );
    for (const row of rows)
      items.push({
        id: `day-evaluation:${row.id}`,
        kind: 'day_evaluation',
        date: row.date,
        at: iso(row.recorded_at),
        authorName: row.author,
        label: row.participation_stage,
        fields: [
          field('contentFit', row.content_fit),
          field('levelFit', row.level_fit),
          field('participationStage', row.participation_stage),
          field('nextActions', row.next_actions),
        ],
        trajectoryId: null,
      });
  }
  if (parts.participationPlan) {
    const rows = await tx.query<{ version: number; saved_at: Date; author: string | null }>(
      `select v.version, v.saved_at, u.display_name as author
         from participation_plan_versions v left join users u on u.org_id = v.org_id and u.id = v.saved_by
        where v.org_id = $2 and v.client_id = $1`,
      [clientId, orgId],
    );
    for (const row of rows)
      items.push({
        id: `participation-plan:${row.version}`,
        kind: 'participation_plan_version',
        date: iso(row.saved_at).slice(0, 10),
        at: iso(row.saved_at),
        authorName: row.author,
        label: String(row.version),
        fields: [],
        trajectoryId: null,
      });
  }
  // Newest first: by the date it is about, then by when it was written.
  return items.sort((a, b) => b.date.localeCompare(a.date) || b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
}
