import { migrate } from '../packages/server/src/db/migrate.js';
import { openPgliteDatabase } from '../packages/server/src/db/pglite-database.js';
import type { Database } from '../packages/server/src/db/database.js';
import type { RouteMeasure } from './daily-routes.js';
import { compare, type BenchResult } from './measure.js';
import { lastSmall, measureAtScale } from './scale.bench.js';

/** Issue 16: PGlite at least 0.3× PostgreSQL's throughput on the same workload. */
const THROUGHPUT_TARGET = 0.3;
const SCALE = 0.01;
/** The seed of the 10 k data set (the same as the scale bench's small one, so both engines serve the same rows). */
const SEED = 1601;

/** A result that was not measured in this run, and why; it neither passes nor fails the run. */
export interface SkippedResult extends BenchResult {
  skipped: true;
}

/**
 * Time for one cycle of the daily routes (each route once, one after another) at the measured throughput of each:
 * Σ 1/throughput. Throughput of the workload = 1 / this; so the cycle-time ratio is the inverse throughput ratio.
 */
export function cycleMs(routes: readonly RouteMeasure[]): number {
  return routes.reduce((sum, r) => sum + 1000 / r.requestsPerSecond, 0);
}

/**
 * A "higher is better" target (throughput) in the bench's "lower is better" shape: the ratio is PGlite's cycle time ÷
 * PostgreSQL's, the target 1 / 0.3 = 3.33×; the note gives the throughput ratio itself (PGlite ÷ PostgreSQL ≥ 0.3).
 */
export function throughputResult(name: string, baseline: RouteMeasure[], candidate: RouteMeasure[], target: number): BenchResult {
  const result = compare(name, cycleMs(baseline), cycleMs(candidate), 1 / target);
  const perRoute = baseline
    .map((b, i) => `${b.route} ${((candidate[i]?.requestsPerSecond ?? 0) / b.requestsPerSecond).toFixed(2)}`)
    .join(', ');
  return {
    ...result,
    note: `throughput PGlite ÷ PostgreSQL = ${(1 / result.ratio).toFixed(2)} (target ≥ ${target}); per route: ${perRoute}`,
  };
}

/**
 * PGlite against PostgreSQL on the same workload: the daily routes (daily-routes.ts) on the same generated 10 k data
 * set, served by the same server code, on PostgreSQL (DATABASE_URL; the measures of the scale bench when it ran before
 * in this run) and on a fresh in-memory PGlite. Needs PostgreSQL: on a PGlite run the result is skipped, not failed.
 */
export async function benchEngineThroughput(db: Database, url?: string): Promise<BenchResult | SkippedResult> {
  const name = `PGlite vs PostgreSQL throughput, daily routes at scale ${SCALE} (time per cycle; issue 16)`;
  if (!url || db.engine !== 'postgresql')
    return {
      ...compare(name, 1, 1, 1 / THROUGHPUT_TARGET),
      pass: true,
      skipped: true,
      note: 'skipped: the comparison needs PostgreSQL (run with DATABASE_URL)',
    };
  const postgres = lastSmall?.scale === SCALE ? lastSmall : await measureAtScale(db, SCALE, SEED + 2, url);
  const lite = await openPgliteDatabase(undefined);
  try {
    await migrate(lite);
    const embedded = await measureAtScale(lite, SCALE, SEED);
    const failed = [...postgres.routes, ...embedded.routes].reduce((n, r) => n + r.failed, 0);
    const result = throughputResult(name, postgres.routes, embedded.routes, THROUGHPUT_TARGET);
    return { ...result, pass: result.pass && failed === 0, note: `${result.note}; ${failed} failed` };
  } finally {
    await lite.close();
  }
}
