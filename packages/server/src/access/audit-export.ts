import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/database.js';
import { checkSignature, insertCheckpoint, signCheckpoint, type AuditKeyring } from './audit-checkpoints.js';
import {
  AUDIT_COLUMNS,
  GENESIS_HASH,
  hashAuditRecord,
  toAuditRecord,
  type AuditRecord,
  type AuditRow,
  type ChainBreak,
} from './audit-record.js';

/**
 * The append-only export of the audit trail (`meedoen audit export --to <dir>`): one NDJSON file per
 * organisation, `audit-<organisation id>.ndjson`. Each export appends the records written since the
 * last one and closes them with a signed trailer (the same HMAC as a checkpoint); nothing already in
 * a file is ever rewritten. Kept outside the database (another disk, a WORM bucket), the files are a
 * witness the database cannot change: `meedoen audit verify --export <dir>` compares the two.
 * The files hold what the audit trail holds (who looked at whose record): protect them as well.
 */
const FILE_PREFIX = 'audit-';
const FILE_SUFFIX = '.ndjson';

export function exportFileOf(dir: string, orgId: string): string {
  return join(dir, `${FILE_PREFIX}${orgId}${FILE_SUFFIX}`);
}

interface TrailerLine {
  type: 'trailer';
  orgId: string;
  seq: number;
  hash: string;
  keyId: string;
  signature: string;
  exportedAt: string;
}

export interface ExportedChain {
  orgId: string;
  records: AuditRecord[];
  /** The last record a valid trailer vouches for (0: none). */
  sealedSeq: number;
  problems: ChainBreak[];
}

/** Read one organisation's export and check it on its own: every hash, every link, every trailer. */
export function readExport(dir: string, orgId: string, keyring: AuditKeyring): ExportedChain {
  const chain: ExportedChain = { orgId, records: [], sealedSeq: 0, problems: [] };
  const path = exportFileOf(dir, orgId);
  if (!existsSync(path)) return chain;
  const problem = (seq: number, text: string) =>
    chain.problems.push({ orgId, seq, kind: 'export_mismatch', problem: `export: ${text}` });
  let prevHash = GENESIS_HASH;
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let parsed: (AuditRecord & { type: 'record' }) | TrailerLine;
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      problem(chain.records.length, `line ${index + 1} is not JSON`);
      return;
    }
    if (parsed.type === 'trailer') {
      const last = chain.records.at(-1);
      const check = checkSignature(keyring, parsed);
      if (check !== 'valid')
        problem(
          parsed.seq,
          `trailer at record ${parsed.seq}: ${check === 'unknown_key' ? `signed with key ${parsed.keyId}, not a configured audit key` : 'signature does not match'}`,
        );
      else if (!last || last.seq !== parsed.seq || last.hash !== parsed.hash)
        problem(parsed.seq, `trailer at record ${parsed.seq} does not close the records before it`);
      else chain.sealedSeq = parsed.seq;
      return;
    }
    const { type: _type, ...record } = parsed;
    const expectedSeq = (chain.records.at(-1)?.seq ?? 0) + 1;
    if (record.seq !== expectedSeq) problem(record.seq, `record ${expectedSeq} missing`);
    if (record.prevHash !== prevHash) problem(record.seq, 'predecessor hash does not match');
    const { hash, ...rest } = record;
    if (hashAuditRecord(rest) !== hash) problem(record.seq, 'record was altered');
    chain.records.push(record);
    prevHash = hash;
  });
  return chain;
}

/** The organisations that have an export file in `dir`. */
export function exportedOrganisations(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(FILE_PREFIX) && name.endsWith(FILE_SUFFIX))
    .map((name) => name.slice(FILE_PREFIX.length, -FILE_SUFFIX.length));
}

/**
 * The database chain against the export: every exported record must still be there, unchanged.
 * An exported record past the chain's end means the newest records were removed (a dropped head),
 * also when the chain head and the checkpoints were rewound with them.
 */
export function compareWithExport(exported: ExportedChain, hashes: ReadonlyMap<number, string>, lastSeq: number): ChainBreak[] {
  const breaks: ChainBreak[] = [...exported.problems];
  const orgId = exported.orgId;
  const missing = exported.records.filter((r) => r.seq > lastSeq);
  const first = missing[0];
  if (first)
    breaks.push({
      orgId,
      seq: first.seq,
      kind: 'export_mismatch',
      problem: `exported records ${first.seq}-${missing.at(-1)?.seq} are missing from the database: the newest records were removed`,
    });
  const changed = exported.records.find((r) => r.seq <= lastSeq && hashes.get(r.seq) !== r.hash);
  if (changed)
    breaks.push({
      orgId,
      seq: changed.seq,
      kind: 'export_mismatch',
      problem: 'record differs from the export (chain rewritten)',
    });
  return breaks;
}

export interface ExportResult {
  orgId: string;
  appended: number;
  upTo: number;
  /** Why nothing was appended although the database has records: the chain no longer continues the export. */
  refused: string | null;
}

/** Append to each organisation's file the records written since the last export, closed by a signed trailer. */
export async function exportAuditTrail(
  db: Database,
  dir: string,
  keyring: AuditKeyring,
  /** Only these organisations (default: all). */
  only?: readonly string[],
): Promise<ExportResult[]> {
  mkdirSync(dir, { recursive: true });
  const key = keyring.current;
  return db.asOwner(async (tx) => {
    // One export at a time (lock 7513/2; 7513/1 is the migration runner): two at once would append the same records twice.
    await tx.query(`select pg_advisory_xact_lock(7513, 2)`);
    const heads = await tx.query<{ org_id: string }>(
      `select org_id from audit_chain_heads where last_seq > 0 and ($1::uuid[] is null or org_id = any($1::uuid[])) order by org_id`,
      [only ? [...only] : null],
    );
    const results: ExportResult[] = [];
    for (const { org_id: orgId } of heads) {
      const exported = readExport(dir, orgId, keyring);
      const last = exported.records.at(-1);
      const result: ExportResult = { orgId, appended: 0, upTo: last?.seq ?? 0, refused: null };
      results.push(result);
      if (exported.problems.length > 0) {
        result.refused = `the existing export does not check out (${exported.problems[0]?.problem})`;
        continue;
      }
      const rows = (
        await tx.query<AuditRow>(`select ${AUDIT_COLUMNS} from audit_events where org_id = $1 and seq >= $2 order by seq`, [
          orgId,
          last?.seq ?? 1,
        ])
      ).map(toAuditRecord);
      if (last && rows[0]?.hash !== last.hash) {
        result.refused = `record ${last.seq} in the database is not the one exported: the chain was changed after the export`;
        continue;
      }
      const fresh = last ? rows.slice(1) : rows;
      const newest = fresh.at(-1);
      if (!newest) continue;
      const trailer: TrailerLine = {
        type: 'trailer',
        orgId,
        seq: newest.seq,
        hash: newest.hash,
        keyId: key.id,
        signature: signCheckpoint(key, orgId, newest.seq, newest.hash),
        exportedAt: new Date().toISOString(),
      };
      const text = [...fresh.map((r) => JSON.stringify({ type: 'record', ...r })), JSON.stringify(trailer)].join('\n') + '\n';
      // Flag 'a': appended, never rewritten.
      writeFileSync(exportFileOf(dir, orgId), text, { flag: 'a', mode: 0o600 });
      await insertCheckpoint(tx, orgId, newest.seq, newest.hash, key);
      result.appended = fresh.length;
      result.upTo = newest.seq;
    }
    return results;
  });
}
