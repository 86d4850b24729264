import { PGlite, types } from '@electric-sql/pglite';
import { bindTransaction, type Database, type Queryable } from './database.js';

/** Embedded PostgreSQL (WASM) in a data folder, or in memory when `dataDir` is undefined. */
export async function openPgliteDatabase(dataDir: string | undefined): Promise<Database> {
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    // Dates stay ISO strings (YYYY-MM-DD) on both engines; see postgres-database.ts.
    parsers: { [types.DATE]: (value: string) => value },
  });
  const run = <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> =>
    pg.transaction(async (t) => {
      const tx: Queryable = {
        query: async <R extends object>(sql: string, params?: readonly unknown[]) =>
          (await t.query<R>(sql, params ? [...params] : undefined)).rows,
        exec: async (sql: string) => {
          await t.exec(sql);
        },
      };
      return fn(tx);
    });
  return {
    engine: 'pglite',
    withOrg: (orgId, fn) =>
      run(async (tx) => {
        await bindTransaction(tx, orgId);
        return fn(tx);
      }),
    asOwner: run,
    close: () => pg.close(),
  };
}
