import { randomUUID } from 'node:crypto';
import type { FinancingParameters } from '@meedoen/core';
import type { Queryable } from '../db/database.js';

/**
 * The organisation's financing parameter sets — its contracts and tariffs (issue 12, issue 14) — as the
 * administrator keeps them: one row per set with its current version, every version kept in
 * financing_parameter_set_versions (0035). Every statement names org_id (ADR 6).
 */
export interface StoredParameterSet {
  id: string;
  version: number;
  parameters: FinancingParameters;
  createdAt: string;
  createdByName: string | null;
  updatedAt: string | null;
  updatedByName: string | null;
}

/** What the administrator sends: a set without its id (the server gives it). */
export type ParameterSetInput = Omit<FinancingParameters, 'id'>;

/** Serialises the writers of one organisation's sets until the transaction ends (0035: lock 1214). */
export async function lockParameterSets(tx: Queryable, orgId: string): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(1214, hashtext($1))`, [orgId]);
}

export async function listParameterSets(tx: Queryable, orgId: string): Promise<StoredParameterSet[]> {
  const rows = await tx.query<{
    id: string;
    version: number;
    document: FinancingParameters;
    created_at: string;
    created_by_name: string | null;
    updated_at: string | null;
    updated_by_name: string | null;
  }>(
    `select s.id, s.version, s.document, to_char(s.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at,
       c.display_name as created_by_name,
       to_char(s.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as updated_at, u.display_name as updated_by_name
     from financing_parameter_sets s
     left join users c on c.org_id = s.org_id and c.id = s.created_by
     left join users u on u.org_id = s.org_id and u.id = s.updated_by
     where s.org_id = $1 order by s.valid_from`,
    [orgId],
  );
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    // The stored document names the row's id, whatever it said before (a set written by hand may carry another).
    parameters: { ...row.document, id: row.id },
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    updatedAt: row.updated_at,
    updatedByName: row.updated_by_name,
  }));
}

export async function insertParameterSet(
  tx: Queryable,
  orgId: string,
  userId: string,
  input: ParameterSetInput,
): Promise<string> {
  const id = randomUUID();
  const document = JSON.stringify({ id, ...input });
  await tx.query(
    `insert into financing_parameter_sets (org_id, id, valid_from, valid_until, document, created_by)
     values ($1, $2, $3, $4, $5, $6)`,
    [orgId, id, input.validFrom, input.validUntil, document, userId],
  );
  await recordVersion(tx, orgId, id, 1, input, document, userId);
  return id;
}

/** Changes a set when the caller saw `expected`; false when the set is not there or has moved on (the caller's 404/409). */
export async function updateParameterSet(
  tx: Queryable,
  orgId: string,
  id: string,
  expected: number,
  userId: string,
  input: ParameterSetInput,
): Promise<boolean> {
  const document = JSON.stringify({ id, ...input });
  const updated = await tx.query(
    `update financing_parameter_sets set valid_from = $4, valid_until = $5, document = $6, version = version + 1,
       updated_by = $7, updated_at = now()
     where org_id = $1 and id = $2 and version = $3 returning id`,
    [orgId, id, expected, input.validFrom, input.validUntil, document, userId],
  );
  if (updated.length === 0) return false;
  await recordVersion(tx, orgId, id, expected + 1, input, document, userId);
  return true;
}

async function recordVersion(
  tx: Queryable,
  orgId: string,
  id: string,
  version: number,
  input: ParameterSetInput,
  document: string,
  userId: string,
): Promise<void> {
  await tx.query(
    `insert into financing_parameter_set_versions (org_id, set_id, version, valid_from, valid_until, document, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [orgId, id, version, input.validFrom, input.validUntil, document, userId],
  );
}

/** How many versions of a set are kept (the first included). */
export async function countParameterSetVersions(tx: Queryable, orgId: string, id: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `select count(*)::int as n from financing_parameter_set_versions where org_id = $1 and set_id = $2`,
    [orgId, id],
  );
  return row?.n ?? 0;
}
