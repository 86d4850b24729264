import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database.js';
import type { Database } from './database.js';
import { migrate, MIGRATIONS_DIR, MigrationError, readMigrationFiles, readMigrationLevel } from './migrate.js';

describe('migrations', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('records every migration file that ran, and a second run applies nothing', async () => {
    const files = readMigrationFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(await migrate(db)).toEqual([]);
    const level = await db.asOwner((tx) => readMigrationLevel(tx));
    expect(level).toEqual({ latest: files.at(-1)?.name, applied: files.length });
  });

  it('refuses a migration that was edited after it ran (forward-only)', async () => {
    const [first, ...rest] = readMigrationFiles();
    if (!first) throw new Error('no migrations');
    const edited = { ...first, checksum: 'edited' };
    await expect(migrate(db, [edited, ...rest])).rejects.toThrow(MigrationError);
  });

  it('names migration files NNNN_what_it_does.sql, numbered without gaps', () => {
    const names = readdirSync(MIGRATIONS_DIR)
      .filter((name) => name.endsWith('.sql'))
      .sort();
    expect(names).toEqual(readMigrationFiles().map((file) => file.name));
    names.forEach((name, index) => expect(name.startsWith(String(index + 1).padStart(4, '0'))).toBe(true));
  });
});
