import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { expectOwnerPlanNotReusedPastRls } from '../testing/prepared-plan-check.js';
import { createTestClient, createTestOrganisation, openTestDatabase } from '../testing/test-database.js';
import type { Database, Queryable } from './database.js';
import { openPostgresDatabase } from './postgres-database.js';
import { PreparedStatements, statementName } from './prepared-statements.js';

/** What this connection has prepared (the view lists the session's own statements; the query itself goes unnamed). */
const preparedHere = async (tx: Queryable) =>
  (await tx.query<{ name: string }>(`select name from pg_prepared_statements order by name`)).map((r) => r.name);

describe('statements kept prepared per connection', () => {
  it('names only statements with parameters, the same text the same name; a limit of 0 names none', () => {
    const kept = new PreparedStatements(2, { parsedStatements: {} });
    expect(kept.nameFor('select 1', undefined)).toBeUndefined();
    expect(kept.nameFor('select 1', [])).toBeUndefined();
    expect(kept.nameFor('select $1::int', [1])).toBe(statementName('select $1::int'));
    expect(statementName('select $1::int')).toMatch(/^meedoen_[0-9a-f]{24}$/);
    expect(new PreparedStatements(0, { parsedStatements: {} }).nameFor('select $1::int', [1])).toBeUndefined();
    expect(loadConfig({}).dbPreparedStatements).toBe(100);
    expect(() => loadConfig({ MEEDOEN_DB_PREPARED_STATEMENTS: '-1' })).toThrow(/MEEDOEN_DB_PREPARED_STATEMENTS/);
  });

  it('deallocates the least recently used beyond the limit, and only what node-postgres prepared', () => {
    const parsed: Record<string, string> = {};
    const kept = new PreparedStatements(2, { parsedStatements: parsed });
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((t) => kept.nameFor(`select $1::text as ${t}`, [t]) as string);
    // c's preparation failed (node-postgres never listed it): nothing to deallocate for it.
    for (const name of [a, b, d] as string[]) parsed[name] = 'prepared';
    kept.nameFor('select $1::text as a', ['a']);
    // Used b, c, d, a: the two oldest go.
    expect(kept.evictions()).toBe(`deallocate ${b}; `);
    expect(parsed).toEqual({ [a as string]: 'prepared', [d as string]: 'prepared' });
    expect(kept.evictions()).toBe('');
    expect(c).toBeDefined();
  });
});

describe.skipIf(!process.env['DATABASE_URL'])('prepared statements on PostgreSQL', () => {
  let owner: Database;
  let db: Database;
  let orgA: string;
  beforeAll(async () => {
    owner = await openTestDatabase();
    orgA = await createTestOrganisation(owner, 'Prepared A');
    const orgB = await createTestOrganisation(owner, 'Prepared B');
    await createTestClient(owner, orgA);
    await createTestClient(owner, orgB);
    await createTestClient(owner, orgB);
    // One connection, so every transaction below meets the statements the ones before it prepared.
    db = openPostgresDatabase(process.env['DATABASE_URL'] as string, 1, 'set_config', 3);
  });
  afterAll(async () => {
    await db.close();
    await owner.close();
  });

  it('prepares a statement once and keeps at most the limit, deallocating with the next BEGIN', async () => {
    const texts = Array.from({ length: 5 }, (_, i) => `select $1::int + ${i} as n`);
    for (const [i, text] of texts.entries()) {
      const [row] = await db.asOwner((tx) => tx.query<{ n: number }>(text, [10]));
      expect(row?.n).toBe(10 + i);
    }
    const names = await db.asOwner(preparedHere);
    expect(names).toEqual(texts.slice(2).map(statementName).sort());
    // An evicted text comes back: prepared again, with the right answer.
    const [again] = await db.asOwner((tx) => tx.query<{ n: number }>(texts[0] as string, [1]));
    expect(again?.n).toBe(1);
    expect(await db.asOwner(preparedHere)).toContain(statementName(texts[0] as string));
    expect((await db.asOwner(preparedHere)).length).toBeLessThanOrEqual(3);
  });

  it('a statement that fails to prepare leaves the connection working', async () => {
    await expect(db.asOwner((tx) => tx.query(`select $1::int frm nowhere`, [1]))).rejects.toThrow(/syntax/);
    for (let i = 0; i < 4; i++) await db.asOwner((tx) => tx.query(`select $1::int as k${i}`, [i]));
    const [row] = await db.asOwner((tx) => tx.query<{ n: number }>(`select $1::int as n`, [7]));
    expect(row?.n).toBe(7);
  });

  it('a plan prepared by the owner is not reused past row-level security when the application role runs it', async () => {
    await expectOwnerPlanNotReusedPastRls(db, orgA, 3);
  });
});
