import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../db/database.js';
import { readMigrationLevel } from '../db/migrate.js';
import { SERVER_VERSION } from '../version.js';

const Health = Type.Object({
  status: Type.Literal('ok'),
  engine: Type.Enum(['pglite', 'postgresql']),
  version: Type.String(),
  migration: Type.Object({
    latest: Type.Union([Type.String(), Type.Null()]),
    applied: Type.Integer(),
  }),
});

export function registerHealthRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness, database engine, server version and migration level',
        response: { 200: Health },
      },
    },
    async () => {
      const migration = await db.withOrg(null, (tx) => readMigrationLevel(tx));
      return { status: 'ok' as const, engine: db.engine, version: SERVER_VERSION, migration };
    },
  );
}
