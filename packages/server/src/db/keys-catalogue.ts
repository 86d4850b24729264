import type { Queryable } from './database.js';

/**
 * Distribution-ready keys (issue 16, docs/adr/0006-distributing-by-organisation.md): read from the catalogue,
 * every table of the schema is owned by an organisation (an `org_id` column) unless listed below, and each owned
 * table has a primary key, unique constraints and indexes, and foreign keys that all include `org_id` — what
 * Citus needs to distribute the tables by `org_id`.
 */

/** Tables that belong to no organisation, and why. */
export const NOT_ORGANISATION_OWNED: Readonly<Record<string, string>> = {
  organisations: 'the tenants themselves (a Citus reference table)',
  schema_migrations: 'the migration ledger of the database',
  sign_in_throttle: 'counts failed sign-ins per address and account before an organisation is known',
  identity_directory:
    'the global identities looked up before the organisation is known (sign-in e-mail, session, invitation and feed tokens): it names the organisation (a Citus reference table, migration 0033)',
};

/**
 * Unique keys of organisation-owned tables that may hold across all organisations. None since migration 0033: the
 * global identities (sign-in e-mail, session, invitation and feed tokens) moved to `identity_directory`, and the
 * organisation tables keep them unique within the organisation. Kept, empty, so an exception stays a visible choice.
 */
export const GLOBAL_IDENTITIES: Readonly<Record<string, string>> = {};

export interface KeyProblem {
  table: string;
  problem: 'no_org_id' | 'no_primary_key' | 'key_without_org_id' | 'foreign_key_without_org_id';
  /** The constraint or index, when one is at fault. */
  name: string | null;
  definition: string | null;
}

/** Every way the schema's public tables break the rule, in a stable order; empty when the schema keeps it. */
export async function keyProblems(tx: Queryable): Promise<KeyProblem[]> {
  const rows = await tx.query<{ table: string; problem: KeyProblem['problem']; name: string | null; definition: string | null }>(
    `with tables as (
       select c.oid, c.relname,
              exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped) as owned
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')
     )
     select relname as "table", 'no_org_id' as problem, null as name, null as definition
       from tables where not owned
     union all
     select t.relname, 'no_primary_key', null, null
       from tables t where t.owned and not exists (select 1 from pg_constraint p where p.conrelid = t.oid and p.contype = 'p')
     union all
     select t.relname, 'key_without_org_id', i.relname, pg_get_indexdef(i.oid)
       from tables t join pg_index x on x.indrelid = t.oid join pg_class i on i.oid = x.indexrelid
      where t.owned and x.indisunique
        and not exists (select 1 from unnest(x.indkey) k join pg_attribute a on a.attrelid = t.oid and a.attnum = k
                         where a.attname = 'org_id')
     union all
     select t.relname, 'foreign_key_without_org_id', f.conname, pg_get_constraintdef(f.oid)
       from tables t join pg_constraint f on f.conrelid = t.oid and f.contype = 'f'
      where t.owned
        and not exists (select 1 from unnest(f.conkey) k join pg_attribute a on a.attrelid = t.oid and a.attnum = k
                         where a.attname = 'org_id')
     order by 1, 2, 3`,
  );
  return rows.filter(
    (row) =>
      // A listed table is not owned, also when it names an organisation (the directory does, to point at one).
      !(row.table in NOT_ORGANISATION_OWNED) &&
      !(row.problem === 'key_without_org_id' && row.name !== null && row.name in GLOBAL_IDENTITIES),
  );
}
