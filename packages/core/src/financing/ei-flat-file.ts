/**
 * Vektis EI flat files (PM304/PM305, AW319/AW320): fixed-length records of 310 characters, one record kind
 * per line (01 voorloop, 02 verzekerde, 04 prestatie, 98 commentaar, 99 sluit). A layout is data: per record
 * kind its fields with 1-based start position, length and type. N fields are right-aligned with leading
 * zeros, AN fields left-aligned with trailing spaces (Vektis EI conventions; REFERENCE.md §7.3).
 */

export interface EiField {
  name: string;
  /** 1-based position of the first character. */
  start: number;
  length: number;
  type: 'N' | 'AN';
}

export interface EiLayout {
  /** The standard and version, e.g. `PM304 v3.2`. */
  standard: string;
  /** COD002: the code of the external integration message in the voorloop record. */
  messageCode: string;
  /** Versienummer and subversienummer of the standard, as written in the voorloop record. */
  version: string;
  subversion: string;
  recordLength: number;
  records: Readonly<Record<string, readonly EiField[]>>;
}

export type EiValues = Readonly<Record<string, string | number | null | undefined>>;

export class EiFieldError extends Error {
  constructor(
    readonly record: string,
    readonly field: string,
    message: string,
  ) {
    super(`${record}/${field}: ${message}`);
  }
}

/** Lay out fields one after the other from position 1, so start positions follow from the lengths. */
export function sequentialFields(fields: readonly (readonly [name: string, length: number, type: 'N' | 'AN'])[]): EiField[] {
  let start = 1;
  return fields.map(([name, length, type]) => {
    const field = { name, start, length, type };
    start += length;
    return field;
  });
}

function formatField(record: string, field: EiField, raw: string | number | null | undefined): string {
  const value = raw === null || raw === undefined ? '' : String(raw);
  if (field.type === 'N') {
    if (!/^[0-9]*$/.test(value)) throw new EiFieldError(record, field.name, `not numeric: ${value}`);
    if (value.length > field.length) throw new EiFieldError(record, field.name, `longer than ${field.length}`);
    return value.padStart(field.length, '0');
  }
  if (/[\r\n]/.test(value)) throw new EiFieldError(record, field.name, 'contains a line break');
  // One byte per character: accents dropped (é → e), anything else outside printable ASCII becomes '?'.
  const ascii = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7E]/g, '?');
  if (ascii.length > field.length) throw new EiFieldError(record, field.name, `longer than ${field.length}`);
  return ascii.padEnd(field.length, ' ');
}

/** One record of `kind`; the first field is the record kind itself. Fields not given are zeros or spaces. */
export function renderEiRecord(layout: EiLayout, kind: string, values: EiValues): string {
  const fields = layout.records[kind];
  if (!fields) throw new EiFieldError(kind, '-', `no record ${kind} in ${layout.standard}`);
  const [first, ...rest] = fields;
  const line = [formatField(kind, first as EiField, kind), ...rest.map((f) => formatField(kind, f, values[f.name]))].join('');
  if (line.length !== layout.recordLength)
    throw new EiFieldError(kind, '-', `record is ${line.length} long, not ${layout.recordLength}`);
  return line;
}

/** Records are separated by CR LF, the file ends with one. */
export function renderEiFile(layout: EiLayout, records: readonly { kind: string; values: EiValues }[]): string {
  return records.map((r) => `${renderEiRecord(layout, r.kind, r.values)}\r\n`).join('');
}

export interface EiRecord {
  kind: string;
  values: Record<string, string>;
}

/** Reads a file back by its layout: values trimmed (N without leading zeros kept as text). Unknown kinds throw. */
export function parseEiFile(layout: EiLayout, text: string): EiRecord[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  return lines.map((line, i) => {
    const kind = line.slice(0, 2);
    const fields = layout.records[kind];
    if (!fields) throw new EiFieldError(kind, '-', `line ${i + 1}: no record ${kind} in ${layout.standard}`);
    if (line.length !== layout.recordLength)
      throw new EiFieldError(kind, '-', `line ${i + 1} is ${line.length} long, not ${layout.recordLength}`);
    const values: Record<string, string> = {};
    for (const f of fields) values[f.name] = line.slice(f.start - 1, f.start - 1 + f.length).trim();
    return { kind, values };
  });
}

/** Each layout's records cover exactly 1..recordLength without gaps or overlaps (a check of the table itself). */
export function layoutProblems(layout: EiLayout): string[] {
  const problems: string[] = [];
  for (const [kind, fields] of Object.entries(layout.records)) {
    let next = 1;
    for (const f of fields) {
      if (f.start !== next) problems.push(`${kind}/${f.name} starts at ${f.start}, expected ${next}`);
      next = f.start + f.length;
    }
    if (next - 1 !== layout.recordLength) problems.push(`${kind} ends at ${next - 1}, not ${layout.recordLength}`);
  }
  return problems;
}

/** YYYY-MM-DD → YYYYMMDD (EI dates); null → zeros. */
export const eiDate = (date: string | null): string => (date ? date.replaceAll('-', '') : '');
/** YYYYMMDD → YYYY-MM-DD. */
export const isoDate = (ei: string): string => `${ei.slice(0, 4)}-${ei.slice(4, 6)}-${ei.slice(6, 8)}`;
