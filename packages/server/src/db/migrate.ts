import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './database.js';

/** `packages/server/migrations/`, the same from `src/db` and from `dist/db`. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationLevel {
  /** Name of the newest applied migration, or null on an empty database. */
  latest: string | null;
  applied: number;
}

export class MigrationError extends Error {}

export function readMigrationFiles(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((name) => {
      const sql = readFileSync(`${dir}/${name}`, 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const LEDGER = `create table if not exists schema_migrations (
  name text primary key,
  checksum text not null,
  applied_at timestamptz not null default now()
)`;

/**
 * Apply, as the schema owner, every migration not yet recorded, each in its own transaction.
 * Forward-only: an applied migration whose file has changed is an error, never re-run.
 */
export async function migrate(db: Database, files: MigrationFile[] = readMigrationFiles()): Promise<string[]> {
  const applied: string[] = [];
  await db.asOwner((tx) => tx.query(LEDGER));
  for (const file of files) {
    const ran = await db.asOwner(async (tx) => {
      // Several processes may start at once against one server; one applies, the others wait and skip.
      await tx.query(`select pg_advisory_xact_lock(7513, 1)`);
      const [row] = await tx.query<{ checksum: string }>(`select checksum from schema_migrations where name = $1`, [file.name]);
      if (row) {
        if (row.checksum !== file.checksum) {
          throw new MigrationError(`migration ${file.name} was changed after it ran; add a new migration instead`);
        }
        return false;
      }
      await tx.exec(file.sql);
      await tx.query(`insert into schema_migrations (name, checksum) values ($1, $2)`, [file.name, file.checksum]);
      return true;
    });
    if (ran) applied.push(file.name);
  }
  return applied;
}

export async function readMigrationLevel(tx: Queryable): Promise<MigrationLevel> {
  const [row] = await tx.query<{ latest: string | null; applied: number }>(
    `select max(name) as latest, count(*)::int as applied from schema_migrations`,
  );
  return { latest: row?.latest ?? null, applied: row?.applied ?? 0 };
}
