import type { Queryable } from '../db/database.js';

/**
 * A transaction that counts the statements sent through it, by their first words (for the declaration
 * benchmark and the test that a run's statements do not grow with the number of persons).
 */
export interface CountingQueryable extends Queryable {
  readonly count: number;
  /** Statements per kind (the SQL's first 60 characters, whitespace folded), most frequent first. */
  kinds(): [string, number][];
}

export function countingQueryable(tx: Queryable): CountingQueryable {
  const byKind = new Map<string, number>();
  let count = 0;
  const note = (sql: string) => {
    count++;
    const kind = sql.replace(/\s+/g, ' ').trim().slice(0, 60);
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  };
  return {
    get count() {
      return count;
    },
    kinds: () => [...byKind.entries()].sort((a, b) => b[1] - a[1]),
    query: (sql, params) => {
      note(sql);
      return tx.query(sql, params);
    },
    exec: (sql) => {
      note(sql);
      return tx.exec(sql);
    },
  };
}
