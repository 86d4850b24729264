import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../db/migrate.js';
import { pgliteSnapshot } from '../db/pglite-database.js';
import { openPostgresDatabase, postgresPoolOf } from '../db/postgres-database.js';
import { migrateJobQueue } from '../jobs/graphile-jobs.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data folder (tar) each test file's in-memory database starts from; unset on PostgreSQL. */
    pgliteSnapshot?: string;
  }
}

/**
 * On PostgreSQL all test files share one database: migrate it (and graphile-worker's schema) once before they start. On PGlite each test file gets
 * its own in-memory database: migrate once into a snapshot they all start from (migrating took ~5 s per file).
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    const snapshot = await pgliteSnapshot(migrate);
    const path = join(tmpdir(), `meedoen-migrated-${process.pid}.tar`);
    writeFileSync(path, Buffer.from(await snapshot.arrayBuffer()));
    project.provide('pgliteSnapshot', path);
    return () => rmSync(path, { force: true });
  }
  const db = openPostgresDatabase(url, 2);
  try {
    await migrate(db);
    const pool = postgresPoolOf(db);
    if (pool) await migrateJobQueue(pool);
  } finally {
    await db.close();
  }
  return undefined;
}
