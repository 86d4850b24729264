import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The dependency rule (docs/ARCHITECTURE.md) must block: each forbidden import, written into a scratch tree shaped like
// this repository, makes `depcruise` with our configuration fail and name its rule; the allowed shape passes.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'meedoen-deps-'));
  scratch.push(dir);
  const all = { 'tsconfig.depcruise.json': JSON.stringify({ compilerOptions: { allowJs: true } }), ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/depcruise'),
    ['packages', '--config', join(ROOT, '.dependency-cruiser.cjs'), '--no-progress'],
    { cwd: dir, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const allowed = {
  'packages/core/src/index.ts': 'export const x = 1;\n',
  'packages/server/src/errors/problem.ts': "import { x } from '../../../core/src/index.js';\nexport const p = x;\n",
  'packages/server/src/http/error-handler.ts': "import { p } from '../errors/problem.js';\nexport const h = p;\n",
  'packages/server/src/access/routes.ts': "import { p } from '../errors/problem.js';\nexport const r = p;\n",
  'packages/server/src/app.ts':
    "import { h } from './http/error-handler.js';\nimport { r } from './access/routes.js';\nexport const a = h + r;\n",
};

describe('the dependency rule', () => {
  it('passes the allowed shape: the composition root imports down, contexts and http meet in errors/', () => {
    const { status, output } = cruise(allowed);
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });

  it('blocks each forbidden import and names its rule', () => {
    const { status, output } = cruise({
      ...allowed,
      'packages/web/src/w.ts': 'export const w = 1;\n',
      'packages/core/src/bad.ts': "import { a } from '../../server/src/app.js';\nexport const b = a;\n",
      'packages/server/src/people/bad-web.ts': "import { w } from '../../../web/src/w.js';\nexport const b = w;\n",
      'packages/server/src/treatment/bad-root.ts': "import { a } from '../app.js';\nexport const b = a;\n",
      'packages/server/src/access/bad-http.ts': "import { h } from '../http/error-handler.js';\nexport const b = h;\n",
      'packages/server/src/http/bad-context.ts': "import { r } from '../access/routes.js';\nexport const b = r;\n",
    });
    expect(status).not.toBe(0);
    for (const [rule, from] of [
      ['core-is-pure', 'packages/core/src/bad.ts'],
      ['server-not-web', 'packages/server/src/people/bad-web.ts'],
      ['server-imports-point-down', 'packages/server/src/treatment/bad-root.ts'],
      ['contexts-not-http', 'packages/server/src/access/bad-http.ts'],
      ['http-not-contexts', 'packages/server/src/http/bad-context.ts'],
    ]) {
      expect(output).toMatch(new RegExp(`${rule}: ${from}`));
    }
  });
});
