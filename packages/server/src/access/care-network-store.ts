import type { AccessAction, ConsentGiver, DataCategory, NaasteBasis, Role } from '@meedoen/core';
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
}

export async function listCareTeam(tx: Queryable, clientId: string, today: string): Promise<CareTeamMember[]> {
  return tx.query<CareTeamMember>(
    `select m.id, m.user_id as "userId", u.display_name as "displayName", m.role, u.discipline,
            m.valid_from as "validFrom", m.valid_until as "validUntil",
            (m.valid_from <= $2::date and (m.valid_until is null or m.valid_until >= $2::date)) as active
       from care_team_members m join users u on u.id = m.user_id
      where m.client_id = $1
      order by active desc, m.valid_from, u.display_name`,
    [clientId, today],
  );
}

export interface Representative {
  id: string;
  userId: string;
  displayName: string;
  relation: 'ouder' | 'wettelijk_vertegenwoordiger';
  validFrom: string;
  validUntil: string | null;
}

export async function listRepresentatives(tx: Queryable, clientId: string): Promise<Representative[]> {
  return tx.query<Representative>(
    `select r.id, r.user_id as "userId", u.display_name as "displayName", r.relation,
            r.valid_from as "validFrom", r.valid_until as "validUntil"
       from client_representatives r join users u on u.id = r.user_id
      where r.client_id = $1 order by r.valid_from`,
    [clientId],
  );
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
  naasteBasis: NaasteBasis | null;
  note: string | null;
  recordedAt: string;
  revokedAt: string | null;
  revocationReason: string | null;
  active: boolean;
}

export async function listConsents(tx: Queryable, clientId: string, today: string): Promise<ConsentGrant[]> {
  const rows = await tx.query<Omit<ConsentGrant, 'recordedAt' | 'revokedAt'> & { recordedAt: Date; revokedAt: Date | null }>(
    `select g.id, g.grantee_user_id as "granteeUserId", u.display_name as "granteeName",
            coalesce(array(select role from user_roles where user_id = g.grantee_user_id order by role), '{}') as "granteeRoles",
            g.categories, g.level, g.valid_from as "validFrom", g.valid_until as "validUntil", g.given_by as "givenBy",
            g.naaste_basis as "naasteBasis", g.note, g.recorded_at as "recordedAt",
            r.revoked_at as "revokedAt", r.reason as "revocationReason",
            (r.consent_id is null and g.valid_from <= $2::date and (g.valid_until is null or g.valid_until >= $2::date)) as active
       from consent_grants g join users u on u.id = g.grantee_user_id
       left join consent_revocations r on r.consent_id = g.id
      where g.client_id = $1
      order by g.recorded_at desc`,
    [clientId, today],
  );
  return rows.map((row) => ({
    ...row,
    recordedAt: new Date(row.recordedAt).toISOString(),
    revokedAt: row.revokedAt ? new Date(row.revokedAt).toISOString() : null,
  }));
}
