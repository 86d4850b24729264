import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import { findSession, SESSION_COOKIE, type Authenticated, type SessionLifetime } from './session-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
}

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Establish the caller from the session cookie on every API request, and refuse any write of a
 * signed-in caller that lacks the session's CSRF token (synchroniser-token pattern).
 */
export function installAuthentication(app: FastifyInstance, db: Database, lifetime: SessionLifetime): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    request.auth = await findSession(db, token, lifetime);
  });
  app.addHook('preValidation', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.auth) return;
    if (!isSameToken(request.headers[CSRF_HEADER], request.auth.csrfToken)) throw new ProblemError('auth.csrf_invalid');
  });
}

/** A session in any stage (also one still waiting for its second factor), or a 401. */
export function requireSession(request: FastifyRequest): Authenticated {
  if (!request.auth) throw new ProblemError('auth.unauthenticated');
  return request.auth;
}

function isSameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
