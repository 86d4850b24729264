import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { SESSION_COOKIE } from './session-store.js';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * Whether the session cookie gets `Secure`. `auto` (the default): always, except for a request that came over
 * plain http straight to localhost (a developer's `npm start`). A request that passed a proxy (Forwarded /
 * X-Forwarded-* headers) is never treated as local.
 */
export function cookieIsSecure(setting: Config['cookieSecure'], request: FastifyRequest): boolean {
  if (setting !== 'auto') return setting;
  if (request.protocol === 'https') return true;
  const headers = request.headers;
  if (headers['forwarded'] || headers['x-forwarded-for'] || headers['x-forwarded-proto'] || headers['x-forwarded-host'])
    return true;
  const host = request.hostname.toLowerCase();
  return !(LOOPBACK_HOSTS.has(host) || host.endsWith('.localhost'));
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieIsSecure(config.cookieSecure, request),
  });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieIsSecure(config.cookieSecure, request),
  });
}
