import { randomUUID } from 'node:crypto';
import type { Database } from '../packages/server/src/db/database.js';
import { buildIwmoRuns } from '../packages/server/src/financing/declaration-store.js';
import { compare, medianMs, type BenchResult } from './measure.js';

/** How many persons are declared; the issue asks for 10,000 (BENCH_DECLARE_PERSONS=10000 on PostgreSQL). */
const PERSONS = Number(process.env['BENCH_DECLARE_PERSONS'] ?? 300);
const MONTH = '2026-03';
const DAYS = ['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24'];

/**
 * Declaring one month (iWmo 323) for many persons — allocations, attendance, each person's month with the
 * double-funding check, the receiver's checks, the lines written — against the bare query that reads the
 * same allocation and attendance rows. Each build runs in a transaction that is rolled back, so the run
 * can be repeated. Target: at most 40× the bare read. The build still loads each person's services and
 * entitlements one person at a time (the double-funding check per person); the ratio shows what that costs.
 */
export async function benchDeclareMonth(db: Database): Promise<BenchResult> {
  const orgId = randomUUID();
  const userId = randomUUID();
  await db.asOwner((tx) =>
    tx.query(`insert into organisations (id, name, kind, agb_code) values ($1, 'Bench', 'zorgaanbieder', '12345678')`, [orgId]),
  );
  await db.withOrg(orgId, async (tx) => {
    await tx.query(`insert into users (id, org_id, email, display_name, password_hash) values ($1, $2, $3, 'Admin', 'x')`, [
      userId,
      orgId,
      `admin-${orgId}@bench.example`,
    ]);
    const [offer] = await tx.query<{ id: string }>(
      `insert into offers (org_id, name, provider, internal, description, form, access, level, group_or_individual, schedule, social_safety, last_confirmed_on, search)
       values ($1, 'Werkplaats', 'Bench', true, 'x', 'arbeidsmatige_dagbesteding', 'wmo_maatwerk', 'vmbo', 'groep', '[]', '{}', '2026-01-01', to_tsvector('dutch', 'x')) returning id`,
      [orgId],
    );
    const [group] = await tx.query<{ id: string }>(
      `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, season_from)
       values ($1, $2, 'g', '[]', 'x', 100000, '2026-01-01') returning id`,
      [orgId, offer?.id],
    );
    await tx.query(
      `insert into clients (org_id, given_name, family_name, birth_date, care_setting)
       select $1, 'P', 'N' || n, '1980-01-01', 'thuis' from generate_series(1, $2) as n`,
      [orgId, PERSONS],
    );
    await tx.query(
      `insert into entitlement_versions (org_id, client_id, version, recorded_by) select $1, id, 1, $2 from clients where org_id = $1`,
      [orgId, userId],
    );
    // A BSN that passes the eleven test for everyone (the check runs per client; sameness does not matter here).
    await tx.query(
      `insert into client_identifiers (org_id, client_id, version, bsn) select $1, id, 1, '111222333' from clients where org_id = $1`,
      [orgId],
    );
    await tx.query(
      `insert into wmo_allocations (org_id, client_id, version, allocation_number, municipality_code, product_category, product_code,
         volume, unit, frequency, tariff_cents, valid_from, valid_until, source)
       select $1, id, 1, 'T' || row_number() over (), '0193', '07', '07A01', 10, '16', '2', 5000, '2026-01-01', '2026-12-31', 'manual'
       from clients where org_id = $1`,
      [orgId],
    );
    for (const date of DAYS) {
      const [occurrence] = await tx.query<{ id: string }>(
        `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, $3, '09:00', '13:00') returning id`,
        [orgId, group?.id, date],
      );
      await tx.query(
        `insert into attendance_records (org_id, occurrence_id, client_id, status, arrival, departure, minutes, recorded_by)
         select $1, $2, id, 'aanwezig', '09:00', '13:00', 240, $3 from clients where org_id = $1`,
        [orgId, occurrence?.id, userId],
      );
    }
  });

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
  const candidateMs = await medianMs(
    () =>
      rolledBack(async (tx) => {
        await buildIwmoRuns(tx, orgId, userId, MONTH, '2026-04-02');
        throw rollback;
      }),
    3,
    1,
  );
  return compare(`declare one month (iWmo 323) for ${PERSONS} persons`, baselineMs, candidateMs, 40);
}
