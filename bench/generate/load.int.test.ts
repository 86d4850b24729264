import { randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../packages/server/src/access/password.js';
import type { Database } from '../../packages/server/src/db/database.js';
import { buildTestApp, signIn } from '../../packages/server/src/testing/test-app.js';
import { openTestDatabase, TEST_PASSWORD } from '../../packages/server/src/testing/test-database.js';
import { generate, type Generated } from './generate.js';
import { loadGenerated } from './load.js';

describe('the generated data set, loaded with COPY', () => {
  let db: Database;
  let app: FastifyInstance;
  let data: Generated;
  let rows: Record<string, number>;
  beforeAll(async () => {
    db = await openTestDatabase();
    // A fresh seed per run: on PostgreSQL the test database is shared and kept, and e-mail addresses are unique.
    data = generate({ seed: randomInt(1, 2 ** 31), scale: 0.001, passwordHash: await hashPassword(TEST_PASSWORD) });
    rows = (await loadGenerated(db, data, process.env['DATABASE_URL'])).rows;
    app = await buildTestApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('loads every table at scale 0.001, each row in its organisation (row-level security shows only its own)', async () => {
    expect(rows).toMatchObject({ organisations: 2, clients: 100, trajectory_events: 1_900, attendance_records: 1_000 });
    const [own] = await db.withOrg(data.probe.orgId, (tx) =>
      tx.query<{ clients: number; records: number }>(
        `select (select count(*)::int from clients) as clients, (select count(*)::int from attendance_records) as records`,
      ),
    );
    expect(own).toEqual({ clients: data.probe.clients, records: data.probe.clients * 10 });
  });

  it('serves a generated client record, its trajectory and a roll call through the API', async () => {
    const therapist = await signIn(app, data.probe.therapistEmail, TEST_PASSWORD);
    const record = await app.inject({ method: 'GET', url: `/api/v1/clients/${data.probe.clientId}`, headers: therapist.headers });
    expect(record.statusCode).toBe(200);
    expect(record.json()).toMatchObject({ client: { id: data.probe.clientId } });
    const list = await app.inject({ method: 'GET', url: '/api/v1/clients', headers: therapist.headers });
    expect((list.json() as { items: { id: string }[] }).items.map((c) => c.id)).toContain(data.probe.clientId);
    const trajectory = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${data.probe.clientId}/trajectories/${data.probe.trajectoryId}`,
      headers: therapist.headers,
    });
    expect(trajectory.statusCode).toBe(200);
    expect(trajectory.json()).toMatchObject({ state: 'in_behandeling', sessions: expect.any(Array) });
    expect((trajectory.json() as { sessions: unknown[] }).sessions).toHaveLength(10);
    const timeline = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${data.probe.clientId}/timeline`,
      headers: therapist.headers,
    });
    expect(timeline.statusCode).toBe(200);
    const supervisor = await signIn(app, data.probe.supervisorEmail, TEST_PASSWORD);
    const rollCall = await app.inject({
      method: 'GET',
      url: `/api/v1/occurrences/${data.probe.occurrenceId}/roll-call`,
      headers: supervisor.headers,
    });
    expect(rollCall.statusCode).toBe(200);
    expect((rollCall.json() as { participants: { clientId: string }[] }).participants.map((p) => p.clientId)).toContain(
      data.probe.clientId,
    );
  });
});
