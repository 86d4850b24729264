import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { readMigrationFiles } from '../db/migrate.js';
import { buildTestApp } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';

describe('GET /api/v1/health and the OpenAPI document', () => {
  let db: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('reports the engine, version and migration level', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    const files = readMigrationFiles();
    expect(response.json()).toEqual({
      status: 'ok',
      engine: process.env['DATABASE_URL'] ? 'postgresql' : 'pglite',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      // A fresh embedded database has no demo; the shared PostgreSQL one may (demo.int.test.ts seeds it).
      demo: process.env['DATABASE_URL'] ? expect.any(Boolean) : false,
      migration: { latest: files.at(-1)?.name, applied: files.length },
    });
  });

  it('describes every declared API route (except itself) in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const missing = app.declaredRoutes
      .filter((route) => route.url !== '/api/v1/openapi.json')
      .filter((route) => !doc.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()]);
    expect(missing).toEqual([]);
    expect(app.declaredRoutes.length).toBeGreaterThan(40);
  });

  it('serves OpenAPI 3.1 describing every API route with the Problem schema', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.schemas.Problem).toBeDefined();
    const routes = [
      ['GET', '/api/v1/health'],
      ['POST', '/api/v1/session'],
      ['DELETE', '/api/v1/session'],
      ['GET', '/api/v1/me'],
    ] as const;
    for (const [method, url] of routes) {
      expect(app.hasRoute({ method, url })).toBe(true);
      expect(doc.paths[url][method.toLowerCase()]).toBeDefined();
    }
    expect(doc.paths['/api/v1/session'].post.requestBody.content['application/json'].schema.required).toEqual([
      'email',
      'password',
    ]);
  });
});
