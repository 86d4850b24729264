import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { buildApp } from '../app.js';
import type { MailTransport } from '../worklist/notification-store.js';

/** The tests' fixed secret key (never used outside tests). */
export const TEST_SECRET_KEY = '7e57'.repeat(16);

/**
 * The configuration tests run with: the test key, and a sign-in ceiling per address so high that the many
 * test files signing in from 127.0.0.1 on one shared database never reach it (tests of the ceiling set their own).
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), logLevel: 'silent', secretKey: TEST_SECRET_KEY, loginAttemptsPerMinute: 1_000_000, ...overrides };
}

export async function buildTestApp(
  db: Database,
  overrides: Partial<Config> = {},
  mailTransport?: MailTransport,
): Promise<FastifyInstance> {
  const app = await buildApp({
    config: testConfig(overrides),
    db,
    logger: false,
    // Its own graphile-worker task: test files sharing one PostgreSQL database never run each other's jobs.
    jobTaskName: `meedoen_test_${randomUUID().replaceAll('-', '')}`,
    ...(mailTransport ? { mailTransport } : {}),
  });
  await app.ready();
  return app;
}

/** A signed-in caller: the session cookie and CSRF token, ready to pass to `inject`. */
export interface Session {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookie(response);
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const found = response.cookies.find((c) => c.name === 'meedoen_session');
  if (!found) throw new Error('no session cookie set');
  return `meedoen_session=${found.value}`;
}
