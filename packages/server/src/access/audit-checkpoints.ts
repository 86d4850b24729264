import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { DEVELOPMENT_AUDIT_KEY, type Config } from '../config.js';
import type { Database, Queryable } from '../db/database.js';
import type { ChainBreak } from './audit-record.js';

/**
 * Signed checkpoints of the audit chain. The hash chain shows an edited or missing row, but someone
 * who can write the audit tables can also recompute every hash after an edit, or delete the newest
 * rows and rewind the chain head. A checkpoint is an HMAC-SHA256 over (organisation, sequence number,
 * head hash) with a key that lives in configuration (MEEDOEN_AUDIT_KEY), never in the database: the
 * table holds only the key's fingerprint. `meedoen audit verify` checks every checkpoint against the
 * chain, so a rewritten chain, a dropped head and a checkpoint signed with another key all show.
 */
export interface AuditKey {
  /** A fingerprint of the secret (not the secret): stored with each checkpoint. */
  id: string;
  secret: Buffer;
}

export interface AuditKeyring {
  /** Signs new checkpoints. */
  current: AuditKey;
  /** Earlier keys, still accepted for the checkpoints they signed (key rotation). */
  previous: AuditKey[];
}

export function auditKey(secret: string): AuditKey {
  const bytes = Buffer.from(secret, 'utf8');
  return { id: createHash('sha256').update('meedoen audit key id\n').update(bytes).digest('hex').slice(0, 16), secret: bytes };
}

export function auditKeyring(current: string, previous: readonly string[] = []): AuditKeyring {
  return { current: auditKey(current), previous: previous.filter((key) => key.length > 0).map(auditKey) };
}

function message(orgId: string, seq: number, hash: string): string {
  return `meedoen audit checkpoint\n${orgId}\n${seq}\n${hash}`;
}

export function signCheckpoint(key: AuditKey, orgId: string, seq: number, hash: string): string {
  return createHmac('sha256', key.secret)
    .update(message(orgId, seq, hash))
    .digest('hex');
}

export type SignatureCheck = 'valid' | 'unknown_key' | 'invalid';

export function checkSignature(
  keyring: AuditKeyring,
  signed: { orgId: string; seq: number; hash: string; keyId: string; signature: string },
): SignatureCheck {
  const key = [keyring.current, ...keyring.previous].find((k) => k.id === signed.keyId);
  if (!key) return 'unknown_key';
  const expected = Buffer.from(signCheckpoint(key, signed.orgId, signed.seq, signed.hash), 'hex');
  const given = Buffer.from(signed.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? 'valid' : 'invalid';
}

/**
 * How checkpoints are written along with the records: the keyring from configuration and every how
 * many records. Set once per process by the app and the CLI from the configuration (`useAuditSigning`).
 */
let signing: { keyring: AuditKeyring; every: number } = { keyring: auditKeyring(DEVELOPMENT_AUDIT_KEY), every: 100 };

export function useAuditSigning(keyring: AuditKeyring, every: number): void {
  signing = { keyring, every: Math.max(1, Math.floor(every)) };
}

export function auditSigning(): { keyring: AuditKeyring; every: number } {
  return signing;
}

/** Sign with the configured key(s): MEEDOEN_AUDIT_KEY, MEEDOEN_AUDIT_PREVIOUS_KEYS, MEEDOEN_AUDIT_CHECKPOINT_EVERY. */
export function useConfiguredAuditSigning(config: Config): AuditKeyring {
  const keyring = auditKeyring(
    config.auditKey,
    config.auditPreviousKeys.split(',').map((key) => key.trim()),
  );
  useAuditSigning(keyring, config.auditCheckpointEvery);
  return keyring;
}

export function isDevelopmentAuditKey(config: Config): boolean {
  return config.auditKey === DEVELOPMENT_AUDIT_KEY;
}

/** Sign and store a checkpoint of a chain head (idempotent per sequence number). */
export async function insertCheckpoint(tx: Queryable, orgId: string, seq: number, hash: string, key: AuditKey): Promise<void> {
  await tx.query(
    `insert into audit_checkpoints (org_id, seq, head_hash, key_id, signature) values ($1, $2, $3, $4, $5)
     on conflict (org_id, seq) do nothing`,
    [orgId, seq, hash, key.id, signCheckpoint(key, orgId, seq, hash)],
  );
}

/** Whether appending records `fromSeq`..`toSeq` passes a multiple of `every`: then the new head is checkpointed. */
export function isCheckpointDue(previousSeq: number, lastSeq: number, every: number): boolean {
  return Math.floor(previousSeq / every) !== Math.floor(lastSeq / every);
}

/** Checkpoint every organisation's current chain head now (after a successful verify, at an export). */
export async function checkpointAuditChains(db: Database, key: AuditKey): Promise<number> {
  return db.asOwner(async (tx) => {
    const heads = await tx.query<{ org_id: string; last_seq: number; last_hash: string }>(
      `select org_id, last_seq::int as last_seq, last_hash from audit_chain_heads h
        where last_seq > 0 and not exists (select 1 from audit_checkpoints c where c.org_id = h.org_id and c.seq = h.last_seq)`,
    );
    for (const head of heads) await insertCheckpoint(tx, head.org_id, head.last_seq, head.last_hash, key);
    return heads.length;
  });
}

export interface StoredCheckpoint {
  seq: number;
  head_hash: string;
  key_id: string;
  signature: string;
}

/**
 * Check one organisation's checkpoints against its chain as stored (`hashes`: sequence number → hash).
 * A checkpoint beyond the last record means the newest records were removed; one whose hash differs
 * means the chain was rewritten; one the keyring cannot verify was forged or signed with another key.
 */
export function checkCheckpoints(
  orgId: string,
  checkpoints: readonly StoredCheckpoint[],
  hashes: ReadonlyMap<number, string>,
  lastSeq: number,
  keyring: AuditKeyring,
): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  let beyond: StoredCheckpoint | null = null;
  for (const checkpoint of checkpoints) {
    const signed = {
      orgId,
      seq: checkpoint.seq,
      hash: checkpoint.head_hash,
      keyId: checkpoint.key_id,
      signature: checkpoint.signature,
    };
    const signature = checkSignature(keyring, signed);
    if (signature === 'unknown_key') {
      breaks.push({
        orgId,
        seq: checkpoint.seq,
        kind: 'checkpoint_unknown_key',
        problem: `checkpoint signed with key ${checkpoint.key_id}, which is not a configured audit key (key replaced?)`,
      });
      continue;
    }
    if (signature === 'invalid') {
      breaks.push({
        orgId,
        seq: checkpoint.seq,
        kind: 'checkpoint_forged',
        problem: 'checkpoint signature does not match (forged checkpoint)',
      });
      continue;
    }
    if (checkpoint.seq > lastSeq) beyond = checkpoint;
    else if (hashes.get(checkpoint.seq) !== checkpoint.head_hash)
      breaks.push({
        orgId,
        seq: checkpoint.seq,
        kind: 'checkpoint_rewritten',
        problem: 'record differs from its signed checkpoint (chain rewritten)',
      });
  }
  if (beyond)
    breaks.push({
      orgId,
      seq: beyond.seq,
      kind: 'checkpoint_beyond_end',
      problem: `signed checkpoint at record ${beyond.seq}, but the chain ends at ${lastSeq}: the newest records were removed`,
    });
  return breaks;
}

/**
 * Checkpoint one organisation's chain head now, in its own transaction (the scheduled job, issue 16); the sequence
 * number signed, or null when the head was already checkpointed or there is no record yet.
 */
export async function checkpointAuditChain(tx: Queryable, orgId: string, key: AuditKey): Promise<number | null> {
  const [head] = await tx.query<{ last_seq: number; last_hash: string }>(
    `select last_seq::int as last_seq, last_hash from audit_chain_heads h
      where org_id = $1 and last_seq > 0 and not exists (select 1 from audit_checkpoints c where c.org_id = h.org_id and c.seq = h.last_seq)`,
    [orgId],
  );
  if (!head) return null;
  await insertCheckpoint(tx, orgId, head.last_seq, head.last_hash, key);
  return head.last_seq;
}

/** The organisations whose chain head has records past its last checkpoint (what the schedule queues a job for). */
export async function organisationsToCheckpoint(tx: Queryable): Promise<string[]> {
  const rows = await tx.query<{ org_id: string }>(
    `select org_id from audit_chain_heads h
      where last_seq > 0 and not exists (select 1 from audit_checkpoints c where c.org_id = h.org_id and c.seq = h.last_seq)`,
  );
  return rows.map((r) => r.org_id);
}
