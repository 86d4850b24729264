import { expect } from 'vitest';
import type { Database } from '../db/database.js';

/**
 * A statement prepared and run by the owner until PostgreSQL settles on a generic plan (after five runs), then run by
 * the application role bound to `orgId`: it must see only that organisation's clients (one), not the owner's plan's
 * answer (`atLeast` clients of every organisation). For both engines' prepared statements.
 */
export async function expectOwnerPlanNotReusedPastRls(db: Database, orgId: string, atLeast: number): Promise<void> {
  const count = `select count(*)::int as n from clients where $1::int = 1`;
  for (let i = 0; i < 7; i++) await db.asOwner((tx) => tx.query(count, [1]));
  const all = (await db.asOwner((tx) => tx.query<{ n: number }>(count, [1])))[0]?.n ?? 0;
  const mine = (await db.withOrg(orgId, (tx) => tx.query<{ n: number }>(count, [1])))[0]?.n;
  expect(all).toBeGreaterThanOrEqual(atLeast);
  expect(mine).toBe(1);
}
