import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../db/database.js';
import { readMigrationLevel } from '../db/migrate.js';
import { hasDemoOrganisation } from '../demo/seed-demo.js';
import { SERVER_VERSION } from '../version.js';

const Health = Type.Object({
  status: Type.Literal('ok'),
  engine: Type.Enum(['pglite', 'postgresql']),
  version: Type.String(),
  demo: Type.Boolean({ description: 'whether the demo organisation is loaded (the UI then shows the demo sign-in hint)' }),
  migration: Type.Object({
    latest: Type.Union([Type.String(), Type.Null()]),
    applied: Type.Integer(),
  }),
});

export function registerHealthRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/health',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['health'],
        summary: 'Liveness, database engine, server version and migration level',
        response: { 200: Health },
      },
    },
    async () => {
      const { migration, demo } = await db.withOrg(null, async (tx) => ({
        migration: await readMigrationLevel(tx),
        demo: await hasDemoOrganisation(tx),
      }));
      return { status: 'ok' as const, engine: db.engine, version: SERVER_VERSION, demo, migration };
    },
  );
}
