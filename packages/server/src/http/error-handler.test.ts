import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installErrorHandling } from './error-handler.js';

// A race the database settles is a conflict the caller may retry (409), never a 500: a unique index that let the other
// writer through, a deadlock, a serialization failure (PostgreSQL SQLSTATE 23505, 40P01, 40001).
describe('the error handler', () => {
  it.each(['23505', '40P01', '40001'])('answers SQLSTATE %s as 409 resource.version_conflict', async (code) => {
    const app = Fastify({ logger: false });
    installErrorHandling(app);
    app.get('/api/v1/race', async () => {
      throw Object.assign(new Error('the database settled a race'), { code });
    });
    const response = await app.inject({ method: 'GET', url: '/api/v1/race' });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'resource.version_conflict' });
    await app.close();
  });

  it('still answers an unknown failure as 500 server.internal', async () => {
    const app = Fastify({ logger: false });
    installErrorHandling(app);
    app.get('/api/v1/broken', async () => {
      throw Object.assign(new Error('disk full'), { code: '53100' });
    });
    const response = await app.inject({ method: 'GET', url: '/api/v1/broken' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'server.internal' });
    await app.close();
  });
});
