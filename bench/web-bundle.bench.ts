import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { budget, type BudgetResult } from './measure.js';
import { initialChunks, jsFiles, routeChunks, routeExtra, type Manifest } from './web-manifest.js';

/** Issue 16: initial JavaScript ≤ 250 kB gzip, routes split. */
const BUDGET_KB = 250;

/**
 * The web app as built (`packages/web/dist`, which `npm run bench` builds first like `npm test`): the gzip size of
 * what the browser loads before the first screen, i.e. the entry chunk and its static imports from Vite's manifest,
 * against the 250 kB budget; and the route chunks, which must exist (pages load on their first visit), with the
 * heaviest one's extra download. Gzip at zlib's default level, as a web server or proxy compresses on the fly.
 */
export function benchWebBundle(distDir = new URL('../packages/web/dist/', import.meta.url)): BudgetResult {
  const manifestFile = new URL('.vite/manifest.json', distDir);
  if (!existsSync(manifestFile)) {
    throw new Error(`no build manifest at ${manifestFile.pathname}: build the web app first (npm run build)`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const gzipKb = (files: readonly string[]): number =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(new URL(file, distDir))).length, 0) / 1000;
  const initial = initialChunks(manifest);
  const routes = routeChunks(manifest);
  const heaviest = routes
    .map((route) => ({ route, kb: gzipKb(jsFiles(manifest, routeExtra(manifest, route, initial))) }))
    .sort((a, b) => b.kb - a.kb)[0];
  const result = budget(
    `web initial JavaScript, gzip (entry and its ${initial.length - 1} static imports)`,
    gzipKb(jsFiles(manifest, initial)),
    BUDGET_KB,
    { routeChunks: routes.length, heaviestRoute: heaviest?.route ?? 'none', heaviestRouteExtraKb: heaviest?.kb ?? 0 },
    heaviest
      ? `${routes.length} route chunks; the heaviest first visit, ${heaviest.route}, adds ${heaviest.kb.toFixed(1)} kB`
      : 'no route chunks: every page is in the initial load',
  );
  // Routes split: no page chunks means every page is in the initial load again, however small it is today.
  return { ...result, pass: result.pass && routes.length > 0 };
}
