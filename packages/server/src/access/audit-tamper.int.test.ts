import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createTestClient, createTestOrganisation, openTestDatabase } from '../testing/test-database.js';
import { auditKey, auditKeyring, insertCheckpoint, useAuditSigning } from './audit-checkpoints.js';
import { exportAuditTrail, exportFileOf, readExport } from './audit-export.js';
import {
  appendAudit,
  AUDIT_COLUMNS,
  GENESIS_HASH,
  hashAuditRecord,
  toAuditRecord,
  verifyAuditChains,
  type AuditEntry,
  type AuditRow,
  type VerifyOptions,
} from './audit-log.js';

const KEY = 'audit-test-key-0123456789-0123456789-abcdef';
const KEYRING = auditKeyring(KEY);
const ATTACKER = auditKey('not-the-organisations-key-0123456789-xyz');

const entry = (clientId: string): AuditEntry => ({
  event: 'client.read',
  action: 'R',
  outcome: 'success',
  clientId,
  userId: null,
  responsibleUserId: null,
  role: 'vaktherapeut',
  basis: 'care_team',
  breakGlass: false,
  reason: null,
  objectType: 'personalia',
  objectId: null,
  ip: '127.0.0.1',
  userAgent: 'test',
});

/**
 * Finding 4: the hash chain alone trusts the table it checks. Someone with write access to the
 * database can delete the newest records and rewind the chain head, or rewrite a record and recompute
 * every hash after it. Signed checkpoints (a key outside the database) and an append-only export show
 * both, and a checkpoint signed with another key.
 */
describe('tamper evidence that does not trust the table it checks', () => {
  let db: Database;
  const dirs: string[] = [];
  beforeAll(async () => {
    db = await openTestDatabase();
    // A checkpoint every 4 records, signed with this test's key.
    useAuditSigning(KEYRING, 4);
  });
  afterAll(async () => {
    await db.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'meedoen-export-'));
    dirs.push(dir);
    return dir;
  }

  async function orgWithChain(length: number): Promise<{ orgId: string; clientId: string }> {
    const orgId = await createTestOrganisation(db);
    const clientId = await createTestClient(db, orgId);
    await append(orgId, clientId, length);
    return { orgId, clientId };
  }

  async function append(orgId: string, clientId: string, count: number): Promise<void> {
    for (let i = 0; i < count; i++) await db.withOrg(orgId, (tx) => appendAudit(tx, orgId, entry(clientId)));
  }

  /** Breaks of one organisation only: on PostgreSQL other test files write their own chains meanwhile. */
  /** The findings for one organisation as the CLI prints them (the `kind` for screens is checked elsewhere). */
  async function breaksOf(orgId: string, options: VerifyOptions = {}) {
    return (await verifyAuditChains(db, { keyring: KEYRING, ...options })).breaks
      .filter((b) => b.orgId === orgId)
      .map(({ orgId: org, seq, problem }) => ({ orgId: org, seq, problem }));
  }

  /** What an attacker with database access does: drop the newest records and rewind the head to match. */
  async function dropHead(orgId: string, keep: number, alsoCheckpoints = false): Promise<void> {
    await db.asOwner(async (tx) => {
      const [kept] = await tx.query<{ hash: string }>(`select hash from audit_events where org_id = $1 and seq = $2`, [
        orgId,
        keep,
      ]);
      await tx.query(`delete from audit_events where org_id = $1 and seq > $2`, [orgId, keep]);
      await tx.query(`update audit_chain_heads set last_seq = $2, last_hash = $3 where org_id = $1`, [orgId, keep, kept?.hash]);
      if (alsoCheckpoints) await tx.query(`delete from audit_checkpoints where org_id = $1 and seq > $2`, [orgId, keep]);
    });
  }

  /** Edit record `seq` and recompute the hash of it and of every record after it, and the head. */
  async function rewriteChain(orgId: string, seq: number): Promise<void> {
    await db.asOwner(async (tx) => {
      const rows = await tx.query<AuditRow>(`select ${AUDIT_COLUMNS} from audit_events where org_id = $1 order by seq`, [orgId]);
      let prevHash = GENESIS_HASH;
      for (const row of rows) {
        const { hash: _old, ...record } = toAuditRecord(row);
        const edited = { ...record, prevHash, role: record.seq === seq ? 'beheerder' : record.role };
        const hash = hashAuditRecord(edited);
        await tx.query(`update audit_events set user_role = $3, prev_hash = $4, hash = $5 where org_id = $1 and seq = $2`, [
          orgId,
          record.seq,
          edited.role,
          prevHash,
          hash,
        ]);
        prevHash = hash;
      }
      await tx.query(`update audit_chain_heads set last_hash = $2 where org_id = $1`, [orgId, prevHash]);
    });
  }

  it('signs a checkpoint every N records, in the transaction that appends them', async () => {
    const { orgId } = await orgWithChain(9);
    const checkpoints = await db.asOwner((tx) =>
      tx.query<{ seq: number; key_id: string }>(
        `select seq::int as seq, key_id from audit_checkpoints where org_id = $1 order by seq`,
        [orgId],
      ),
    );
    expect(checkpoints).toEqual([
      { seq: 4, key_id: KEYRING.current.id },
      { seq: 8, key_id: KEYRING.current.id },
    ]);
    expect(KEYRING.current.id).not.toContain(KEY);
    expect(await breaksOf(orgId)).toEqual([]);
  });

  it('(a) a dropped head: the newest records deleted and the chain head rewound', async () => {
    const { orgId } = await orgWithChain(9);
    await dropHead(orgId, 6);
    expect(await breaksOf(orgId)).toEqual([
      { orgId, seq: 8, problem: 'signed checkpoint at record 8, but the chain ends at 6: the newest records were removed' },
    ]);
  });

  it('(a) a dropped head with its checkpoints deleted too: the append-only export still shows it', async () => {
    const { orgId, clientId } = await orgWithChain(6);
    const dir = tempDir();
    await exportAuditTrail(db, dir, KEYRING, [orgId]);
    await append(orgId, clientId, 2);
    await exportAuditTrail(db, dir, KEYRING, [orgId]);
    await dropHead(orgId, 5, true);
    // The database alone now looks consistent …
    expect(await breaksOf(orgId)).toEqual([]);
    // … the export outside it does not.
    expect(await breaksOf(orgId, { exportDir: dir })).toEqual([
      { orgId, seq: 6, problem: 'exported records 6-8 are missing from the database: the newest records were removed' },
    ]);
  });

  it('(b) a rewritten chain with every hash recomputed and the head moved along', async () => {
    const { orgId } = await orgWithChain(5);
    await rewriteChain(orgId, 2);
    expect(await breaksOf(orgId)).toEqual([
      { orgId, seq: 4, problem: 'record differs from its signed checkpoint (chain rewritten)' },
    ]);
  });

  it('(b) a rewritten chain is also caught against the export', async () => {
    const { orgId } = await orgWithChain(3);
    const dir = tempDir();
    await exportAuditTrail(db, dir, KEYRING, [orgId]);
    await rewriteChain(orgId, 2);
    expect(await breaksOf(orgId, { exportDir: dir })).toEqual([
      // the export wrote a checkpoint of the head it exported, and the export itself
      { orgId, seq: 3, problem: 'record differs from its signed checkpoint (chain rewritten)' },
      { orgId, seq: 2, problem: 'record differs from the export (chain rewritten)' },
    ]);
  });

  it('(c) a replaced key: the rewritten chain re-signed with a key of the attacker’s own', async () => {
    const { orgId } = await orgWithChain(5);
    await rewriteChain(orgId, 2);
    await db.asOwner(async (tx) => {
      await tx.query(`delete from audit_checkpoints where org_id = $1`, [orgId]);
      const [head] = await tx.query<{ last_seq: number; last_hash: string }>(
        `select last_seq::int as last_seq, last_hash from audit_chain_heads where org_id = $1`,
        [orgId],
      );
      await insertCheckpoint(tx, orgId, head?.last_seq ?? 0, head?.last_hash ?? '', ATTACKER);
    });
    expect(await breaksOf(orgId)).toEqual([
      {
        orgId,
        seq: 5,
        problem: `checkpoint signed with key ${ATTACKER.id}, which is not a configured audit key (key replaced?)`,
      },
    ]);
  });

  it('(c) a checkpoint that claims the real key id but was not made with it', async () => {
    const { orgId } = await orgWithChain(5);
    await rewriteChain(orgId, 2);
    await db.asOwner((tx) =>
      tx.query(
        `update audit_checkpoints set head_hash = (select hash from audit_events where org_id = $1 and seq = 4) where org_id = $1 and seq = 4`,
        [orgId],
      ),
    );
    expect(await breaksOf(orgId)).toEqual([
      { orgId, seq: 4, problem: 'checkpoint signature does not match (forged checkpoint)' },
    ]);
  });

  it('(c) the configured key replaced: the old checkpoints count only while the old key is kept as a previous key', async () => {
    const { orgId } = await orgWithChain(4);
    const replaced = auditKeyring('another-key-entirely-0123456789-0123456789');
    expect(await breaksOf(orgId, { keyring: replaced })).toEqual([
      {
        orgId,
        seq: 4,
        problem: `checkpoint signed with key ${KEYRING.current.id}, which is not a configured audit key (key replaced?)`,
      },
    ]);
    const rotated = auditKeyring('another-key-entirely-0123456789-0123456789', [KEY]);
    expect(await breaksOf(orgId, { keyring: rotated })).toEqual([]);
  });

  it('the export appends and never rewrites; every batch ends with a signed trailer', async () => {
    const { orgId, clientId } = await orgWithChain(3);
    const dir = tempDir();
    expect(await exportAuditTrail(db, dir, KEYRING, [orgId])).toContainEqual({ orgId, appended: 3, upTo: 3, refused: null });
    const first = readFileSync(exportFileOf(dir, orgId), 'utf8');
    await append(orgId, clientId, 2);
    expect(await exportAuditTrail(db, dir, KEYRING, [orgId])).toContainEqual({ orgId, appended: 2, upTo: 5, refused: null });
    const second = readFileSync(exportFileOf(dir, orgId), 'utf8');
    expect(second.startsWith(first)).toBe(true);
    const lines = second
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; seq: number });
    expect(lines.map((l) => `${l.type}:${l.seq}`)).toEqual([
      'record:1',
      'record:2',
      'record:3',
      'trailer:3',
      'record:4',
      'record:5',
      'trailer:5',
    ]);
    expect(readExport(dir, orgId, KEYRING)).toMatchObject({ sealedSeq: 5, problems: [] });
    // Nothing new: nothing written.
    expect(await exportAuditTrail(db, dir, KEYRING, [orgId])).toContainEqual({ orgId, appended: 0, upTo: 5, refused: null });
    expect(readFileSync(exportFileOf(dir, orgId), 'utf8')).toBe(second);
    expect(await breaksOf(orgId, { exportDir: dir })).toEqual([]);
  });

  it('the export refuses to continue a chain that changed after it was exported', async () => {
    const { orgId } = await orgWithChain(3);
    const dir = tempDir();
    await exportAuditTrail(db, dir, KEYRING, [orgId]);
    const before = readFileSync(exportFileOf(dir, orgId), 'utf8');
    await rewriteChain(orgId, 3);
    const [result] = (await exportAuditTrail(db, dir, KEYRING, [orgId])).filter((r) => r.orgId === orgId);
    expect(result?.refused).toBe('record 3 in the database is not the one exported: the chain was changed after the export');
    expect(readFileSync(exportFileOf(dir, orgId), 'utf8')).toBe(before);
  });

  it('an edited export file shows too', async () => {
    const { orgId } = await orgWithChain(3);
    const dir = tempDir();
    await exportAuditTrail(db, dir, KEYRING, [orgId]);
    const path = exportFileOf(dir, orgId);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"role":"vaktherapeut"', '"role":"beheerder"'));
    expect(await breaksOf(orgId, { exportDir: dir })).toEqual(
      expect.arrayContaining([{ orgId, seq: 1, problem: 'export: record was altered' }]),
    );
  });
});
