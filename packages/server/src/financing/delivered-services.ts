import {
  isRole,
  provisionKind,
  type ContinuumForm,
  type DeliveredService,
  type Deliverer,
  type Discipline,
  type ErgoContact,
  type ErgoContactType,
  type FinancingContext,
  type FundingFrame,
  type Profession,
  type ServiceAim,
  type SessionRecord,
  type TrajectoryEventData,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { emptyEntitlements, loadEntitlementsOf, loadFinancingParameters } from './entitlement-store.js';

/**
 * The rows that feed core's financing inputs (docs/design/financing-api.md §2.1): a treatment session
 * from the trajectory's event stream, a day-activity attendance from its current record. Classification
 * looks at who delivered, with what aim, under what agreement — never at the activity's name.
 */

interface UserRow {
  id: string;
  roles: string[];
  discipline: Discipline | null;
  profession: Profession | null;
  register: string | null;
  registration_number: string | null;
}

async function loadUsers(tx: Queryable, ids: readonly string[]): Promise<Map<string, UserRow>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<UserRow>(
    `select u.id, u.discipline, u.profession, u.register, u.registration_number,
       coalesce(array_agg(r.role) filter (where r.role is not null), '{}') as roles
     from users u left join user_roles r on r.user_id = u.id where u.id = any($1::uuid[]) group by u.org_id, u.id`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

const PROFESSION_BY_ROLE: readonly Profession[] = [
  'regiebehandelaar',
  'vaktherapeut',
  'ergotherapeut',
  'trajectbegeleider',
  'activiteitenbegeleider',
];

/** The profession of a user: recorded where the role is not enough (an agoog), otherwise from the role. */
function delivererOf(user: UserRow | undefined, fallback: Profession): Deliverer {
  if (!user) return { userId: null, profession: fallback, discipline: null, registration: null };
  const byRole = PROFESSION_BY_ROLE.find((p) => user.roles.some((r) => isRole(r) && r === p));
  return {
    userId: user.id,
    profession: user.profession ?? byRole ?? fallback,
    discipline: user.discipline,
    registration:
      user.register && user.registration_number ? { register: user.register, number: user.registration_number } : null,
  };
}

interface TrajectoryRow {
  id: string;
  client_id: string;
  discipline: Discipline;
  request_type: string;
  therapist_id: string;
}

interface SessionSource {
  session: SessionRecord;
  service: DeliveredService;
  trajectory: TrajectoryRow;
  directAccess: boolean;
}

/**
 * Every session of the clients' trajectories between two dates (inclusive), as delivered services: the
 * trajectories, their events, therapists and funding decisions each read once for the whole set of clients.
 */
async function loadSessions(tx: Queryable, clientIds: readonly string[], from: string, until: string): Promise<SessionSource[]> {
  if (clientIds.length === 0) return [];
  const trajectories = await tx.query<TrajectoryRow>(
    `select id, client_id, discipline, request_type, therapist_id from trajectories where client_id = any($1::uuid[])`,
    [[...clientIds]],
  );
  if (trajectories.length === 0) return [];
  const eventRows = await tx.query<{ trajectory_id: string; seq: number; data: TrajectoryEventData }>(
    `select trajectory_id, seq, data from trajectory_events where trajectory_id = any($1::uuid[])
       and type in ('referred', 'indication_set', 'plan_agreed', 'session_recorded') order by trajectory_id, seq`,
    [trajectories.map((t) => t.id)],
  );
  const eventsOf = groupBy(eventRows, (e) => e.trajectory_id);
  const users = await loadUsers(
    tx,
    trajectories.map((t) => t.therapist_id),
  );
  // The trajectory's latest funding decision: a chosen frame other than the derived one, with its reason.
  const choices = await tx.query<{
    trajectory_id: string;
    chosen_frame: FundingFrame;
    reason: string | null;
    decided_by: string | null;
    decided_at: Date | string;
  }>(
    `select distinct on (d.trajectory_id) d.trajectory_id, d.chosen_frame, d.reason, u.display_name as decided_by, d.decided_at
     from funding_decisions d left join users u on u.id = d.decided_by
     where d.trajectory_id = any($1::uuid[]) order by d.trajectory_id, d.seq desc`,
    [trajectories.map((t) => t.id)],
  );
  const choiceOf = new Map(
    choices.map(
      (c) =>
        [
          c.trajectory_id,
          c.reason
            ? {
                frame: c.chosen_frame,
                reason: c.reason,
                decidedBy: c.decided_by,
                decidedAt: new Date(c.decided_at).toISOString(),
              }
            : null,
        ] as const,
    ),
  );
  const out: SessionSource[] = [];
  for (const trajectory of trajectories) {
    let referral: Extract<TrajectoryEventData, { type: 'referred' }>['referral'] | null = null;
    let indicationSet = false;
    let planAgreed = false;
    for (const { data } of eventsOf.get(trajectory.id) ?? []) {
      if (data.type === 'referred') referral = data.referral;
      if (data.type === 'indication_set') indicationSet = true;
      if (data.type === 'plan_agreed') planAgreed = true;
      if (data.type !== 'session_recorded') continue;
      const session = data.session;
      if (session.date < from || session.date > until) continue;
      const directAccess = referral?.source === 'zelf_dte';
      const screening = trajectory.request_type === 'dte_screening';
      // A diagnostic question: diagnostics only, a DTE screening, or before the indication is set (000 L435).
      const aim: ServiceAim = trajectory.request_type !== 'behandeling' || !indicationSet ? 'diagnostic' : 'health';
      const service: DeliveredService = {
        id: session.id,
        personId: trajectory.client_id,
        recordType:
          session.form === 'groep'
            ? 'group_session'
            : screening
              ? 'dte_screening'
              : aim === 'diagnostic'
                ? 'diagnostic_contact'
                : 'treatment_session',
        activityName: trajectory.discipline,
        date: session.date,
        start: session.startTime ?? null,
        minutes: session.directMinutes,
        indirectMinutes: session.indirectMinutes,
        form: session.form === 'groep' ? 'groep' : 'individueel',
        setting: session.setting,
        deliverer: delivererOf(users.get(trajectory.therapist_id), 'vaktherapeut'),
        aim,
        agreement: {
          basis: planAgreed ? 'treatment_plan' : directAccess ? 'direct_access' : 'referral',
          referral: referral ? { source: referral.source, regiebehandelaarNamed: referral.regiebehandelaarId !== null } : null,
        },
        offer: null,
        homeVisitReason: session.homeVisitReason,
        fundingChoice: choiceOf.get(trajectory.id) ?? null,
      };
      out.push({ session, service, trajectory, directAccess });
    }
  }
  return out;
}

const WORK_ORIENTED: readonly ContinuumForm[] = [
  'arbeidsmatige_dagbesteding',
  'vrijwilligerswerk',
  'leerwerkplek',
  'beschut_werk',
  'betaald_werk_ondersteund',
  'regulier_werk',
];

/** Every attendance (present or online, the current record) of the clients between two dates. */
async function loadAttendances(
  tx: Queryable,
  clientIds: readonly string[],
  from: string,
  until: string,
): Promise<DeliveredService[]> {
  if (clientIds.length === 0) return [];
  const rows = await tx.query<{
    id: string;
    client_id: string;
    status: string;
    arrival: string | null;
    minutes: number;
    date: string;
    starts: string;
    group_name: string;
    supervisor_id: string | null;
    form: ContinuumForm;
    access: string;
    internal: boolean;
  }>(
    `select a.id, a.client_id, a.status, a.arrival, a.minutes, to_char(o.date, 'YYYY-MM-DD') as date, o.starts,
       g.name as group_name, g.supervisor_ids[1] as supervisor_id, f.form, f.access, f.internal
     from attendance_records a
     join occurrences o on o.id = a.occurrence_id
     join activity_groups g on g.id = o.group_id
     join offers f on f.id = g.offer_id
     where a.client_id = any($1::uuid[]) and o.date between $2 and $3 and a.status in ('aanwezig', 'online')
       and not exists (select 1 from attendance_records later where later.supersedes = a.id)`,
    [[...clientIds], from, until],
  );
  const users = await loadUsers(
    tx,
    rows.flatMap((r) => (r.supervisor_id ? [r.supervisor_id] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    personId: r.client_id,
    recordType: r.status === 'online' ? 'online_activity' : r.internal ? 'day_activity_attendance' : 'external_activity',
    activityName: r.group_name,
    date: r.date,
    start: r.arrival ?? r.starts,
    minutes: r.minutes,
    indirectMinutes: 0,
    form: 'groep',
    setting: r.status === 'online' ? 'online' : r.internal ? 'activiteitencentrum' : 'extern',
    deliverer: delivererOf(r.supervisor_id ? users.get(r.supervisor_id) : undefined, 'activiteitenbegeleider'),
    // Work-oriented forms aim at taking part; the others at a meaningful day (000 L160-169; 003).
    aim: WORK_ORIENTED.includes(r.form) ? 'participation' : 'meaning',
    agreement: { basis: 'offer', referral: null },
    offer: { form: r.form, provision: provisionKind(r.form, r.access === 'geen') },
    homeVisitReason: null,
  }));
}

export interface ClientServices {
  services: DeliveredService[];
  /** The ergotherapie contacts among them, with the same ids, for the ledger. */
  ergoContacts: ErgoContact[];
}

/** The ergotherapie contact type of a session: as recorded, otherwise from the trajectory (REFERENCE.md §7.2). */
function ergoTypeOf(source: SessionSource): ErgoContactType {
  if (source.session.ergoContactType) return source.session.ergoContactType;
  if (source.trajectory.request_type === 'dte_screening') return 'dte_screening';
  return source.session.form === 'groep' ? 'groepszitting' : 'individuele_zitting';
}

export async function loadClientServices(tx: Queryable, clientId: string, from: string, until: string): Promise<ClientServices> {
  return (await loadServicesOf(tx, [clientId], from, until)).get(clientId) ?? { services: [], ergoContacts: [] };
}

/**
 * The delivered services of many clients between two dates, per client: the same statements as for one client,
 * each run once for the whole set (sessions first, then attendances, as for one client).
 */
export async function loadServicesOf(
  tx: Queryable,
  clientIds: readonly string[],
  from: string,
  until: string,
): Promise<Map<string, ClientServices>> {
  const ids = [...new Set(clientIds)];
  const sessionsOf = groupBy(await loadSessions(tx, ids, from, until), (s) => s.trajectory.client_id);
  const attendancesOf = groupBy(await loadAttendances(tx, ids, from, until), (a) => a.personId);
  return new Map(
    ids.map((clientId) => {
      const sessions = sessionsOf.get(clientId) ?? [];
      const ergoContacts: ErgoContact[] = sessions
        .filter((s) => s.trajectory.discipline === 'ergotherapie')
        .map((s) => ({
          id: s.session.id,
          date: s.session.date,
          start: s.session.startTime ?? null,
          type: ergoTypeOf(s),
          groupSize: s.session.groupSize ?? null,
          directMinutes: s.session.directMinutes,
          indirectMinutes: s.session.indirectMinutes,
          setting: s.session.setting,
          homeVisitReason: s.session.homeVisitReason,
          directAccess: s.directAccess,
        }));
      const services = [...sessions.map((s) => s.service), ...(attendancesOf.get(clientId) ?? [])];
      return [clientId, { services, ergoContacts }] as const;
    }),
  );
}

/** The financing context of one client: birth date, care setting, BSN, entitlements, the organisation, parameters. */
export async function loadFinancingContext(tx: Queryable, clientId: string): Promise<FinancingContext> {
  const ctx = (await loadFinancingContextsOf(tx, [clientId])).get(clientId);
  if (!ctx) throw new Error(`client ${clientId} not found after the access check`);
  return ctx;
}

/** The financing contexts of many clients, read set-wise (clients, entitlements and parameters once for all). */
export async function loadFinancingContextsOf(
  tx: Queryable,
  clientIds: readonly string[],
): Promise<Map<string, FinancingContext>> {
  const ids = [...new Set(clientIds)];
  if (ids.length === 0) return new Map();
  const clients = await tx.query<{
    id: string;
    birth_date: string;
    care_setting: FinancingContext['person']['careSetting'];
    ggz: boolean;
  }>(
    `select c.id, to_char(c.birth_date, 'YYYY-MM-DD') as birth_date, c.care_setting, o.is_ggz_institution as ggz
     from clients c join organisations o on o.id = c.org_id where c.id = any($1::uuid[])`,
    [ids],
  );
  const found = new Set(clients.map((c) => c.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw new Error(`client ${missing} not found after the access check`);
  const stored = await loadEntitlementsOf(tx, ids);
  const parameters = await loadFinancingParameters(tx);
  return new Map(
    clients.map((client) => {
      const entitlements = stored.get(client.id);
      return [
        client.id,
        {
          person: {
            id: client.id,
            birthDate: client.birth_date,
            bsn: entitlements?.bsn ?? null,
            careSetting: client.care_setting,
            entitlements: entitlements?.entitlements ?? emptyEntitlements(),
          },
          organisation: { isGgzInstitution: client.ggz },
          parameters,
        },
      ] as const;
    }),
  );
}

/** Rows grouped by a key, each group in the order the rows came. */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}
