import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import type { Database } from './db/database.js';

/**
 * A database that refuses every use. Registering the routes reads no data, so the OpenAPI document can be
 * built from the route schemas alone, without a database; a query here would be a bug and says so.
 */
const NO_DATABASE: Database = {
  engine: 'pglite',
  withOrg: () => Promise.reject(new Error('the OpenAPI document is built without a database')),
  withOrgOf: () => Promise.reject(new Error('the OpenAPI document is built without a database')),
  readByDirectoryKey: () => Promise.reject(new Error('the OpenAPI document is built without a database')),
  asOwner: () => Promise.reject(new Error('the OpenAPI document is built without a database')),
  close: () => Promise.resolve(),
};

/** A key only to satisfy buildApp: nothing is sealed or opened while the document is built. */
const UNUSED_SECRET_KEY = '0'.repeat(64);

/**
 * The API's OpenAPI 3.1 document (the one served at /api/v1/openapi.json), built from the application's
 * route schemas with no database and no web app. `npm run api:types` turns it into the web's types.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const config = { ...loadConfig({}), logLevel: 'silent' as const, secretKey: UNUSED_SECRET_KEY, webDir: '/nonexistent' };
  let app: FastifyInstance | undefined;
  try {
    app = await buildApp({ config, db: NO_DATABASE, logger: false });
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app?.close();
  }
}
