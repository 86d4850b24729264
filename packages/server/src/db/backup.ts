import { spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync, readSync, closeSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { APP_ROLE } from './database.js';
import { openPostgresDatabase } from './postgres-database.js';

/**
 * `meedoen backup` / `meedoen restore` (finding 9), for both engines, roles and grants included.
 *
 * - PostgreSQL: `pg_dump --format=custom` (schema, data, row-level security policies, grants to the app role);
 *   restore creates the app role first when the cluster does not have it (a fresh cluster), then runs
 *   `pg_restore --no-owner --exit-on-error --single-transaction` into an EMPTY database: the user in the URL
 *   becomes the owner, as after `meedoen migrate`. Needs pg_dump / pg_restore of at least the server's version.
 * - Embedded PGlite: the whole data folder as a gzipped tar (PGlite's `dumpDataDir`), which holds the roles and
 *   grants too; restore loads it into a new, empty data folder. The server must be stopped for a backup (the
 *   folder has one user at a time).
 *
 * The secret key (MEEDOEN_SECRET_KEY or its key file) is not in the backup, on purpose: keep it apart.
 */
export type BackupTarget = { engine: 'postgresql'; url: string } | { engine: 'pglite'; dataDir: string };

export class BackupError extends Error {}

export async function backupDatabase(target: BackupTarget, file: string): Promise<void> {
  if (existsSync(file)) throw new BackupError(`${file} exists already; choose a new file name`);
  if (target.engine === 'postgresql') {
    await runPgTool('pg_dump', ['--format=custom', '--file', file], target.url);
    return;
  }
  if (!existsSync(join(target.dataDir, 'PG_VERSION'))) throw new BackupError(`${target.dataDir} holds no embedded database`);
  if (existsSync(join(target.dataDir, 'postmaster.pid'))) {
    throw new BackupError(
      `the embedded database in ${target.dataDir} is in use (postmaster.pid): stop the server first. ` +
        'If it is not running, start and stop it once so the folder is closed cleanly.',
    );
  }
  const pg = await PGlite.create({ dataDir: target.dataDir });
  try {
    const tarball = await pg.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600, flag: 'wx' });
  } finally {
    await pg.close();
  }
}

export async function restoreDatabase(target: BackupTarget, file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  const kind = backupKind(file);
  if (target.engine === 'postgresql') {
    if (kind !== 'postgresql') throw new BackupError(`${file} is not a PostgreSQL backup (pg_dump custom format)`);
    const db = openPostgresDatabase(target.url, 1);
    try {
      await db.asOwner(async (tx) => {
        const [row] = await tx.query<{ n: number }>(
          `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'v', 'S', 'p')`,
        );
        if ((row?.n ?? 0) > 0) throw new BackupError('the target database is not empty: restore into a new, empty database');
        // The app role is cluster-wide, so a fresh cluster lacks it; the grants in the backup need it.
        await tx.exec(`do $$
          begin
            if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
              create role ${APP_ROLE} nologin nosuperuser nobypassrls;
            end if;
          end
          $$`);
      });
    } finally {
      await db.close();
    }
    await runPgTool('pg_restore', ['--no-owner', '--exit-on-error', '--single-transaction', file], target.url, true);
    return;
  }
  if (kind !== 'pglite') throw new BackupError(`${file} is not an embedded-database backup (gzipped data folder)`);
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
    throw new BackupError(`${target.dataDir} is not empty: restore into a new, empty folder`);
  }
  mkdirSync(target.dataDir, { recursive: true });
  const pg = await PGlite.create({ dataDir: target.dataDir, loadDataDir: new Blob([readFileSync(file)]) });
  await pg.close();
}

/** What a backup file is, from its first bytes: pg_dump's custom format or a gzip stream. */
export function backupKind(file: string): 'postgresql' | 'pglite' | 'unknown' {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    if (head.toString('latin1') === 'PGDMP') return 'postgresql';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
    return 'unknown';
  } finally {
    closeSync(fd);
  }
}

/**
 * Run pg_dump / pg_restore against a database URL. The password goes through PGPASSWORD, not the command line
 * (where `ps` would show it).
 */
function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string, dbnameFlag = false): Promise<void> {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (url.password) env['PGPASSWORD'] = decodeURIComponent(url.password);
  url.password = '';
  const connection = url.toString();
  const fullArgs = dbnameFlag ? [...args.slice(0, -1), '--dbname', connection, args.at(-1) as string] : [...args, connection];
  return new Promise((resolve, reject) => {
    const child = spawn(tool, fullArgs, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${tool} was not found: install the PostgreSQL client tools (at least the server's version)`
            : error.message,
        ),
      ),
    );
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${tool} failed (exit ${String(code)}): ${stderr.trim()}`));
    });
  });
}
