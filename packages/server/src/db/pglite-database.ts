import { PGlite, types } from '@electric-sql/pglite';
import { bindTransaction, directoryReadApart, orgOf, type BindMode, type Database, type Queryable } from './database.js';
import { PglitePrepared } from './pglite-prepared.js';
import { DEFAULT_PREPARED_PER_CONNECTION } from './prepared-statements.js';

/**
 * Embedded PostgreSQL (WASM) in a data folder, or in memory when `dataDir` is undefined; `snapshot` starts it from a
 * data folder dumped by `dumpPgliteDatabase` (tests start from one migrated snapshot instead of migrating each time).
 */
export async function openPgliteDatabase(
  dataDir: string | undefined,
  snapshot?: Blob,
  bind: BindMode = 'set_config',
  /** Statements kept prepared (MEEDOEN_DB_PREPARED_STATEMENTS; pglite-prepared.ts); 0 prepares none. */
  preparedLimit = DEFAULT_PREPARED_PER_CONNECTION,
): Promise<Database> {
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(snapshot ? { loadDataDir: snapshot } : {}),
    // Dates stay ISO strings (YYYY-MM-DD) on both engines; see postgres-database.ts.
    parsers: { [types.DATE]: (value: string) => value },
  });
  return wrap(pg, bind, preparedLimit);
}

/** An in-memory database prepared by `prepare` (e.g. migrated), dumped as a data-folder snapshot and closed. */
export async function pgliteSnapshot(prepare: (db: Database) => Promise<unknown>): Promise<Blob> {
  const pg = await PGlite.create({ parsers: { [types.DATE]: (value: string) => value } });
  try {
    await prepare(wrap(pg));
    return await pg.dumpDataDir('none');
  } finally {
    await pg.close();
  }
}

const engines = new WeakMap<Database, PGlite>();
const preparedOf = new WeakMap<PGlite, PglitePrepared | null>();

/** The prepared statements of a PGlite opened here (the bench replays recorded statements through them). */
export function pglitePreparedOf(pg: PGlite): PglitePrepared | null {
  return preparedOf.get(pg) ?? null;
}

/**
 * The PGlite behind a database opened here, for what the Database interface does not offer (the bench's data
 * generator loads with `COPY … FROM '/dev/blob'`); undefined for a PostgreSQL database.
 */
export function pgliteOf(db: Database): PGlite | undefined {
  return engines.get(db);
}

function wrap(pg: PGlite, bind: BindMode = 'set_config', preparedLimit = DEFAULT_PREPARED_PER_CONNECTION): Database {
  const prepared = preparedLimit > 0 ? new PglitePrepared(pg, preparedLimit) : null;
  preparedOf.set(pg, prepared);
  const run = <T>(fn: (tx: Queryable) => Promise<T>): Promise<T> =>
    pg.transaction(async (t) => {
      const tx: Queryable = {
        // With parameters, prepared (pglite-prepared.ts); without, a text that may carry literals, sent as it is.
        query: async <R extends object>(sql: string, params?: readonly unknown[]) =>
          prepared && params && params.length > 0
            ? prepared.query<R>(sql, params)
            : (await t.query<R>(sql, params ? [...params] : undefined)).rows,
        exec: async (sql: string) => {
          try {
            await t.exec(sql);
          } finally {
            // A script (a migration, a restore) may change what prepared statements read: they are made anew.
            prepared?.forgetAll();
          }
        },
      };
      return fn(tx);
    });
  const withOrgOf = orgOf(
    (fn) =>
      run(async (tx) => {
        await bindTransaction(tx, null, bind);
        return fn(tx);
      }),
    bind,
  );
  const db: Database = {
    engine: 'pglite',
    withOrg: (orgId, fn) =>
      run(async (tx) => {
        await bindTransaction(tx, orgId, bind);
        return fn(tx);
      }),
    withOrgOf,
    // In process there is no round trip to save: the long way, which also keeps it tested on every run.
    readByDirectoryKey: directoryReadApart(withOrgOf),
    asOwner: run,
    close: () => pg.close(),
  };
  engines.set(db, pg);
  return db;
}
