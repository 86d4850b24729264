import type { Database } from '../packages/server/src/db/database.js';
import { buildIwmoRuns } from '../packages/server/src/financing/declaration-store.js';
import { countingQueryable } from '../packages/server/src/testing/query-counter.js';
import { createDeclareMonthFixture, FIXTURE_MONTH } from './fixtures/declare-month-fixture.js';
import { compare, medianMs, type BenchResult } from './measure.js';

/** How many persons are declared: the 10,000 (BENCH_DECLARE_PERSONS to try another size). */
const PERSONS = Number(process.env['BENCH_DECLARE_PERSONS'] ?? 10_000);

/**
 * Target: at most 15× the bare read. The bare read is one statement that reads the same allocation, BSN and
 * attendance rows. Declaring reads more than that, each as one statement for the whole month: every person's
 * entitlement version and entitlements (seven kinds), client row, trajectories and attendance with its group
 * and offer (for the double-funding check, the month overview of the Financiering tab); it then builds a line
 * and an overview per person in memory, checks each municipality's run as the municipality would, and writes
 * every line (one insert per run, each row through the draft-only trigger, the reference's unique index and two
 * foreign keys). That is some fifteen statements that each read a set about the size of the bare read or smaller
 * (36 statements in all, 15 of them the five runs' own inserts and summaries), and a write of the same size: about
 * 10× as the floor, and 15× leaves room for the per-person work in memory. Per-person statements (what this replaced:
 * 11 statements per person, 100× at 300 persons) would show as a ratio that grows with the number of persons.
 */
export async function benchDeclareMonth(db: Database): Promise<BenchResult> {
  const { orgId, userId } = await createDeclareMonthFixture(db, PERSONS);
  const rollback = new Error('rollback');
  const rolledBack = async (fn: Parameters<Database['withOrg']>[1]) => {
    try {
      await db.withOrg(orgId, fn);
    } catch (error) {
      if (error !== rollback) throw error;
    }
  };
  const baselineMs = await medianMs(
    () =>
      db.withOrg(orgId, (tx) =>
        tx.query(
          `select a.*, i.bsn, r.status, r.minutes, o.date from wmo_allocations a
           join client_identifiers i on i.client_id = a.client_id and i.version = a.version
           join attendance_records r on r.client_id = a.client_id
           join occurrences o on o.id = r.occurrence_id
           where o.date between '2026-03-01' and '2026-03-31'`,
        ),
      ),
    5,
    1,
  );
  let statements = 0;
  const candidateMs = await medianMs(
    () =>
      rolledBack(async (tx) => {
        const counted = countingQueryable(tx);
        await buildIwmoRuns(counted, orgId, userId, FIXTURE_MONTH, '2026-04-02');
        statements = counted.count;
        throw rollback;
      }),
    3,
    1,
  );
  return {
    ...compare(`declare one month (iWmo 323) for ${PERSONS} persons`, baselineMs, candidateMs, 15),
    note: `${statements} statements per build (5 municipalities)`,
  };
}
