#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.js';
import { checkpointAuditChains, useConfiguredAuditSigning } from './access/audit-checkpoints.js';
import { exportAuditTrail } from './access/audit-export.js';
import { verifyAuditChains } from './access/audit-log.js';
import { backupDatabase, BackupError, restoreDatabase, type BackupTarget } from './db/backup.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { seedDemo } from './demo/seed-demo.js';
import { startServer, stopOnSignals } from './serve.js';

const HELP = `meedoen — treatment and day activities in one place

Usage: meedoen <command> [options]

Commands:
  serve          migrate, load the demo into an empty embedded database, and serve the API and web app
  migrate        apply pending database migrations and exit
  seed --demo    load the demo organisation (idempotent) and exit
  audit verify [--export <dir>]
                 check the audit trail: hash chains, signed checkpoints (MEEDOEN_AUDIT_KEY) and, given
                 an export folder, that every exported record is still there unchanged; exit 1 and list
                 every break; when intact, sign a checkpoint of every chain head
  audit export --to <dir>
                 append the audit records written since the last export to <dir>/audit-<organisation>.ndjson,
                 closed by a signed trailer (append-only: nothing already exported is rewritten)
  backup FILE    write a backup of the whole database (PostgreSQL: pg_dump custom format;
                 embedded: the data folder, server stopped) — roles and grants included
  restore FILE   restore a backup into a new, empty database (DATABASE_URL) or data folder
                 (MEEDOEN_DATA_DIR), creating the app role where the cluster lacks it; then
                 checks the audit trail
  --help         show this help

Configuration comes from the environment (see .env.example): DATABASE_URL selects a PostgreSQL
server; without it Meedoen uses embedded PGlite in MEEDOEN_DATA_DIR (default ./data). The secret key
(MEEDOEN_SECRET_KEY or MEEDOEN_SECRET_KEY_FILE) is not part of a backup: keep a copy of it apart.`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      demo: { type: 'boolean' },
      to: { type: 'string' },
      export: { type: 'string' },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? 0 : 1;
  }
  const config = loadConfig();
  // Audit records written by any command (the demo seed too) are checkpointed with the configured key.
  useConfiguredAuditSigning(config);
  switch (command) {
    case 'serve': {
      const server = await startServer(config);
      stopOnSignals(server);
      return -1; // keep running
    }
    case 'migrate': {
      const db = await openDatabase(config);
      try {
        const applied = await migrate(db);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'seed': {
      if (!values.demo) {
        console.error('meedoen seed: say what to load; only --demo exists');
        return 1;
      }
      const db = await openDatabase(config);
      try {
        await migrate(db);
        const { created } = await seedDemo(db);
        console.log(created ? 'demo organisation loaded' : 'demo organisation was already there; missing rows added');
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'audit':
      return audit(positionals[1], values, config);
    case 'backup':
    case 'restore': {
      const file = positionals[1];
      if (!file) {
        console.error(`meedoen ${command}: name the backup file, e.g. meedoen ${command} meedoen-2026-06-01.backup`);
        return 1;
      }
      const target: BackupTarget = config.databaseUrl
        ? { engine: 'postgresql', url: config.databaseUrl }
        : { engine: 'pglite', dataDir: config.dataDir };
      try {
        if (command === 'backup') {
          await backupDatabase(target, file);
          console.log(`backup written to ${file} (${target.engine}); keep the secret key apart from it`);
          return 0;
        }
        await restoreDatabase(target, file);
      } catch (error) {
        if (!(error instanceof BackupError)) throw error;
        console.error(`meedoen ${command}: ${error.message}`);
        return 1;
      }
      const keyring = useConfiguredAuditSigning(config);
      const db = await openDatabase(config);
      try {
        const report = await verifyAuditChains(db, { keyring });
        console.log(
          `restored from ${file}; audit trail ${report.breaks.length === 0 ? 'intact' : 'BROKEN'}: ${report.records} records, ${report.breaks.length} break(s)`,
        );
        return report.breaks.length === 0 ? 0 : 1;
      } finally {
        await db.close();
      }
    }
    default:
      console.error(`meedoen: unknown command "${command}"\n\n${HELP}`);
      return 1;
  }
}

async function audit(sub: string | undefined, values: { to?: string; export?: string }, config: Config): Promise<number> {
  const keyring = useConfiguredAuditSigning(config);
  if (sub !== 'verify' && sub !== 'export') {
    console.error('meedoen audit: "verify" or "export --to <dir>"');
    return 1;
  }
  if (sub === 'export' && !values.to) {
    console.error('meedoen audit export: say where, with --to <dir>');
    return 1;
  }
  const db = await openDatabase(config);
  try {
    if (sub === 'export') {
      const results = await exportAuditTrail(db, values.to as string, keyring);
      for (const r of results) {
        if (r.refused) console.log(`REFUSED  organisation ${r.orgId}: ${r.refused}`);
        else console.log(`exported organisation ${r.orgId}: ${r.appended} new record(s), up to ${r.upTo}`);
      }
      return results.some((r) => r.refused) ? 1 : 0;
    }
    const report = await verifyAuditChains(db, { keyring, ...(values.export ? { exportDir: values.export } : {}) });
    for (const chainBreak of report.breaks) {
      console.log(`BREAK  organisation ${chainBreak.orgId}  record ${chainBreak.seq}: ${chainBreak.problem}`);
    }
    console.log(
      `${report.breaks.length === 0 ? 'intact' : 'BROKEN'}: ${report.records} audit records in ${report.organisations} organisation chain(s), ${report.breaks.length} break(s)`,
    );
    if (report.breaks.length > 0) return 1;
    const signed = await checkpointAuditChains(db, keyring.current);
    if (signed > 0) console.log(`signed a checkpoint of ${signed} chain head(s) with key ${keyring.current.id}`);
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
