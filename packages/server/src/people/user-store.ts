import { isRole, type Discipline, type Role } from '@meedoen/core';
import type { Queryable } from '../db/database.js';

export interface UserProfile {
  id: string;
  email: string;
  displayName: string;
  discipline: Discipline | null;
  clientId: string | null;
  roles: Role[];
  secondFactor: boolean;
  organisation: { id: string; name: string; kind: string; requireSecondFactor: boolean };
}

/** The signed-in user with roles and organisation; the transaction is bound to their organisation. */
export async function loadUserProfile(tx: Queryable, userId: string): Promise<UserProfile | null> {
  const [row] = await tx.query<{
    id: string;
    email: string;
    display_name: string;
    discipline: Discipline | null;
    client_id: string | null;
    roles: string[];
    second_factor: boolean;
    require_second_factor: boolean;
    org_id: string;
    org_name: string;
    org_kind: string;
  }>(
    `select u.id, u.email, u.display_name, u.discipline, u.client_id,
            coalesce(array(select r.role from user_roles r where r.user_id = u.id order by r.role), '{}') as roles,
            u.totp_enabled_at is not null as second_factor, o.require_second_factor,
            o.id as org_id, o.name as org_name, o.kind as org_kind
       from users u join organisations o on o.id = u.org_id
      where u.id = $1 and u.active`,
    [userId],
  );
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    discipline: row.discipline,
    clientId: row.client_id,
    roles: row.roles.filter(isRole),
    secondFactor: row.second_factor,
    organisation: { id: row.org_id, name: row.org_name, kind: row.org_kind, requireSecondFactor: row.require_second_factor },
  };
}
