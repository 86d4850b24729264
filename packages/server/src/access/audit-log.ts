import type { Database, Queryable } from '../db/database.js';
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
  hashTail,
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

/**
 * The records and the chain in one statement (one round trip, issue 16): audit_chain_append (migration 0040) locks the
 * head, numbers and hashes the records and moves the head; the records' own fields travel as one array per column, so
 * the text is the same for any number of records.
 */
const APPEND = `with chain as materialized (select * from audit_chain_append($1, $2::text[], $3))
  insert into audit_events (org_id, seq, occurred_at, event, action, outcome, client_id, user_id, responsible_user_id,
    user_role, basis, break_glass, reason, object_type, object_id, ip, user_agent, problem_code, prev_hash, hash)
  select $1, c.o_seq, r.occurred_at, r.event, r.action, r.outcome, r.client_id, r.user_id, r.responsible_user_id,
         r.user_role, r.basis, r.break_glass, r.reason, r.object_type, r.object_id, r.ip, r.user_agent, r.problem_code,
         c.o_prev_hash, c.o_hash
    from chain c
    join unnest($4::timestamptz[], $5::text[], $6::char(1)[], $7::text[], $8::uuid[], $9::uuid[], $10::uuid[], $11::text[],
                $12::text[], $13::boolean[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[])
           with ordinality as r(occurred_at, event, action, outcome, client_id, user_id, responsible_user_id, user_role,
                                basis, break_glass, reason, object_type, object_id, ip, user_agent, problem_code, ord)
      on r.ord = c.o_ord
  returning seq::int as seq, prev_hash, hash`;

/** A column of the records, as the array parameter APPEND unnests. */
const column = <K extends keyof AuditEntry>(entries: readonly AuditEntry[], key: K) => entries.map((e) => e[key] ?? null);

/**
 * Append audit records in the caller's transaction, so the records and the access they describe commit or roll back
 * together. The chain head row is locked once, which orders concurrent writers; the server numbers and hashes the
 * records over the fields sent here (`hashTail`), which are the ones the chain is checked against.
 */
export async function appendAudits(
  tx: Queryable,
  orgId: string,
  entries: readonly AuditEntry[],
  now: Date = new Date(),
): Promise<AuditRecord[]> {
  if (entries.length === 0) return [];
  const occurredAt = now.toISOString();
  const rows = await tx.query<{ seq: number; prev_hash: string; hash: string }>(APPEND, [
    orgId,
    entries.map((entry) => hashTail({ ...entry, occurredAt })),
    GENESIS_HASH,
    entries.map(() => occurredAt),
    column(entries, 'event'),
    column(entries, 'action'),
    column(entries, 'outcome'),
    column(entries, 'clientId'),
    column(entries, 'userId'),
    column(entries, 'responsibleUserId'),
    column(entries, 'role'),
    column(entries, 'basis'),
    column(entries, 'breakGlass'),
    column(entries, 'reason'),
    column(entries, 'objectType'),
    column(entries, 'objectId'),
    column(entries, 'ip'),
    column(entries, 'userAgent'),
    column(entries, 'problemCode'),
  ]);
  rows.sort((a, b) => a.seq - b.seq);
  const records = entries.map((entry, i): AuditRecord => ({
    ...entry,
    orgId,
    occurredAt,
    seq: (rows[i] as { seq: number }).seq,
    prevHash: (rows[i] as { prev_hash: string }).prev_hash,
    hash: (rows[i] as { hash: string }).hash,
  }));
  const first = records[0] as AuditRecord;
  const last = records.at(-1) as AuditRecord;
  // Every so many records the new head is signed, in the same transaction (see audit-checkpoints.ts).
  const { keyring, every } = auditSigning();
  if (isCheckpointDue(first.seq - 1, last.seq, every)) await insertCheckpoint(tx, orgId, last.seq, last.hash, keyring.current);
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
