import type { Database, Queryable } from '../db/database.js';

/**
 * A test-only recorder of the statements an application sends in its organisation-bound transactions (withOrg,
 * withOrgOf; the owner's transactions of fixtures and migrations are not recorded), for the guard that every
 * statement on an organisation-owned table names `org_id` (issue 16; ADR 6: Citus routes a statement to one shard
 * only when it filters on the distribution column itself — row-level security's predicate is not seen by its router).
 */
export interface RecordingDatabase extends Database {
  readonly statements: readonly string[];
}

export function recordingDatabase(db: Database): RecordingDatabase {
  const statements: string[] = [];
  const recording = (tx: Queryable): Queryable => ({
    query: (sql, params) => {
      statements.push(sql);
      return tx.query(sql, params);
    },
    exec: (sql) => {
      statements.push(sql);
      return tx.exec(sql);
    },
  });
  return {
    engine: db.engine,
    statements,
    withOrg: (orgId, fn) => db.withOrg(orgId, (tx) => fn(recording(tx))),
    withOrgOf: (find, fn) =>
      db.withOrgOf(
        (tx) => find(recording(tx)),
        (tx, orgId) => fn(recording(tx), orgId),
      ),
    readByDirectoryKey: (orgLookup, read) => {
      statements.push(orgLookup, read('app_org_id()'));
      return db.readByDirectoryKey(orgLookup, read);
    },
    asOwner: (fn) => db.asOwner(fn),
    close: () => db.close(),
  };
}

/**
 * The simple check, on the statement's text (whitespace folded, lower case): a statement touches an owned table when
 * the table's name follows `from`, `join`, `into` or `update`; it names `org_id` when it has a predicate on it
 * (`org_id =`, `org_id = any(…)`, `org_id in (…)`) or inserts it (`insert into t (…, org_id, …)`). A statement that
 * touches owned tables and does neither is reported. Deliberately coarse: one org_id predicate covers a statement
 * with several tables joined on org_id; functions (SECURITY DEFINER) are opaque to it.
 */
export function touchedOwnedTables(sql: string, owned: ReadonlySet<string>): string[] {
  const text = sql.replace(/\s+/g, ' ').toLowerCase();
  const found = new Set<string>();
  for (const match of text.matchAll(/\b(?:from|join|into|update)\s+([a-z_][a-z0-9_]*)/g)) {
    const table = match[1] ?? '';
    if (owned.has(table)) found.add(table);
  }
  return [...found].sort();
}

export function namesOrgId(sql: string): boolean {
  const text = sql.replace(/\s+/g, ' ').toLowerCase();
  return /\borg_id\s*(=|in\s*\()/.test(text) || /\binsert into [a-z_]+ ?\([^)]*\borg_id\b/.test(text);
}

/** The statements (folded to one line) that touch an owned table without naming org_id, with how often each ran. */
export function statementsWithoutOrgId(statements: readonly string[], owned: ReadonlySet<string>): Map<string, number> {
  const missing = new Map<string, number>();
  for (const sql of statements) {
    if (touchedOwnedTables(sql, owned).length === 0 || namesOrgId(sql)) continue;
    const folded = sql.replace(/\s+/g, ' ').trim();
    missing.set(folded, (missing.get(folded) ?? 0) + 1);
  }
  return missing;
}
