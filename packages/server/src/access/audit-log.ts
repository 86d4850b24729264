import type { Database, Queryable } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import {
  auditSigning,
  checkCheckpoints,
  insertCheckpoint,
  isCheckpointDue,
  type AuditKeyring,
  type StoredCheckpoint,
} from './audit-checkpoints.js';
import { compareWithExport, exportedOrganisations, readExport } from './audit-export.js';
import {
  AUDIT_COLUMNS,
  GENESIS_HASH,
  hashAuditRecord,
  toAuditRecord,
  type AuditEntry,
  type AuditRecord,
  type AuditRow,
  type ChainBreak,
} from './audit-record.js';

export {
  AUDIT_COLUMNS,
  GENESIS_HASH,
  hashAuditRecord,
  toAuditRecord,
  type AuditAction,
  type AuditEntry,
  type AuditOutcome,
  type AuditRecord,
  type AuditRow,
  type ChainBreak,
} from './audit-record.js';

const AUDIT_INSERT_COLUMNS = 20;
/** Insert texts up to this many records are prepared on PostgreSQL (a roll call's group; one record per read). */
const PREPARED_UP_TO = 50;
const insertCache = new Map<number, string>();

/** The chain head, locked: it orders concurrent writers (prepared: every audited request sends it). */
const LOCK_HEAD = preparedStatement(
  `select last_seq::int as last_seq, last_hash from audit_chain_heads where org_id = $1 for update`,
);

/**
 * The records and the new head in one statement (one round trip); the head's parameters follow the records'. The same
 * text for the same count, so it is built once per count (and prepared for the small counts).
 */
function insertStatement(n: number): string {
  let text = insertCache.get(n);
  if (text === undefined) {
    const placeholders = Array.from(
      { length: n },
      (_, r) => `(${Array.from({ length: AUDIT_INSERT_COLUMNS }, (_, c) => `$${r * AUDIT_INSERT_COLUMNS + c + 1}`).join(', ')})`,
    ).join(', ');
    const head = n * AUDIT_INSERT_COLUMNS;
    text = `with head as (update audit_chain_heads set last_seq = $${head + 2}, last_hash = $${head + 3} where org_id = $${head + 1})
     insert into audit_events (org_id, seq, occurred_at, event, action, outcome, client_id, user_id, responsible_user_id,
       user_role, basis, break_glass, reason, object_type, object_id, ip, user_agent, problem_code, prev_hash, hash) values ${placeholders}`;
    if (n <= PREPARED_UP_TO) preparedStatement(text);
    if (insertCache.size < 1000) insertCache.set(n, text);
  }
  return text;
}

/**
 * Append audit records in the caller's transaction, so the records and the access they describe
 * commit or roll back together. The chain head row is locked once, which orders concurrent writers;
 * the records go in with one statement.
 */
export async function appendAudits(
  tx: Queryable,
  orgId: string,
  entries: readonly AuditEntry[],
  now: Date = new Date(),
): Promise<AuditRecord[]> {
  if (entries.length === 0) return [];
  // The chain head, locked: it orders concurrent writers. Created on an organisation's first record.
  const lockHead = () => tx.query<{ last_seq: number; last_hash: string }>(LOCK_HEAD, [orgId]);
  let [head] = await lockHead();
  if (!head) {
    await tx.query(
      `insert into audit_chain_heads (org_id, last_seq, last_hash) values ($1, 0, $2) on conflict (org_id) do nothing`,
      [orgId, GENESIS_HASH],
    );
    [head] = await lockHead();
  }
  if (!head) throw new Error('audit chain head missing');
  const locked = head;
  const records: AuditRecord[] = [];
  let prevHash = locked.last_hash;
  entries.forEach((entry, i) => {
    const partial = { ...entry, orgId, seq: locked.last_seq + 1 + i, occurredAt: now.toISOString(), prevHash };
    const record: AuditRecord = { ...partial, hash: hashAuditRecord(partial) };
    records.push(record);
    prevHash = record.hash;
  });
  const last = records.at(-1) as AuditRecord;
  await tx.query(insertStatement(records.length), [
    ...records.flatMap((r) => [
      r.orgId,
      r.seq,
      r.occurredAt,
      r.event,
      r.action,
      r.outcome,
      r.clientId,
      r.userId,
      r.responsibleUserId,
      r.role,
      r.basis,
      r.breakGlass,
      r.reason,
      r.objectType,
      r.objectId,
      r.ip,
      r.userAgent,
      r.problemCode ?? null,
      r.prevHash,
      r.hash,
    ]),
    orgId,
    last.seq,
    last.hash,
  ]);
  // Every so many records the new head is signed, in the same transaction (see audit-checkpoints.ts).
  const { keyring, every } = auditSigning();
  if (isCheckpointDue(locked.last_seq, last.seq, every)) await insertCheckpoint(tx, orgId, last.seq, last.hash, keyring.current);
  return records;
}

/** Append one audit record (see appendAudits). */
export async function appendAudit(tx: Queryable, orgId: string, entry: AuditEntry, now: Date = new Date()): Promise<AuditRecord> {
  const [record] = await appendAudits(tx, orgId, [entry], now);
  return record as AuditRecord;
}

export interface VerifyOptions {
  /** The keys checkpoints are checked with; default: the configured ones. */
  keyring?: AuditKeyring;
  /** A folder written by `meedoen audit export`, to compare the database with. */
  exportDir?: string;
  /** Only this organisation's chain (the privacy officer's check); default: every organisation. */
  orgId?: string;
}

/**
 * Walk every organisation's chain as the owner and report each break: an edited row (its hash no longer
 * matches), a deleted row (a gap in the sequence or a predecessor hash that does not match), a deleted
 * tail (the chain head is ahead of the last row); then what the chain cannot show by itself: a signed
 * checkpoint the chain no longer matches (rewritten with recomputed hashes), a checkpoint past the end
 * (the newest records removed and the head rewound), a checkpoint signed with a key not configured;
 * and, given an export, every exported record that is gone or changed. `meedoen audit verify` prints these.
 */
export async function verifyAuditChains(
  db: Database,
  options: VerifyOptions = {},
): Promise<{ organisations: number; records: number; breaks: ChainBreak[] }> {
  const keyring = options.keyring ?? auditSigning().keyring;
  const exported = options.exportDir ? exportedOrganisations(options.exportDir) : [];
  return db.asOwner(async (tx) => {
    const heads = new Map(
      (
        await tx.query<{ org_id: string; last_seq: number; last_hash: string }>(
          `select org_id, last_seq::int as last_seq, last_hash from audit_chain_heads`,
        )
      ).map((head) => [head.org_id, head]),
    );
    const allOrgIds = [
      ...new Set([
        ...heads.keys(),
        ...exported,
        ...(
          await tx.query<{ org_id: string }>(
            `select distinct org_id from audit_events union select distinct org_id from audit_checkpoints`,
          )
        ).map((row) => row.org_id),
      ]),
    ].sort();
    const orgIds = options.orgId === undefined ? allOrgIds : allOrgIds.filter((id) => id === options.orgId);
    const breaks: ChainBreak[] = [];
    let records = 0;
    for (const orgId of orgIds) {
      const rows = await tx.query<AuditRow>(`select ${AUDIT_COLUMNS} from audit_events where org_id = $1 order by seq`, [orgId]);
      records += rows.length;
      const hashes = new Map<number, string>();
      let expectedSeq = 1;
      let prevHash = GENESIS_HASH;
      for (const row of rows) {
        const record = toAuditRecord(row);
        if (record.seq !== expectedSeq) {
          breaks.push({
            orgId,
            seq: expectedSeq,
            kind: 'records_missing',
            problem: `record ${expectedSeq}${record.seq - expectedSeq > 1 ? `-${record.seq - 1}` : ''} missing`,
          });
        }
        if (record.prevHash !== prevHash)
          breaks.push({ orgId, seq: record.seq, kind: 'predecessor_mismatch', problem: 'predecessor hash does not match' });
        const { hash, ...rest } = record;
        if (hashAuditRecord(rest) !== hash)
          breaks.push({ orgId, seq: record.seq, kind: 'record_altered', problem: 'record was altered' });
        hashes.set(record.seq, hash);
        expectedSeq = record.seq + 1;
        prevHash = hash;
      }
      const lastSeq = expectedSeq - 1;
      const head = heads.get(orgId);
      if (!head) {
        if (rows.length > 0) breaks.push({ orgId, seq: lastSeq, kind: 'head_missing', problem: 'the chain head is missing' });
      } else if (head.last_seq !== lastSeq || head.last_hash !== prevHash) {
        breaks.push({ orgId, seq: head.last_seq, kind: 'tail_missing', problem: 'records at the end of the chain are missing' });
      }
      const checkpoints = await tx.query<StoredCheckpoint>(
        `select seq::int as seq, head_hash, key_id, signature from audit_checkpoints where org_id = $1 order by seq`,
        [orgId],
      );
      breaks.push(...checkCheckpoints(orgId, checkpoints, hashes, lastSeq, keyring));
      if (options.exportDir && exported.includes(orgId))
        breaks.push(...compareWithExport(readExport(options.exportDir, orgId, keyring), hashes, lastSeq));
    }
    return { organisations: orgIds.length, records, breaks };
  });
}
