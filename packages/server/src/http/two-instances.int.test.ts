import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../access/login-throttle.js';
import { SecretBox } from '../access/secret-box.js';
import type { Database } from '../db/database.js';
import { openPostgresDatabase } from '../db/postgres-database.js';
import { createClientRecord, type ClientRecordFixture } from '../testing/client-record-fixture.js';
import { buildTestApp, sessionCookie, TEST_SECRET_KEY, testConfig } from '../testing/test-app.js';
import { auditRows, createTestOrganisation, openTestDatabase } from '../testing/test-database.js';

const LOCKOUT_THRESHOLD = 4;

/**
 * Issue 16: instances keep no state of their own. Two instances on one database, requests spread over them as a
 * load balancer would: a session made on one works on the other, signing out on one ends it everywhere, failed
 * sign-ins on both count against one account, and a write on one is what the other reads. On PostgreSQL the two
 * instances have their own connection pools; the embedded engine is one process by nature, so there they share
 * it (what is tested then is that nothing lives in an instance's memory).
 */
describe('two instances on one database', () => {
  let dbA: Database;
  let dbB: Database;
  let a: FastifyInstance;
  let b: FastifyInstance;
  let orgId: string;
  let record: ClientRecordFixture;

  beforeAll(async () => {
    dbA = await openTestDatabase();
    const url = process.env['DATABASE_URL'];
    dbB = url ? openPostgresDatabase(url, 4) : dbA;
    a = await buildTestApp(dbA, { lockoutThreshold: LOCKOUT_THRESHOLD });
    b = await buildTestApp(dbB, { lockoutThreshold: LOCKOUT_THRESHOLD });
    orgId = await createTestOrganisation(dbA, 'Twee instanties');
    record = await createClientRecord(dbA, orgId, []);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    if (dbB !== dbA) await dbB.close();
    await dbA.close();
  });

  let turn = 0;
  /** Round robin over the two instances, as a load balancer without sticky sessions would. */
  const balanced = (options: InjectOptions) => (turn++ % 2 === 0 ? a : b).inject(options);

  it('shares sessions: signed in on one, working on the other, signed out everywhere', async () => {
    const { email, password } = record.supervisor;
    const signedIn = await a.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
    expect(signedIn.statusCode).toBe(200);
    const cookie = sessionCookie(signedIn);
    const headers = { cookie, 'x-csrf-token': (signedIn.json() as { csrfToken: string }).csrfToken };

    expect((await b.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) {
      const read = await balanced({ method: 'GET', url: `/api/v1/clients/${record.clientId}`, headers });
      expect(read.statusCode).toBe(200);
    }
    const reads = (await auditRows(dbA, orgId)).filter(
      (row) => row['client_id'] === record.clientId && row['user_id'] === record.supervisor.id && row['action'] === 'R',
    );
    expect(reads.length).toBeGreaterThanOrEqual(4);

    expect((await b.inject({ method: 'DELETE', url: '/api/v1/session', headers })).statusCode).toBe(204);
    expect((await a.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode).toBe(401);
  });

  it('reads on one instance what was written on the other (roll call and its correction)', async () => {
    const { email, password } = record.supervisor;
    const signedIn = await b.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
    const headers = { cookie: sessionCookie(signedIn), 'x-csrf-token': (signedIn.json() as { csrfToken: string }).csrfToken };
    const url = `/api/v1/occurrences/${record.occurrenceId}/roll-call`;
    const first = await a.inject({
      method: 'POST',
      url,
      headers,
      payload: { records: [{ clientId: record.clientId, status: 'ziek' }] },
    });
    expect(first.statusCode).toBe(200);
    const second = await b.inject({
      method: 'POST',
      url,
      headers,
      payload: { records: [{ clientId: record.clientId, status: 'aanwezig' }] },
    });
    expect(second.statusCode).toBe(200);
    const read = await a.inject({ method: 'GET', url, headers });
    const participants = (read.json() as { participants: { clientId: string; record: { status: string } | null }[] })
      .participants;
    expect(participants.find((p) => p.clientId === record.clientId)?.record?.status).toBe('aanwezig');
  });

  it('counts failed sign-ins on both instances against one account', async () => {
    const { email } = record.supervisor;
    for (let i = 0; i < LOCKOUT_THRESHOLD; i++) {
      const failed = await balanced({ method: 'POST', url: '/api/v1/session', payload: { email, password: `fout ${i}` } });
      expect(failed.statusCode).toBe(401);
    }
    // Each instance saw half of the failures; the account's bucket in the database holds all of them and has
    // started its back-off (an instance counting on its own would not have reached the threshold).
    const key = new LoginThrottle(testConfig(), SecretBox.fromConfig(TEST_SECRET_KEY)).accountKey(email);
    const [row] = await dbA.asOwner((tx) =>
      tx.query<{ failures: number; backing_off: boolean }>(
        `select round(level)::int as failures, blocked_until is not null as backing_off
           from sign_in_throttle where scope = 'account' and key_hash = $1`,
        [key],
      ),
    );
    expect(row).toEqual({ failures: LOCKOUT_THRESHOLD, backing_off: true });
  });
});
