import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../packages/server/src/db/database.js';
import { pgliteOf, pglitePreparedOf } from '../packages/server/src/db/pglite-database.js';
import { postgresPoolOf } from '../packages/server/src/db/postgres-database.js';

/** One statement as the driver was handed it: text, bind values, and (node-postgres) the prepared statement's name. */
export interface DriverCall {
  text: string;
  values?: unknown[];
  name?: string;
}

/** What one API request sent to the database: its transactions in order, each the driver calls it made. */
export type RecordedRequest = DriverCall[][];

/**
 * The statements one call sends, as the driver receives them (issue 16's baseline: "the same SQL via a bare driver
 * call"). On PostgreSQL every `query` of node-postgres during the call, grouped into transactions at BEGIN / COMMIT
 * (the session check is one simple query holding both); on PGlite every statement inside `transaction`. Nothing else
 * may use the database while it records: it listens on the driver, not on the call.
 */
export async function recordDriverCalls(db: Database, call: () => Promise<unknown>): Promise<RecordedRequest> {
  const calls: DriverCall[] = [];
  const pglite = pgliteOf(db);
  const restore = pglite ? listenOnPglite(pglite, calls) : listenOnNodePostgres(calls);
  try {
    await call();
  } finally {
    restore();
  }
  return pglite ? groupPglite(calls) : groupByBeginCommit(calls);
}

function listenOnNodePostgres(calls: DriverCall[]): () => void {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === 'string') calls.push({ text: first, ...(Array.isArray(second) ? { values: second } : {}) });
    else {
      const config = first as { text: string; values?: unknown[]; name?: string };
      calls.push({
        text: config.text,
        ...(config.values ? { values: config.values } : {}),
        ...(config.name ? { name: config.name } : {}),
      });
    }
    return original.apply(this, args);
  };
  return () => {
    prototype.query = original;
  };
}

/** PGlite: a marker call opens each transaction; its statements follow. */
const TRANSACTION = '-- transaction';

function listenOnPglite(pglite: PGlite, calls: DriverCall[]): () => void {
  const original = pglite.transaction.bind(pglite);
  pglite.transaction = (<T>(fn: (tx: Transaction) => Promise<T>) =>
    original((tx) => {
      calls.push({ text: TRANSACTION });
      const listened = Object.create(tx) as Transaction;
      listened.query = ((text: string, values?: unknown[]) => {
        calls.push({ text, ...(values ? { values } : {}) });
        return tx.query(text, values);
      }) as Transaction['query'];
      listened.exec = ((text: string) => {
        calls.push({ text });
        return tx.exec(text);
      }) as Transaction['exec'];
      return fn(listened);
    })) as PGlite['transaction'];
  // Statements with parameters go through the prepared statements (pglite-prepared.ts), not the transaction's query.
  const prepared = pglitePreparedOf(pglite);
  const preparedQuery = prepared?.query;
  if (prepared && preparedQuery)
    prepared.query = (<R extends object>(text: string, values: readonly unknown[]) => {
      calls.push({ text, values: [...values] });
      return preparedQuery.call(prepared, text, values) as Promise<R[]>;
    }) as typeof prepared.query;
  return () => {
    pglite.transaction = original;
    if (prepared) Reflect.deleteProperty(prepared, 'query');
  };
}

function groupPglite(calls: DriverCall[]): RecordedRequest {
  const transactions: RecordedRequest = [];
  for (const call of calls) {
    if (call.text === TRANSACTION) transactions.push([]);
    else transactions.at(-1)?.push(call);
  }
  return transactions;
}

function groupByBeginCommit(calls: DriverCall[]): RecordedRequest {
  const transactions: RecordedRequest = [];
  let open: DriverCall[] | undefined;
  for (const call of calls) {
    const text = call.text.trim().toLowerCase();
    if (!open) {
      open = [];
      transactions.push(open);
    }
    open.push(call);
    // A transaction ends at its COMMIT, or with the simple query that holds its own (the session check).
    if (/(^|;\s*)commit;?$/.test(text)) open = undefined;
  }
  return transactions;
}

/**
 * What a recorded request costs in driver calls, for the benches' notes. PostgreSQL: one round trip per call (BEGIN
 * travels with the binding, the session check is one simple query). PGlite (in process): its statements, with the
 * BEGIN and COMMIT its `transaction` sends.
 */
export function describeDriverCalls(db: Database, recorded: RecordedRequest): string {
  const calls = recorded.reduce((sum, transaction) => sum + transaction.length, 0);
  return pgliteOf(db)
    ? `${calls + 2 * recorded.length} statements per call in ${recorded.length} transactions (BEGIN and COMMIT included)`
    : `${calls} round trips per call in ${recorded.length} transactions (BEGIN and COMMIT included)`;
}

/** `value` with every occurrence of a key of `swap` replaced by its value, inside strings and arrays. */
function swapped(value: unknown, swap: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    let text = value;
    for (const [from, to] of swap) text = text.split(from).join(to);
    return text;
  }
  if (Array.isArray(value)) return value.map((item) => swapped(item, swap));
  return value;
}

/**
 * The recorded request sent again through the bare driver, each transaction on a connection of its own as the
 * application sends it, with `swap` applied to every text and value (another client, another day). PostgreSQL: the
 * same pool's connections and the same prepared statements; PGlite: its own `transaction`, and the same prepared
 * statements.
 */
export function replayer(db: Database, recorded: RecordedRequest): (swap: ReadonlyMap<string, string>) => Promise<void> {
  const pglite = pgliteOf(db);
  const prepare = (swap: ReadonlyMap<string, string>) =>
    recorded.map((transaction) =>
      transaction.map((call) => ({
        ...call,
        text: swapped(call.text, swap) as string,
        ...(call.values ? { values: swapped(call.values, swap) as unknown[] } : {}),
      })),
    );
  if (pglite) {
    // As the server sends them: with parameters through the prepared statements, without as they are.
    const prepared = pglitePreparedOf(pglite);
    return async (swap) => {
      for (const transaction of prepare(swap))
        await pglite.transaction(async (tx) => {
          for (const call of transaction)
            await (prepared && call.values?.length ? prepared.query(call.text, call.values) : tx.query(call.text, call.values));
        });
    };
  }
  const pool = postgresPoolOf(db);
  if (!pool) throw new Error('replay needs a PGlite or PostgreSQL database opened by this server');
  return async (swap) => {
    for (const transaction of prepare(swap)) {
      const client = await pool.connect();
      try {
        for (const call of transaction)
          await (call.name
            ? client.query({ name: call.name, text: call.text, values: call.values ?? [] })
            : client.query(call.text, call.values));
      } finally {
        client.release();
      }
    }
  };
}
