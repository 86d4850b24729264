#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
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
  audit verify   check the audit trail's hash chains; exit 1 and list every break
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
    options: { help: { type: 'boolean', short: 'h' }, demo: { type: 'boolean' } },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? 0 : 1;
  }
  const config = loadConfig();
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
    case 'audit': {
      if (positionals[1] !== 'verify') {
        console.error('meedoen audit: only "verify" exists');
        return 1;
      }
      const db = await openDatabase(config);
      try {
        const report = await verifyAuditChains(db);
        for (const chainBreak of report.breaks) {
          console.log(`BREAK  organisation ${chainBreak.orgId}  record ${chainBreak.seq}: ${chainBreak.problem}`);
        }
        console.log(
          `${report.breaks.length === 0 ? 'intact' : 'BROKEN'}: ${report.records} audit records in ${report.organisations} organisation chain(s), ${report.breaks.length} break(s)`,
        );
        return report.breaks.length === 0 ? 0 : 1;
      } finally {
        await db.close();
      }
    }
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
      const db = await openDatabase(config);
      try {
        const report = await verifyAuditChains(db);
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
