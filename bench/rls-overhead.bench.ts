import { randomUUID } from 'node:crypto';
import type { Database } from '../packages/server/src/db/database.js';
import { compare, medianMs, type BenchResult } from './measure.js';

const ORGS = 10;
const CLIENTS_PER_ORG = 2_000;

/**
 * What row-level security costs: listing one organisation's clients as the application role with no
 * WHERE (RLS filters), against the same list as the owner with an explicit WHERE org_id (baseline).
 * Target: RLS at most 1.5× the baseline.
 */
export async function benchRlsOverhead(db: Database): Promise<BenchResult> {
  const orgIds = Array.from({ length: ORGS }, () => randomUUID());
  await db.asOwner(async (tx) => {
    for (const id of orgIds) {
      await tx.query(`insert into organisations (id, name, kind) values ($1, $2, 'zorgaanbieder')`, [id, `Bench ${id}`]);
      await tx.query(
        `insert into clients (org_id, given_name, family_name, birth_date, care_setting)
         select $1, 'Voornaam ' || g, 'Achternaam ' || g, date '1950-01-01' + (g % 20000), 'thuis'
           from generate_series(1, $2::int) g`,
        [id, CLIENTS_PER_ORG],
      );
    }
    await tx.query('analyze clients');
  });
  const target = orgIds[3] ?? '';
  const baselineMs = await medianMs(() =>
    db.asOwner((tx) =>
      tx.query('select id, given_name, family_name from clients where org_id = $1 order by family_name limit 100', [target]),
    ),
  );
  const candidateMs = await medianMs(() =>
    db.withOrg(target, (tx) => tx.query('select id, given_name, family_name from clients order by family_name limit 100')),
  );
  return compare('rls list of 100 clients of one organisation (of 10 × 2,000)', baselineMs, candidateMs, 1.5);
}
