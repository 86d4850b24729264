#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { verifyAuditChains } from './access/audit-log.js';
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
  --help         show this help

Configuration comes from the environment (see .env.example): DATABASE_URL selects a PostgreSQL
server; without it Meedoen uses embedded PGlite in MEEDOEN_DATA_DIR (default ./data).`;

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
