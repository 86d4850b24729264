import {
  applyDisclosure,
  PROFESSIONAL_ROLES,
  toAttendanceEncounter,
  toLadderObservation,
  toParticipationCarePlan,
  type LadderRung,
  type AttendanceStatus,
  type Disclosure,
  type DisclosureSpec,
  type ParticipationPlan,
  type Resource,
} from '@meedoen/core';
import { loadPlan } from '../daginvulling/participation-routes.js';
import type { ClientScope } from './fhir-client-data.js';

/** One client's data as the access mechanism granted it, with what of the day-activity record the caller sees. */
export interface DisclosedScope extends ClientScope {
  disclosure: Disclosure;
}

/** What a FHIR participation plan is made of: the plan's sections and its comments, as the JSON route declares. */
export const PLAN_DISCLOSURE: DisclosureSpec = { kind: 'fields', fields: { plan: 'sections', comments: 'comments' } };
/** Attendance is one part the client opens or not (003 L1912-1915), as for the roll call and the placements. */
export const ATTENDANCE_DISCLOSURE: DisclosureSpec = { kind: 'whole', parts: ['attendance'] };

interface AttendanceRow {
  firstRecordId: string;
  version: number;
  status: AttendanceStatus;
  arrival: string | null;
  departure: string | null;
  minutes: number;
  date: string;
  starts: string;
  ends: string;
  groupName: string;
  location: string;
  supervisorIds: string[];
  offerId: string;
  offerName: string;
  form: string;
  hasLocation: boolean;
}

/**
 * Every roll-call line of the client as it stands after its corrections (DOMAIN.md §4.6: a correction
 * is a new record that supersedes the previous one): one Encounter per occurrence, its id the chain's
 * first record, its version the chain's length. Supervisors who are not professionals (and so no
 * Practitioner here) are left out rather than referenced unresolvably.
 */
export async function attendanceResources({ tx, clientId, orgId }: DisclosedScope): Promise<Resource[]> {
  const rows = await tx.query<AttendanceRow>(
    `with recursive chain as (
       select r.id as first_id, r.id, 1 as version from attendance_records r where r.client_id = $1 and r.supersedes is null
       union all
       select c.first_id, r.id, c.version + 1 from attendance_records r join chain c on r.supersedes = c.id
     )
     select c.first_id as "firstRecordId", c.version, r.status, r.arrival, r.departure, r.minutes,
            to_char(o.date, 'YYYY-MM-DD') as date, o.starts, o.ends, g.name as "groupName", g.location,
            array(select u.id from users u where u.id = any(g.supervisor_ids)
                    and exists (select 1 from user_roles ur where ur.user_id = u.id and ur.role = any($2::text[]))
                  order by u.id) as "supervisorIds",
            f.id as "offerId", f.name as "offerName", f.form,
            (f.address is not null or (f.lat is not null and f.lon is not null)) as "hasLocation"
       from chain c
       join attendance_records r on r.id = c.id
       join occurrences o on o.id = r.occurrence_id
       join activity_groups g on g.id = o.group_id
       join offers f on f.id = g.offer_id
      where not exists (select 1 from attendance_records s where s.supersedes = r.id)
      order by o.date, o.starts, c.first_id`,
    [clientId, PROFESSIONAL_ROLES],
  );
  return rows.map((row) =>
    toAttendanceEncounter(
      {
        ...row,
        clientId,
        offer: { id: row.offerId, name: row.offerName, form: row.form, hasLocation: row.hasLocation },
      },
      orgId,
    ),
  );
}

/** The owner of an attendance Encounter: the client of the chain's first record. */
export const ATTENDANCE_OWNER_SQL = `select client_id from attendance_records where id = $1 and supersedes is null`;

/**
 * The client's participation plan as far as this caller may see it: the access mechanism's disclosure
 * filter (core applyDisclosure, the JSON route's declaration) runs on the plan before it is mapped, so
 * a section or comment the client did not share never reaches the resource.
 */
export async function participationPlanResources({ tx, orgId, clientId, disclosure }: DisclosedScope): Promise<Resource[]> {
  const [stored] = await tx.query<{ updatedAt: Date | string; updatedBy: string; professional: boolean; own: boolean }>(
    `select p.updated_at as "updatedAt", p.updated_by as "updatedBy",
            exists (select 1 from user_roles ur where ur.user_id = p.updated_by and ur.role = any($2::text[])) as professional,
            exists (select 1 from users u where u.id = p.updated_by and u.client_id = p.client_id) as own
       from participation_plans p where p.org_id = $3 and p.client_id = $1`,
    [clientId, PROFESSIONAL_ROLES, orgId],
  );
  if (!stored) return [];
  const { document, version } = await loadPlan(tx, orgId, clientId);
  const comments = await tx.query<{ text: string; createdAt: Date | string; authorName: string }>(
    `select c.text, c.created_at as "createdAt", u.display_name as "authorName"
       from participation_plan_comments c join users u on u.id = c.author_id where c.client_id = $1 order by c.created_at, c.id`,
    [clientId],
  );
  const { plan, comments: shown } = applyDisclosure(PLAN_DISCLOSURE, disclosure, {
    plan: document as Partial<ParticipationPlan>,
    comments: comments.map((c) => ({ ...c, createdAt: new Date(c.createdAt).toISOString() })),
  });
  return [
    toParticipationCarePlan({
      clientId,
      version,
      updatedAt: new Date(stored.updatedAt).toISOString(),
      author: stored.own ? `Patient/${clientId}` : stored.professional ? `Practitioner/${stored.updatedBy}` : null,
      plan,
      comments: shown,
    }),
  ];
}

/** The ladder is one part of the plan the client opens or not, as for the JSON ladder route (003 L1912-1915). */
export const LADDER_DISCLOSURE: DisclosureSpec = { kind: 'whole', parts: ['ladder'] };

/** Every recorded ladder position of the client (003 L1540-1544: any direction), oldest first. */
export async function ladderResources({ tx, clientId }: DisclosedScope): Promise<Resource[]> {
  const rows = await tx.query<{
    id: string;
    date: string;
    rung: LadderRung;
    withinRungStep: number;
    targetRung: LadderRung;
    wantsToStay: boolean;
    note: string;
    recordedAt: Date | string;
    recordedBy: string;
    professional: boolean;
    own: boolean;
  }>(
    `select l.id, to_char(l.date, 'YYYY-MM-DD') as date, l.rung, l.within_rung_step as "withinRungStep",
            l.target_rung as "targetRung", l.wants_to_stay as "wantsToStay", l.note, l.recorded_at as "recordedAt",
            l.recorded_by as "recordedBy",
            exists (select 1 from user_roles ur where ur.user_id = l.recorded_by and ur.role = any($2::text[])) as professional,
            exists (select 1 from users u where u.id = l.recorded_by and u.client_id = l.client_id) as own
       from ladder_positions l where l.client_id = $1 order by l.date, l.recorded_at, l.id`,
    [clientId, PROFESSIONAL_ROLES],
  );
  return rows.map((row) =>
    toLadderObservation({
      ...row,
      clientId,
      recordedAt: new Date(row.recordedAt).toISOString(),
      performer: row.own ? `Patient/${clientId}` : row.professional ? `Practitioner/${row.recordedBy}` : null,
    }),
  );
}

/** The owner of a ladder Observation. */
export const LADDER_OWNER_SQL = `select client_id from ladder_positions where id = $1`;
