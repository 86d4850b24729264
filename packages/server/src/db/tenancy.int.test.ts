import { ROLES } from '@meedoen/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClient, createTestOrganisation, createTestUser, openTestDatabase } from '../testing/test-database.js';
import type { Database } from './database.js';

describe('row-level security binds every transaction to one organisation', () => {
  let db: Database;
  let orgA: string;
  let orgB: string;
  let clientA: string;
  let clientB: string;

  beforeAll(async () => {
    db = await openTestDatabase();
    orgA = await createTestOrganisation(db, 'Organisatie A');
    orgB = await createTestOrganisation(db, 'Organisatie B');
    clientA = await createTestClient(db, orgA);
    clientB = await createTestClient(db, orgB);
  });
  afterAll(() => db.close());

  it('a query without any WHERE org_id sees only its own organisation', async () => {
    const seenByA = await db.withOrg(orgA, (tx) => tx.query<{ id: string; org_id: string }>('select id, org_id from clients'));
    expect(seenByA.map((row) => row.id)).toContain(clientA);
    expect(seenByA.map((row) => row.id)).not.toContain(clientB);
    expect(new Set(seenByA.map((row) => row.org_id))).toEqual(new Set([orgA]));

    const orgsSeenByB = await db.withOrg(orgB, (tx) => tx.query<{ id: string }>('select id from organisations'));
    expect(orgsSeenByB).toEqual([{ id: orgB }]);
  });

  it('without an organisation bound, no tenant row is visible', async () => {
    const rows = await db.withOrg(null, (tx) => tx.query('select id from clients'));
    expect(rows).toEqual([]);
  });

  it('refuses to write a row into another organisation', async () => {
    await expect(
      db.withOrg(orgA, (tx) =>
        tx.query(
          `insert into clients (org_id, given_name, family_name, birth_date, care_setting) values ($1, 'X', 'Y', '2000-01-01', 'thuis')`,
          [orgB],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('cannot update or delete another organisation’s rows, even by id', async () => {
    const updated = await db.withOrg(orgA, (tx) =>
      tx.query(`update clients set given_name = 'Overschreven' where id = $1 returning id`, [clientB]),
    );
    expect(updated).toEqual([]);
    const [still] = await db.withOrg(orgB, (tx) =>
      tx.query<{ given_name: string }>('select given_name from clients where id = $1', [clientB]),
    );
    expect(still?.given_name).toBe('Test');
  });

  it('runs as a role that row-level security applies to, not a superuser or owner', async () => {
    const [who] = await db.withOrg(orgA, (tx) =>
      tx.query<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean }>(
        `select current_user, r.rolsuper, r.rolbypassrls from pg_roles r where r.rolname = current_user`,
      ),
    );
    expect(who).toEqual({ current_user: 'meedoen_app', rolsuper: false, rolbypassrls: false });
  });

  it('cannot create organisations: tenants are made by the operator', async () => {
    await expect(
      db.withOrg(orgA, (tx) => tx.query(`insert into organisations (name, kind) values ('Indringer', 'praktijk')`)),
    ).rejects.toThrow(/permission denied/);
  });

  it('every tenant table has row-level security enabled', async () => {
    const rows = await db.asOwner((tx) =>
      tx.query<{ relname: string; relrowsecurity: boolean }>(
        `select c.relname, c.relrowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r'
            and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped)
                 or c.relname = 'organisations')`,
      ),
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((row) => !row.relrowsecurity)).toEqual([]);
  });

  it('the database accepts exactly the roles core defines', async () => {
    const user = await createTestUser(db, orgA, [...ROLES]);
    const roles = await db.withOrg(orgA, (tx) =>
      tx.query<{ role: string }>('select role from user_roles where user_id = $1 order by role', [user.id]),
    );
    expect(roles.map((r) => r.role)).toEqual([...ROLES].sort());
    await expect(
      db.withOrg(orgA, (tx) =>
        tx.query(`insert into user_roles (org_id, user_id, role) values ($1, $2, 'tovenaar')`, [orgA, user.id]),
      ),
    ).rejects.toThrow(/check constraint/);
  });
});
