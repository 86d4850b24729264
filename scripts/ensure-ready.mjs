#!/usr/bin/env node
// Makes a fresh clone runnable: installs dependencies when missing or when the lock file changed, and
// builds core, server and web when their sources changed since the last build. Only Node built-ins
// here: this runs before anything is installed. `--force-build` rebuilds regardless.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const forceBuild = process.argv.includes('--force-build');

function run(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: false });
  if (result.status !== 0) {
    console.error(`\nmeedoen: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function fingerprint(paths) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name === 'node_modules' || name === 'dist' || name.endsWith('.tsbuildinfo')) continue;
        visit(join(path, name));
      }
    } else {
      hash.update(path).update(readFileSync(path));
    }
  };
  for (const path of paths) visit(join(root, path));
  return hash.digest('hex');
}

function readStamp(path) {
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : '';
}

// 1. Dependencies.
const installStamp = join(root, 'node_modules', '.meedoen-install-stamp');
const lockHash = fingerprint([
  'package-lock.json',
  'package.json',
  'packages/core/package.json',
  'packages/server/package.json',
  'packages/web/package.json',
]);
if (readStamp(installStamp) !== lockHash) {
  console.log('meedoen: installing dependencies (first run or changed lock file)…');
  run(
    'npm',
    existsSync(join(root, 'package-lock.json')) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'],
  );
  writeFileSync(installStamp, lockHash);
}

// 2. Build.
const buildStamp = join(root, '.build-stamp');
const sourceHash = fingerprint([
  'packages/core/src',
  'packages/core/tsconfig.json',
  'packages/server/src',
  'packages/server/tsconfig.json',
  'packages/web/src',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'tsconfig.base.json',
  'node_modules/.meedoen-install-stamp',
]);
const built = existsSync(join(root, 'packages/server/dist/cli.js')) && existsSync(join(root, 'packages/web/dist/index.html'));
if (forceBuild || !built || readStamp(buildStamp) !== sourceHash) {
  console.log('meedoen: building core, server and web…');
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'packages/core', 'packages/server']);
  run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], join(root, 'packages/web'));
  writeFileSync(buildStamp, sourceHash);
}
