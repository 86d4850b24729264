import { isRole, type AccessFacts, type AccessAction, type DataCategory, type Role } from '@meedoen/core';
import type { Queryable } from '../db/database.js';

export interface LoadedFacts {
  facts: AccessFacts;
  clientExists: boolean;
  /** The stated reason of the user's open emergency access to this client, for the audit record. */
  breakGlassReason: string | null;
}

/** What the access decision needs to know about one user and each client in `from` ($1 user, $3 day, $4 organisation). */
const accessFacts = (from: string) =>
  `select c.id as client_id,
     coalesce(array(select role from user_roles where org_id = $4 and user_id = $1), '{}') as roles,
     coalesce(array(select distinct role from care_team_members
                     where org_id = $4 and user_id = $1 and client_id = c.id and valid_from <= $3::date
                       and (valid_until is null or valid_until >= $3::date)), '{}') as team_roles,
     -- the client's own account: a naaste's account also points at the client, but is never the client (finding 1)
     exists (select 1 from users u join user_roles ur on ur.org_id = u.org_id and ur.user_id = u.id and ur.role = 'client'
              where u.org_id = $4 and u.id = $1 and u.client_id = c.id) as is_self,
     -- a representative counts once their basis holds: derived (parental authority) or approved by a second person
     exists (select 1 from client_representatives where org_id = $4 and user_id = $1 and client_id = c.id
               and (basis = 'ouderlijk_gezag' or approved_at is not null)
               and valid_from <= $3::date and (valid_until is null or valid_until >= $3::date)) as is_representative,
     (select json_agg(json_build_object('categories', g.categories, 'level', g.level)) from consent_grants g
       where g.org_id = $4 and g.grantee_user_id = $1 and g.client_id = c.id and g.valid_from <= $3::date
         and (g.valid_until is null or g.valid_until >= $3::date)
         and not exists (select 1 from consent_revocations r where r.org_id = g.org_id and r.consent_id = g.id)) as consents,
     exists (select 1 from break_glass_accesses where org_id = $4 and user_id = $1 and client_id = c.id and expires_at > now()) as break_glass,
     (select b.reason from break_glass_accesses b where b.org_id = $4 and b.user_id = $1 and b.client_id = c.id and b.expires_at > now()
       order by b.opened_at desc limit 1) as break_glass_reason,
     exists (select 1 from clients where org_id = $4 and id = c.id) as client_exists
   from ${from}`;
/**
 * In two forms, each prepared once per connection (as every statement with parameters: prepared-statements.ts): one
 * client ($2 an id), planned once for good — over a list the planner's guess of ten elements makes one client's own
 * plan look cheaper, so it would plan anew every time — and a list ($2 ids).
 */
const ACCESS_FACTS_ONE = accessFacts(`(values ($2::uuid)) as c(id)`);
const ACCESS_FACTS_LIST = accessFacts(`unnest($2::uuid[]) as c(id)`);

/**
 * Everything an access decision about (user, client) rests on, for one or many clients in one round
 * trip: the user's roles, their active care-team roles, whether they are the client or a
 * representative, active consents and an unexpired break-glass. `today` is the Amsterdam date;
 * periods are inclusive.
 */
export async function loadAccessFactsFor(
  tx: Queryable,
  orgId: string,
  userId: string,
  clientIds: readonly string[],
  today: string,
): Promise<Map<string, LoadedFacts>> {
  const rows = await tx.query<{
    client_id: string;
    roles: string[];
    team_roles: string[];
    is_self: boolean;
    is_representative: boolean;
    consents: { categories: string[]; level: AccessAction }[] | null;
    break_glass: boolean;
    break_glass_reason: string | null;
    client_exists: boolean;
  }>(clientIds.length === 1 ? ACCESS_FACTS_ONE : ACCESS_FACTS_LIST, [
    userId,
    clientIds.length === 1 ? clientIds[0] : [...clientIds],
    today,
    orgId,
  ]);
  return new Map(
    rows.map((row) => [
      row.client_id,
      {
        clientExists: row.client_exists,
        breakGlassReason: row.break_glass_reason,
        facts: {
          roles: row.roles.filter(isRole),
          teamRoles: row.team_roles.filter(isRole),
          isSelf: row.is_self,
          isRepresentative: row.is_representative,
          consents: (row.consents ?? []).flatMap((grant) =>
            grant.categories.map((category) => ({ category: category as DataCategory, level: grant.level })),
          ),
          breakGlass: row.break_glass,
        },
      },
    ]),
  );
}

/** The role to record in the audit trail for an access: the team role if any, else the first organisation role. */
export function auditRole(facts: AccessFacts): Role | null {
  return facts.teamRoles[0] ?? facts.roles[0] ?? null;
}
