import { createHash } from 'node:crypto';

/** NEN 7513 action codes, as in FHIR AuditEvent.action: create, read, update, delete, execute/export. */
export type AuditAction = 'C' | 'R' | 'U' | 'D' | 'E';

/** Granted; refused (403, or 404 for an object that is not there); or answered with another error. */
export type AuditOutcome = 'success' | 'denied' | 'failed';

/**
 * One access to a client's data, or an attempt at one (NEN 7513 §5.1: event, time, client, user,
 * responsible user; §7.3 user and access point; §7.4 the objects involved).
 */
export interface AuditEntry {
  event: string;
  action: AuditAction;
  outcome: AuditOutcome;
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
  /** The problem+json code of a refused or failed attempt. */
  problemCode?: string | null;
}

export interface AuditRecord extends AuditEntry {
  orgId: string;
  seq: number;
  occurredAt: string;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = 'genesis';

/** A record's own fields in the hash's fixed order (after its predecessor's hash, organisation and number). */
function ownFields(record: AuditEntry & { occurredAt: string }): unknown[] {
  const fields: unknown[] = [
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
  if (record.problemCode != null) fields.push({ problemCode: record.problemCode });
  return fields;
}

/**
 * The hash of a record: SHA-256 over the JSON array of its predecessor's hash, organisation, number and its own fields
 * in a fixed order. Fields added later (the problem code) are appended only when set, so records written before they
 * existed keep their hash.
 */
export function hashAuditRecord(record: Omit<AuditRecord, 'hash'>): string {
  const fields = [record.prevHash, record.orgId, record.seq, ...ownFields(record)];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * The end of that JSON array from the record's own fields on (`,"2026-…",…]`), for the database to hash after the
 * predecessor's hash, organisation and number it fills in (migration 0040): a hex hash, a UUID and an integer are their
 * own JSON, so the bytes are those of hashAuditRecord.
 */
export function hashTail(record: AuditEntry & { occurredAt: string }): string {
  return `,${JSON.stringify(ownFields(record)).slice(1)}`;
}

/** Rows as stored, mapped back to records (timestamps to ISO strings, as they were hashed). */
export const AUDIT_COLUMNS = `org_id, seq::int as seq, occurred_at, event, action, outcome, client_id, user_id, responsible_user_id,
  user_role, basis, break_glass, reason, object_type, object_id, ip, user_agent, problem_code, prev_hash, hash`;

export interface AuditRow {
  org_id: string;
  seq: number;
  occurred_at: Date;
  event: string;
  action: AuditAction;
  outcome: AuditOutcome;
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
  problem_code: string | null;
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
    problemCode: row.problem_code,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** What kind of break a finding is: for screens in the reader's language (the problem text is for the CLI). */
export type ChainBreakKind =
  | 'records_missing'
  | 'predecessor_mismatch'
  | 'record_altered'
  | 'head_missing'
  | 'tail_missing'
  | 'checkpoint_unknown_key'
  | 'checkpoint_forged'
  | 'checkpoint_rewritten'
  | 'checkpoint_beyond_end'
  | 'export_mismatch';

/** One finding of `meedoen audit verify`. */
export interface ChainBreak {
  orgId: string;
  seq: number;
  kind: ChainBreakKind;
  problem: string;
}
