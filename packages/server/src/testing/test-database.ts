import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Role } from '@meedoen/core';
import { hashPassword } from '../access/password.js';
import type { Database } from '../db/database.js';
import { claimIdentity } from '../db/identity-directory.js';
import { migrate } from '../db/migrate.js';
import { openPgliteDatabase } from '../db/pglite-database.js';
import { openPostgresDatabase } from '../db/postgres-database.js';

/**
 * The database integration tests run against: the PostgreSQL server of DATABASE_URL (migrated by the
 * global setup, shared by all test files, so every test makes its own organisations), or else a fresh
 * in-memory PGlite per test file, started from the migrated snapshot of the global setup where there is one.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = process.env['DATABASE_URL'];
  // MEEDOEN_DB_BIND=set_local runs the same tests with the SET LOCAL binding (ADR 6, step 5).
  const bind = process.env['MEEDOEN_DB_BIND'] === 'set_local' ? 'set_local' : 'set_config';
  if (url) return openPostgresDatabase(url, 4, bind);
  const snapshot = inject('pgliteSnapshot');
  const db = await openPgliteDatabase(undefined, snapshot ? new Blob([readFileSync(snapshot)]) : undefined, bind);
  await migrate(db);
  return db;
}

export async function createTestOrganisation(db: Database, name = 'Testpraktijk'): Promise<string> {
  const id = randomUUID();
  await db.asOwner((tx) =>
    tx.query(`insert into organisations (id, name, kind) values ($1, $2, 'zorgaanbieder')`, [id, `${name} ${id.slice(0, 8)}`]),
  );
  return id;
}

export interface TestUser {
  id: string;
  orgId: string;
  email: string;
  password: string;
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'correct horse battery staple';

export async function createTestUser(
  db: Database,
  orgId: string,
  roles: Role[],
  displayName = 'Test Gebruiker',
): Promise<TestUser> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  const email = `user-${id}@test.example`;
  const passwordHash = await cachedHash;
  await db.withOrg(orgId, async (tx) => {
    await tx.query(`insert into users (id, org_id, email, display_name, password_hash) values ($1, $2, $3, $4, $5)`, [
      id,
      orgId,
      email,
      displayName,
      passwordHash,
    ]);
    await claimIdentity(tx, 'email', email, id);
    for (const role of roles) {
      await tx.query(`insert into user_roles (org_id, user_id, role) values ($1, $2, $3)`, [orgId, id, role]);
    }
  });
  return { id, orgId, email, password: TEST_PASSWORD };
}

export async function createTestClient(db: Database, orgId: string, birthDate = '1980-05-05'): Promise<string> {
  const id = randomUUID();
  await db.withOrg(orgId, (tx) =>
    tx.query(
      `insert into clients (id, org_id, given_name, family_name, birth_date, care_setting) values ($1, $2, 'Test', 'Cliënt', $3, 'thuis')`,
      [id, orgId, birthDate],
    ),
  );
  return id;
}

export async function addToCareTeam(
  db: Database,
  orgId: string,
  clientId: string,
  userId: string,
  role: Role,
  validFrom = '2020-01-01',
): Promise<void> {
  await db.withOrg(orgId, (tx) =>
    tx.query(
      `insert into care_team_members (org_id, client_id, user_id, role, valid_from, added_by) values ($1, $2, $3, $4, $5, $3)`,
      [orgId, clientId, userId, role, validFrom],
    ),
  );
}

export async function linkClientAccount(db: Database, orgId: string, userId: string, clientId: string): Promise<void> {
  await db.withOrg(orgId, (tx) => tx.query(`update users set client_id = $2 where id = $1`, [userId, clientId]));
}

/** The audit rows of one organisation, oldest first, as the owner sees them. */
export async function auditRows(db: Database, orgId: string): Promise<Record<string, unknown>[]> {
  return db.asOwner((tx) =>
    tx.query(
      `select seq::int as seq, event, action, outcome, client_id, user_id, responsible_user_id, user_role, basis, break_glass,
              reason, object_type, object_id, ip, user_agent, problem_code, occurred_at, prev_hash, hash
         from audit_events where org_id = $1 order by seq`,
      [orgId],
    ),
  );
}
