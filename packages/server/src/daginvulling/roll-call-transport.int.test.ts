import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createDayGroup, enrol, type DayGroup } from '../testing/day-group-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
  TEST_PASSWORD,
} from '../testing/test-database.js';

/**
 * Issue 14, transport at the roll call: how someone came is recorded with their presence (003 L1286-1288: the
 * municipality needs the concrete demand for transport), read back, corrected as a new record, and refused for
 * someone who did not come to the place — by the API and by the database itself.
 */
describe('transport at the roll call', () => {
  let db: Database;
  let app: FastifyInstance;
  let day: DayGroup;
  let begeleider: Session;
  let clientId: string;

  const save = (records: object[]) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/occurrences/${day.pastOccurrenceId}/roll-call`,
      headers: begeleider.headers,
      payload: { records },
    });
  const shown = async () => {
    const answer = await app.inject({
      method: 'GET',
      url: `/api/v1/occurrences/${day.pastOccurrenceId}/roll-call`,
      headers: begeleider.headers,
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const body = answer.json() as {
      participants: { clientId: string; record: { status: string; transport: string | null } | null }[];
    };
    return body.participants.find((p) => p.clientId === clientId)?.record ?? null;
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    const orgId = await createTestOrganisation(db, 'Dagbesteding');
    day = await createDayGroup(db, orgId);
    const user = await createTestUser(db, orgId, ['activiteitenbegeleider'], 'Begeleider');
    clientId = await createTestClient(db, orgId, '1990-01-01');
    await addToCareTeam(db, orgId, clientId, user.id, 'activiteitenbegeleider');
    await enrol(db, orgId, clientId, day);
    begeleider = await signIn(app, user.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('starts as not recorded, is read back once chosen, and a change is a correction', async () => {
    expect((await save([{ clientId, status: 'aanwezig' }])).statusCode).toBe(200);
    expect(await shown()).toMatchObject({ status: 'aanwezig', transport: null });
    const byTaxi = { clientId, status: 'aanwezig', transport: 'georganiseerd_vervoer' };
    expect((await save([byTaxi])).json()).toEqual({ recorded: 1, corrected: 1, unchanged: 0 });
    expect(await shown()).toMatchObject({ transport: 'georganiseerd_vervoer' });
    // The same choice again (a double tap, a retry) writes nothing.
    expect((await save([byTaxi])).json()).toEqual({ recorded: 0, corrected: 0, unchanged: 1 });
  });

  it('refuses transport for someone who was sick or took part online, naming the field', async () => {
    for (const status of ['ziek', 'online', 'afwezig_gemeld']) {
      const answer = await save([{ clientId, status, transport: 'zelfstandig' }]);
      expect(answer.statusCode, answer.body).toBe(422);
      const problem = answer.json() as { code: string; errors: { path: string; code: string }[] };
      expect(problem.code).toBe('attendance.transport_without_presence');
      expect(problem.errors[0]?.path).toBe('/body/records/0/transport');
    }
    // Nothing was stored by the refusals: the taxi ride stands.
    expect(await shown()).toMatchObject({ status: 'aanwezig', transport: 'georganiseerd_vervoer' });
  });

  it('refuses an unknown way of travelling', async () => {
    const answer = await save([{ clientId, status: 'aanwezig', transport: 'helikopter' }]);
    expect(answer.statusCode).toBe(400);
  });

  it('the database itself refuses transport with an absence', async () => {
    await expect(
      db.asOwner((tx) =>
        tx.query(`update attendance_records set transport = 'gebracht', status = 'ziek' where client_id = $1`, [clientId]),
      ),
    ).rejects.toThrow(/attendance_records_transport_only_present/);
  });
});
