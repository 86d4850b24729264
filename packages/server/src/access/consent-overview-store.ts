import type { AccessAction, ConsentGiver, ConsentStatus, DataCategory, RecordedHow, Role } from '@meedoen/core';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';

/** One consent in the privacy officer's overview across persons: no BSN, no free text of the client. */
export interface ConsentOverviewItem {
  id: string;
  clientId: string;
  clientName: string;
  granteeUserId: string;
  granteeName: string;
  granteeRoles: Role[];
  categories: DataCategory[];
  level: AccessAction;
  validFrom: string;
  validUntil: string | null;
  givenBy: ConsentGiver;
  status: ConsentStatus;
  recordedByName: string;
  recordedHow: RecordedHow;
  recordedAt: string;
  revokedAt: string | null;
  revokedByName: string | null;
}

export interface ConsentOverviewFilter {
  status: ConsentStatus | null;
  /** Running consents whose end date falls within this many days from today. */
  expiringWithinDays: number | null;
  /** Every word must occur in the person's name. */
  nameWords: string[] | null;
  limit: number;
  cursor: string | null;
}

export interface ConsentOverviewPage {
  items: ConsentOverviewItem[];
  nextCursor: string | null;
}

interface Position {
  recordedAt: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The position after the last row of a page, opaque to the caller. */
export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.recordedAt, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Position {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2) {
      const [recordedAt, id] = parsed as unknown[];
      if (typeof recordedAt === 'string' && MOMENT.test(recordedAt) && typeof id === 'string' && UUID.test(id))
        return { recordedAt, id };
    }
  } catch {
    // falls through to the refusal below
  }
  throw new ProblemError('consent_overview.cursor_invalid', {
    errors: [{ path: '/query/cursor', message: 'not a cursor this overview gave out' }],
  });
}

/**
 * The organisation's consents across persons, newest recorded first (recorded_at, then id: a stable order for
 * paging by keyset). Append-only history: a revocation is a row of its own (migration 0003).
 */
export async function listConsentOverview(
  tx: Queryable,
  orgId: string,
  today: string,
  filter: ConsentOverviewFilter,
): Promise<ConsentOverviewPage> {
  const after = filter.cursor === null ? null : decodeCursor(filter.cursor);
  const rows = await tx.query<
    Omit<ConsentOverviewItem, 'recordedAt' | 'revokedAt'> & { recordedAt: Date; revokedAt: Date | null; position: string }
  >(
    `with overview as (
       select g.id, g.client_id as "clientId", c.given_name || ' ' || c.family_name as "clientName",
              g.grantee_user_id as "granteeUserId", u.display_name as "granteeName",
              coalesce(array(select ur.role from user_roles ur where ur.org_id = g.org_id and ur.user_id = g.grantee_user_id
                              order by ur.role), '{}') as "granteeRoles",
              g.categories, g.level, g.valid_from as "validFrom", g.valid_until as "validUntil", g.given_by as "givenBy",
              case when r.consent_id is not null then 'revoked'
                   when g.valid_until is not null and g.valid_until < $2::date then 'expired'
                   when g.valid_from > $2::date then 'not_started'
                   else 'active' end as status,
              coalesce(rb.display_name, '') as "recordedByName", g.recorded_how as "recordedHow", g.recorded_at as "recordedAt",
              to_char(g.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as position,
              r.revoked_at as "revokedAt", rv.display_name as "revokedByName"
         from consent_grants g
         join clients c on c.org_id = g.org_id and c.id = g.client_id
         join users u on u.org_id = g.org_id and u.id = g.grantee_user_id
         left join consent_revocations r on r.org_id = g.org_id and r.consent_id = g.id
         left join users rb on rb.org_id = g.org_id and rb.id = g.recorded_by
         left join users rv on rv.org_id = g.org_id and rv.id = r.revoked_by
        where g.org_id = $1 and c.org_id = $1 and u.org_id = $1
          and ($5::text[] is null or not exists (
                 select 1 from unnest($5::text[]) w where position(w in lower(c.given_name || ' ' || c.family_name)) = 0))
          and ($6::timestamptz is null or (g.recorded_at, g.id) < ($6::timestamptz, $7::uuid))
     )
     select * from overview
      where ($3::text is null or status = $3::text)
        and ($4::int is null or (status = 'active' and "validUntil" is not null and "validUntil" <= $2::date + $4::int))
      order by "recordedAt" desc, id desc
      limit $8`,
    [
      orgId,
      today,
      filter.status,
      filter.expiringWithinDays,
      filter.nameWords,
      after?.recordedAt ?? null,
      after?.id ?? null,
      filter.limit + 1,
    ],
  );
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ position, ...row }) => ({
      ...row,
      recordedAt: new Date(row.recordedAt).toISOString(),
      revokedAt: row.revokedAt ? new Date(row.revokedAt).toISOString() : null,
    })),
    nextCursor: rows.length > filter.limit && last ? encodeCursor({ recordedAt: last.position, id: last.id }) : null,
  };
}
