import pg from 'pg';
import {
  bindingText,
  bindTransaction,
  directoryReadApart,
  directoryReadScript,
  orgOf,
  type BindMode,
  type Database,
  type Queryable,
} from './database.js';
import { DEFAULT_PREPARED_PER_CONNECTION, PreparedStatements, type PreparedOnConnection } from './prepared-statements.js';

const DATE_OID = 1082;
const INT8_OID = 20;

/** A PostgreSQL server through a connection pool. */
export function openPostgresDatabase(
  url: string,
  poolSize: number,
  bind: BindMode = 'set_config',
  /** Statements kept prepared per connection (MEEDOEN_DB_PREPARED_STATEMENTS; see prepared-statements.ts). */
  preparedPerConnection = DEFAULT_PREPARED_PER_CONNECTION,
): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: string) => {
        // Dates stay ISO strings, as on PGlite; a JS Date would shift them by the time zone.
        if (oid === DATE_OID) return (value: string) => value;
        if (oid === INT8_OID) return (value: string) => Number(value);
        return pg.types.getTypeParser(oid, format as 'text');
      }) as typeof pg.types.getTypeParser,
    },
  });
  const preparedOn = new WeakMap<pg.PoolClient, PreparedStatements>();
  const preparedStatementsOf = (client: pg.PoolClient): PreparedStatements => {
    let prepared = preparedOn.get(client);
    if (!prepared) {
      // node-postgres's own list of what it prepared on this connection (not in its types).
      const { connection } = client as unknown as { connection: PreparedOnConnection };
      prepared = new PreparedStatements(preparedPerConnection, connection);
      preparedOn.set(client, prepared);
    }
    return prepared;
  };
  /** One transaction on one pooled connection; `opening` is `begin`, or `begin` and the binding in one round trip. */
  const run = async <T>(fn: (tx: Queryable) => Promise<T>, opening = 'begin'): Promise<T> => {
    const client = await pool.connect();
    const prepared = preparedStatementsOf(client);
    const tx: Queryable = {
      query: async <R extends object>(sql: string, params?: readonly unknown[]) => {
        const values = params ? [...params] : undefined;
        const name = prepared.nameFor(sql, params);
        return (await (name ? client.query<R>({ name, text: sql, ...(values ? { values } : {}) }) : client.query<R>(sql, values)))
          .rows;
      },
      exec: async (sql: string) => {
        await client.query(sql);
      },
    };
    try {
      // Without parameters this is one simple query, however many statements it holds: one round trip (with the
      // deallocation of statements beyond the connection's limit, when there are any).
      await client.query(prepared.evictions() + opening);
      const result = await fn(tx);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  /** A simple query holding BEGIN, statements and COMMIT: one round trip; the rows of the statement before COMMIT. */
  const runScript = async <T extends object>(script: string): Promise<T[]> => {
    const client = await pool.connect();
    try {
      // Several statements in one simple query answer with one result each (node-postgres gives an array then).
      const results = (await client.query(script)) as unknown as pg.QueryResult<T>[];
      return results[results.length - 2]?.rows ?? [];
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const withOrgOf = orgOf((fn) => run(fn, `begin; ${bindingText(null, bind) ?? ''}`), bind);
  const db: Database = {
    engine: 'postgresql',
    withOrg: (orgId, fn) => {
      const binding = bindingText(orgId, bind);
      if (binding) return run(fn, `begin; ${binding}`);
      return run(async (tx) => {
        await bindTransaction(tx, orgId, bind);
        return fn(tx);
      });
    },
    withOrgOf,
    readByDirectoryKey:
      bind === 'set_config'
        ? (orgLookup, read) => runScript(directoryReadScript(orgLookup, read))
        : directoryReadApart(withOrgOf),
    asOwner: (fn) => run(fn),
    close: () => pool.end(),
  };
  pools.set(db, pool);
  return db;
}

const pools = new WeakMap<Database, pg.Pool>();

/** The pool behind a PostgreSQL database (graphile-worker shares it in tests); undefined for PGlite. */
export function postgresPoolOf(db: Database): pg.Pool | undefined {
  return pools.get(db);
}
