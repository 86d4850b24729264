import { PROFESSIONALS_TRAJECTORY } from '../agenda/agenda-views.js';
import type { Queryable } from '../db/database.js';
import { readableClients } from './readable-clients.js';

/** What a work list can hold; the web names each kind in Dutch and counts them in the navigation. */
export const WORKLIST_KINDS = [
  'roll_call_today',
  'session_today',
  'note_to_write',
  'referral_to_accept',
  'plan_awaiting_agreement',
  'evaluation_due',
  'alert',
  'consent_expiring',
  'allocation_expiring',
  'enrolment_request',
] as const;
export type WorklistKind = (typeof WORKLIST_KINDS)[number];

export interface WorklistItem {
  kind: WorklistKind;
  clientId: string | null;
  clientName: string | null;
  /** The date that makes it due: today's group, the evaluation date, the end of a consent or allocation. */
  date: string | null;
  /** A short value the web labels: the trajectory's state, the group's name, the number of warnings. */
  label: string;
  /** Where to act, a path of the web app. */
  link: string;
  /** Today's appointments: whether its session note is written; null for every other kind. */
  done: boolean | null;
}

type Shown = Map<string, { basis: string; role: string | null }>;

/**
 * The caller's work list: each kind from the records they work on, each client only where the caller may read
 * that kind's category by core's rule (treatment, day activities, care network). `shown` collects the clients
 * revealed, for the audit.
 */
export async function loadWorklist(
  tx: Queryable,
  orgId: string,
  userId: string,
  today: string,
  days: { expiryNoticeDays: number; notesToWriteDays: number },
): Promise<{ items: WorklistItem[]; shown: Shown }> {
  const { expiryNoticeDays } = days;
  const items: WorklistItem[] = [];
  const shown: Shown = new Map();
  const keep = (readable: Shown, clientId: string) => {
    const ground = readable.get(clientId);
    if (!ground) return false;
    if (!shown.has(clientId)) shown.set(clientId, ground);
    return true;
  };

  // Today's groups the caller supervises: no client data in them.
  const groups = await tx.query<{ id: string; date: string; starts: string; ends: string; name: string }>(
    `select o.id, o.date::text as date, o.starts, o.ends, g.name
       from occurrences o join activity_groups g on g.org_id = o.org_id and g.id = o.group_id
      where o.org_id = $3 and g.org_id = $3 and o.date = $2::date and not o.cancelled and $1 = any(g.supervisor_ids)
      order by o.starts, g.name`,
    [userId, today, orgId],
  );
  for (const g of groups)
    items.push({
      kind: 'roll_call_today',
      clientId: null,
      clientName: null,
      date: g.date,
      label: `${g.name} · ${g.starts}–${g.ends}`,
      link: `/presentielijst?date=${g.date}`,
      done: null,
    });

  // The caller's appointments with a client, today and the days before: derived from the agenda's sessions and the
  // trajectory's own history, never stored twice. A note is written when the trajectory has a session of that date.
  const appointments = await tx.query<{
    date: string;
    starts: string;
    ends: string;
    client_id: string;
    client_name: string;
    trajectory_id: string | null;
    written: boolean;
  }>(
    `select to_char(s.date, 'YYYY-MM-DD') as date, s.starts, s.ends, r.client_id,
            trim(c.given_name || ' ' || c.family_name) as client_name, x.trajectory_id,
            exists (select 1 from trajectory_events e
                     where e.org_id = r.org_id and e.trajectory_id = x.trajectory_id and e.type = 'session_recorded'
                       and e.data->'session'->>'date' = to_char(s.date, 'YYYY-MM-DD')) as written
       from agenda_sessions s join agenda_series r on r.org_id = s.org_id and r.id = s.series_id
       join clients c on c.org_id = r.org_id and c.id = r.client_id
       cross join lateral (select coalesce(r.trajectory_id, ${PROFESSIONALS_TRAJECTORY}) as trajectory_id) x
      where s.org_id = $4 and r.org_id = $4 and c.org_id = $4 and r.professional_id = $1 and r.cancelled_at is null
        and s.date between $2::date - $3::int and $2::date
      order by s.date, s.starts, c.family_sort`,
    [userId, today, days.notesToWriteDays, orgId],
  );
  const appointmentClients = appointments.map((a) => a.client_id);
  const treated = await readableClients(tx, orgId, userId, appointmentClients, 'treatment', today);
  const known = await readableClients(tx, orgId, userId, appointmentClients, 'personalia', today);
  for (const a of appointments) {
    // An appointment in a trajectory tells that someone is in treatment (health data): only for whom may read it.
    if (!keep(a.trajectory_id ? treated : known, a.client_id)) continue;
    const link = a.trajectory_id
      ? `/clienten/${a.client_id}/behandeling/${a.trajectory_id}?sessie=${a.date}`
      : `/clienten/${a.client_id}`;
    const base = { clientId: a.client_id, clientName: a.client_name, date: a.date, label: `${a.starts}–${a.ends}`, link };
    if (a.date === today) items.push({ ...base, kind: 'session_today', done: a.trajectory_id ? a.written : null });
    if (a.trajectory_id && !a.written) items.push({ ...base, kind: 'note_to_write', done: null });
  }

  // Trajectories the caller treats, or their own (a client agrees to their plan).
  const trajectories = await tx.query<{
    id: string;
    client_id: string;
    client_name: string;
    state: string;
    next_evaluation_date: string | null;
    warning_count: number;
    own: boolean;
  }>(
    `select t.id, t.client_id, trim(c.given_name || ' ' || c.family_name) as client_name, t.state,
            t.next_evaluation_date::text as next_evaluation_date, t.warning_count,
            (t.therapist_id <> $1 and t.regiebehandelaar_id is distinct from $1) as own
       from trajectories t join clients c on c.org_id = t.org_id and c.id = t.client_id
      where t.org_id = $2 and c.org_id = $2
        and (t.therapist_id = $1 or t.regiebehandelaar_id = $1
             or t.client_id = (select u.client_id from users u
                                 join user_roles r on r.org_id = u.org_id and r.user_id = u.id and r.role = 'client'
                                where u.org_id = $2 and u.id = $1))
        and t.state not in ('niet_geaccepteerd', 'diagnostiek_afgerond', 'afgesloten', 'overgedragen', 'doorverwezen')
      order by c.family_sort, c.given_name, t.created_at`,
    [userId, orgId],
  );
  const treatment = await readableClients(
    tx,
    orgId,
    userId,
    trajectories.map((t) => t.client_id),
    'treatment',
    today,
  );
  for (const t of trajectories) {
    if (!keep(treatment, t.client_id)) continue;
    const link = t.own ? '/mijn-plan' : `/clienten/${t.client_id}/behandeling/${t.id}`;
    const base = { clientId: t.client_id, clientName: t.client_name, link, done: null };
    // The client sees only what asks something of them: their plan to agree to.
    if (t.own) {
      if (t.state === 'plan_concept')
        items.push({ ...base, kind: 'plan_awaiting_agreement', date: null, label: t.state, done: null });
      continue;
    }
    if (t.state === 'aangemeld' || t.state === 'intake')
      items.push({ ...base, kind: 'referral_to_accept', date: null, label: t.state });
    if (t.state === 'plan_concept') items.push({ ...base, kind: 'plan_awaiting_agreement', date: null, label: t.state });
    if ((t.state === 'in_behandeling' || t.state === 'evaluatie') && t.next_evaluation_date && t.next_evaluation_date <= today)
      items.push({ ...base, kind: 'evaluation_due', date: t.next_evaluation_date, label: t.state });
    if (t.warning_count > 0) items.push({ ...base, kind: 'alert', date: null, label: String(t.warning_count) });
  }

  // Consents ending soon, for the clients whose care network the caller sees on their care team.
  const consents = await tx.query<{ id: string; client_id: string; client_name: string; valid_until: string }>(
    `select g.id, g.client_id, trim(c.given_name || ' ' || c.family_name) as client_name, g.valid_until::text as valid_until
       from consent_grants g join clients c on c.org_id = g.org_id and c.id = g.client_id
      where g.org_id = $4 and c.org_id = $4 and g.valid_until between $2::date and $2::date + $3::int
        and not exists (select 1 from consent_revocations r where r.org_id = g.org_id and r.consent_id = g.id)
        and exists (select 1 from care_team_members m where m.org_id = g.org_id and m.client_id = g.client_id and m.user_id = $1
                      and m.valid_from <= $2::date and (m.valid_until is null or m.valid_until >= $2::date))
      order by g.valid_until, c.family_sort`,
    [userId, today, expiryNoticeDays, orgId],
  );
  const network = await readableClients(
    tx,
    orgId,
    userId,
    consents.map((c) => c.client_id),
    'care_network',
    today,
  );
  for (const c of consents)
    if (keep(network, c.client_id))
      items.push({
        kind: 'consent_expiring',
        clientId: c.client_id,
        clientName: c.client_name,
        date: c.valid_until,
        label: c.valid_until,
        link: `/clienten/${c.client_id}`,
        done: null,
      });

  // Allocations (indications of an enrolment) ending soon, for the caller's day-activity clients.
  const allocations = await tx.query<{ id: string; client_id: string; client_name: string; until: string }>(
    `select e.id, e.client_id, trim(c.given_name || ' ' || c.family_name) as client_name, e.indication_until::text as until
       from enrolments e join clients c on c.org_id = e.org_id and c.id = e.client_id
      where e.org_id = $4 and c.org_id = $4
        and e.status in ('aangemeld', 'actief', 'gepauzeerd') and e.indication_until between $2::date and $2::date + $3::int
        and exists (select 1 from care_team_members m where m.org_id = e.org_id and m.client_id = e.client_id and m.user_id = $1
                      and m.valid_from <= $2::date and (m.valid_until is null or m.valid_until >= $2::date))
      order by e.indication_until, c.family_sort`,
    [userId, today, expiryNoticeDays, orgId],
  );
  const dayWork = await readableClients(
    tx,
    orgId,
    userId,
    allocations.map((a) => a.client_id),
    'day_activities',
    today,
  );
  for (const a of allocations)
    if (keep(dayWork, a.client_id))
      items.push({
        kind: 'allocation_expiring',
        clientId: a.client_id,
        clientName: a.client_name,
        date: a.until,
        label: a.until,
        link: `/clienten/${a.client_id}`,
        done: null,
      });

  // Enrolment requests sent to the caller as coordinator: the person accepted a proposed offer (issue 14).
  const requests = await tx.query<{ client_id: string; client_name: string; offer_name: string; answered_on: string }>(
    `select p.client_id, trim(c.given_name || ' ' || c.family_name) as client_name, o.name as offer_name,
            p.answered_at::date::text as answered_on
       from offer_proposals p join clients c on c.org_id = p.org_id and c.id = p.client_id
       join offers o on o.org_id = p.org_id and o.id = p.offer_id
      where p.org_id = $2 and c.org_id = $2 and o.org_id = $2 and p.request_status = 'open' and $1 = any(p.coordinator_ids)
      order by p.answered_at, c.family_sort`,
    [userId, orgId],
  );
  const requestReadable = await readableClients(
    tx,
    orgId,
    userId,
    requests.map((r) => r.client_id),
    'day_activities',
    today,
  );
  for (const r of requests)
    if (keep(requestReadable, r.client_id))
      items.push({
        kind: 'enrolment_request',
        clientId: r.client_id,
        clientName: r.client_name,
        date: r.answered_on,
        label: r.offer_name,
        link: `/clienten/${r.client_id}/aanbod`,
        done: null,
      });

  return { items, shown };
}

/** How many of each kind, for the badges in the navigation. */
export function countByKind(items: readonly WorklistItem[]): Record<WorklistKind, number> {
  const counts = Object.fromEntries(WORKLIST_KINDS.map((kind) => [kind, 0])) as Record<WorklistKind, number>;
  for (const item of items) counts[item.kind] += 1;
  return counts;
}
