import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
  type TestUser,
} from '../testing/test-database.js';

const PASSWORD = 'een lang genoeg wachtwoord';

describe('the administrator manages the organisation’s accounts', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let admin: TestUser;
  let adminSession: Session;
  let clientId: string;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'Beheerpraktijk');
    admin = await createTestUser(db, orgId, ['beheerder'], 'Beheerder Een');
    adminSession = await signIn(app, admin.email, admin.password);
    clientId = await createTestClient(db, orgId);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const post = (session: Session, url: string, payload: unknown) =>
    app.inject({ method: 'POST', url, headers: session.headers, payload: payload as object });
  const put = (session: Session, url: string, payload: unknown) =>
    app.inject({ method: 'PUT', url, headers: session.headers, payload: payload as object });

  it('creates an account with a role and an invitation; the new user chooses a password, signs in, and it is audited', async () => {
    const email = `nieuw-${Date.now()}@test.example`;
    const created = await post(adminSession, '/api/v1/users', {
      email: email.toUpperCase(),
      displayName: 'Nieuwe Begeleider',
      roles: ['activiteitenbegeleider'],
    });
    expect(created.statusCode).toBe(201);
    const user = created.json() as { id: string; email: string; roles: string[]; active: boolean; invitation: { path: string } };
    expect(user).toMatchObject({ email, roles: ['activiteitenbegeleider'], active: true, passwordSet: false });
    // The person, not the administrator, chooses the password (invitation.int.test.ts tests the link itself).
    const token = user.invitation.path.split('#')[1];
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/v1/invitations/acceptance',
      payload: { token, password: PASSWORD },
    });
    expect(accepted.statusCode).toBe(204);
    const session = await signIn(app, email, PASSWORD);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: session.headers });
    expect(me.json()).toMatchObject({ user: { roles: ['activiteitenbegeleider'] } });
    const list = await app.inject({ method: 'GET', url: '/api/v1/users', headers: adminSession.headers });
    expect((list.json() as { id: string }[]).map((u) => u.id)).toContain(user.id);
    const rows = await auditRows(db, orgId);
    expect(rows.find((r) => r.event === 'user.create' && r.object_id === user.id)).toMatchObject({
      outcome: 'success',
      user_id: admin.id,
      action: 'C',
    });
    expect(rows.some((r) => r.event === 'user.list' && r.user_id === admin.id)).toBe(true);
  });

  it('refuses a second account with the same e-mail address (409), and issues no invitation for it', async () => {
    const before = await db.asOwner((tx) => tx.query(`select 1 from user_invitations where org_id = $1`, [orgId]));
    const taken = await post(adminSession, '/api/v1/users', {
      email: admin.email,
      displayName: 'Dubbel',
      roles: ['planner'],
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'users.email_taken', errors: [{ path: '/body/email' }] });
    const after = await db.asOwner((tx) => tx.query(`select 1 from user_invitations where org_id = $1`, [orgId]));
    expect(after.length).toBe(before.length);
  });

  it('binds a relative’s account to one client and refuses other combinations', async () => {
    const naaste = await post(adminSession, '/api/v1/users', {
      email: `naaste-${Date.now()}@test.example`,
      displayName: 'Naaste Vader',
      roles: ['naaste'],
      clientId,
    });
    expect(naaste.statusCode).toBe(201);
    expect(naaste.json()).toMatchObject({ clientId, roles: ['naaste'] });
    for (const body of [
      { roles: ['naaste'], clientId: null },
      { roles: ['naaste', 'planner'], clientId },
      { roles: ['planner'], clientId },
    ]) {
      const refused = await post(adminSession, '/api/v1/users', {
        email: `fout-${Math.random()}@test.example`,
        displayName: 'Fout',
        ...body,
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'users.client_link_invalid', errors: [{ path: '/body/clientId' }] });
    }
  });

  it('an administrator cannot change their own roles or switch off their own account (no self-granted health access)', async () => {
    const own = await put(adminSession, `/api/v1/users/${admin.id}/roles`, { roles: ['beheerder', 'vaktherapeut'] });
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({ code: 'users.self_change_forbidden' });
    const off = await post(adminSession, `/api/v1/users/${admin.id}/deactivation`, { reason: 'weg' });
    expect(off.statusCode).toBe(403);
    expect(off.json()).toMatchObject({ code: 'users.self_change_forbidden' });
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: adminSession.headers });
    expect(me.json()).toMatchObject({ user: { roles: ['beheerder'] } });
    const rows = await auditRows(db, orgId);
    expect(rows.filter((r) => r.user_id === admin.id && r.problem_code === 'users.self_change_forbidden').length).toBe(2);
  });

  it('changes another account’s roles (its sessions end) and keeps the organisation an administrator', async () => {
    const other = await createTestUser(db, orgId, ['planner'], 'Planner');
    const otherSession = await signIn(app, other.email, other.password);
    const changed = await put(adminSession, `/api/v1/users/${other.id}/roles`, { roles: ['beheerder', 'planner'] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ roles: ['beheerder', 'planner'] });
    const stale = await app.inject({ method: 'GET', url: '/api/v1/me', headers: otherSession.headers });
    expect(stale.statusCode).toBe(401);
    // Two administrators now; the second takes the first's role away, then cannot lose its own last one.
    const second = await signIn(app, other.email, other.password);
    const demote = await put(second, `/api/v1/users/${admin.id}/roles`, { roles: ['planner'] });
    expect(demote.statusCode).toBe(200);
    adminSession = await signIn(app, admin.email, admin.password);
    const last = await post(adminSession, `/api/v1/users/${other.id}/deactivation`, { reason: 'vertrokken' });
    expect(last.statusCode).toBe(403); // the planner is no administrator any more
    const restore = await put(second, `/api/v1/users/${admin.id}/roles`, { roles: ['beheerder'] });
    expect(restore.statusCode).toBe(200);
    adminSession = await signIn(app, admin.email, admin.password);
    expect((await put(adminSession, `/api/v1/users/${other.id}/roles`, { roles: ['planner'] })).statusCode).toBe(200);
    const third = await createTestUser(db, orgId, ['beheerder'], 'Derde');
    const thirdSession = await signIn(app, third.email, third.password);
    // Two administrators switch each other off at the same moment: at most one succeeds.
    const [a, b] = await Promise.all([
      post(adminSession, `/api/v1/users/${third.id}/deactivation`, { reason: 'tegelijk' }),
      post(thirdSession, `/api/v1/users/${admin.id}/deactivation`, { reason: 'tegelijk' }),
    ]);
    // The loser is refused as the last administrator, or (when the winner already ended its session) as signed out.
    const winners = [a, b].filter((r) => r.statusCode === 200);
    const losers = [a, b].filter((r) => r.statusCode !== 200).map((r) => (r.json() as { code: string }).code);
    expect(winners).toHaveLength(1);
    expect(['auth.unauthenticated', 'users.last_administrator']).toContain(losers[0]);
    const admins = await db.withOrg(orgId, (tx) =>
      tx.query(`select 1 from users u join user_roles r on r.user_id = u.id where u.active and r.role = 'beheerder'`),
    );
    expect(admins.length).toBeGreaterThanOrEqual(1);
  });

  it('another organisation’s accounts are invisible (row-level security) and a professional may not manage accounts', async () => {
    const orgC = await createTestOrganisation(db, 'Elders');
    const stranger = await createTestUser(db, orgC, ['planner']);
    const freshAdmin = await createTestUser(db, orgId, ['beheerder']);
    adminSession = await signIn(app, freshAdmin.email, freshAdmin.password);
    const list = await app.inject({ method: 'GET', url: '/api/v1/users', headers: adminSession.headers });
    expect((list.json() as { id: string }[]).some((u) => u.id === stranger.id)).toBe(false);
    const foreign = await put(adminSession, `/api/v1/users/${stranger.id}/roles`, { roles: ['beheerder'] });
    expect(foreign.statusCode).toBe(404);
    const therapist = await createTestUser(db, orgId, ['vaktherapeut']);
    const session = await signIn(app, therapist.email, therapist.password);
    const refused = await post(session, '/api/v1/users', {
      email: `x-${Date.now()}@test.example`,
      displayName: 'X',
      roles: ['vaktherapeut'],
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'access.forbidden' });
  });
});
