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

  it('no unique key of an organisation table holds across organisations: the global identities are in the directory', async () => {
    expect(GLOBAL_IDENTITIES).toEqual({});
    expect(NOT_ORGANISATION_OWNED).toHaveProperty('identity_directory');
    const keys = await db.asOwner((tx) =>
      tx.query<{ definition: string }>(
        `select pg_get_indexdef(indexrelid) as definition from pg_index
          where indrelid in ('users'::regclass, 'sessions'::regclass, 'user_invitations'::regclass, 'agenda_feed_tokens'::regclass)
            and indisunique and not indisprimary`,
      ),
    );
    const byColumns = keys.map((k) => k.definition.replace(/^.* USING btree /, '')).sort();
    expect(byColumns).toEqual(expect.arrayContaining(['(org_id, email)', '(org_id, token_hash)']));
    expect(byColumns.filter((c) => c === '(org_id, token_hash)')).toHaveLength(3);
    const [directoryKey] = await db.asOwner((tx) =>
      tx.query<{ definition: string }>(
        `select pg_get_constraintdef(oid) as definition from pg_constraint
          where conrelid = 'identity_directory'::regclass and contype = 'p'`,
      ),
    );
    expect(directoryKey?.definition).toBe('PRIMARY KEY (kind, key)');
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
