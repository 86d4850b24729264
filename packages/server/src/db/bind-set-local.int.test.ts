import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createTestClient, createTestOrganisation, openTestDatabase } from '../testing/test-database.js';
import { bindingText, InvalidOrganisationBinding, setLocalStatement, type Database } from './database.js';
import { claimIdentity } from './identity-directory.js';
import { openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase } from './postgres-database.js';

/**
 * The SET LOCAL binding (MEEDOEN_DB_BIND=set_local; ADR 6, step 5): Citus forwards `SET LOCAL app.org_id` to its
 * workers but not a set_config call. SET takes no bind parameter, so the organisation goes into the SQL text: only a
 * validated UUID ever does. The whole tenancy suite also runs with MEEDOEN_DB_BIND=set_local (see ARCHITECTURE.md).
 */
describe('binding a transaction with SET LOCAL', () => {
  let owner: Database;
  let db: Database;
  let orgA: string;
  let orgB: string;
  let clientA: string;
  let clientB: string;

  beforeAll(async () => {
    owner = await openTestDatabase();
    orgA = await createTestOrganisation(owner, 'Set local A');
    orgB = await createTestOrganisation(owner, 'Set local B');
    clientA = await createTestClient(owner, orgA);
    clientB = await createTestClient(owner, orgB);
    const url = process.env['DATABASE_URL'];
    db = url ? openPostgresDatabase(url, 2, 'set_local') : owner;
  });
  afterAll(async () => {
    if (db !== owner) await db.close();
    await owner.close();
  });

  it('is a setting, set_config by default; an unknown value is refused at start', () => {
    expect(loadConfig({}).dbBind).toBe('set_config');
    expect(loadConfig({ MEEDOEN_DB_BIND: 'set_local' }).dbBind).toBe('set_local');
    expect(() => loadConfig({ MEEDOEN_DB_BIND: 'set role' })).toThrow(/MEEDOEN_DB_BIND/);
  });

  it('only a UUID goes into the statement: quotes, semicolons and other text are refused before any SQL is sent', () => {
    expect(setLocalStatement('0C5E2A1E-4B7A-4E8B-9D3C-1F2A3B4C5D6E')).toBe(
      `set local app.org_id = '0c5e2a1e-4b7a-4e8b-9d3c-1f2a3b4c5d6e'`,
    );
    expect(setLocalStatement(null)).toBe(`set local app.org_id = ''`);
    for (const bad of [
      `x'; reset role; --`,
      `00000000-0000-0000-0000-000000000000'; set local role postgres; --`,
      `00000000-0000-0000-0000-00000000000`,
      ` 00000000-0000-0000-0000-000000000000`,
      '',
      `00000000-0000-0000-0000-000000000000\n`,
    ])
      expect(() => setLocalStatement(bad)).toThrow(InvalidOrganisationBinding);
  });

  it('the binding sent with `begin` (one round trip) holds a validated UUID or nothing; other text takes the bound parameter', () => {
    const id = '0C5E2A1E-4B7A-4E8B-9D3C-1F2A3B4C5D6E';
    expect(bindingText(id, 'set_local')).toBe(
      `set local role meedoen_app; set local app.org_id = '0c5e2a1e-4b7a-4e8b-9d3c-1f2a3b4c5d6e'`,
    );
    expect(bindingText(null, 'set_config')).toBe(
      `select set_config('role', 'meedoen_app', true), set_config('app.org_id', '', true)`,
    );
    for (const bad of [`${id}'; set local role postgres; --`, `x'); select pg_sleep(1); --`, ''])
      for (const mode of ['set_config', 'set_local'] as const) expect(bindingText(bad, mode)).toBeNull();
  });

  it('a malicious organisation value is refused and runs nothing', async () => {
    const pg = process.env['DATABASE_URL'] ? db : await openPgliteDatabase(undefined, undefined, 'set_local');
    let ran = false;
    await expect(
      pg.withOrg(`${orgA}'; set local role postgres; --`, async () => {
        ran = true;
      }),
    ).rejects.toThrow(InvalidOrganisationBinding);
    expect(ran).toBe(false);
    if (pg !== db) await pg.close();
  });

  it('row-level security sees the bound organisation only, and nothing without one', async () => {
    const bound = process.env['DATABASE_URL'] ? db : await openTestDatabaseWith('set_local');
    const a = bound === db ? orgA : await createTestOrganisation(bound, 'Set local A');
    const b = bound === db ? orgB : await createTestOrganisation(bound, 'Set local B');
    const ca = bound === db ? clientA : await createTestClient(bound, a);
    const cb = bound === db ? clientB : await createTestClient(bound, b);
    const [setting] = await bound.withOrg(a, (tx) => tx.query<{ org: string }>(`select app_org_id()::text as org`));
    expect(setting?.org).toBe(a);
    const seen = await bound.withOrg(a, (tx) => tx.query<{ id: string }>(`select id from clients`));
    expect(seen.map((r) => r.id)).toContain(ca);
    expect(seen.map((r) => r.id)).not.toContain(cb);
    expect(await bound.withOrg(null, (tx) => tx.query(`select id from clients`))).toEqual([]);
    // The binding is local to the transaction: the next one on the same connection starts unbound.
    const [after] = await bound.withOrg(null, (tx) => tx.query<{ org: string | null }>(`select app_org_id()::text as org`));
    expect(after?.org).toBeNull();
    // Switching once the organisation is known (the directory lookups) rebinds with SET LOCAL too.
    const rows = await bound.withOrgOf(
      () => Promise.resolve(b),
      (tx) => tx.query<{ id: string }>(`select id from clients`),
    );
    expect(rows.map((r) => r.id)).toContain(cb);
    expect(rows.map((r) => r.id)).not.toContain(ca);
    // A read by a directory key (the session check) cannot bind inside its query here: it takes withOrgOf's way,
    // the organisation the directory names as a literal, and row-level security for it.
    const key = `set-local-${randomUUID()}`;
    expect(await bound.withOrg(b, (tx) => claimIdentity(tx, 'feed', key, cb))).toBe(true);
    const byKey = await bound.readByDirectoryKey<{ id: string; bound: string }>(
      `select org_id from identity_lookup('feed', '${key}')`,
      (org) => `select id, app_org_id()::text as bound from clients where org_id = ${org}`,
    );
    expect(byKey).toEqual([{ id: cb, bound: b }]);
    expect(
      await bound.readByDirectoryKey(`select org_id from identity_lookup('feed', 'x-unknown')`, () => `select id from clients`),
    ).toEqual([]);
    if (bound !== db) await bound.close();
  });
});

/** A fresh migrated PGlite database with the given binding (the PostgreSQL case shares the server's database). */
async function openTestDatabaseWith(bind: 'set_local'): Promise<Database> {
  const previous = process.env['MEEDOEN_DB_BIND'];
  process.env['MEEDOEN_DB_BIND'] = bind;
  try {
    return await openTestDatabase();
  } finally {
    if (previous === undefined) delete process.env['MEEDOEN_DB_BIND'];
    else process.env['MEEDOEN_DB_BIND'] = previous;
  }
}
