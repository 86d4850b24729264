import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../packages/server/src/db/database.js';
import { openTestDatabase } from '../packages/server/src/testing/test-database.js';
import { createBenchOrganisation, signedInApp, type BenchOrganisation } from './bench-organisation.js';
import { recordDriverCalls, replayer, type RecordedRequest } from './statement-replay.js';

/** The throughput benches' baseline (issue 16: "the same SQL via a bare driver call") does the API call's work. */
describe('replaying the statements of an API call through the bare driver', () => {
  let db: Database;
  let org: BenchOrganisation;
  let app: FastifyInstance;
  let headers: Record<string, string>;
  let recorded: RecordedRequest;
  const rollCall = (day: string) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/occurrences/${day}/roll-call`,
      headers,
      payload: { records: org.clientIds.map((clientId) => ({ clientId, status: 'aanwezig' })) },
    });
  const countOn = (day: string) =>
    db.withOrg(org.orgId, async (tx) => {
      const [row] = await tx.query<{ records: number; audits: number }>(
        `select (select count(*)::int from attendance_records where org_id = $1 and occurrence_id = $2) as records,
                (select count(*)::int from audit_events where org_id = $1 and object_id = $2::text
                   and event = 'attendance.roll_call') as audits`,
        [org.orgId, day],
      );
      return row;
    });

  beforeAll(async () => {
    db = await openTestDatabase();
    org = await createBenchOrganisation(db, 3, 2);
    ({ app, headers } = await signedInApp(db, org));
    recorded = await recordDriverCalls(db, async () => {
      const response = await rollCall(org.apiOccurrences[0] as string);
      expect(response.statusCode).toBe(200);
    });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('records the call as its transactions: the session check first, then the roll call with its audit records', () => {
    expect(recorded.length).toBeGreaterThanOrEqual(2);
    const statements = recorded.flat().map((call) => call.text);
    expect(statements.some((text) => text.includes('session_by_token'))).toBe(true);
    expect(statements.some((text) => text.includes('insert into attendance_records'))).toBe(true);
    expect(statements.some((text) => text.includes('audit_chain_append'))).toBe(true);
  });

  it('writes through the driver what the API wrote, on the day swapped in: 3 records and their 3 audit records', async () => {
    const day = org.bareOccurrences[0] as string;
    expect(await countOn(day)).toEqual({ records: 0, audits: 0 });
    await replayer(
      db,
      recorded,
    )(
      new Map([
        [org.apiOccurrences[0] as string, day],
        [org.apiGroupId, org.bareGroupId],
      ]),
    );
    expect(await countOn(day)).toEqual({ records: 3, audits: 3 });
    expect(await countOn(org.apiOccurrences[0] as string)).toEqual({ records: 3, audits: 3 });
  });

  it('stops listening once the call is done: what runs afterwards is not recorded', async () => {
    const during = await recordDriverCalls(db, async () => undefined);
    await rollCall(org.apiOccurrences[1] as string);
    expect(during).toEqual([]);
  });
});
