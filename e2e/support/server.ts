import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { databaseUrl, onServer } from './global-setup.js';
import { E2E_SECRET_KEY } from './template.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The real server, built (`npm test` builds first), on a fresh database holding the demo organisation as on a
 * newcomer's first start: a copy of the template the global setup loaded (embedded PGlite in a temporary folder,
 * or a new PostgreSQL database when DATABASE_URL is set).
 */
export async function startTestServer(): Promise<TestServer> {
  const template = inject('e2eTemplate');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MEEDOEN_PORT: String(port),
    MEEDOEN_LOG_LEVEL: 'warn',
    MEEDOEN_SECRET_KEY: E2E_SECRET_KEY,
  };
  let dropDatabase: () => Promise<void>;
  if (template.engine === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'meedoen-e2e-'));
    cpSync(template.dataDir, dataDir, { recursive: true });
    env['MEEDOEN_DATA_DIR'] = dataDir;
    delete env['DATABASE_URL'];
    dropDatabase = async () => rmSync(dataDir, { recursive: true, force: true });
  } else {
    const database = `meedoen_e2e_${randomBytes(6).toString('hex')}`;
    await onServer(template.serverUrl, (client) => client.query(`create database ${database} template ${template.database}`));
    env['DATABASE_URL'] = databaseUrl(template.serverUrl, database);
    dropDatabase = () =>
      onServer(template.serverUrl, async (client) => {
        await client.query(`drop database if exists ${database} with (force)`);
      });
  }
  const child = spawn(process.execPath, ['packages/server/dist/cli.js', 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);
  return {
    url,
    stop: async () => {
      await stopChild(child);
      await dropDatabase();
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  // Only a guard against a server that never comes up; well within the e2e hook timeout (vitest.config.ts).
  const deadline = Date.now() + 540_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('server did not become healthy in 540 s');
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
