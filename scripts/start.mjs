#!/usr/bin/env node
// `npm start`: make sure everything is installed and built, then serve (embedded database in ./data
// with the demo organisation on first start, unless DATABASE_URL points at PostgreSQL).
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ready = spawnSync(process.execPath, [fileURLToPath(new URL('./ensure-ready.mjs', import.meta.url))], {
  cwd: root,
  stdio: 'inherit',
});
if (ready.status !== 0) process.exit(ready.status ?? 1);

const server = spawn(process.execPath, ['packages/server/dist/cli.js', 'serve', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
