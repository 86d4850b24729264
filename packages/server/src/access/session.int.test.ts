import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, sessionCookie, signIn } from '../testing/test-app.js';
import { hashToken } from './session-store.js';
import { createTestOrganisation, createTestUser, openTestDatabase, type TestUser } from '../testing/test-database.js';

describe('sign-in, session cookie, CSRF and sign-out', () => {
  let db: Database;
  let app: FastifyInstance;
  let user: TestUser;
  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { sessionIdleMinutes: 30 });
    const org = await createTestOrganisation(db);
    user = await createTestUser(db, org, ['vaktherapeut', 'regiebehandelaar'], 'Marieke Test');
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('signs in with e-mail and password and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'meedoen_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = response.json();
    expect(body.user).toMatchObject({ id: user.id, displayName: 'Marieke Test', roles: ['regiebehandelaar', 'vaktherapeut'] });
    expect(body.organisation.id).toBe(user.orgId);
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('refuses a wrong password and an unknown e-mail alike', async () => {
    for (const payload of [
      { email: user.email, password: 'wrong' },
      { email: 'nobody@test.example', password: user.password },
    ]) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('auth.invalid_credentials');
      expect(response.cookies).toEqual([]);
    }
  });

  it('GET /me needs a session', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('auth.unauthenticated');
    const forged = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: 'meedoen_session=forged' } });
    expect(forged.statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token, and signs out with it', async () => {
    const session = await signIn(app, user.email, user.password);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);

    const noToken = await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie: session.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('auth.csrf_invalid');
    const wrongToken = await app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrongToken.statusCode).toBe(403);

    const signOut = await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: session.headers });
    expect(signOut.statusCode).toBe(204);
    const after = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('expires a session after the configured inactivity', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: user.email, password: user.password },
    });
    const cookie = sessionCookie(response);
    await db.asOwner((tx) =>
      tx.query(`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = $1`, [user.id]),
    );
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    const token = cookie.split('=')[1] ?? '';
    const [left] = await db.asOwner((tx) =>
      tx.query<{ n: number }>(`select count(*)::int as n from sessions where token_hash = $1`, [hashToken(token)]),
    );
    expect(left?.n).toBe(0);
  });

  it('stores only a hash of the session token', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: user.email, password: user.password },
    });
    const token = sessionCookie(response).split('=')[1];
    const rows = await db.asOwner((tx) =>
      tx.query<{ token_hash: string }>(`select token_hash from sessions where user_id = $1`, [user.id]),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });
});
