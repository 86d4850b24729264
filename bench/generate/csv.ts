import { createHash } from 'node:crypto';

/** One table's rows as CSV for `COPY … (FORMAT csv)`: the columns, and the text in chunks of about `CHUNK` bytes. */
export interface TableCsv {
  table: string;
  columns: readonly string[];
  /** Each call starts the rows again from the beginning (deterministic), chunk by chunk. */
  chunks: () => Iterable<string>;
}

/** A value as a CSV field: null unquoted and empty (COPY's NULL in csv format), everything else quoted when needed. */
const NEEDS_QUOTES = /[",\n\r]/;
export function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  if (value === '' || NEEDS_QUOTES.test(value)) return `"${value.replaceAll('"', '""')}"`;
  return value;
}

export function line(values: readonly (string | number | boolean | null | undefined)[]): string {
  let out = field(values[0]);
  for (let i = 1; i < values.length; i++) out += `,${field(values[i])}`;
  return `${out}\n`;
}

/** PostgreSQL's array literal for text or uuid elements that need no escaping (codes, ids). */
export const pgArray = (items: readonly string[]): string => `{${items.join(',')}}`;

const CHUNK = 1 << 20;

/** Groups generated lines into chunks of about 1 MiB (fewer, larger writes to COPY). */
export function* chunked(lines: Iterable<string>): Iterable<string> {
  let buffer: string[] = [];
  let size = 0;
  for (const l of lines) {
    buffer.push(l);
    size += l.length;
    if (size >= CHUNK) {
      yield buffer.join('');
      buffer = [];
      size = 0;
    }
  }
  if (buffer.length > 0) yield buffer.join('');
}

/** SHA-256 over every table's name, columns and CSV text, in order: same seed and scale → same hash. */
export function hashTables(tables: readonly TableCsv[]): string {
  const hash = createHash('sha256');
  for (const t of tables) {
    hash.update(`${t.table}(${t.columns.join(',')})\n`);
    for (const chunk of t.chunks()) hash.update(chunk);
  }
  return hash.digest('hex');
}
