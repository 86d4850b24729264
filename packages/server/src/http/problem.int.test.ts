import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';

describe('bad input gets RFC 9457 problem+json with a stable code, never a 500', () => {
  let db: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { bodyLimitBytes: 2048 });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const post = (payload: string, contentType = 'application/json') =>
    app.inject({ method: 'POST', url: '/api/v1/session', payload, headers: { 'content-type': contentType } });

  it('malformed JSON → 400 request.malformed_json', async () => {
    const response = await post('{"email": "a@b.nl", "password": ');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 400, code: 'request.malformed_json', instance: '/api/v1/session' });
    expect(response.json().detail_nl).toMatch(/geen geldige JSON/);
  });

  it('a schema violation names each field path', async () => {
    const response = await post(JSON.stringify({ email: 'not-an-email', extra: true }));
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('request.invalid');
    const paths = problem.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['/body/email', '/body/extra', '/body/password']);
  });

  it('a wrong type is a 400 with the path, not a coercion or a crash', async () => {
    const response = await post(JSON.stringify({ email: 42, password: ['x'] }));
    expect(response.statusCode).toBe(400);
    const paths = response
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(['/body/email', '/body/password']);
  });

  it('an unknown API route → 404 route.not_found', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/does-not-exist?secret=1' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'route.not_found', instance: '/api/v1/does-not-exist' });
  });

  it('an oversized body → 413 request.body_too_large', async () => {
    const response = await post(JSON.stringify({ email: 'a@b.nl', password: 'x'.repeat(4096) }));
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('request.body_too_large');
  });

  it('a body that is not JSON → 415 request.unsupported_media_type', async () => {
    const response = await post('email=a', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('request.unsupported_media_type');
  });

  it('an empty JSON body → 400 request.malformed_json', async () => {
    const response = await post('');
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('request.malformed_json');
  });

  it('sends security headers and a request id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['x-request-id']).toMatch(/^[\w-]+$/);
  });
});
