import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
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

describe('reading a client’s record goes through care team, consent and the audit trail', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let clientId: string;
  let therapist: TestUser;
  let outsider: TestUser;
  let supervisor: TestUser;
  let clientUser: TestUser;
  let sessions: Record<'therapist' | 'outsider' | 'supervisor' | 'client', Session>;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db);
    clientId = await createTestClient(db, orgId, '1990-02-02');
    therapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Therapeut In Team');
    outsider = await createTestUser(db, orgId, ['vaktherapeut'], 'Therapeut Buiten Team');
    supervisor = await createTestUser(db, orgId, ['werkbegeleider'], 'Werkbegeleider Extern');
    clientUser = await createTestUser(db, orgId, ['client'], 'De Cliënt Zelf');
    await linkClientAccount(db, orgId, clientUser.id, clientId);
    await addToCareTeam(db, orgId, clientId, therapist.id, 'vaktherapeut');
    sessions = {
      therapist: await signIn(app, therapist.email, therapist.password),
      outsider: await signIn(app, outsider.email, outsider.password),
      supervisor: await signIn(app, supervisor.email, supervisor.password),
      client: await signIn(app, clientUser.email, clientUser.password),
    };
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const getRecord = (session: Session, id = clientId) =>
    app.inject({ method: 'GET', url: `/api/v1/clients/${id}`, headers: { ...session.headers, 'user-agent': 'vitest-agent' } });

  it('a therapist on the care team reads the record: exactly one audit record with every NEN 7513 field', async () => {
    const before = (await auditRows(db, orgId)).length;
    const response = await getRecord(sessions.therapist);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.client.id).toBe(clientId);
    expect(body.abilities.treatment).toEqual({ read: true, write: true });
    expect(body.careTeam.map((m: { userId: string }) => m.userId)).toEqual([therapist.id]);

    const rows = (await auditRows(db, orgId)).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event: 'client.read',
      action: 'R',
      outcome: 'success',
      client_id: clientId,
      user_id: therapist.id,
      responsible_user_id: therapist.id,
      user_role: 'vaktherapeut',
      basis: 'care_team',
      break_glass: false,
      object_type: 'personalia',
      ip: '127.0.0.1',
      user_agent: 'vitest-agent',
    });
    expect(rows[0]?.occurred_at).toBeInstanceOf(Date);
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a vaktherapeut outside the team gets 403, not the data, and a denied record is written', async () => {
    const before = (await auditRows(db, orgId)).length;
    const response = await getRecord(sessions.outsider);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('access.forbidden');
    expect(response.body).not.toContain('Cliënt');
    const rows = (await auditRows(db, orgId)).slice(before);
    expect(rows).toMatchObject([
      { event: 'client.read', outcome: 'denied', user_id: outsider.id, client_id: clientId, basis: 'no_relationship' },
    ]);
  });

  it('a client id that does not exist gets the same 403, so existence does not leak', async () => {
    const response = await getRecord(sessions.outsider, '00000000-0000-4000-8000-000000000000');
    expect(response.statusCode).toBe(403);
    const last = (await auditRows(db, orgId)).at(-1);
    expect(last).toMatchObject({ outcome: 'denied', client_id: null, object_id: '00000000-0000-4000-8000-000000000000' });
  });

  it('an external supervisor sees only what the client’s consent names, until it is revoked', async () => {
    expect((await getRecord(sessions.supervisor)).statusCode).toBe(403);
    const grant = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/consents`,
      headers: sessions.client.headers,
      payload: {
        granteeUserId: supervisor.id,
        categories: ['personalia', 'participation_plan'],
        level: 'read',
        givenBy: 'client',
        recordedHow: 'portal',
      },
    });
    expect(grant.statusCode).toBe(201);
    expect(grant.json()).toMatchObject({
      active: true,
      categories: ['personalia', 'participation_plan'],
      givenBy: 'client',
      // "vastgelegd door …": the client recorded it themself, in the portal.
      recordedBy: clientUser.id,
      recordedByName: 'De Cliënt Zelf',
      recordedHow: 'portal',
    });

    const allowed = await getRecord(sessions.supervisor);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json().abilities).toMatchObject({
      personalia: { read: true },
      participation_plan: { read: true },
      treatment: { read: false },
    });
    expect(allowed.json().careTeam).toBeNull();
    expect((await auditRows(db, orgId)).at(-1)).toMatchObject({ user_id: supervisor.id, basis: 'consent', outcome: 'success' });

    const revoke = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/consents/${grant.json().id}/revocation`,
      headers: sessions.client.headers,
      payload: { reason: 'Ik ben daar gestopt.' },
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json()).toMatchObject({ active: false, revocationReason: 'Ik ben daar gestopt.' });
    expect((await getRecord(sessions.supervisor)).statusCode).toBe(403);

    const again = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/consents/${grant.json().id}/revocation`,
      headers: sessions.client.headers,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('consent.already_revoked');

    // Append-only: the revoked grant is still in the history.
    const history = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${clientId}/consents`,
      headers: sessions.client.headers,
    });
    expect(history.json().map((c: { id: string }) => c.id)).toContain(grant.json().id);
  });

  it('the client chooses grantees among people who work with people and their own naasten, never other clients’ relatives', async () => {
    const ownNaaste = await createTestUser(db, orgId, ['naaste'], 'Eigen Naaste');
    await linkClientAccount(db, orgId, ownNaaste.id, clientId);
    const otherClient = await createTestClient(db, orgId, '1980-01-01');
    const otherNaaste = await createTestUser(db, orgId, ['naaste'], 'Naaste Van Een Ander');
    await linkClientAccount(db, orgId, otherNaaste.id, otherClient);
    await createTestUser(db, orgId, ['beheerder'], 'Beheerder Zonder Zorg');
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${clientId}/consent-candidates`,
      headers: sessions.client.headers,
    });
    expect(response.statusCode).toBe(200);
    const names = (response.json() as { displayName: string; roles: string[] }[]).map((c) => c.displayName);
    expect(names).toEqual(expect.arrayContaining(['Eigen Naaste', 'Werkbegeleider Extern', 'Therapeut In Team']));
    expect(names).not.toContain('Naaste Van Een Ander');
    expect(names).not.toContain('Beheerder Zonder Zorg');
    expect(names).not.toContain('De Cliënt Zelf');
    // Someone outside the care network cannot list them.
    const outsiderList = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${clientId}/consent-candidates`,
      headers: sessions.outsider.headers,
    });
    expect(outsiderList.statusCode).toBe(403);
  });

  it('break-glass: allowed with a reason, read-only, flagged in the audit trail and reported', async () => {
    const noReason = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/break-glass`,
      headers: sessions.outsider.headers,
      payload: { reason: 'kort' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('/body/reason');

    const before = await getRecord(sessions.outsider);
    expect(before.json().code).toBe('access.forbidden');
    const open = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/break-glass`,
      headers: sessions.outsider.headers,
      payload: { reason: 'Cliënt in crisis op de afdeling; eigen therapeut afwezig.' },
    });
    expect(open.statusCode).toBe(201);
    const read = await getRecord(sessions.outsider);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities.treatment).toEqual({ read: true, write: false });
    expect((await auditRows(db, orgId)).at(-1)).toMatchObject({
      user_id: outsider.id,
      basis: 'break_glass',
      break_glass: true,
      outcome: 'success',
    });

    const write = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/care-team`,
      headers: sessions.outsider.headers,
      payload: { userId: outsider.id, role: 'vaktherapeut' },
    });
    expect(write.statusCode).toBe(403);

    const officer = await createTestUser(db, orgId, ['privacyfunctionaris']);
    const officerSession = await signIn(app, officer.email, officer.password);
    const report = await app.inject({
      method: 'GET',
      url: '/api/v1/audit/break-glass?unreviewed=true',
      headers: officerSession.headers,
    });
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject([
      { userId: outsider.id, clientId, reason: 'Cliënt in crisis op de afdeling; eigen therapeut afwezig.', reviewedAt: null },
    ]);
    const review = await app.inject({
      method: 'POST',
      url: `/api/v1/audit/break-glass/${report.json()[0].id}/review`,
      headers: officerSession.headers,
      payload: { note: 'Terecht gebruikt; besproken met teamleider.' },
    });
    expect(review.statusCode).toBe(204);
    const after = await app.inject({
      method: 'GET',
      url: '/api/v1/audit/break-glass?unreviewed=true',
      headers: officerSession.headers,
    });
    expect(after.json()).toEqual([]);
    // A therapist may not see the report.
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/audit/break-glass', headers: sessions.therapist.headers })).statusCode,
    ).toBe(403);
  });

  it('the client sees who viewed their file, in which role and on what basis (NEN 7513 §9)', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${clientId}/access-log`,
      headers: sessions.client.headers,
    });
    expect(response.statusCode).toBe(200);
    const log = response.json() as {
      userName: string;
      role: string;
      basis: string;
      breakGlass: boolean;
      outcome: string;
      organisation: string;
    }[];
    expect(log.every((entry) => entry.outcome === 'success')).toBe(true);
    expect(log).toContainEqual(
      expect.objectContaining({ userName: 'Therapeut In Team', role: 'vaktherapeut', basis: 'care_team', breakGlass: false }),
    );
    expect(log).toContainEqual(
      expect.objectContaining({ userName: 'Therapeut Buiten Team', basis: 'break_glass', breakGlass: true }),
    );
    expect(log[0]?.organisation).toMatch(/^Testpraktijk/);
    // A therapist on the team may not read the access log.
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/clients/${clientId}/access-log`, headers: sessions.therapist.headers }))
        .statusCode,
    ).toBe(403);
  });

  it('an administrator searches the trail by client and user, denied attempts included', async () => {
    const admin = await createTestUser(db, orgId, ['beheerder']);
    const session = await signIn(app, admin.email, admin.password);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/audit?clientId=${clientId}&userId=${outsider.id}`,
      headers: session.headers,
    });
    expect(response.statusCode).toBe(200);
    const outcomes = new Set(response.json().map((e: { outcome: string }) => e.outcome));
    expect(outcomes).toEqual(new Set(['success', 'denied']));
    expect((await app.inject({ method: 'GET', url: '/api/v1/audit', headers: sessions.therapist.headers })).statusCode).toBe(403);
  });

  it('consent rules block with their code and source: under 12 only a parent consents (BW 7:465); a naaste needs a basis (001 L838-840)', async () => {
    const child = await createTestClient(db, orgId, '2017-04-09');
    const regie = await createTestUser(db, orgId, ['regiebehandelaar'], 'Regiebehandelaar In Team');
    await addToCareTeam(db, orgId, child, regie.id, 'regiebehandelaar');
    const session = await signIn(app, regie.email, regie.password);
    const parent = await createTestUser(db, orgId, ['naaste'], 'Ouder');
    const byChild = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${child}/consents`,
      headers: session.headers,
      payload: {
        granteeUserId: parent.id,
        categories: ['treatment'],
        level: 'read',
        givenBy: 'client',
        recordedHow: 'in_person',
      },
    });
    expect(byChild.statusCode).toBe(422);
    expect(byChild.json()).toMatchObject({ code: 'consent.representative_decides_under_twelve' });
    expect(byChild.json().errors).toContainEqual(expect.objectContaining({ path: '/body/givenBy', source: 'BW 7:450, 7:465' }));
    expect(byChild.json().errors).toContainEqual(
      expect.objectContaining({ path: '/body/naasteBasis', code: 'consent.naaste_basis_required', source: '001 L838-840' }),
    );

    const byParent = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${child}/consents`,
      headers: session.headers,
      payload: {
        granteeUserId: parent.id,
        categories: ['treatment'],
        level: 'read',
        givenBy: 'ouder',
        naasteBasis: 'indicatie_professional',
        recordedHow: 'in_person',
      },
    });
    expect(byParent.statusCode).toBe(201);
    expect(byParent.json()).toMatchObject({
      recordedBy: regie.id,
      recordedByName: 'Regiebehandelaar In Team',
      recordedHow: 'in_person',
    });
  });
});
