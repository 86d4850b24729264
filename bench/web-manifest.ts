/** One chunk in Vite's build manifest (`dist/.vite/manifest.json`), keyed by its source or by `_<file>` when shared. */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Keys of the chunks this one imports statically: the browser loads them before it runs. */
  imports?: string[];
  /** Keys of the chunks this one may load later (import()). */
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The key and every chunk it imports statically, directly or through others; each once, the key first. */
export function staticClosure(manifest: Manifest, key: string): string[] {
  const seen = new Set<string>();
  const visit = (current: string): void => {
    if (seen.has(current)) return;
    const chunk = manifest[current];
    if (!chunk) throw new Error(`manifest names chunk "${current}" but does not describe it`);
    seen.add(current);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(key);
  return [...seen];
}

/** What the browser loads before the first screen: the entries and their static imports (not what they import()). */
export function initialChunks(manifest: Manifest): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length === 0) throw new Error('the manifest has no entry chunk');
  return [...new Set(entries.flatMap((entry) => staticClosure(manifest, entry)))];
}

/** The pages loaded on their first visit: chunks loaded by import() whose source is a page under `pagesDir`. */
export function routeChunks(manifest: Manifest, pagesDir = 'src/pages/'): string[] {
  return Object.keys(manifest).filter((key) => {
    const chunk = manifest[key];
    return chunk?.isDynamicEntry === true && (chunk.src ?? '').startsWith(pagesDir);
  });
}

/** What a route adds to the initial load on its first visit: its chunk and static imports the shell does not have. */
export function routeExtra(manifest: Manifest, route: string, initial: readonly string[]): string[] {
  const loaded = new Set(initial);
  return staticClosure(manifest, route).filter((key) => !loaded.has(key));
}

/** The JavaScript files of these chunks (the manifest also lists CSS and assets under other keys). */
export function jsFiles(manifest: Manifest, keys: readonly string[]): string[] {
  return keys.map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js'));
}
