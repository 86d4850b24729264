import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
} from '../testing/test-database.js';

/**
 * A representative recorded before legal bases were kept (migration 0008) has no basis: it grants nothing, and it
 * must never break the record for the people who open it (one old row, everyone's read).
 */
describe('a representative from before bases were kept', () => {
  let db: Database;
  let app: FastifyInstance;
  let clientId: string;
  let therapist: Session;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    const orgId = await createTestOrganisation(db, 'Oude vertegenwoordiging');
    clientId = await createTestClient(db, orgId);
    const admin = await createTestUser(db, orgId, ['beheerder']);
    const user = await createTestUser(db, orgId, ['vaktherapeut']);
    await addToCareTeam(db, orgId, clientId, user.id, 'vaktherapeut');
    const naaste = await createTestUser(db, orgId, ['naaste'], 'Oude Vertegenwoordiger');
    await db.withOrg(orgId, (tx) =>
      tx.query(
        `insert into client_representatives (org_id, client_id, user_id, relation, valid_from, recorded_by)
         values ($1, $2, $3, 'wettelijk_vertegenwoordiger', '2020-01-01', $4)`,
        [orgId, clientId, naaste.id, admin.id],
      ),
    );
    therapist = await signIn(app, user.email, user.password);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('shows on the record as not acting, and the record still opens', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/v1/clients/${clientId}`, headers: therapist.headers });
    expect(response.statusCode).toBe(200);
    const { representatives } = response.json() as { representatives: { displayName: string; basis: null; active: boolean }[] };
    expect(representatives).toEqual([
      expect.objectContaining({ displayName: 'Oude Vertegenwoordiger', basis: null, active: false }),
    ]);
  });
});
