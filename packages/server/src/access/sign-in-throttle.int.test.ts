import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, testConfig, TEST_SECRET_KEY } from '../testing/test-app.js';
import { auditRows, createTestOrganisation, createTestUser, openTestDatabase, type TestUser } from '../testing/test-database.js';
import { LoginThrottle } from './login-throttle.js';
import { SecretBox } from './secret-box.js';

// Finding 8: the throttle lived in process memory, counted successes, locked out a NAT office, and a locked
// account answered differently from an unknown one.
describe('sign-in throttle: in the database, failures only, per account and per address, back-off', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  const threshold = 3;
  const overrides: Partial<Config> = { lockoutThreshold: threshold, lockoutMinutes: 15 };
  const throttle = new LoginThrottle(testConfig(overrides), SecretBox.fromConfig(TEST_SECRET_KEY));
  let addressCounter = 0;
  /** Each test signs in from its own address, so tests (and test files on one database) do not share one. */
  const newAddress = () => `198.51.100.${++addressCounter}`;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, overrides);
    orgId = await createTestOrganisation(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const attempt = (target: FastifyInstance, email: string, password: string, remoteAddress: string) =>
    target.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password }, remoteAddress });

  /** Make an account's back-off last long enough to observe, whatever the machine's speed. */
  const extendBackoff = (email: string) =>
    db.asOwner((tx) =>
      tx.query(
        `update sign_in_throttle set blocked_until = now() + interval '1 hour' where scope = 'account' and key_hash = $1`,
        [throttle.accountKey(email)],
      ),
    );
  const throttleRow = async (scope: 'account' | 'address', key: string) => {
    const [row] = await db.asOwner((tx) =>
      tx.query<{ level: number; blocked: boolean }>(
        `select level, coalesce(blocked_until > clock_timestamp(), false) as blocked from sign_in_throttle where scope = $1 and key_hash = $2`,
        [scope, key],
      ),
    );
    return row;
  };
  const comparable = (response: LightMyRequestResponse) => {
    const headers: Record<string, unknown> = { ...response.headers };
    delete headers['x-request-id'];
    delete headers['date'];
    return { status: response.statusCode, headers, body: response.body };
  };

  it('an account in back-off answers exactly like a wrong password and an unknown e-mail, byte for byte', async () => {
    const user = await createTestUser(db, orgId, ['planner']);
    const address = newAddress();
    for (let i = 0; i < threshold; i++) expect((await attempt(app, user.email, 'wrong password', address)).statusCode).toBe(401);
    await extendBackoff(user.email);
    expect((await throttleRow('account', throttle.accountKey(user.email)))?.blocked).toBe(true);

    const backingOff = await attempt(app, user.email, user.password, address);
    const unknown = await attempt(app, `nobody-${user.id}@test.example`, user.password, address);
    const wrong = await attempt(app, (await createTestUser(db, orgId, ['planner'])).email, 'wrong password', address);
    expect(backingOff.statusCode).toBe(401);
    expect(backingOff.json().code).toBe('auth.invalid_credentials');
    expect(backingOff.cookies).toEqual([]);
    expect(comparable(backingOff)).toEqual(comparable(unknown));
    expect(comparable(backingOff)).toEqual(comparable(wrong));
    // The old 423 auth.locked told an attacker the account exists.
    expect(backingOff.body).not.toContain('locked');

    // The owner of the account can see what happened in the audit trail.
    const reasons = (await auditRows(db, orgId))
      .filter((row) => row['user_id'] === user.id)
      .map((row) => [row['event'], row['outcome'], row['reason']]);
    expect(reasons).toEqual([
      ['sign_in', 'denied', 'invalid_password'],
      ['sign_in', 'denied', 'invalid_password'],
      ['sign_in', 'denied', 'invalid_password'],
      ['sign_in.backoff', 'denied', 'must wait 1 s'],
      ['sign_in', 'denied', expect.stringMatching(/^backoff, \d+ s left$/)],
    ]);

    // When the wait is over, the right password works and the account's failures are forgotten.
    await db.asOwner((tx) =>
      tx.query(`update sign_in_throttle set blocked_until = now() - interval '1 second' where key_hash = $1`, [
        throttle.accountKey(user.email),
      ]),
    );
    expect((await attempt(app, user.email, user.password, address)).statusCode).toBe(200);
    expect(await throttleRow('account', throttle.accountKey(user.email))).toBeUndefined();
  });

  it('the back-off doubles per further failure, up to the configured maximum', async () => {
    const user = await createTestUser(db, orgId, ['planner']);
    const key = throttle.accountKey(user.email);
    const waits: number[] = [];
    for (let level = 1; level <= threshold + 12; level++) {
      const reservation = await db.withOrg(null, (tx) => throttle.reserve(tx, 'account', key));
      expect(reservation.waitSeconds).toBe(0);
      waits.push(Math.round(reservation.backoffSeconds));
      // Skip the wait (what an attacker with time would do), without letting the bucket drain noticeably.
      await db.asOwner((tx) => tx.query(`update sign_in_throttle set blocked_until = null where key_hash = $1`, [key]));
    }
    expect(waits).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
    // While the key waits, an attempt is refused and not counted.
    await db.asOwner((tx) =>
      tx.query(`update sign_in_throttle set blocked_until = now() + interval '1 minute' where key_hash = $1`, [key]),
    );
    const levelBefore = (await throttleRow('account', key))?.level ?? 0;
    const refused = await db.withOrg(null, (tx) => throttle.reserve(tx, 'account', key));
    expect(refused.waitSeconds).toBeGreaterThan(50);
    expect((await throttleRow('account', key))?.level).toBe(levelBefore);
  });

  it('successes never count: 20 colleagues behind one NAT address sign in again and again', async () => {
    // A ceiling of 1 failure a minute (5 in a burst) for the address; the old in-memory limit counted every attempt.
    const office = await buildTestApp(db, { ...overrides, loginAttemptsPerMinute: 1 });
    try {
      const address = newAddress();
      const colleagues = await Promise.all(
        Array.from({ length: 20 }, () => createTestUser(db, orgId, ['activiteitenbegeleider'])),
      );
      for (const colleague of colleagues) {
        expect((await attempt(office, colleague.email, colleague.password, address)).statusCode).toBe(200);
      }
      // A few typing errors in between do not lock the others out either.
      for (const colleague of colleagues.slice(0, 4)) {
        expect((await attempt(office, colleague.email, 'typo', address)).statusCode).toBe(401);
        expect((await attempt(office, colleague.email, colleague.password, address)).statusCode).toBe(200);
      }
    } finally {
      await office.close();
    }
    // Thirty password checks: a generous limit for a busy machine (no assertion on time).
  }, 120_000);

  it('an address has a much higher ceiling than one account; past it: 429 with Retry-After, before any password check', async () => {
    const limited = await buildTestApp(db, { ...overrides, loginAttemptsPerMinute: 2 });
    try {
      const address = newAddress();
      // Ten failures (five minutes' worth) on ten different e-mail addresses: each account stays under its own limit.
      for (let i = 0; i < 10; i++) {
        const response = await attempt(limited, `spray-${i}-${address}@test.example`, 'guess', address);
        expect(response.statusCode).toBe(401);
      }
      const refused = await attempt(limited, `spray-x-${address}@test.example`, 'guess', address);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().code).toBe('auth.rate_limited');
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // Another address is not affected.
      const colleague = await createTestUser(db, orgId, ['planner']);
      expect((await attempt(limited, colleague.email, colleague.password, newAddress())).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('two instances on one database share the throttle', async () => {
    const other = await buildTestApp(db, overrides);
    try {
      const user = await createTestUser(db, orgId, ['planner']);
      const key = throttle.accountKey(user.email);
      expect((await attempt(app, user.email, 'wrong', newAddress())).statusCode).toBe(401);
      expect((await attempt(other, user.email, 'wrong', newAddress())).statusCode).toBe(401);
      expect((await throttleRow('account', key))?.level).toBeCloseTo(2, 1);
      expect((await attempt(app, user.email, 'wrong', newAddress())).statusCode).toBe(401);
      expect((await throttleRow('account', key))?.level).toBeCloseTo(3, 1);
      // The third failure (on the first instance) started the back-off; the second instance honours it.
      await extendBackoff(user.email);
      const refused = await attempt(other, user.email, user.password, newAddress());
      expect(refused.statusCode).toBe(401);
      expect(refused.json().code).toBe('auth.invalid_credentials');
    } finally {
      await other.close();
    }
  });

  it('50 parallel guesses: each is counted exactly once, and those past the limit are refused unchecked', async () => {
    const user = await createTestUser(db, orgId, ['planner']);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => attempt(app, user.email, `guess ${i}`, `203.0.113.${i + 1}`)),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(401));
    const denials = (await auditRows(db, orgId)).filter((row) => row['user_id'] === user.id && row['event'] === 'sign_in');
    const checked = denials.filter((row) => row['reason'] === 'invalid_password').length;
    const refusedUnchecked = denials.filter((row) => String(row['reason']).startsWith('backoff')).length;
    expect(checked + refusedUnchecked).toBe(50);
    // The first `threshold` guesses are checked; the back-off then starts at 1 s and doubles, so even on a slow
    // machine only a few more get through. Without the database lock all 50 would be checked.
    expect(checked).toBeGreaterThanOrEqual(threshold);
    expect(checked).toBeLessThanOrEqual(threshold + 6);
    // No lost update: the stored count is the number of checked guesses (less a trace of draining).
    expect((await throttleRow('account', throttle.accountKey(user.email)))?.level).toBeCloseTo(checked, 1);
  }, 120_000);

  it('second-factor codes count against the account too; in back-off the code step says how long to wait', async () => {
    const user: TestUser = await createTestUser(db, orgId, ['vaktherapeut']);
    const session = await signIn(app, user.email, user.password);
    const { secret } = (
      await app.inject({ method: 'POST', url: '/api/v1/me/second-factor/enrolment', headers: session.headers, payload: {} })
    ).json();
    const { currentStep, totpCode } = await import('./totp.js');
    await app.inject({
      method: 'POST',
      url: '/api/v1/me/second-factor/confirmation',
      headers: session.headers,
      payload: { code: totpCode(secret, currentStep(new Date())) },
    });
    const pending = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: user.email, password: user.password },
      remoteAddress: newAddress(),
    });
    const headers = {
      cookie: `meedoen_session=${pending.cookies.find((c) => c.name === 'meedoen_session')?.value}`,
      'x-csrf-token': pending.json().csrfToken as string,
    };
    const valid = new Set([-1, 0, 1].map((d) => totpCode(secret, currentStep(new Date()) + d)));
    const wrongCode = ['000000', '111111', '222222', '333333'].find((code) => !valid.has(code)) ?? '444444';
    for (let i = 0; i < threshold; i++) {
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/v1/session/second-factor',
        headers,
        payload: { code: wrongCode },
      });
      expect(wrong.statusCode).toBe(401);
    }
    await extendBackoff(user.email);
    const waiting = await app.inject({
      method: 'POST',
      url: '/api/v1/session/second-factor',
      headers,
      payload: { code: totpCode(secret, currentStep(new Date()) + 1) },
    });
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json().code).toBe('auth.attempts_backoff');
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(3000);
    const events = (await auditRows(db, orgId))
      .filter((row) => row['user_id'] === user.id && String(row['event']).startsWith('sign_in'))
      .map((row) => `${String(row['event'])} ${String(row['outcome'])} ${String(row['reason'])}`);
    expect(events.slice(-5)).toEqual([
      'sign_in.second_factor denied invalid_code',
      'sign_in.second_factor denied invalid_code',
      'sign_in.second_factor denied invalid_code',
      'sign_in.backoff denied must wait 1 s',
      expect.stringMatching(/^sign_in.second_factor denied backoff, \d+ s left$/),
    ]);
  });
});
