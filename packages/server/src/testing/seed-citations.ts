import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Seed citations (`001 L1914-1916`, `003 L1540-1544, L1600-1608`, `001 §3.3-3.5, L1269-1949`) and the
 * check that every cited seed and line range exists. The five seed texts are not in the repository
 * (their licence is not stated), so `docs/seed-lines.json` records, per seed, its hash, its line count
 * and which lines hold text; when the texts are at hand the manifest is checked against them.
 */

export interface SeedInfo {
  file: string;
  sha256: string;
  lines: number;
  /** One character per line: '1' the line holds text, '0' it is blank. */
  textLines: string;
}
export type SeedManifest = Record<string, SeedInfo>;

export interface Citation {
  path: string;
  line: number;
  text: string;
  seed: string;
  ranges: [number, number][];
}

function linesOf(content: string): string[] {
  const lines = content.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function describeSeed(file: string, content: string): SeedInfo {
  const lines = linesOf(content);
  return {
    file,
    sha256: createHash('sha256').update(content).digest('hex'),
    lines: lines.length,
    textLines: lines.map((l) => (l.trim() === '' ? '0' : '1')).join(''),
  };
}

/** The seeds in a folder (`000_….txt` … `004_….txt`), keyed by their number. */
export function readSeedDir(dir: string): SeedManifest {
  const manifest: SeedManifest = {};
  for (const file of readdirSync(dir).sort()) {
    const number = /^(\d{3})_.*\.txt$/.exec(file)?.[1];
    if (number) manifest[number] = describeSeed(file, readFileSync(join(dir, file), 'utf8'));
  }
  return manifest;
}

// One seed number, an optional section, then a list of line ranges; the list may continue on the next
// comment line (`,\n * L1600-1608`).
const RANGE = String.raw`L(\d+)(?:[-–](\d+))?`;
const SEPARATOR = String.raw`\s*,\s*(?:(?:\*|//|--|#)\s*)?`;
const CITATION = new RegExp(String.raw`\b(\d{3})\s+(?:§[\d.]+(?:[-–][\d.]+)?,\s*)?(${RANGE}(?:${SEPARATOR}${RANGE})*)`, 'g');

/**
 * Every citation in a text. A further range later on the same line (`001 L1436-1438 (GGZ) and
 * L2469-2473 (Zvw)`) belongs to the seed cited before it on that line; a line reference with no seed
 * before it on its line is an orphan: its seed is unclear.
 */
export function findCitations(path: string, content: string): { citations: Citation[]; orphans: Citation[] } {
  const lineAt = (index: number) => content.slice(0, index).split('\n').length;
  const citations: (Citation & { from: number; to: number })[] = [];
  for (const m of content.matchAll(CITATION)) {
    const ranges = [...(m[2] ?? '').matchAll(new RegExp(RANGE, 'g'))].map(
      (r) => [Number(r[1]), Number(r[2] ?? r[1])] as [number, number],
    );
    const text = m[0].replace(/\s+/g, ' ');
    citations.push({ path, line: lineAt(m.index), text, seed: m[1] ?? '', ranges, from: m.index, to: m.index + m[0].length });
  }
  const orphans: Citation[] = [];
  const further: Citation[] = [];
  for (const m of content.matchAll(new RegExp(RANGE, 'g'))) {
    if (/\w/.test(content[m.index - 1] ?? '')) continue; // part of a word, not a line reference
    if (citations.some((c) => m.index >= c.from && m.index < c.to)) continue;
    const line = lineAt(m.index);
    const before = citations.filter((c) => c.line === line && c.from < m.index).at(-1);
    const range: [number, number] = [Number(m[1]), Number(m[2] ?? m[1])];
    if (before) further.push({ path, line, text: `${before.seed} ${m[0]}`, seed: before.seed, ranges: [range] });
    else orphans.push({ path, line, text: m[0], seed: '', ranges: [] });
  }
  return { citations: [...citations.map(({ from, to, ...c }) => c), ...further], orphans };
}

/** What is wrong with a citation against the seeds: an unknown seed, a range outside it, or only blank lines. */
export function checkCitation(citation: Citation, seeds: SeedManifest): string[] {
  const seed = seeds[citation.seed];
  const at = `${citation.path}:${citation.line} "${citation.text}"`;
  if (!seed) return [`${at}: there is no seed ${citation.seed}`];
  const problems: string[] = [];
  for (const [from, to] of citation.ranges) {
    if (from < 1 || to < from) problems.push(`${at}: L${from}-${to} is not a range`);
    else if (to > seed.lines) problems.push(`${at}: L${from}-${to} is beyond the ${seed.lines} lines of ${seed.file}`);
    else if (!seed.textLines.slice(from - 1, to).includes('1')) problems.push(`${at}: L${from}-${to} holds only blank lines`);
  }
  return problems;
}

const SKIP_DIRS = new Set(['node_modules', 'dist', 'data', '.git', 'coverage', 'screenshots']);
const TEXT_FILE = /\.(ts|tsx|js|mjs|cjs|sql|md|json|ya?ml|html|css)$|^\.env\.example$|^run$/;
// The check's own examples are not citations.
const SKIP_FILES = new Set(['package-lock.json', 'seed-lines.json', 'seed-citations.ts', 'seed-citations.test.ts']);

/** The repository's own text files (code, migrations, docs), as paths relative to the root with '/'. */
export function repositoryFiles(root: string, dir = root): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) files.push(...repositoryFiles(root, join(dir, entry.name)));
    } else if (TEXT_FILE.test(entry.name) && !SKIP_FILES.has(entry.name) && !entry.name.endsWith('.tsbuildinfo')) {
      files.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
    }
  }
  return files.sort();
}

/** Where the seed texts are, if anywhere: `MEEDOEN_SEEDS_DIR`, else `../shared/seeds` beside the repository. */
export function seedDir(root: string): string | null {
  const candidates = [process.env['MEEDOEN_SEEDS_DIR'], join(root, '..', 'shared', 'seeds')];
  return candidates.find((dir): dir is string => !!dir && existsSync(dir)) ?? null;
}
