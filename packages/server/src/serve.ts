import type { FastifyInstance } from 'fastify';
import { isDevelopmentAuditKey, useConfiguredAuditSigning } from './access/audit-checkpoints.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { isEmptyDatabase, seedDemo } from './demo/seed-demo.js';
import { buildApp } from './http/app.js';

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  url: string;
  stop(): Promise<void>;
}

/** Open storage, migrate, load the demo into an empty embedded database, and listen. */
export async function startServer(config: Config): Promise<RunningServer> {
  useConfiguredAuditSigning(config);
  const db = await openDatabase(config);
  try {
    await migrate(db);
    if (db.engine === 'pglite' && config.demoOnEmpty && (await isEmptyDatabase(db))) await seedDemo(db);
    const app = await buildApp({ config, db });
    if (db.engine === 'postgresql' && isDevelopmentAuditKey(config))
      app.log.warn(
        'MEEDOEN_AUDIT_KEY is not set: audit checkpoints are signed with the public development key; set a secret of your own',
      );
    const url = await app.listen({ host: config.host, port: config.port });
    let stopping: Promise<void> | undefined;
    const stop = () => {
      // Finish requests in flight, then close the database: nothing half-written.
      stopping ??= app.close().then(() => db.close());
      return stopping;
    };
    return { app, db, url, stop };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

/** Stop cleanly on SIGINT/SIGTERM. */
export function stopOnSignals(server: RunningServer): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.app.log.info({ signal }, 'shutting down');
      server.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
