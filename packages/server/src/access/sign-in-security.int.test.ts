import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, sessionCookie, signIn } from '../testing/test-app.js';
import { createTestOrganisation, createTestUser, openTestDatabase } from '../testing/test-database.js';
import { currentStep, totpCode } from './totp.js';

describe('second factor, lockout, rate limit and password change', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { lockoutThreshold: 3, lockoutMinutes: 15, loginAttemptsPerMinute: 1000 });
    orgId = await createTestOrganisation(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const post = (url: string, headers: Record<string, string>, payload: object) =>
    app.inject({ method: 'POST', url, headers, payload });
  const codeFor = (secret: string, offset = 0) => totpCode(secret, currentStep(new Date()) + offset);

  it('enrols an authenticator app; from then on sign-in needs its code', async () => {
    const user = await createTestUser(db, orgId, ['vaktherapeut']);
    const session = await signIn(app, user.email, user.password);
    const enrol = await post('/api/v1/me/second-factor/enrolment', session.headers, {});
    expect(enrol.statusCode).toBe(200);
    const { secret, uri } = enrol.json();
    expect(uri).toContain(`secret=${secret}`);
    const wrong = await post('/api/v1/me/second-factor/confirmation', session.headers, {
      code: '000000' === codeFor(secret) ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('auth.second_factor_invalid');
    const usedCode = codeFor(secret);
    const confirm = await post('/api/v1/me/second-factor/confirmation', session.headers, { code: usedCode });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().user.secondFactor).toBe(true);

    const next = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: user.email, password: user.password },
    });
    expect(next.statusCode).toBe(200);
    expect(next.json().stage).toBe('second_factor');
    const pending = { cookie: sessionCookie(next), 'x-csrf-token': next.json().csrfToken as string };
    // Until the code is given, nothing but finishing sign-in works.
    const blocked = await app.inject({ method: 'GET', url: '/api/v1/clients', headers: pending });
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().code).toBe('auth.second_factor_required');
    // The code used at confirmation cannot be replayed; the next step's code works.
    expect((await post('/api/v1/session/second-factor', pending, { code: usedCode })).statusCode).toBe(401);
    const finish = await post('/api/v1/session/second-factor', pending, { code: codeFor(secret, 1) });
    expect(finish.statusCode).toBe(200);
    expect(finish.json().stage).toBe('active');
    expect((await app.inject({ method: 'GET', url: '/api/v1/clients', headers: pending })).statusCode).toBe(200);
  });

  it('an organisation policy makes roles that see health data enrol first; others are not affected', async () => {
    const strictOrg = await createTestOrganisation(db, 'Strenge organisatie');
    const admin = await createTestUser(db, strictOrg, ['beheerder']);
    const adminSession = await signIn(app, admin.email, admin.password);
    const set = await app.inject({
      method: 'PUT',
      url: '/api/v1/organisation/policy',
      headers: adminSession.headers,
      payload: { requireSecondFactor: true },
    });
    expect(set.json()).toEqual({ requireSecondFactor: true });
    const therapist = await createTestUser(db, strictOrg, ['regiebehandelaar']);
    const planner = await createTestUser(db, strictOrg, ['planner']);

    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: therapist.email, password: therapist.password },
    });
    expect(response.json().stage).toBe('enrol_second_factor');
    const headers = { cookie: sessionCookie(response), 'x-csrf-token': response.json().csrfToken as string };
    const blocked = await app.inject({ method: 'GET', url: '/api/v1/clients', headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('auth.second_factor_enrolment_required');
    const { secret } = (await post('/api/v1/me/second-factor/enrolment', headers, {})).json();
    const confirmed = await post('/api/v1/me/second-factor/confirmation', headers, { code: codeFor(secret) });
    expect(confirmed.json().stage).toBe('active');
    expect((await app.inject({ method: 'GET', url: '/api/v1/clients', headers })).statusCode).toBe(200);

    const plannerSignIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: planner.email, password: planner.password },
    });
    expect(plannerSignIn.json().stage).toBe('active');
  });

  it('locks an account temporarily after repeated failures, even for the right password', async () => {
    const user = await createTestUser(db, orgId, ['planner']);
    for (let i = 0; i < 3; i++) {
      const failed = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: user.email, password: 'wrong password' },
      });
      expect(failed.statusCode).toBe(401);
    }
    const locked = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: user.email, password: user.password },
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('auth.locked');
    await db.asOwner((tx) => tx.query(`update users set locked_until = now() - interval '1 second' where id = $1`, [user.id]));
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: user.email, password: user.password } }))
        .statusCode,
    ).toBe(200);
  });

  it('limits sign-in attempts per address', async () => {
    const limited = await buildTestApp(db, { loginAttemptsPerMinute: 2 });
    try {
      const attempt = () =>
        limited.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'nobody@test.example', password: 'x' } });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      const third = await attempt();
      expect(third.statusCode).toBe(429);
      expect(third.json().code).toBe('auth.rate_limited');
    } finally {
      await limited.close();
    }
  });

  it('a password change ends every other session and checks the new password', async () => {
    const user = await createTestUser(db, orgId, ['planner']);
    const here = await signIn(app, user.email, user.password);
    const elsewhere = await signIn(app, user.email, user.password);
    const weak = await post('/api/v1/me/password', here.headers, { currentPassword: user.password, newPassword: 'kort' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ code: 'auth.password_too_weak', errors: [{ path: '/body/newPassword' }] });
    const wrongCurrent = await post('/api/v1/me/password', here.headers, {
      currentPassword: 'nope',
      newPassword: 'een veel langer wachtwoord',
    });
    expect(wrongCurrent.statusCode).toBe(401);

    const changed = await post('/api/v1/me/password', here.headers, {
      currentPassword: user.password,
      newPassword: 'een veel langer wachtwoord',
    });
    expect(changed.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: here.headers })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: elsewhere.headers })).statusCode).toBe(401);
    await expect(signIn(app, user.email, user.password)).rejects.toThrow(/401/);
    await signIn(app, user.email, 'een veel langer wachtwoord');
  });
});
