import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { migrate, readMigrationFiles } from './migrate.js';
import { openPgliteDatabase } from './pglite-database.js';

/**
 * Migration 0010 on a database that already holds what the old code let through: forked attendance
 * lines (two first records, a record corrected twice) and a plan that is not a plan. The forks are put in
 * one line in the order they were written, nothing is lost, and the bad plan is reported, not fatal.
 * Always a fresh embedded database: it needs the schema as it was before 0010.
 */
describe('migration 0010 on existing rows', () => {
  let db: Database;
  const orgId = randomUUID();
  const clientId = randomUUID();
  const occurrenceId = randomUUID();
  const ids = { a: randomUUID(), b: randomUUID(), c: randomUUID(), d: randomUUID() };

  beforeAll(async () => {
    db = await openPgliteDatabase(undefined);
    const files = readMigrationFiles();
    await migrate(
      db,
      files.filter((file) => file.name < '0010'),
    );
    await db.asOwner(async (tx) => {
      await tx.query(`insert into organisations (id, name, kind) values ($1, 'Oud', 'zorgaanbieder')`, [orgId]);
      await tx.query(
        `insert into clients (id, org_id, given_name, family_name, birth_date, care_setting) values ($1, $2, 'Oud', 'Record', '1980-01-01', 'thuis')`,
        [clientId, orgId],
      );
      const [offer] = await tx.query<{ id: string }>(
        `insert into offers (org_id, name, provider, internal, description, form, access, level, group_or_individual, schedule, social_safety, last_confirmed_on, search)
         values ($1, 'Werkplaats', 'Oud', true, 'x', 'arbeidsmatige_dagbesteding', 'geen', 'vmbo', 'groep', '[]', '{}', '2024-01-01', to_tsvector('dutch', 'x')) returning id`,
        [orgId],
      );
      const [group] = await tx.query<{ id: string }>(
        `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, season_from) values ($1, $2, 'Groep', '[]', 'Hier', 10, '2024-01-01') returning id`,
        [orgId, offer?.id],
      );
      await tx.query(
        `insert into occurrences (id, org_id, group_id, date, starts, ends) values ($1, $2, $3, '2024-03-04', '10:00', '16:00')`,
        [occurrenceId, orgId, group?.id],
      );
      // a and b both "first" (two saves at once); c and d both correct a.
      const record = (id: string, minutes: number, supersedes: string | null, at: string) =>
        tx.query(
          `insert into attendance_records (id, org_id, occurrence_id, client_id, status, minutes, supersedes, recorded_by, recorded_at)
           values ($1, $2, $3, $4, 'aanwezig', $5, $6, $4, $7)`,
          [id, orgId, occurrenceId, clientId, minutes, supersedes, at],
        );
      await record(ids.a, 100, null, '2024-03-04T16:00:00Z');
      await record(ids.b, 200, null, '2024-03-04T16:00:01Z');
      await record(ids.c, 300, ids.a, '2024-03-04T16:00:02Z');
      await record(ids.d, 360, ids.a, '2024-03-04T16:00:03Z');
      await tx.query(
        `insert into participation_plans (client_id, org_id, version, document, updated_by) values ($1, $2, 1, '{}', $1)`,
        [clientId, orgId],
      );
    });
    await migrate(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('puts a forked line in the order it was written: every record kept, the last one current', async () => {
    const rows = await db.asOwner((tx) =>
      tx.query<{ id: string; supersedes: string | null }>(
        `select id, supersedes from attendance_records where occurrence_id = $1 order by recorded_at`,
        [occurrenceId],
      ),
    );
    expect(rows).toEqual([
      { id: ids.a, supersedes: null },
      { id: ids.b, supersedes: ids.a },
      { id: ids.c, supersedes: ids.b },
      { id: ids.d, supersedes: ids.c },
    ]);
  });

  it('reports a stored plan that is not a plan instead of failing', async () => {
    const problems = await db.asOwner((tx) =>
      tx.query<{ table_name: string; row_key: string }>(`select table_name, row_key from document_problems where org_id = $1`, [
        orgId,
      ]),
    );
    expect(problems).toEqual([{ table_name: 'participation_plans', row_key: clientId }]);
  });
});
