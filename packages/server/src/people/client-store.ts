import type { ClientQuery } from '@meedoen/core';
import type { Queryable } from '../db/database.js';

export interface ClientPersonalia {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  careSetting: string;
  municipality: string | null;
}

const COLUMNS = `c.id, c.given_name as "givenName", c.family_name as "familyName", c.birth_date as "birthDate",
  c.care_setting as "careSetting", c.municipality`;

export async function loadClient(tx: Queryable, orgId: string, clientId: string): Promise<ClientPersonalia | null> {
  const [row] = await tx.query<ClientPersonalia>(`select ${COLUMNS} from clients c where c.org_id = $2 and c.id = $1`, [
    clientId,
    orgId,
  ]);
  return row ?? null;
}

export type ClientRelation = 'self' | 'representative' | 'care_team' | 'consent' | 'directory';

/**
 * The clients this user has a relationship with today (own record, representative, care team,
 * consent), or with `directory` every client of the organisation; optionally filtered by name (every word in
 * the name) or date of birth. Sorted the Dutch way: "van den Berg" under B (`clients.family_sort`, migration 0016).
 */
export async function listClientsFor(
  tx: Queryable,
  orgId: string,
  userId: string,
  today: string,
  options: { directory: boolean; query: ClientQuery | null; limit: number },
): Promise<(ClientPersonalia & { relation: ClientRelation })[]> {
  return tx.query(
    `with related as (
       select u.client_id, 'self' as relation, 1 as rank from users u
        where u.org_id = $7 and u.id = $1 and u.client_id is not null
          and exists (select 1 from user_roles r where r.org_id = u.org_id and r.user_id = u.id and r.role = 'client')
       union all
       select client_id, 'representative', 2 from client_representatives
        where org_id = $7 and user_id = $1 and (basis = 'ouderlijk_gezag' or approved_at is not null) and valid_from <= $2::date and (valid_until is null or valid_until >= $2::date)
       union all
       select client_id, 'care_team', 3 from care_team_members
        where org_id = $7 and user_id = $1 and valid_from <= $2::date and (valid_until is null or valid_until >= $2::date)
       union all
       select g.client_id, 'consent', 4 from consent_grants g
        where g.org_id = $7 and g.grantee_user_id = $1
          and g.valid_from <= $2::date and (g.valid_until is null or g.valid_until >= $2::date)
          and not exists (select 1 from consent_revocations r where r.org_id = g.org_id and r.consent_id = g.id)
       union all
       select id, 'directory', 5 from clients where org_id = $7 and $3::boolean
     ), best as (
       select distinct on (client_id) client_id, relation from related order by client_id, rank
     )
     select ${COLUMNS}, b.relation
       from best b join clients c on c.id = b.client_id
      where c.org_id = $7
        and ($4::text[] is null or not exists (
               select 1 from unnest($4::text[]) w
                where position(w in lower(c.given_name || ' ' || c.family_name)) = 0))
        and ($5::date is null or c.birth_date = $5::date)
      order by c.family_sort, lower(c.family_name), lower(c.given_name), c.id
      limit $6`,
    [
      userId,
      today,
      options.directory,
      options.query?.kind === 'name' ? options.query.words : null,
      options.query?.kind === 'birthDate' ? options.query.birthDate : null,
      options.limit,
      orgId,
    ],
  );
}
