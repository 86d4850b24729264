import type { FastifyInstance } from 'fastify';
import { SecretBox } from './access/secret-box.js';
import { resolveSecretKey } from './access/secret-key-file.js';
import { sealStoredSecrets } from './access/seal-stored-secrets.js';
import { isDevelopmentAuditKey, useConfiguredAuditSigning } from './access/audit-checkpoints.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { isEmptyDatabase, seedDemo } from './demo/seed-demo.js';
import { buildApp } from './app.js';
import { migrateJobQueue } from './jobs/graphile-jobs.js';
import { queueScheduledJobs } from './jobs/job-schedule.js';
import { createJobService } from './jobs/job-service.js';
import pg from 'pg';

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  url: string;
  stop(): Promise<void>;
}

/**
 * Open storage, migrate, load the demo into an empty embedded database, seal second-factor secrets with the
 * key from outside the database (docs/adr/0004-secrets-at-rest.md), and listen.
 */
export async function startServer(given: Config): Promise<RunningServer> {
  const secretKey = resolveSecretKey(given);
  const config: Config = { ...given, secretKey: secretKey.key };
  useConfiguredAuditSigning(config);
  const db = await openDatabase(config);
  // graphile-worker's own pool on PostgreSQL: one listening connection plus one per concurrent job, apart from requests.
  const jobPool = config.databaseUrl
    ? new pg.Pool({ connectionString: config.databaseUrl, max: config.jobsConcurrency + 2 })
    : undefined;
  try {
    await migrate(db);
    if (jobPool) await migrateJobQueue(jobPool);
    if (db.engine === 'pglite' && config.demoOnEmpty && (await isEmptyDatabase(db))) await seedDemo(db);
    // The runner logs through the app's logger, which exists once the app is built.
    const logTo: { app?: FastifyInstance } = {};
    const jobs = createJobService(db, {
      concurrency: config.jobsConcurrency,
      staleMinutes: config.jobStaleMinutes,
      ...(jobPool ? { pgPool: jobPool } : {}),
      log: (level, message) => logTo.app?.log[level](message),
    });
    const app = await buildApp({ config, db, jobs });
    logTo.app = app;
    // The schedule ticks every minute in every instance; the slot keys make each scheduled job run once.
    await jobs.start({ tick: async () => void (await queueScheduledJobs(db, jobs, config, new Date())), tickMs: 60_000 });
    const box = SecretBox.fromConfig(secretKey.key, config.previousSecretKeys);
    if (secretKey.source !== 'environment') {
      app.log[secretKey.source === 'new file' ? 'warn' : 'info'](
        { file: secretKey.file, keyId: box.currentKeyId },
        secretKey.source === 'new file'
          ? 'created a new secret key file; keep it outside backups of the database and back it up separately (without it second factors must be set up again). Several instances must share one key: set MEEDOEN_SECRET_KEY.'
          : 'secret key read from file',
      );
    }
    const sealed = await sealStoredSecrets(db, box);
    if (sealed.sealed + sealed.resealed > 0) app.log.info({ ...sealed, keyId: box.currentKeyId }, 'second-factor secrets sealed');
    if (sealed.unopenable > 0) {
      app.log.error(
        { unopenable: sealed.unopenable },
        'some second-factor secrets are sealed with a key this server does not have: set MEEDOEN_SECRET_KEY (and MEEDOEN_PREVIOUS_SECRET_KEYS) to the keys used before',
      );
    }
    if (db.engine === 'postgresql' && isDevelopmentAuditKey(config))
      app.log.warn(
        'MEEDOEN_AUDIT_KEY is not set: audit checkpoints are signed with the public development key; set a secret of your own',
      );
    const url = await app.listen({ host: config.host, port: config.port });
    let stopping: Promise<void> | undefined;
    const stop = () => {
      // Finish requests in flight, then close the database: nothing half-written.
      // Closing the app stops the job runner (waiting for the jobs in hand), then the pools close.
      stopping ??= app
        .close()
        .then(() => jobPool?.end())
        .then(() => db.close());
      return stopping;
    };
    return { app, db, url, stop };
  } catch (error) {
    await jobPool?.end().catch(() => undefined);
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
