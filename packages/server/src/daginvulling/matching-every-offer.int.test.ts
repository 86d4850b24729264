import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { DEMO_ORGANISATION, DEMO_PASSWORD, demoClientId } from '../demo/demo-organisation.js';
import { seedDemo } from '../demo/seed-demo.js';
import { ApiClient } from '../testing/api-client.js';
import { buildTestApp } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';

/** Issue 16: matching ranks every offer of the organisation, not the first thousand by name. */
describe('matching in an organisation with more than a thousand offers', () => {
  let db: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db);
    app = await buildTestApp(db, { offerStaleDays: 365 });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('ranks or excludes each of 1,000 extra offers named to sort before the demo’s own', async () => {
    const orgId = DEMO_ORGANISATION.id;
    await db.asOwner(async (tx) => {
      const columns = (
        await tx.query<{ column_name: string }>(
          `select column_name from information_schema.columns
            where table_schema = 'public' and table_name = 'offers' and column_name not in ('id', 'name')
            order by ordinal_position`,
        )
      ).map((c) => c.column_name);
      // Copies of one demo offer, each named "AAA …" so that a cut-off by name would keep only these.
      await tx.query(
        `insert into offers (name, ${columns.join(', ')})
         select 'AAA kopie ' || lpad(g::text, 4, '0'), ${columns.map((c) => `o.${c}`).join(', ')}
           from (select * from offers where org_id = $1 order by name limit 1) o cross join generate_series(1, 1000) g`,
        [orgId],
      );
    });
    const [{ count } = { count: 0 }] = await db.asOwner((tx) =>
      tx.query<{ count: number }>(`select count(*)::int as count from offers where org_id = $1`, [orgId]),
    );
    expect(count).toBeGreaterThan(1000);
    const mohamed = await ApiClient.signIn(app, 'mohamed.bouzid@delinde.example', DEMO_PASSWORD);
    const matches = await mohamed.get<{ ranked: { name: string }[]; excluded: { name: string }[] }>(
      `/api/v1/clients/${demoClientId('kevin')}/matches`,
    );
    expect(matches.ranked.length + matches.excluded.length).toBe(count);
    // The demo's own offers, all named after "AAA", are among them.
    expect([...matches.ranked, ...matches.excluded].some((o) => o.name === 'Leerwerkplek Fietsenmaker')).toBe(true);
  });
});
