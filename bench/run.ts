import type { Database } from '../packages/server/src/db/database.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import { openPgliteDatabase } from '../packages/server/src/db/pglite-database.js';
import { openPostgresDatabase } from '../packages/server/src/db/postgres-database.js';
import { benchClientRecord } from './client-record.bench.js';
import { benchDeclareMonth } from './declare-month.bench.js';
import { benchLoad } from './load.bench.js';
import { benchMatching } from './matching.bench.js';
import { benchRlsOverhead } from './rls-overhead.bench.js';
import { benchRollCall } from './roll-call.bench.js';
import { benchScale } from './scale.bench.js';
import { benchEngineThroughput } from './throughput.js';
import { benchWebBundle } from './web-bundle.bench.js';
import { describeResult } from './measure.js';
import { writeResults } from './results-file.js';

/**
 * `npm run bench`: each benchmark measures a candidate against a baseline in the same run and reports
 * the ratio against its target. Runs on a fresh in-memory PGlite, or on DATABASE_URL (use a scratch database);
 * the results, with the machine they were measured on, go to `bench/results/<engine>.json`.
 */
const url = process.env['DATABASE_URL'];
const db = url ? openPostgresDatabase(url, 2) : await openPgliteDatabase(undefined);
try {
  await migrate(db);
  const only = process.env['BENCH_ONLY'];
  const pooled = async <T>(bench: (db: Database) => Promise<T>): Promise<T> => {
    const pool = url ? openPostgresDatabase(url, 10) : db;
    try {
      return await bench(pool);
    } finally {
      if (pool !== db) await pool.close();
    }
  };
  const benches = {
    rls: benchRlsOverhead,
    // Throughput with parallel callers, on a pool the size the server uses in production (as the load test).
    'roll-call': () => pooled(benchRollCall),
    'client-record': () => pooled(benchClientRecord),
    matching: async () => benchMatching(),
    'declare-month': benchDeclareMonth,
    web: async () => benchWebBundle(),
    // The load test runs on a pool the size the server uses in production (MEEDOEN_DB_POOL_SIZE's default).
    load: async () => {
      const pooled = url ? openPostgresDatabase(url, 10) : db;
      try {
        return await benchLoad(pooled);
      } finally {
        if (pooled !== db) await pooled.close();
      }
    },
    // Last: they load a million rows (and 10 k) into the run's database beside what the benches above made.
    scale: (d: typeof db) => benchScale(d, url),
    engines: (d: typeof db) => benchEngineThroughput(d, url),
  };
  const results = [];
  for (const [name, bench] of Object.entries(benches)) if (!only || only === name) results.push(...[await bench(db)].flat());
  for (const r of results) console.log('skipped' in r ? `SKIP  ${r.name}: ${r.note}` : describeResult(r));
  // A partial run (BENCH_ONLY) does not replace the results of the full one.
  if (!only) console.log(`results written to ${writeResults(url ? 'postgresql' : 'pglite', results, new Date())}`);
  process.exitCode = results.every((r) => r.pass) ? 0 : 1;
} finally {
  await db.close();
}
