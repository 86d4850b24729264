import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createClientRecord, type ClientRecordFixture } from '../testing/client-record-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  linkClientAccount,
  openTestDatabase,
  type TestUser,
} from '../testing/test-database.js';

/**
 * Finding 4: every access AND every denial leaves a NEN 7513 record — also the refusals that happen
 * before the access mechanism runs (organisation permission, CSRF, a pending second factor, request
 * validation, an unknown object id) and the ones inside it after which the transaction rolls back.
 */
describe('the audit trail records every denial and failure, not only granted access', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let record: ClientRecordFixture;
  let supervisor: Session;
  let therapist: TestUser;
  let therapistSession: Session;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'Audit');
    record = await createClientRecord(db, orgId, []);
    supervisor = await signIn(app, record.supervisor.email, record.supervisor.password);
    therapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Therapeut');
    await addToCareTeam(db, orgId, record.clientId, therapist.id, 'vaktherapeut');
    therapistSession = await signIn(app, therapist.email, therapist.password);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  /** The newest audit record of this organisation matching `where`. */
  async function lastRecord(where: Record<string, unknown>) {
    const rows = await auditRows(db, orgId);
    return rows.filter((row) => Object.entries(where).every(([key, value]) => row[key] === value)).at(-1);
  }

  it('1. a refused organisation permission (403 before any client data)', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/audit', headers: therapistSession.headers });
    expect(response.statusCode).toBe(403);
    expect(await lastRecord({ user_id: therapist.id, event: 'permission.audit.search' })).toMatchObject({
      outcome: 'denied',
      problem_code: 'access.forbidden',
      action: 'R',
      client_id: null,
      object_type: 'route',
      object_id: 'GET /api/v1/audit',
    });
  });

  it('2. a refused permission on a route about a client names the client', async () => {
    const werkbegeleider = await createTestUser(db, orgId, ['werkbegeleider']);
    const session = await signIn(app, werkbegeleider.email, werkbegeleider.password);
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${record.clientId}/break-glass`,
      headers: session.headers,
      payload: { reason: 'Ik wil even kijken hoe het gaat' },
    });
    expect(response.statusCode).toBe(403);
    expect(await lastRecord({ user_id: werkbegeleider.id })).toMatchObject({
      event: 'permission.break_glass.use',
      outcome: 'denied',
      client_id: record.clientId,
      problem_code: 'access.forbidden',
    });
  });

  it('3. a write without the CSRF token', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${record.clientId}/participation-plan/comments`,
      headers: { cookie: supervisor.cookie },
      payload: { text: 'zonder token' },
    });
    expect(response.json().code).toBe('auth.csrf_invalid');
    expect(await lastRecord({ user_id: record.supervisor.id, event: 'participation_plan.comment' })).toMatchObject({
      outcome: 'denied',
      action: 'C',
      client_id: record.clientId,
      problem_code: 'auth.csrf_invalid',
    });
  });

  it('4. a session that still needs its second factor', async () => {
    const strictOrg = await createTestOrganisation(db, 'Streng');
    await db.asOwner((tx) => tx.query(`update organisations set require_second_factor = true where id = $1`, [strictOrg]));
    const clientId = await createTestClient(db, strictOrg);
    const user = await createTestUser(db, strictOrg, ['vaktherapeut']);
    await addToCareTeam(db, strictOrg, clientId, user.id, 'vaktherapeut');
    const session = await signIn(app, user.email, user.password);
    const response = await app.inject({ method: 'GET', url: `/api/v1/clients/${clientId}`, headers: session.headers });
    expect(response.json().code).toBe('auth.second_factor_enrolment_required');
    const rows = await auditRows(db, strictOrg);
    expect(rows.at(-1)).toMatchObject({
      event: 'client.read',
      outcome: 'denied',
      user_id: user.id,
      client_id: clientId,
      problem_code: 'auth.second_factor_enrolment_required',
    });
  });

  it('5. an unknown object id inside an allowed client (404; the data transaction rolls back, the record stays)', async () => {
    const unknown = '00000000-0000-4000-8000-00000000dead';
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${record.clientId}/trajectories/${unknown}`,
      headers: therapistSession.headers,
    });
    expect(response.statusCode).toBe(404);
    expect(await lastRecord({ user_id: therapist.id, event: 'trajectory.read' })).toMatchObject({
      outcome: 'denied',
      client_id: record.clientId,
      basis: 'care_team',
      problem_code: 'resource.not_found',
      object_type: 'trajectory',
      object_id: unknown,
    });
  });

  it('6. an occurrence id of no group of this organisation (404 before the mechanism)', async () => {
    const foreignOrg = await createTestOrganisation(db, 'Elders');
    const foreign = await createClientRecord(db, foreignOrg, []);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/occurrences/${foreign.occurrenceId}/roll-call`,
      headers: supervisor.headers,
    });
    expect(response.statusCode).toBe(404);
    expect(await lastRecord({ user_id: record.supervisor.id, event: 'attendance.roll_call_read' })).toMatchObject({
      outcome: 'denied',
      client_id: null,
      object_type: 'occurrence',
      object_id: foreign.occurrenceId,
      problem_code: 'resource.not_found',
    });
  });

  it('7. a client id of another organisation (403, existence not leaked, the attempt recorded)', async () => {
    const foreignOrg = await createTestOrganisation(db, 'Anders');
    const foreignClient = await createTestClient(db, foreignOrg);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${foreignClient}/ladder`,
      headers: supervisor.headers,
    });
    expect(response.json().code).toBe('access.forbidden');
    expect(await lastRecord({ user_id: record.supervisor.id, event: 'ladder.read' })).toMatchObject({
      outcome: 'denied',
      client_id: null,
      object_id: foreignClient,
      basis: 'no_relationship',
    });
    expect(await auditRows(db, foreignOrg)).toEqual([]);
  });

  it('8. a request on a client route that fails validation', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${record.clientId}/ladder`,
      headers: supervisor.headers,
      payload: { date: '2026-01-01', rung: 9, withinRungStep: 1, targetRung: 3, wantsToStay: true, note: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(await lastRecord({ user_id: record.supervisor.id, event: 'ladder.record' })).toMatchObject({
      outcome: 'failed',
      client_id: record.clientId,
      problem_code: 'request.invalid',
    });
  });

  it('9. a refusal inside the mechanism (stale version): nothing written, the attempt recorded with its ground', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/v1/clients/${record.clientId}/participation-plan`,
      headers: { ...supervisor.headers, 'if-match': '"99"' },
      payload: {
        plan: (
          await app.inject({
            method: 'GET',
            url: `/api/v1/clients/${record.clientId}/participation-plan`,
            headers: supervisor.headers,
          })
        ).json().plan,
      },
    });
    expect(response.statusCode).toBe(409);
    expect(await lastRecord({ user_id: record.supervisor.id, event: 'participation_plan.write' })).toMatchObject({
      outcome: 'failed',
      basis: 'care_team',
      problem_code: 'resource.version_conflict',
    });
  });

  it('10. a part the client did not share (403 access.not_disclosed)', async () => {
    const werkbegeleider = await createTestUser(db, orgId, ['werkbegeleider']);
    await db.withOrg(orgId, (tx) =>
      tx.query(
        `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, given_by, recorded_by, recorded_how)
         values ($1, $2, $3, '{participation_plan}', 'read', '2020-01-01', 'client', $3, 'in_person')`,
        [orgId, record.clientId, werkbegeleider.id],
      ),
    );
    const session = await signIn(app, werkbegeleider.email, werkbegeleider.password);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${record.clientId}/portfolio-files/${record.fileId}`,
      headers: session.headers,
    });
    expect(response.json().code).toBe('access.not_disclosed');
    expect(await lastRecord({ user_id: werkbegeleider.id, event: 'portfolio.download' })).toMatchObject({
      outcome: 'denied',
      basis: 'not_disclosed',
      problem_code: 'access.not_disclosed',
      client_id: record.clientId,
    });
  });

  it('care-team and consent changes are recorded with the object they created', async () => {
    const coordinator = await createTestUser(db, orgId, ['zorgcoordinator']);
    const session = await signIn(app, coordinator.email, coordinator.password);
    const colleague = await createTestUser(db, orgId, ['ergotherapeut']);
    const added = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${record.clientId}/care-team`,
      headers: session.headers,
      payload: { userId: colleague.id, role: 'ergotherapeut' },
    });
    expect(added.statusCode).toBe(201);
    const member = (added.json() as { id: string; userId: string }[]).find((m) => m.userId === colleague.id);
    expect(await lastRecord({ user_id: coordinator.id, event: 'care_team.add' })).toMatchObject({
      outcome: 'success',
      basis: 'organisation',
      object_type: 'care_team_member',
      object_id: member?.id,
    });

    const self = await createTestUser(db, orgId, ['client']);
    await linkClientAccount(db, orgId, self.id, record.clientId);
    const selfSession = await signIn(app, self.email, self.password);
    const granted = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${record.clientId}/consents`,
      headers: selfSession.headers,
      payload: {
        granteeUserId: colleague.id,
        categories: ['participation_plan'],
        level: 'read',
        givenBy: 'client',
        recordedHow: 'portal',
      },
    });
    expect(granted.statusCode).toBe(201);
    expect(await lastRecord({ user_id: self.id, event: 'consent.grant' })).toMatchObject({
      outcome: 'success',
      basis: 'self',
      object_type: 'consent',
      object_id: granted.json().id,
    });
  });

  it('the list of day-activity evaluations due records an access per client shown', async () => {
    const due = await app.inject({
      method: 'GET',
      url: '/api/v1/day-evaluations/due?withinDays=365',
      headers: supervisor.headers,
    });
    expect(due.json()).toEqual(expect.arrayContaining([expect.objectContaining({ clientId: record.clientId })]));
    expect(await lastRecord({ user_id: record.supervisor.id, event: 'day_evaluation.due_list' })).toMatchObject({
      outcome: 'success',
      client_id: record.clientId,
      basis: 'care_team',
    });
  });
});
