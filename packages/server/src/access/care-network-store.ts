import type {
  AccessAction,
  ConsentGiver,
  DataCategory,
  NaasteBasis,
  RecordedHow,
  RepresentationBasis,
  Role,
} from '@meedoen/core';
import type { Queryable } from '../db/database.js';

export interface CareTeamMember {
  id: string;
  userId: string;
  displayName: string;
  role: Role;
  discipline: string | null;
  validFrom: string;
  validUntil: string | null;
  active: boolean;
  /** Withdrawn before it began (migration 0039: an empty period, the day before valid_from); it never held. */
  withdrawn: boolean;
}

export async function listCareTeam(tx: Queryable, orgId: string, clientId: string, today: string): Promise<CareTeamMember[]> {
  return tx.query<CareTeamMember>(
    `select m.id, m.user_id as "userId", u.display_name as "displayName", m.role, u.discipline,
            m.valid_from as "validFrom", m.valid_until as "validUntil",
            (m.valid_from <= $2::date and (m.valid_until is null or m.valid_until >= $2::date)) as active,
            coalesce(m.valid_until < m.valid_from, false) as withdrawn
       from care_team_members m join users u on u.org_id = m.org_id and u.id = m.user_id
      where m.org_id = $3 and u.org_id = $3 and m.client_id = $1
      order by active desc, m.valid_from, u.display_name`,
    [clientId, today, orgId],
  );
}

export interface Representative {
  id: string;
  userId: string;
  displayName: string;
  relation: 'ouder' | 'wettelijk_vertegenwoordiger';
  /** The legal basis; null for a record from before bases were kept, which grants nothing. */
  basis: RepresentationBasis | null;
  documentRef: string | null;
  validFrom: string;
  validUntil: string | null;
  recordedBy: string;
  recordedByName: string;
  approvedByName: string | null;
  approvedAt: string | null;
  /** Waiting for a second person's approval (a basis not derived from the date of birth). */
  awaitingApproval: boolean;
  /** Acts for the client today: a basis that holds, within its period. */
  active: boolean;
}

export async function listRepresentatives(
  tx: Queryable,
  orgId: string,
  clientId: string,
  today: string,
): Promise<Representative[]> {
  const rows = await tx.query<Omit<Representative, 'approvedAt'> & { approvedAt: Date | null }>(
    `select r.id, r.user_id as "userId", u.display_name as "displayName", r.relation, r.basis, r.document_ref as "documentRef",
            r.valid_from as "validFrom", r.valid_until as "validUntil",
            r.recorded_by as "recordedBy", coalesce(rb.display_name, '') as "recordedByName",
            ab.display_name as "approvedByName", r.approved_at as "approvedAt",
            (r.basis is not null and r.basis <> 'ouderlijk_gezag' and r.approved_at is null) as "awaitingApproval",
            -- a record without a basis (from before bases were kept) grants nothing: false, never null
            coalesce((r.basis = 'ouderlijk_gezag' or r.approved_at is not null)
              and r.valid_from <= $2::date and (r.valid_until is null or r.valid_until >= $2::date), false) as active
       from client_representatives r join users u on u.org_id = r.org_id and u.id = r.user_id
       left join users rb on rb.org_id = r.org_id and rb.id = r.recorded_by
       left join users ab on ab.org_id = r.org_id and ab.id = r.approved_by
      where r.org_id = $3 and u.org_id = $3 and r.client_id = $1 order by r.valid_from, r.recorded_at`,
    [clientId, today, orgId],
  );
  return rows.map((row) => ({ ...row, approvedAt: row.approvedAt ? new Date(row.approvedAt).toISOString() : null }));
}

export interface ConsentGrant {
  id: string;
  granteeUserId: string;
  granteeName: string;
  granteeRoles: Role[];
  categories: DataCategory[];
  level: AccessAction;
  validFrom: string;
  validUntil: string | null;
  givenBy: ConsentGiver;
  alsoGivenBy: ConsentGiver | null;
  naasteBasis: NaasteBasis | null;
  note: string | null;
  /** Who recorded it ("vastgelegd door …") and how the client gave it. */
  recordedBy: string;
  recordedByName: string;
  recordedHow: RecordedHow;
  documentRef: string | null;
  recordedAt: string;
  revokedAt: string | null;
  revocationReason: string | null;
  active: boolean;
}

export async function listConsents(tx: Queryable, orgId: string, clientId: string, today: string): Promise<ConsentGrant[]> {
  const rows = await tx.query<Omit<ConsentGrant, 'recordedAt' | 'revokedAt'> & { recordedAt: Date; revokedAt: Date | null }>(
    `select g.id, g.grantee_user_id as "granteeUserId", u.display_name as "granteeName",
            coalesce(array(select role from user_roles ur where ur.org_id = g.org_id and ur.user_id = g.grantee_user_id
                            order by role), '{}') as "granteeRoles",
            g.categories, g.level, g.valid_from as "validFrom", g.valid_until as "validUntil", g.given_by as "givenBy",
            g.also_given_by as "alsoGivenBy", g.naaste_basis as "naasteBasis", g.note,
            g.recorded_by as "recordedBy", coalesce(rb.display_name, '') as "recordedByName",
            g.recorded_how as "recordedHow", g.document_ref as "documentRef", g.recorded_at as "recordedAt",
            r.revoked_at as "revokedAt", r.reason as "revocationReason",
            (r.consent_id is null and g.valid_from <= $2::date and (g.valid_until is null or g.valid_until >= $2::date)) as active
       from consent_grants g join users u on u.org_id = g.org_id and u.id = g.grantee_user_id
       left join consent_revocations r on r.org_id = g.org_id and r.consent_id = g.id
       left join users rb on rb.org_id = g.org_id and rb.id = g.recorded_by
      where g.org_id = $3 and u.org_id = $3 and g.client_id = $1
      order by g.recorded_at desc`,
    [clientId, today, orgId],
  );
  return rows.map((row) => ({
    ...row,
    recordedAt: new Date(row.recordedAt).toISOString(),
    revokedAt: row.revokedAt ? new Date(row.revokedAt).toISOString() : null,
  }));
}

/**
 * Whether this user is an active account of the organisation holding `role`, locking their row until the
 * transaction ends: a deactivation waits for the add, and two adds of the same professional run one after
 * the other, so the overlap check below sees the first one's row (50 parallel adds make one member).
 */
export async function lockActiveHolderOf(tx: Queryable, orgId: string, userId: string, role: Role): Promise<boolean> {
  const [row] = await tx.query<{ holds: boolean }>(
    `select exists (select 1 from user_roles r where r.org_id = $1 and r.user_id = u.id and r.role = $3) as holds
       from users u where u.org_id = $1 and u.id = $2 and u.active for update`,
    [orgId, userId, role],
  );
  return row?.holds === true;
}

/** A membership of this professional in this role whose period overlaps [from, until] (until null: open-ended). */
export async function overlappingMembership(
  tx: Queryable,
  orgId: string,
  member: { clientId: string; userId: string; role: Role; validFrom: string; validUntil: string | null },
): Promise<string | null> {
  const [row] = await tx.query<{ id: string }>(
    `select id from care_team_members
      where org_id = $1 and client_id = $2 and user_id = $3 and role = $4
        and valid_from <= coalesce($6::date, 'infinity'::date) and coalesce(valid_until, 'infinity'::date) >= $5::date
        and (valid_until is null or valid_until >= valid_from)
      limit 1`,
    [orgId, member.clientId, member.userId, member.role, member.validFrom, member.validUntil],
  );
  return row?.id ?? null;
}

export async function insertCareTeamMember(
  tx: Queryable,
  orgId: string,
  member: { clientId: string; userId: string; role: Role; validFrom: string; validUntil: string | null; addedBy: string },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into care_team_members (org_id, client_id, user_id, role, valid_from, valid_until, added_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [orgId, member.clientId, member.userId, member.role, member.validFrom, member.validUntil, member.addedBy],
  );
  if (!row) throw new Error('care team member not inserted');
  return row.id;
}

/** One membership of this client, locked until the transaction ends (two ends at once end it once). */
export async function lockCareTeamMember(
  tx: Queryable,
  orgId: string,
  clientId: string,
  memberId: string,
): Promise<{ validFrom: string; validUntil: string | null } | null> {
  const [row] = await tx.query<{ validFrom: string; validUntil: string | null }>(
    `select valid_from::text as "validFrom", valid_until::text as "validUntil" from care_team_members
      where org_id = $1 and client_id = $2 and id = $3 for update`,
    [orgId, clientId, memberId],
  );
  return row ?? null;
}

/**
 * An account switched off leaves the care teams it was in: every membership under way ends on `lastDay`, and every one
 * planned to begin after it is withdrawn (migration 0039); history stays, nothing is removed. Returns the memberships
 * changed, one per client and role, for the audit.
 */
export async function endMembershipsOfUser(
  tx: Queryable,
  orgId: string,
  userId: string,
  lastDay: string,
): Promise<{ clientId: string; memberId: string; role: string; withdrawn: boolean }[]> {
  return tx.query<{ clientId: string; memberId: string; role: string; withdrawn: boolean }>(
    `update care_team_members
        set valid_until = case when valid_from > $3::date then valid_from - 1 else $3::date end
      where org_id = $1 and user_id = $2 and (valid_until is null or valid_until > $3::date)
        and (valid_until is null or valid_until >= valid_from)
      returning client_id as "clientId", id as "memberId", role, valid_until < valid_from as withdrawn`,
    [orgId, userId, lastDay],
  );
}

/** Withdraw a membership that has not begun: its period becomes empty (migration 0039), so it never grants access. */
export async function withdrawCareTeamMember(tx: Queryable, orgId: string, clientId: string, memberId: string): Promise<void> {
  await tx.query(`update care_team_members set valid_until = valid_from - 1 where org_id = $1 and client_id = $2 and id = $3`, [
    orgId,
    clientId,
    memberId,
  ]);
}

export async function endCareTeamMember(
  tx: Queryable,
  orgId: string,
  clientId: string,
  memberId: string,
  validUntil: string,
): Promise<void> {
  await tx.query(`update care_team_members set valid_until = $4 where org_id = $1 and client_id = $2 and id = $3`, [
    orgId,
    clientId,
    memberId,
    validUntil,
  ]);
}
