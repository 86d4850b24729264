import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, sessionCookie, signIn, testConfig, TEST_SECRET_KEY } from '../testing/test-app.js';
import { auditRows, createTestOrganisation, createTestUser, openTestDatabase } from '../testing/test-database.js';
import { LoginThrottle } from './login-throttle.js';
import { SecretBox } from './secret-box.js';
import { currentStep, totpCode } from './totp.js';

describe('second factor, lockout, rate limit and password change', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { lockoutThreshold: 3, lockoutMinutes: 15 });
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

    // The secret is stored sealed, never readable (finding 8: it was stored as is).
    const [stored] = await db.asOwner((tx) =>
      tx.query<{ totp_secret: string }>(`select totp_secret from users where id = $1`, [user.id]),
    );
    expect(stored?.totp_secret).toMatch(/^v1:[0-9a-f]{16}:/);
    expect(stored?.totp_secret).not.toContain(secret);

    // Every step is in the audit trail, without client, with the access point.
    const events = (await auditRows(db, orgId))
      .filter((row) => row['user_id'] === user.id)
      .map((row) => `${String(row['event'])} ${String(row['action'])} ${String(row['outcome'])}`);
    expect(events).toEqual([
      'sign_in E success',
      'second_factor.enrolment C success',
      'second_factor.confirmation U denied',
      'second_factor.confirmation U success',
      'sign_in E success',
      'sign_in.second_factor E denied',
      'sign_in.second_factor E success',
    ]);
    const rows = (await auditRows(db, orgId)).filter((row) => row['user_id'] === user.id);
    expect(rows.every((row) => row['client_id'] === null && row['ip'] === '127.0.0.1')).toBe(true);
  });

  it('removing the authenticator app needs the password and a code, ends other sessions, and is refused under a policy', async () => {
    const user = await createTestUser(db, orgId, ['vaktherapeut']);
    const first = await signIn(app, user.email, user.password);
    const { secret } = (await post('/api/v1/me/second-factor/enrolment', first.headers, {})).json();
    await post('/api/v1/me/second-factor/confirmation', first.headers, { code: codeFor(secret) });
    const pending = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: user.email, password: user.password },
    });
    const other = { cookie: sessionCookie(pending), 'x-csrf-token': pending.json().csrfToken as string };
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: other })).statusCode).toBe(200);

    const wrongPassword = await post('/api/v1/me/second-factor/removal', first.headers, {
      currentPassword: 'not it',
      code: codeFor(secret),
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.json().code).toBe('auth.invalid_credentials');
    const removed = await post('/api/v1/me/second-factor/removal', first.headers, {
      currentPassword: user.password,
      code: codeFor(secret, 1),
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().user.secondFactor).toBe(false);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: other })).statusCode).toBe(401);
    const again = await post('/api/v1/me/second-factor/removal', first.headers, {
      currentPassword: user.password,
      code: '123456',
    });
    expect(again.json().code).toBe('auth.second_factor_not_enrolled');
    const events = (await auditRows(db, orgId))
      .filter((row) => row['user_id'] === user.id && String(row['event']).startsWith('second_factor.removal'))
      .map((row) => `${String(row['action'])} ${String(row['outcome'])} ${String(row['reason'])}`);
    expect(events).toEqual(['D denied invalid_password', 'D success other sessions ended']);

    // Where the organisation requires a second factor for a role that sees health data, it cannot be removed.
    const strictOrg = await createTestOrganisation(db, 'Streng');
    const admin = await createTestUser(db, strictOrg, ['beheerder']);
    const therapist = await createTestUser(db, strictOrg, ['vaktherapeut']);
    const therapistSession = await signIn(app, therapist.email, therapist.password);
    const enrolled = (await post('/api/v1/me/second-factor/enrolment', therapistSession.headers, {})).json();
    await post('/api/v1/me/second-factor/confirmation', therapistSession.headers, { code: codeFor(enrolled.secret) });
    const adminSession = await signIn(app, admin.email, admin.password);
    await app.inject({
      method: 'PUT',
      url: '/api/v1/organisation/policy',
      headers: adminSession.headers,
      payload: { requireSecondFactor: true },
    });
    const refused = await post('/api/v1/me/second-factor/removal', therapistSession.headers, {
      currentPassword: therapist.password,
      code: codeFor(enrolled.secret, 1),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('auth.second_factor_required_by_policy');
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

    // The change of the security policy is audited with what it was and what it became.
    const [change] = (await auditRows(db, strictOrg)).filter((row) => row['event'] === 'organisation.security_policy');
    expect(change).toMatchObject({
      action: 'U',
      outcome: 'success',
      user_id: admin.id,
      user_role: 'beheerder',
      client_id: null,
      object_type: 'organisation',
      object_id: strictOrg,
      reason: 'requireSecondFactor false → true',
    });
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

    const events = (await auditRows(db, orgId))
      .filter((row) => row['user_id'] === user.id && row['event'] === 'password.change')
      .map((row) => `${String(row['outcome'])} ${String(row['reason'])}`);
    expect(events).toEqual(['denied invalid_password', 'success other sessions ended']);
  });

  it('guesses of the current password on a stolen session count against the account', async () => {
    const user = await createTestUser(db, orgId, ['planner']);
    const session = await signIn(app, user.email, user.password);
    const guess = (currentPassword: string) =>
      post('/api/v1/me/password', session.headers, { currentPassword, newPassword: 'een veel langer wachtwoord' });
    for (let i = 0; i < 3; i++) expect((await guess(`guess ${i}`)).statusCode).toBe(401);
    const key = new LoginThrottle(testConfig(), SecretBox.fromConfig(TEST_SECRET_KEY)).accountKey(user.email);
    await db.asOwner((tx) =>
      tx.query(`update sign_in_throttle set blocked_until = now() + interval '1 hour' where key_hash = $1`, [key]),
    );
    const waiting = await guess(user.password);
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json().code).toBe('auth.attempts_backoff');
    expect(waiting.headers['retry-after']).toBeDefined();
  });

  it('sign-in and sign-out are audited with the access point and no client', async () => {
    const user = await createTestUser(db, orgId, ['planner']);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: user.email, password: 'wrong' },
      headers: { 'user-agent': 'Testbrowser/1.0' },
    });
    expect(response.statusCode).toBe(401);
    const session = await signIn(app, user.email, user.password);
    await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: session.headers });
    const rows = (await auditRows(db, orgId)).filter((row) => row['user_id'] === user.id);
    expect(rows.map((row) => [row['event'], row['action'], row['outcome'], row['reason']])).toEqual([
      ['sign_in', 'E', 'denied', 'invalid_password'],
      ['sign_in', 'E', 'success', 'password'],
      ['sign_out', 'E', 'success', null],
    ]);
    expect(rows[0]).toMatchObject({ client_id: null, ip: '127.0.0.1', user_agent: 'Testbrowser/1.0', object_id: user.id });
    expect(rows[1]).toMatchObject({ user_role: 'planner', responsible_user_id: user.id });
  });
});
