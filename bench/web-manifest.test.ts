import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { benchWebBundle } from './web-bundle.bench.js';
import { initialChunks, jsFiles, routeChunks, routeExtra, staticClosure, type Manifest } from './web-manifest.js';

// A Vite manifest in miniature: an entry with shared chunks that import each other (rolldown emits such cycles),
// two pages and the English texts loaded by import(), a chart page with its vendor chunk, an asset.
const manifest = JSON.parse(readFileSync(new URL('./fixtures/vite-manifest.json', import.meta.url), 'utf8')) as Manifest;

describe('walking the Vite manifest', () => {
  it('counts the entry and its static imports, through a cycle, each once, and nothing loaded by import()', () => {
    expect(initialChunks(manifest).sort()).toEqual(['_i18n-c3.js', '_react-b2.js', '_runtime-a1.js', 'index.html']);
  });

  it('follows static imports from any chunk, the chunk itself first', () => {
    expect(staticClosure(manifest, 'src/pages/measurement/OutcomesPage.tsx')).toEqual([
      'src/pages/measurement/OutcomesPage.tsx',
      '_ScoreChart-e5.js',
      '_vendor-charts-d4.js',
      '_react-b2.js',
      '_runtime-a1.js',
      '_i18n-c3.js',
    ]);
  });

  it('takes the pages loaded on first visit as route chunks, not the language loaded by import()', () => {
    expect(routeChunks(manifest).sort()).toEqual(['src/pages/measurement/OutcomesPage.tsx', 'src/pages/start/StartPage.tsx']);
  });

  it('charges a route only for what the shell does not load already: the chart page brings the chart vendor', () => {
    const initial = initialChunks(manifest);
    expect(routeExtra(manifest, 'src/pages/measurement/OutcomesPage.tsx', initial)).toEqual([
      'src/pages/measurement/OutcomesPage.tsx',
      '_ScoreChart-e5.js',
      '_vendor-charts-d4.js',
    ]);
    expect(routeExtra(manifest, 'src/pages/start/StartPage.tsx', initial)).toEqual(['src/pages/start/StartPage.tsx']);
  });

  it('maps chunks to their JavaScript files only', () => {
    expect(jsFiles(manifest, ['index.html', 'src/logo.svg'])).toEqual(['assets/index-f6.js']);
  });

  it('refuses a manifest without an entry, or one naming a chunk it does not describe', () => {
    const { 'index.html': entry, ...withoutEntry } = manifest;
    expect(() => initialChunks(withoutEntry)).toThrow(/no entry/);
    expect(() => initialChunks({ ...manifest, 'index.html': { ...entry, imports: ['_gone.js'] } } as Manifest)).toThrow(
      /_gone\.js/,
    );
  });
});

describe('the web bundle benchmark on a built app', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A dist directory with the fixture's files, each `size` bytes that hardly compress (a fixed pseudo-random run). */
  function dist(m: Manifest, size: (file: string) => number): URL {
    dir = mkdtempSync(join(tmpdir(), 'meedoen-web-bench-'));
    mkdirSync(join(dir, '.vite'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(m));
    for (const chunk of Object.values(m)) {
      let state = 2463534242; // xorshift32
      const bytes = Buffer.alloc(size(chunk.file), 0).map(() => {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        return state & 255;
      });
      writeFileSync(join(dir, chunk.file), bytes);
    }
    return pathToFileURL(`${dir}/`);
  }

  const gz = (file: string): number => gzipSync(readFileSync(join(dir, file))).length / 1000;

  it('sums the gzip size of the initial files only, and finds the heaviest route', () => {
    const result = benchWebBundle(dist(manifest, (file) => (file.includes('vendor-charts') ? 50_000 : 2_000)));
    const initial = ['assets/index-f6.js', 'assets/runtime-a1.js', 'assets/react-b2.js', 'assets/i18n-c3.js'];
    expect(result.measuredKb).toBeCloseTo(
      initial.reduce((sum, file) => sum + gz(file), 0),
      6,
    );
    expect(result.name).toContain('entry and its 3 static imports');
    expect(result.details).toMatchObject({ routeChunks: 2, heaviestRoute: 'src/pages/measurement/OutcomesPage.tsx' });
    expect(result.pass).toBe(true);
  });

  it('fails over the 250 kB budget, and without route chunks however small the app', () => {
    // 800 kB in the entry that hardly compresses: far above 250 kB gzip.
    expect(benchWebBundle(dist(manifest, (file) => (file.includes('index') ? 800_000 : 100))).pass).toBe(false);
    const unsplit: Manifest = { 'index.html': { file: 'assets/index.js', src: 'index.html', isEntry: true } };
    const small = benchWebBundle(dist(unsplit, () => 100));
    expect(small.details['routeChunks']).toBe(0);
    expect(small.ratio).toBeLessThan(1);
    expect(small.pass).toBe(false);
  });
});
