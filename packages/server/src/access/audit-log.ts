import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';

/** NEN 7513 action codes, as in FHIR AuditEvent.action: create, read, update, delete, execute/export. */
export type AuditAction = 'C' | 'R' | 'U' | 'D' | 'E';

/** One access to a client's data (NEN 7513 §5.1: event, time, client, user, responsible user; §7.3 access point). */
export interface AuditEntry {
  event: string;
  action: AuditAction;
  outcome: 'success' | 'denied';
  clientId: string | null;
  userId: string | null;
  responsibleUserId: string | null;
  role: string | null;
  basis: string | null;
  breakGlass: boolean;
  reason: string | null;
  objectType: string | null;
  objectId: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditRecord extends AuditEntry {
  orgId: string;
  seq: number;
  occurredAt: string;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = 'genesis';

/** The hash of a record: SHA-256 over its predecessor's hash and its own fields in a fixed order. */
export function hashAuditRecord(record: Omit<AuditRecord, 'hash'>): string {
  const fields = [
    record.prevHash,
    record.orgId,
    record.seq,
    record.occurredAt,
    record.event,
    record.action,
    record.outcome,
    record.clientId,
    record.userId,
    record.responsibleUserId,
    record.role,
    record.basis,
    record.breakGlass,
    record.reason,
    record.objectType,
    record.objectId,
    record.ip,
    record.userAgent,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
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
  await tx.query(
    `insert into audit_chain_heads (org_id, last_seq, last_hash) values ($1, 0, $2) on conflict (org_id) do nothing`,
    [orgId, GENESIS_HASH],
  );
  const [head] = await tx.query<{ last_seq: number; last_hash: string }>(
    `select last_seq::int as last_seq, last_hash from audit_chain_heads where org_id = $1 for update`,
    [orgId],
  );
  if (!head) throw new Error('audit chain head missing');
  const records: AuditRecord[] = [];
  let prevHash = head.last_hash;
  entries.forEach((entry, i) => {
    const partial = { ...entry, orgId, seq: head.last_seq + 1 + i, occurredAt: now.toISOString(), prevHash };
    const record: AuditRecord = { ...partial, hash: hashAuditRecord(partial) };
    records.push(record);
    prevHash = record.hash;
  });
  const columns = 19;
  const placeholders = records
    .map((_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`)
    .join(', ');
  await tx.query(
    `insert into audit_events (org_id, seq, occurred_at, event, action, outcome, client_id, user_id, responsible_user_id,
       user_role, basis, break_glass, reason, object_type, object_id, ip, user_agent, prev_hash, hash) values ${placeholders}`,
    records.flatMap((r) => [
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
      r.prevHash,
      r.hash,
    ]),
  );
  const last = records.at(-1) as AuditRecord;
  await tx.query(`update audit_chain_heads set last_seq = $2, last_hash = $3 where org_id = $1`, [orgId, last.seq, last.hash]);
  return records;
}

/** Append one audit record (see appendAudits). */
export async function appendAudit(tx: Queryable, orgId: string, entry: AuditEntry, now: Date = new Date()): Promise<AuditRecord> {
  const [record] = await appendAudits(tx, orgId, [entry], now);
  return record as AuditRecord;
}

/** Rows as stored, mapped back to records (timestamps to ISO strings, as they were hashed). */
export const AUDIT_COLUMNS = `org_id, seq::int as seq, occurred_at, event, action, outcome, client_id, user_id, responsible_user_id,
  user_role, basis, break_glass, reason, object_type, object_id, ip, user_agent, prev_hash, hash`;

export interface AuditRow {
  org_id: string;
  seq: number;
  occurred_at: Date;
  event: string;
  action: AuditAction;
  outcome: 'success' | 'denied';
  client_id: string | null;
  user_id: string | null;
  responsible_user_id: string | null;
  user_role: string | null;
  basis: string | null;
  break_glass: boolean;
  reason: string | null;
  object_type: string | null;
  object_id: string | null;
  ip: string | null;
  user_agent: string | null;
  prev_hash: string;
  hash: string;
}

export function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    orgId: row.org_id,
    seq: row.seq,
    occurredAt: new Date(row.occurred_at).toISOString(),
    event: row.event,
    action: row.action,
    outcome: row.outcome,
    clientId: row.client_id,
    userId: row.user_id,
    responsibleUserId: row.responsible_user_id,
    role: row.user_role,
    basis: row.basis,
    breakGlass: row.break_glass,
    reason: row.reason,
    objectType: row.object_type,
    objectId: row.object_id,
    ip: row.ip,
    userAgent: row.user_agent,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface ChainBreak {
  orgId: string;
  seq: number;
  problem: string;
}

/**
 * Walk every organisation's chain as the owner and report each break: an edited row (its hash no longer
 * matches), a deleted row (a gap in the sequence or a predecessor hash that does not match), or a
 * deleted tail (the chain head is ahead of the last row). `meedoen audit verify` prints these.
 */
export async function verifyAuditChains(db: Database): Promise<{ organisations: number; records: number; breaks: ChainBreak[] }> {
  return db.asOwner(async (tx) => {
    const heads = await tx.query<{ org_id: string; last_seq: number; last_hash: string }>(
      `select org_id, last_seq::int as last_seq, last_hash from audit_chain_heads order by org_id`,
    );
    const breaks: ChainBreak[] = [];
    let records = 0;
    for (const head of heads) {
      const rows = await tx.query<AuditRow>(`select ${AUDIT_COLUMNS} from audit_events where org_id = $1 order by seq`, [
        head.org_id,
      ]);
      records += rows.length;
      let expectedSeq = 1;
      let prevHash = GENESIS_HASH;
      for (const row of rows) {
        const record = toAuditRecord(row);
        if (record.seq !== expectedSeq) {
          breaks.push({
            orgId: head.org_id,
            seq: expectedSeq,
            problem: `record ${expectedSeq}${record.seq - expectedSeq > 1 ? `-${record.seq - 1}` : ''} missing`,
          });
        }
        if (record.prevHash !== prevHash)
          breaks.push({ orgId: head.org_id, seq: record.seq, problem: 'predecessor hash does not match' });
        const { hash, ...rest } = record;
        if (hashAuditRecord(rest) !== hash) breaks.push({ orgId: head.org_id, seq: record.seq, problem: 'record was altered' });
        expectedSeq = record.seq + 1;
        prevHash = hash;
      }
      if (head.last_seq !== expectedSeq - 1 || head.last_hash !== prevHash) {
        breaks.push({ orgId: head.org_id, seq: head.last_seq, problem: 'records at the end of the chain are missing' });
      }
    }
    return { organisations: heads.length, records, breaks };
  });
}
