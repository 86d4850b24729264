import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../access/audit-log.js';
import { currentStep, totpCode } from '../access/totp.js';
import { seedDemo } from '../demo/seed-demo.js';
import { DEMO_PASSWORD, DEMO_EMAIL_DOMAIN } from '../demo/demo-organisation.js';
import { buildTestApp, signIn, TEST_SECRET_KEY } from '../testing/test-app.js';
import { backupDatabase, BackupError, backupKind, restoreDatabase } from './backup.js';
import type { Database, Queryable } from './database.js';
import { migrate } from './migrate.js';
import { openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase } from './postgres-database.js';

// Finding 9: no backup/restore story; pg_restore into a fresh cluster failed until the app role existed.

/** Every table row for row, plus what makes the database safe to use: the app role, its grants, RLS. */
async function snapshot(db: Database): Promise<Record<string, unknown>> {
  return db.asOwner(async (tx: Queryable) => {
    const tables = await tx.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' order by 1`,
    );
    const result: Record<string, unknown> = {};
    for (const { name } of tables) {
      const rows = await tx.query<{ r: string }>(`select row_to_json(t)::text as r from "${name}" t order by 1`);
      result[`table ${name}`] = rows.map((row) => row.r);
    }
    result['role'] = await tx.query(
      `select rolname, rolcanlogin, rolsuper, rolbypassrls from pg_roles where rolname = 'meedoen_app'`,
    );
    result['table grants'] = await tx.query(
      `select table_name, privilege_type from information_schema.role_table_grants where grantee = 'meedoen_app' order by 1, 2`,
    );
    result['column grants'] = await tx.query(
      `select table_name, column_name, privilege_type from information_schema.column_privileges
        where grantee = 'meedoen_app' order by 1, 2, 3`,
    );
    result['function grants'] = await tx.query(
      `select p.proname, has_function_privilege('meedoen_app', p.oid, 'execute') as can
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' order by 1, 2`,
    );
    result['policies'] = await tx.query(
      `select tablename, policyname, qual, with_check from pg_policies where schemaname = 'public' order by 1, 2`,
    );
    result['row-level security'] = await tx.query(
      `select c.relname, c.relrowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' order by 1`,
    );
    return result;
  });
}

/** A database worth backing up: the demo organisation, sign-ins (audit records), a sealed second factor. */
async function fillWithActivity(db: Database): Promise<void> {
  await migrate(db);
  await seedDemo(db);
  const app = await buildTestApp(db);
  try {
    const email = `marieke.bos@${DEMO_EMAIL_DOMAIN}`;
    await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password: 'wrong password' } });
    const session = await signIn(app, email, DEMO_PASSWORD);
    await app.inject({ method: 'GET', url: '/api/v1/clients', headers: session.headers });
    const { secret } = (
      await app.inject({ method: 'POST', url: '/api/v1/me/second-factor/enrolment', headers: session.headers, payload: {} })
    ).json();
    await app.inject({
      method: 'POST',
      url: '/api/v1/me/second-factor/confirmation',
      headers: session.headers,
      payload: { code: totpCode(secret, currentStep(new Date())) },
    });
  } finally {
    await app.close();
  }
}

async function expectRestoredEqual(source: Database, restored: Database): Promise<void> {
  const [before, after] = [await snapshot(source), await snapshot(restored)];
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key]);
  // Not vacuous: the demo, its audit trail, the sealed secret and the app role are there.
  expect((before['table audit_events'] as string[]).length).toBeGreaterThan(3);
  expect((before['table users'] as string[]).some((row) => row.includes('"totp_secret":"v1:'))).toBe(true);
  expect(before['role']).toEqual([{ rolname: 'meedoen_app', rolcanlogin: false, rolsuper: false, rolbypassrls: false }]);
  const report = await verifyAuditChains(restored);
  expect(report.breaks).toEqual([]);
  expect(report.records).toBeGreaterThan(3);
}

describe('meedoen backup / restore on the embedded engine', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'meedoen-backup-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up, restores into a fresh data folder, every table equal, audit trail intact', async () => {
    const sourceDir = join(dir, 'source');
    const source = await openPgliteDatabase(sourceDir);
    await fillWithActivity(source);
    // While the folder is open (a running server), a backup is refused.
    await expect(backupDatabase({ engine: 'pglite', dataDir: sourceDir }, join(dir, 'busy.tar.gz'))).rejects.toThrow(
      /in use \(postmaster.pid\): stop the server first/,
    );
    await source.close();

    const file = join(dir, 'meedoen.tar.gz');
    await backupDatabase({ engine: 'pglite', dataDir: sourceDir }, file);
    expect(backupKind(file)).toBe('pglite');
    await expect(backupDatabase({ engine: 'pglite', dataDir: sourceDir }, file)).rejects.toThrow(/exists already/);

    const restoredDir = join(dir, 'restored');
    await restoreDatabase({ engine: 'pglite', dataDir: restoredDir }, file);
    // Never over an existing database.
    await expect(restoreDatabase({ engine: 'pglite', dataDir: restoredDir }, file)).rejects.toThrow(/not empty/);

    const [again, restored] = [await openPgliteDatabase(sourceDir), await openPgliteDatabase(restoredDir)];
    try {
      await expectRestoredEqual(again, restored);
      // The restored database works: sign-in with the second factor sealed before the backup.
      const app = await buildTestApp(restored);
      try {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/session',
          payload: { email: `marieke.bos@${DEMO_EMAIL_DOMAIN}`, password: DEMO_PASSWORD },
        });
        expect(response.json().stage).toBe('second_factor');
      } finally {
        await app.close();
      }
    } finally {
      await again.close();
      await restored.close();
    }
  }, 300_000);

  it('the CLI does the same, and refuses a file of the other engine', () => {
    const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
    const run = (args: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
        env: {
          ...process.env,
          DATABASE_URL: '',
          MEEDOEN_SECRET_KEY: TEST_SECRET_KEY,
          TSX_TSCONFIG_PATH: fileURLToPath(new URL('../../../../tsconfig.tests.json', import.meta.url)),
          ...env,
        },
        encoding: 'utf8',
      });
    const file = join(dir, 'meedoen.tar.gz');
    const restoredDir = join(dir, 'via-cli');
    const restored = run(['restore', file], { MEEDOEN_DATA_DIR: restoredDir });
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/restored from .*; audit trail intact: \d+ records, 0 break\(s\)/);
    expect(restored.status).toBe(0);
    const notABackup = join(dir, 'not-a-backup');
    writeFileSync(notABackup, 'PGDMP but not really');
    const wrongKind = run(['restore', notABackup], { MEEDOEN_DATA_DIR: join(dir, 'never') });
    expect(wrongKind.status).toBe(1);
    expect(wrongKind.stderr).toContain('is not an embedded-database backup');
  }, 300_000);
});

const serverUrl = process.env['DATABASE_URL'];

describe.runIf(serverUrl)('meedoen backup / restore on PostgreSQL', () => {
  const suffix = randomUUID().slice(0, 8);
  const names = { source: `meedoen_bk_src_${suffix}`, target: `meedoen_bk_dst_${suffix}` };
  const urlOf = (name: string) => {
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${name}`;
    return url.toString();
  };
  // CREATE / DROP DATABASE cannot run in a transaction: a plain client.
  const admin = new pg.Client({ connectionString: serverUrl });
  let dir: string;
  beforeAll(async () => {
    await admin.connect();
    dir = mkdtempSync(join(tmpdir(), 'meedoen-pg-backup-'));
    for (const name of Object.values(names)) await admin.query(`create database ${name}`);
  });
  afterAll(async () => {
    for (const name of Object.values(names)) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pg_dump → restore into a fresh database: the app role first, every table equal, audit trail intact', async () => {
    const source = openPostgresDatabase(urlOf(names.source), 2);
    const target = openPostgresDatabase(urlOf(names.target), 2);
    try {
      await fillWithActivity(source);
      const file = join(dir, 'meedoen.backup');
      await backupDatabase({ engine: 'postgresql', url: urlOf(names.source) }, file);
      expect(backupKind(file)).toBe('postgresql');
      await restoreDatabase({ engine: 'postgresql', url: urlOf(names.target) }, file);
      await expectRestoredEqual(source, target);
      // Restoring over a database that has tables is refused.
      await expect(restoreDatabase({ engine: 'postgresql', url: urlOf(names.target) }, file)).rejects.toThrow(BackupError);
      // A fresh cluster that has never seen the app role (where plain pg_restore fails on the grants).
      await restoreIntoFreshCluster(file, source);
      // The restored database serves: row-level security applies to the app role as before.
      const app = await buildTestApp(target);
      try {
        const session = await signIn(app, `sanne.peters@${DEMO_EMAIL_DOMAIN}`, DEMO_PASSWORD);
        expect((await app.inject({ method: 'GET', url: '/api/v1/clients', headers: session.headers })).statusCode).toBe(200);
      } finally {
        await app.close();
      }
    } finally {
      await source.close();
      await target.close();
    }
  }, 300_000);
});

/** The PostgreSQL server binaries (initdb, pg_ctl), when this machine has them and may run them. */
function serverBinaries(): string | null {
  const found = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dir = found.status === 0 ? found.stdout.trim() : '';
  return dir && existsSync(join(dir, 'initdb')) ? dir : null;
}

/**
 * initdb a throwaway cluster (as the postgres user when running as root, since initdb refuses root), restore
 * into a new database there with `restoreDatabase`, and compare with the source. Skipped where the server
 * binaries are missing.
 */
async function restoreIntoFreshCluster(file: string, source: Database): Promise<void> {
  const bin = serverBinaries();
  if (!bin) {
    // CI has the server binaries (it runs the cluster): there this part must not be skipped.
    if (process.env['CI']) throw new Error('initdb not found: cannot test a restore into a fresh cluster');
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'meedoen-cluster-'));
  const asServer = (command: string) => {
    const isRoot = process.getuid?.() === 0;
    const result = isRoot
      ? spawnSync('su', ['postgres', '-c', command], { encoding: 'utf8' })
      : spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command}: ${result.stderr}`);
  };
  if (process.getuid?.() === 0) spawnSync('chown', ['postgres', root]);
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const data = join(root, 'data');
  asServer(`${bin}/initdb -D ${data} -U owner --auth=trust > /dev/null`);
  asServer(
    `${bin}/pg_ctl -D ${data} -o "-p ${port} -k ${root} -c listen_addresses=127.0.0.1" -l ${root}/log -w start > /dev/null`,
  );
  try {
    const admin = new pg.Client({ connectionString: `postgres://owner@127.0.0.1:${port}/postgres` });
    await admin.connect();
    const roles = await admin.query(`select 1 from pg_roles where rolname = 'meedoen_app'`);
    expect(roles.rowCount).toBe(0);
    await admin.query('create database meedoen');
    await admin.end();
    const url = `postgres://owner@127.0.0.1:${port}/meedoen`;
    await restoreDatabase({ engine: 'postgresql', url }, file);
    const restored = openPostgresDatabase(url, 1);
    try {
      await expectRestoredEqual(source, restored);
    } finally {
      await restored.close();
    }
  } finally {
    asServer(`${bin}/pg_ctl -D ${data} -m fast -w stop > /dev/null`);
    rmSync(root, { recursive: true, force: true });
  }
}
