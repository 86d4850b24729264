import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { expectOwnerPlanNotReusedPastRls } from '../testing/prepared-plan-check.js';
import { createTestClient, createTestOrganisation } from '../testing/test-database.js';
import type { Database, Queryable } from './database.js';
import { migrate } from './migrate.js';
import { openPgliteDatabase } from './pglite-database.js';

/** What PGlite's session has prepared (this query has no parameters, so it is not prepared itself). */
const preparedHere = async (tx: Queryable) =>
  (await tx.query<{ statement: string }>(`select statement from pg_prepared_statements order by statement`)).map(
    (r) => r.statement,
  );

async function openPglite(limit: number): Promise<Database> {
  const snapshot = inject('pgliteSnapshot');
  const db = await openPgliteDatabase(undefined, snapshot ? new Blob([readFileSync(snapshot)]) : undefined, 'set_config', limit);
  await migrate(db);
  return db;
}

describe('prepared statements on PGlite', () => {
  let db: Database;
  let orgA: string;
  beforeAll(async () => {
    db = await openPglite(3);
    orgA = await createTestOrganisation(db, 'Prepared A');
    const orgB = await createTestOrganisation(db, 'Prepared B');
    await createTestClient(db, orgA, '1990-02-03');
    await createTestClient(db, orgB);
    await createTestClient(db, orgB);
  });
  afterAll(async () => {
    await db.close();
  });

  it('prepares a statement once, keeps at most the limit, and answers as the unprepared query does', async () => {
    const texts = Array.from({ length: 5 }, (_, i) => `select $1::int + ${i} as n`);
    for (const [i, text] of texts.entries()) {
      const [row] = await db.asOwner((tx) => tx.query<{ n: number }>(text, [10]));
      expect(row?.n).toBe(10 + i);
    }
    // The fifth preparation closed the two least recently used (closed with the next preparation).
    await db.asOwner((tx) => tx.query(`select $1::text as again`, ['x']));
    const prepared = await db.asOwner(preparedHere);
    expect(prepared.length).toBeLessThanOrEqual(3);
    expect(prepared).toContain('select $1::text as again');
    expect(prepared).not.toContain(texts[0]);
    // An evicted text comes back: prepared again, with the right answer.
    const [again] = await db.asOwner((tx) => tx.query<{ n: number }>(texts[0] as string, [1]));
    expect(again?.n).toBe(1);
  });

  it('parses the columns by their types (dates stay YYYY-MM-DD) and sends values by the parameters’ types', async () => {
    const [row] = await db.withOrg(orgA, (tx) =>
      tx.query<{ birth: string; n: number; doc: { a: number[] }; tags: string[]; nothing: null; yes: boolean }>(
        `select birth_date as birth, $2::int as n, $3::jsonb as doc, $4::text[] as tags, $5::text as nothing, $6::boolean as yes
           from clients where org_id = $1`,
        [orgA, 7, { a: [1, 2] }, ['x', 'y,z'], null, true],
      ),
    );
    expect(row).toEqual({ birth: '1990-02-03', n: 7, doc: { a: [1, 2] }, tags: ['x', 'y,z'], nothing: null, yes: true });
  });

  it('a statement that fails to prepare or to run throws the database’s error, and the next ones work', async () => {
    await expect(db.asOwner((tx) => tx.query(`select $1::int frm nowhere`, [1]))).rejects.toThrow(/syntax/);
    await expect(db.asOwner((tx) => tx.query(`select $1::int / 0 as n`, [1]))).rejects.toMatchObject({ code: '22012' });
    await expect(db.asOwner((tx) => tx.query(`select $1::uuid as id`, ['geen-uuid']))).rejects.toMatchObject({ code: '22P02' });
    const [row] = await db.asOwner((tx) => tx.query<{ n: number }>(`select $1::int as n`, [7]));
    expect(row?.n).toBe(7);
  });

  it('a plan prepared by the owner is not reused past row-level security when the application role runs it', async () => {
    await expectOwnerPlanNotReusedPastRls(db, orgA, 3);
  });

  it('a script (a migration) makes every statement anew: a changed table is read as it now is', async () => {
    await db.asOwner((tx) => tx.exec(`create table prepared_probe (id int primary key)`));
    await db.asOwner((tx) => tx.query(`insert into prepared_probe values ($1)`, [1]));
    const read = `select * from prepared_probe where id = $1`;
    expect(await db.asOwner((tx) => tx.query(read, [1]))).toEqual([{ id: 1 }]);
    await db.asOwner((tx) => tx.exec(`alter table prepared_probe add column note text default 'nieuw'`));
    expect(await db.asOwner((tx) => tx.query(read, [1]))).toEqual([{ id: 1, note: 'nieuw' }]);
  });

  it('a transaction that fails rolls back what its prepared statements wrote', async () => {
    await db.asOwner((tx) => tx.exec(`create table prepared_rollback (id int primary key)`));
    await expect(
      db.asOwner(async (tx) => {
        await tx.query(`insert into prepared_rollback values ($1)`, [1]);
        await tx.query(`insert into prepared_rollback values ($1)`, [1]);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await db.asOwner((tx) => tx.query(`select id from prepared_rollback where id > $1`, [0]))).toEqual([]);
  });

  it('statements of one transaction sent at once run one after another', async () => {
    const rows = await db.asOwner((tx) =>
      Promise.all(Array.from({ length: 20 }, (_, i) => tx.query<{ n: number }>(`select $1::int * ${i % 4} as n`, [i]))),
    );
    expect(rows.map((r) => r[0]?.n)).toEqual(Array.from({ length: 20 }, (_, i) => i * (i % 4)));
  });
});

describe('PGlite with MEEDOEN_DB_PREPARED_STATEMENTS=0', () => {
  it('prepares nothing', async () => {
    const db = await openPglite(0);
    try {
      const [row] = await db.asOwner((tx) => tx.query<{ n: number }>(`select $1::int as n`, [3]));
      expect(row?.n).toBe(3);
      expect(await db.asOwner(preparedHere)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
