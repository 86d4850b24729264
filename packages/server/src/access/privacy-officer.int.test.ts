import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createClientRecord, type ClientRecordFixture } from '../testing/client-record-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import { createTestOrganisation, createTestUser, openTestDatabase } from '../testing/test-database.js';

interface Verification {
  records: number;
  intact: boolean;
  breaks: { seq: number; kind: string }[];
}

/** Issue 14: the privacy officer checks the audit trail of her own organisation and searches it, refusals included. */
describe('the privacy officer’s audit tools', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let otherOrg: string;
  let record: ClientRecordFixture;
  let officer: Session;
  let planner: Session;
  let plannerId: string;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Privacy');
    otherOrg = await createTestOrganisation(db, 'Elders');
    record = await createClientRecord(db, orgId, []);
    const officerUser = await createTestUser(db, orgId, ['privacyfunctionaris'], 'Functionaris');
    officer = await signIn(app, officerUser.email, officerUser.password);
    const plannerUser = await createTestUser(db, orgId, ['planner'], 'Planner');
    plannerId = plannerUser.id;
    planner = await signIn(app, plannerUser.email, plannerUser.password);
    const elsewhere = await createTestUser(db, otherOrg, ['planner'], 'Elders');
    await signIn(app, elsewhere.email, elsewhere.password);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const verify = async (session: Session) =>
    app.inject({ method: 'GET', url: '/api/v1/audit/verification', headers: session.headers });

  it('finds the chain intact, then names the altered record — of her own organisation only', async () => {
    const before = await verify(officer);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ intact: true, breaks: [] });
    expect((before.json() as Verification).records).toBeGreaterThan(0);

    await db.asOwner((tx) =>
      tx.query(`update audit_events set reason = 'weggepoetst' where org_id = $1 and seq = 1`, [otherOrg]),
    );
    expect((await verify(officer)).json()).toMatchObject({ intact: true });

    await db.asOwner((tx) => tx.query(`update audit_events set reason = 'weggepoetst' where org_id = $1 and seq = 1`, [orgId]));
    const after = (await verify(officer)).json() as Verification;
    expect(after.intact).toBe(false);
    expect(after.breaks).toContainEqual(expect.objectContaining({ seq: 1, kind: 'record_altered' }));
  });

  it('is hers alone: a planner may not check or search the trail', async () => {
    expect((await verify(planner)).statusCode).toBe(403);
    const search = await app.inject({ method: 'GET', url: '/api/v1/audit', headers: planner.headers });
    expect(search.statusCode).toBe(403);
  });

  it('searches refusals with the client’s name', async () => {
    const refused = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${record.clientId}/trajectories`,
      headers: planner.headers,
    });
    expect(refused.statusCode).toBe(403);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/audit?outcome=denied&userId=${plannerId}`,
      headers: officer.headers,
    });
    expect(response.statusCode).toBe(200);
    const rows = response.json() as { outcome: string; clientId: string | null; clientName: string | null }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.outcome === 'denied')).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({ clientId: record.clientId, clientName: expect.any(String) }));
  });
});
