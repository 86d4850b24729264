import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../packages/server/src/db/database.js';
import { pgliteOf } from '../../packages/server/src/db/pglite-database.js';
import type { Generated } from './generate.js';

/** Bytes of CSV per `COPY … FROM '/dev/blob'` on PGlite: large enough to be fast, small enough for its WASM memory. */
const PGLITE_BATCH = 32 << 20;

export interface LoadReport {
  rows: Record<string, number>;
  /** Per table, the seconds its COPY took (generating the rows included). */
  tableSeconds: Record<string, number>;
  seconds: number;
}

/**
 * Loads generated tables at database speed with COPY, as the schema owner (row-level security does not apply to the
 * owner; every row carries its org_id and passes every check and foreign key as it goes in): on PostgreSQL through
 * `pg-copy-streams` on a connection of its own (`url`), on PGlite with `COPY … FROM '/dev/blob'` and the `blob`
 * query option. Then fills the offers' search vectors as the offer store does, and analyses what it loaded.
 */
export async function loadGenerated(db: Database, data: Generated, url?: string): Promise<LoadReport> {
  const started = performance.now();
  const rows: Record<string, number> = {};
  const tableSeconds: Record<string, number> = {};
  const counted = function* (t: Generated['tables'][number]): Iterable<string> {
    let n = 0;
    for (const chunk of t.chunks()) {
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) n++;
      yield chunk;
    }
    rows[t.table] = n;
  };
  const lite = pgliteOf(db);
  if (lite) {
    for (const t of data.tables) {
      const tableStarted = performance.now();
      const sql = `copy ${t.table} (${t.columns.join(', ')}) from '/dev/blob' with (format csv)`;
      let batch: string[] = [];
      let size = 0;
      for (const chunk of counted(t)) {
        batch.push(chunk);
        size += chunk.length;
        if (size >= PGLITE_BATCH) {
          await lite.query(sql, [], { blob: new Blob(batch) });
          batch = [];
          size = 0;
        }
      }
      if (batch.length > 0) await lite.query(sql, [], { blob: new Blob(batch) });
      tableSeconds[t.table] = (performance.now() - tableStarted) / 1000;
    }
  } else {
    if (!url) throw new Error('loading into PostgreSQL needs its URL (COPY runs on a connection of its own)');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const t of data.tables) {
        const tableStarted = performance.now();
        const sink = client.query(copyFrom(`copy ${t.table} (${t.columns.join(', ')}) from stdin with (format csv)`));
        await pipeline(Readable.from(counted(t)), sink);
        tableSeconds[t.table] = (performance.now() - tableStarted) / 1000;
      }
    } finally {
      await client.end();
    }
  }
  await db.asOwner(async (tx) => {
    // offer-store.ts: search = meedoen_dutch_vector(...) over what a person searches for.
    await tx.query(
      `update offers set search = meedoen_dutch_vector(name || ' ' || description) where search = ''::tsvector and org_id = any($1::uuid[])`,
      [data.orgIds],
    );
  });
  await db.asOwner((tx) => tx.exec(`analyze ${data.tables.map((t) => t.table).join(', ')}`));
  return { rows, tableSeconds, seconds: (performance.now() - started) / 1000 };
}
