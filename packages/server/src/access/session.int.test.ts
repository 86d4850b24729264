import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('ends a session after its absolute lifetime, however active (finding 8: sessions had none)', async () => {
    const session = await signIn(app, user.email, user.password);
    const token = session.cookie.split('=')[1] ?? '';
    // Active a minute ago, but signed in 13 hours ago: past the default 12 hours.
    await db.asOwner((tx) =>
      tx.query(
        `update sessions set created_at = now() - interval '13 hours', last_seen_at = now() - interval '1 minute' where token_hash = $1`,
        [hashToken(token)],
      ),
    );
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
    const [left] = await db.asOwner((tx) =>
      tx.query<{ n: number }>(`select count(*)::int as n from sessions where token_hash = $1`, [hashToken(token)]),
    );
    expect(left?.n).toBe(0);

    // The lifetime is configuration.
    const short = await buildTestApp(db, { sessionMaxHours: 1 });
    try {
      const other = await signIn(short, user.email, user.password);
      const me = () => short.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: other.cookie } });
      expect((await me()).statusCode).toBe(200);
      await db.asOwner((tx) =>
        tx.query(`update sessions set created_at = now() - interval '61 minutes' where token_hash = $1`, [
          hashToken(other.cookie.split('=')[1] ?? ''),
        ]),
      );
      expect((await me()).statusCode).toBe(401);
    } finally {
      await short.close();
    }
  });

  it('the session cookie is Secure by default; only plain http straight to localhost goes without', async () => {
    const signInVia = async (target: FastifyInstance, headers: Record<string, string>) => {
      const response = await target.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: user.email, password: user.password },
        headers,
      });
      expect(response.statusCode).toBe(200);
      return response.cookies.find((c) => c.name === 'meedoen_session')?.secure ?? false;
    };
    // Default: auto.
    expect(await signInVia(app, { host: 'meedoen.zorggroep.example' })).toBe(true);
    expect(await signInVia(app, { host: '192.168.1.20:3000' })).toBe(true);
    expect(await signInVia(app, { host: 'localhost:3000' })).toBe(false);
    expect(await signInVia(app, { host: '127.0.0.1:3000' })).toBe(false);
    // Through a proxy it is never "local", whatever Host says.
    expect(await signInVia(app, { host: 'localhost:3000', 'x-forwarded-proto': 'https' })).toBe(true);
    expect(await signInVia(app, { host: 'localhost:3000', 'x-forwarded-for': '203.0.113.9' })).toBe(true);
    const always = await buildTestApp(db, { cookieSecure: true });
    const never = await buildTestApp(db, { cookieSecure: false });
    try {
      expect(await signInVia(always, { host: 'localhost:3000' })).toBe(true);
      expect(await signInVia(never, { host: 'meedoen.zorggroep.example' })).toBe(false);
      // HSTS goes with it, except where plain http was explicitly allowed.
      const health = await app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(health.headers['strict-transport-security']).toBeDefined();
      const plain = await never.inject({ method: 'GET', url: '/api/v1/health' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await always.close();
      await never.close();
    }
  });

  it('every API answer says Cache-Control: no-store, errors included (finding 8)', async () => {
    const session = await signIn(app, user.email, user.password);
    const answers = await Promise.all([
      app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } }),
      app.inject({ method: 'GET', url: '/api/v1/health' }),
      app.inject({ method: 'GET', url: '/api/v1/me' }),
      app.inject({ method: 'GET', url: '/api/v1/no-such-thing' }),
      app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'x' } }),
      app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: user.email, password: user.password } }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 401, 404, 400, 200]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('static assets of the web app may be cached: no-store is for the API only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meedoen-web-'));
    writeFileSync(join(dir, 'index.html'), '<div id="root"></div>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const withWeb = await buildTestApp(db, { webDir: dir });
    try {
      const asset = await withWeb.inject({ method: 'GET', url: '/app.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).not.toContain('no-store');
      const page = await withWeb.inject({ method: 'GET', url: '/clients' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control'] ?? '').not.toContain('no-store');
    } finally {
      await withWeb.close();
      rmSync(dir, { recursive: true, force: true });
    }
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
