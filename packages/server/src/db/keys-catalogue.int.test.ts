import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database.js';
import type { Database, Queryable } from './database.js';
import { GLOBAL_IDENTITIES, keyProblems, NOT_ORGANISATION_OWNED } from './keys-catalogue.js';

/** Runs `fn` as the schema owner in a transaction that is always rolled back. */
async function inRolledBackSchema(db: Database, fn: (tx: Queryable) => Promise<void>): Promise<void> {
  const rollBack = new Error('roll back');
  await expect(
    db.asOwner(async (tx) => {
      await fn(tx);
      throw rollBack;
    }),
  ).rejects.toBe(rollBack);
}

describe('the catalogue: every key of an organisation-owned table includes org_id (issue 16)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('the migrated schema keeps the rule, with only the listed global identities as exceptions', async () => {
    expect(await db.asOwner((tx) => keyProblems(tx))).toEqual([]);
  });

  it('every listed exception exists, so the lists cannot silently outgrow the schema', async () => {
    const names = await db.asOwner((tx) =>
      tx.query<{ name: string }>(
        `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public'`,
      ),
    );
    const present = new Set(names.map((row) => row.name));
    for (const name of [...Object.keys(NOT_ORGANISATION_OWNED), ...Object.keys(GLOBAL_IDENTITIES)])
      expect(present).toContain(name);
  });

  it('names a new table without org_id, without a primary key, or with a key or foreign key on id alone', async () => {
    await inRolledBackSchema(db, async (tx) => {
      await tx.query(`create table nobody_owns (id uuid primary key)`);
      await tx.query(`create table no_key (org_id uuid not null, note text)`);
      await tx.query(
        `create table keyed_on_id (id uuid primary key, org_id uuid not null, client_id uuid not null references organisations (id))`,
      );
      await tx.query(
        `create table refers_by_id (org_id uuid not null, id uuid not null, other uuid references keyed_on_id (id), primary key (org_id, id))`,
      );
      const problems = (await keyProblems(tx)).map((p) => `${p.table}:${p.problem}:${p.name ?? ''}`).sort();
      expect(problems).toEqual([
        'keyed_on_id:foreign_key_without_org_id:keyed_on_id_client_id_fkey',
        'keyed_on_id:key_without_org_id:keyed_on_id_pkey',
        'no_key:no_primary_key:',
        'nobody_owns:no_org_id:',
        'refers_by_id:foreign_key_without_org_id:refers_by_id_other_fkey',
      ]);
    });
  });
});
