import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { E2E_SECRET_KEY, type E2eTemplate } from './template.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Migrates and loads the demo organisation once, into a template every browser-test file's server starts from
 * (a copied data folder on PGlite, `create database … template` on PostgreSQL), instead of once per file.
 * With DATABASE_URL set the browser tests run on that PostgreSQL server, so `npm test` covers both engines.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env['DATABASE_URL'];
  const template: E2eTemplate = url ? await postgresTemplate(url) : pgliteTemplate();
  await seedDemo(template);
  project.provide('e2eTemplate', template);
  return async () => {
    if (template.engine === 'pglite') rmSync(template.dataDir, { recursive: true, force: true });
    else
      await onServer(template.serverUrl, (client) => client.query(`drop database if exists ${template.database} with (force)`));
  };
}

function pgliteTemplate(): E2eTemplate {
  return { engine: 'pglite', dataDir: mkdtempSync(join(tmpdir(), 'meedoen-e2e-template-')) };
}

async function postgresTemplate(url: string): Promise<E2eTemplate> {
  const database = `meedoen_e2e_template_${process.pid}`;
  await onServer(url, async (client) => {
    await client.query(`drop database if exists ${database} with (force)`);
    await client.query(`create database ${database}`);
  });
  return { engine: 'postgresql', serverUrl: url, database };
}

/** The CLI's own `seed --demo`: the same migrations and demo a newcomer's first `npm start` loads. */
function seedDemo(template: E2eTemplate): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, MEEDOEN_LOG_LEVEL: 'warn', MEEDOEN_SECRET_KEY: E2E_SECRET_KEY };
  if (template.engine === 'pglite') {
    delete env['DATABASE_URL'];
    env['MEEDOEN_DATA_DIR'] = template.dataDir;
  } else {
    env['DATABASE_URL'] = databaseUrl(template.serverUrl, template.database);
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['packages/server/dist/cli.js', 'seed', '--demo'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`meedoen seed --demo exited with ${code}`))));
  });
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function onServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
