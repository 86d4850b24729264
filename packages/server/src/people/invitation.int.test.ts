import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  auditRows,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
  TEST_PASSWORD,
  type TestUser,
} from '../testing/test-database.js';

const PASSWORD = 'mijn eigen lange wachtwoord';
const LINK = /^\/uitnodiging#([A-Za-z0-9_-]{43})$/;

interface Created {
  id: string;
  email: string;
  passwordSet: boolean;
  invitationExpiresAt: string | null;
  invitation: { path: string; expiresAt: string };
}

/** The secret from a link as the administrator got it. */
function tokenOf(path: string): string {
  const match = LINK.exec(path);
  if (!match?.[1]) throw new Error(`not an invitation link: ${path}`);
  return match[1];
}

// Issue 14: the administrator no longer sets (and so knows) anyone's first password; a one-time link does.
describe('one-time invitations instead of a first password', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let admin: TestUser;
  let adminSession: Session;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { invitationHours: 72 });
    orgId = await createTestOrganisation(db, 'Uitnodigingen');
    admin = await createTestUser(db, orgId, ['beheerder'], 'Beheerder Uitnodiging');
    adminSession = await signIn(app, admin.email, admin.password);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const createAccount = async (name: string, roles = ['activiteitenbegeleider']): Promise<Created> => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: adminSession.headers,
      payload: {
        email: `${name.toLowerCase().replace(/\W/g, '.')}.${randomBytes(4).toString('hex')}@test.example`,
        displayName: name,
        roles,
      },
    });
    expect(response.statusCode).toBe(201);
    return response.json() as Created;
  };
  const lookup = (token: string, remoteAddress?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/invitations/lookup',
      payload: { token },
      ...(remoteAddress ? { remoteAddress } : {}),
    });
  const accept = (token: string, password: string, target = app) =>
    target.inject({ method: 'POST', url: '/api/v1/invitations/acceptance', payload: { token, password } });
  const reinvite = (session: Session, userId: string) =>
    app.inject({ method: 'POST', url: `/api/v1/users/${userId}/invitation`, headers: session.headers });
  const signInStatus = async (email: string, password: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
    return { status: response.statusCode, code: (response.json() as { code?: string }).code ?? null };
  };

  it('creating an account gives a link once; only its hash is stored; it names the account and nothing more', async () => {
    const created = await createAccount('Nieuwe Begeleider');
    expect(created).toMatchObject({ passwordSet: false });
    expect(created.invitation.path).toMatch(LINK);
    expect(created.invitationExpiresAt).toBe(created.invitation.expiresAt);
    const token = tokenOf(created.invitation.path);
    // 43 base64url characters: 256 random bits.
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const [stored] = await db.asOwner((tx) =>
      tx.query<{ token_hash: string; hours: number; created_by: string }>(
        `select token_hash, extract(epoch from expires_at - created_at)::int / 3600 as hours, created_by
           from user_invitations where user_id = $1`,
        [created.id],
      ),
    );
    expect(stored).toEqual({
      token_hash: createHash('sha256').update(token).digest('hex'),
      hours: 72,
      created_by: admin.id,
    });
    const everything = await db.asOwner((tx) =>
      tx.query(`select * from user_invitations i join users u on u.id = i.user_id where u.id = $1`, [created.id]),
    );
    expect(JSON.stringify(everything)).not.toContain(token);
    // The list shows that the person has no password yet and until when the link works, never the link.
    const list = await app.inject({ method: 'GET', url: '/api/v1/users', headers: adminSession.headers });
    const listed = (list.json() as Created[]).find((u) => u.id === created.id);
    expect(listed).toMatchObject({ passwordSet: false, invitationExpiresAt: created.invitation.expiresAt });
    expect(list.body).not.toContain(token);

    const read = await lookup(token);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ email: created.email, displayName: 'Nieuwe Begeleider' });
    const rows = await auditRows(db, orgId);
    expect(rows.find((r) => r['event'] === 'user.invite' && r['object_id'] === created.id)).toMatchObject({
      action: 'C',
      outcome: 'success',
      user_id: admin.id,
    });
    expect(rows.find((r) => r['event'] === 'invitation.read' && r['user_id'] === created.id)).toMatchObject({
      outcome: 'success',
      action: 'R',
    });
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('an account without a password cannot sign in, and its answer is that of an unknown address', async () => {
    const created = await createAccount('Nog Geen Wachtwoord');
    // Not even with the decoy password unknown addresses are checked against.
    for (const password of [PASSWORD, 'meedoen-decoy-password']) {
      expect(await signInStatus(created.email, password)).toEqual(
        await signInStatus(`niemand-${randomBytes(4).toString('hex')}@test.example`, password),
      );
      expect(await signInStatus(created.email, password)).toEqual({ status: 401, code: 'auth.invalid_credentials' });
    }
    const denied = (await auditRows(db, orgId)).filter((r) => r['event'] === 'sign_in' && r['user_id'] === created.id);
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((r) => r['outcome'] === 'denied' && r['reason'] === 'no_password_yet')).toBe(true);
  });

  it('accepting sets the password (same policy as always), the person signs in, and the link works only once', async () => {
    const created = await createAccount('Kiest Wachtwoord');
    const token = tokenOf(created.invitation.path);
    const weak = await accept(token, created.email);
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ code: 'auth.password_too_weak', errors: [{ path: '/body/password' }] });
    // A refused password does not use up the link.
    const done = await accept(token, PASSWORD);
    expect(done.statusCode).toBe(204);
    const session = await signIn(app, created.email, PASSWORD);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: session.headers });
    expect(me.json()).toMatchObject({ user: { email: created.email, roles: ['activiteitenbegeleider'] } });

    for (const again of [await accept(token, 'een ander lang wachtwoord'), await lookup(token)]) {
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'auth.invitation_used', errors: [{ path: '/body/token' }] });
    }
    // The second use changed nothing.
    await signIn(app, created.email, PASSWORD);
    const list = await app.inject({ method: 'GET', url: '/api/v1/users', headers: adminSession.headers });
    expect((list.json() as Created[]).find((u) => u.id === created.id)).toMatchObject({
      passwordSet: true,
      invitationExpiresAt: null,
    });
    const rows = (await auditRows(db, orgId)).filter((r) => r['event'] === 'invitation.accept' && r['user_id'] === created.id);
    expect(rows.map((r) => [r['outcome'], r['problem_code']])).toEqual([
      ['failed', 'auth.password_too_weak'],
      ['success', null],
      ['denied', 'auth.invitation_used'],
    ]);
  });

  it('an expired link is refused with its own code, audited, and changes nothing', async () => {
    const created = await createAccount('Te Laat');
    const token = tokenOf(created.invitation.path);
    await db.asOwner((tx) =>
      tx.query(
        `update user_invitations set created_at = now() - interval '73 hours', expires_at = now() - interval '1 hour' where user_id = $1`,
        [created.id],
      ),
    );
    for (const refused of [await lookup(token), await accept(token, PASSWORD)]) {
      expect(refused.statusCode).toBe(410);
      expect(refused.json()).toMatchObject({ code: 'auth.invitation_expired' });
    }
    expect(await signInStatus(created.email, PASSWORD)).toEqual({ status: 401, code: 'auth.invalid_credentials' });
    const rows = (await auditRows(db, orgId)).filter(
      (r) => String(r['event']).startsWith('invitation.') && r['user_id'] === created.id,
    );
    expect(rows.map((r) => [r['event'], r['outcome'], r['problem_code']])).toEqual([
      ['invitation.read', 'denied', 'auth.invitation_expired'],
      ['invitation.accept', 'denied', 'auth.invitation_expired'],
    ]);
  });

  it('a new link voids the older one; a reset keeps the current password until the new one is chosen', async () => {
    const created = await createAccount('Twee Links');
    const first = tokenOf(created.invitation.path);
    const again = await reinvite(adminSession, created.id);
    expect(again.statusCode).toBe(201);
    const second = tokenOf((again.json() as { path: string }).path);
    expect(second).not.toBe(first);
    const refused = await accept(first, PASSWORD);
    expect(refused.statusCode).toBe(410);
    expect(refused.json()).toMatchObject({ code: 'auth.invitation_replaced' });
    const open = await db.asOwner((tx) =>
      tx.query(`select 1 from user_invitations where user_id = $1 and consumed_at is null and voided_at is null`, [created.id]),
    );
    expect(open).toHaveLength(1);
    expect((await accept(second, PASSWORD)).statusCode).toBe(204);

    // A reset for someone who forgot their password: the old one works until the link is used; then it ends,
    // and so do the sessions signed in with it.
    const oldSession = await signIn(app, created.email, PASSWORD);
    const reset = await reinvite(adminSession, created.id);
    expect(reset.statusCode).toBe(201);
    await signIn(app, created.email, PASSWORD);
    expect((await accept(tokenOf((reset.json() as { path: string }).path), 'het nieuwe lange wachtwoord')).statusCode).toBe(204);
    expect(await signInStatus(created.email, PASSWORD)).toEqual({ status: 401, code: 'auth.invalid_credentials' });
    await signIn(app, created.email, 'het nieuwe lange wachtwoord');
    const stale = await app.inject({ method: 'GET', url: '/api/v1/me', headers: oldSession.headers });
    expect(stale.statusCode).toBe(401);
    const issued = (await auditRows(db, orgId)).filter((r) => r['event'] === 'user.invite' && r['object_id'] === created.id);
    expect(issued.map((r) => r['reason'])).toEqual(['on creation; valid 72 h', 'new link; valid 72 h', 'new link; valid 72 h']);
  });

  it('50 parallel uses of one link: exactly one sets the password, the others get auth.invitation_used', async () => {
    const created = await createAccount('Vijftig Tegelijk');
    const token = tokenOf(created.invitation.path);
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => accept(token, `parallel wachtwoord nummer ${i}`)));
    const winners = responses.map((r, i) => ({ status: r.statusCode, i })).filter((r) => r.status === 204);
    expect(winners).toHaveLength(1);
    const losers = responses
      .filter((r) => r.statusCode !== 204)
      .map((r) => `${r.statusCode} ${(r.json() as { code: string }).code}`);
    expect(new Set(losers)).toEqual(new Set(['409 auth.invitation_used']));
    expect(losers).toHaveLength(49);
    // The password is the winner's.
    await signIn(app, created.email, `parallel wachtwoord nummer ${winners[0]?.i}`);
    const rows = (await auditRows(db, orgId)).filter((r) => r['event'] === 'invitation.accept' && r['user_id'] === created.id);
    expect(rows.filter((r) => r['outcome'] === 'success')).toHaveLength(1);
  });

  it('who may issue: an administrator for other active accounts of their own organisation only', async () => {
    const created = await createAccount('Wordt Uitgezet');
    const token = tokenOf(created.invitation.path);
    // Not for oneself: one's own password is changed with the current one.
    const own = await reinvite(adminSession, admin.id);
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({ code: 'users.self_change_forbidden' });
    // Not for another organisation's account: it does not exist here (row-level security).
    const elsewhere = await createTestOrganisation(db, 'Elders');
    const stranger = await createTestUser(db, elsewhere, ['planner']);
    const foreign = await reinvite(adminSession, stranger.id);
    expect(foreign.statusCode).toBe(404);
    expect(await db.asOwner((tx) => tx.query(`select 1 from user_invitations where user_id = $1`, [stranger.id]))).toEqual([]);
    // Not by someone who is no administrator.
    const planner = await createTestUser(db, orgId, ['planner', 'zorgcoordinator']);
    const plannerSession = await signIn(app, planner.email, TEST_PASSWORD);
    const notAdmin = await reinvite(plannerSession, created.id);
    expect(notAdmin.statusCode).toBe(403);
    expect(notAdmin.json()).toMatchObject({ code: 'access.forbidden' });
    // Switching an account off voids its link; a switched-off account gets none, and its link says nothing more.
    const off = await app.inject({
      method: 'POST',
      url: `/api/v1/users/${created.id}/deactivation`,
      headers: adminSession.headers,
      payload: { reason: 'toch niet in dienst' },
    });
    expect(off.statusCode).toBe(200);
    const inactive = await reinvite(adminSession, created.id);
    expect(inactive.statusCode).toBe(409);
    expect(inactive.json()).toMatchObject({ code: 'users.account_inactive' });
    const dead = await accept(token, PASSWORD);
    expect(dead.statusCode).toBe(404);
    expect(dead.json()).toMatchObject({ code: 'auth.invitation_unknown' });
    const rows = await auditRows(db, orgId);
    expect(rows.filter((r) => r['problem_code'] === 'access.forbidden' && r['user_id'] === planner.id)).toHaveLength(1);
    // The audit says why, where the answer says no more than "unknown".
    expect(rows.filter((r) => r['event'] === 'invitation.accept' && r['user_id'] === created.id).at(-1)).toMatchObject({
      outcome: 'denied',
      reason: 'account_inactive',
      problem_code: 'auth.invitation_unknown',
    });
  });

  it('the old way is gone: a first password in the request is refused, nothing is created', async () => {
    const email = `met-wachtwoord-${randomBytes(4).toString('hex')}@test.example`;
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: adminSession.headers,
      payload: { email, displayName: 'Met Wachtwoord', roles: ['planner'], password: PASSWORD },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'request.invalid' });
    expect(await db.asOwner((tx) => tx.query(`select 1 from users where email = $1`, [email]))).toEqual([]);
  });

  it('an unknown link says only that; guessing is slowed down per address like sign-in', async () => {
    const limited = await buildTestApp(db, { loginAttemptsPerMinute: 1 });
    try {
      // Its own address (IPv6 documentation prefix), so no other test shares its bucket.
      const address = `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
      const guess = () =>
        limited.inject({
          method: 'POST',
          url: '/api/v1/invitations/lookup',
          payload: { token: randomBytes(32).toString('base64url') },
          remoteAddress: address,
        });
      // Capacity: five minutes' worth of MEEDOEN_LOGIN_ATTEMPTS_PER_MINUTE.
      for (let i = 0; i < 5; i++) {
        const unknown = await guess();
        expect(unknown.statusCode).toBe(404);
        expect(unknown.json()).toMatchObject({ code: 'auth.invitation_unknown', errors: [{ path: '/body/token' }] });
        expect(Object.keys(unknown.json() as object).sort()).toEqual(
          ['code', 'detail', 'detail_nl', 'errors', 'instance', 'status', 'title', 'type'].sort(),
        );
      }
      const slowed = await guess();
      expect(slowed.statusCode).toBe(429);
      expect(slowed.json()).toMatchObject({ code: 'auth.rate_limited' });
      expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);
      // Still slowed down for a real link from that address; from another address the link works.
      const created = await createAccount('Na Het Raden');
      const token = tokenOf(created.invitation.path);
      expect(
        (await limited.inject({ method: 'POST', url: '/api/v1/invitations/lookup', payload: { token }, remoteAddress: address }))
          .statusCode,
      ).toBe(429);
      expect((await lookup(token, `2001:db8::${randomBytes(2).toString('hex')}`)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
