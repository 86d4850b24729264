import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openPgliteDatabase } from '../db/pglite-database.js';
import { createTestClient, createTestOrganisation, openTestDatabase } from '../testing/test-database.js';
import { appendAudit, appendAudits, hashAuditRecord, verifyAuditChains, type AuditEntry } from './audit-log.js';

const entry = (clientId: string, event = 'client.read'): AuditEntry => ({
  event,
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

/** Breaks of one organisation only: on PostgreSQL other test files write their own chains meanwhile. */
/** The findings for one organisation as the CLI prints them (the `kind` for screens is checked elsewhere). */
async function breaksOf(db: Database, orgId: string) {
  return (await verifyAuditChains(db)).breaks
    .filter((b) => b.orgId === orgId)
    .map(({ orgId: org, seq, problem }) => ({ orgId: org, seq, problem }));
}

describe('the audit trail is append-only and tamper-evident', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  async function orgWithChainOf(orgId: string, clientId: string) {
    await db.withOrg(orgId, (tx) => appendAudit(tx, orgId, entry(clientId)));
  }

  async function orgWithChain(length: number) {
    const orgId = await createTestOrganisation(db);
    const clientId = await createTestClient(db, orgId);
    for (let i = 0; i < length; i++) await db.withOrg(orgId, (tx) => appendAudit(tx, orgId, entry(clientId, `event.${i}`)));
    return orgId;
  }

  it('chains records per organisation and verifies intact', async () => {
    const orgId = await orgWithChain(4);
    const rows = await db.asOwner((tx) =>
      tx.query<{ seq: number; prev_hash: string; hash: string }>(
        `select seq::int as seq, prev_hash, hash from audit_events where org_id = $1 order by seq`,
        [orgId],
      ),
    );
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(rows[0]?.prev_hash).toBe('genesis');
    expect(rows[2]?.prev_hash).toBe(rows[1]?.hash);
    expect(await breaksOf(db, orgId)).toEqual([]);
  });

  it('the database hashes exactly as the application checks: quotes, accents, emoji, a problem code, nulls', async () => {
    const orgId = await createTestOrganisation(db);
    const clientId = await createTestClient(db, orgId);
    const awkward: AuditEntry[] = [
      {
        ...entry(clientId),
        reason: 'Spoed: "crisis" — cliënt belt \\ om 03:00 😟\n',
        problemCode: 'access.denied',
        outcome: 'denied',
      },
      { ...entry(clientId), clientId: null, ip: null, userAgent: 'Mozilla/5.0 (Ünïcode; ß)', breakGlass: true },
    ];
    const written = await db.withOrg(orgId, (tx) => appendAudits(tx, orgId, awkward));
    const more = await db.withOrg(orgId, (tx) =>
      appendAudits(
        tx,
        orgId,
        Array.from({ length: 30 }, (_, i) => entry(clientId, `event.${i}`)),
      ),
    );
    const records = [...written, ...more];
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    for (const { hash, ...rest } of records) expect(hashAuditRecord(rest)).toBe(hash);
    expect(records[1]?.prevHash).toBe(records[0]?.hash);
    expect(await breaksOf(db, orgId)).toEqual([]);
  });

  it('50 writers at once: one unbroken chain, every record numbered once', async () => {
    const orgId = await createTestOrganisation(db);
    const clientId = await createTestClient(db, orgId);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db.withOrg(orgId, (tx) => appendAudits(tx, orgId, [entry(clientId, `parallel.${i}`), entry(clientId, `parallel.${i}b`)])),
      ),
    );
    const seqs = await db.asOwner((tx) =>
      tx.query<{ seq: number }>(`select seq::int as seq from audit_events where org_id = $1 order by seq`, [orgId]),
    );
    expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(await breaksOf(db, orgId)).toEqual([]);
  });

  it("a transaction bound to one organisation cannot append to another's chain", async () => {
    const orgId = await createTestOrganisation(db);
    const other = await createTestOrganisation(db);
    const clientId = await createTestClient(db, other);
    await orgWithChainOf(other, clientId);
    await expect(db.withOrg(orgId, (tx) => appendAudit(tx, other, entry(clientId)))).rejects.toThrow(
      /row-level security|not visible/,
    );
    const count = await db.asOwner((tx) =>
      tx.query<{ n: number }>(`select count(*)::int as n from audit_events where org_id = $1`, [other]),
    );
    expect(count[0]?.n).toBe(1);
  });

  it('the application role can neither update nor delete audit records', async () => {
    const orgId = await orgWithChain(1);
    await expect(db.withOrg(orgId, (tx) => tx.query(`update audit_events set event = 'x'`))).rejects.toThrow(/permission denied/);
    await expect(db.withOrg(orgId, (tx) => tx.query(`delete from audit_events`))).rejects.toThrow(/permission denied/);
    await expect(db.withOrg(orgId, (tx) => tx.query(`delete from consent_grants`))).rejects.toThrow(/permission denied/);
  });

  it('detects an edited record', async () => {
    const orgId = await orgWithChain(3);
    await db.asOwner((tx) => tx.query(`update audit_events set user_role = 'beheerder' where org_id = $1 and seq = 2`, [orgId]));
    expect(await breaksOf(db, orgId)).toEqual([{ orgId, seq: 2, problem: 'record was altered' }]);
  });

  it('detects a deleted record in the middle and at the end', async () => {
    const middle = await orgWithChain(4);
    await db.asOwner((tx) => tx.query(`delete from audit_events where org_id = $1 and seq = 2`, [middle]));
    expect(await breaksOf(db, middle)).toEqual([
      { orgId: middle, seq: 2, problem: 'record 2 missing' },
      { orgId: middle, seq: 3, problem: 'predecessor hash does not match' },
    ]);
    const tail = await orgWithChain(3);
    await db.asOwner((tx) => tx.query(`delete from audit_events where org_id = $1 and seq = 3`, [tail]));
    expect(await breaksOf(db, tail)).toEqual([{ orgId: tail, seq: 3, problem: 'records at the end of the chain are missing' }]);
  });
});

describe('meedoen audit verify', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meedoen-audit-'));
  const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
  const run = () =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, 'audit', 'verify'], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        MEEDOEN_DATA_DIR: dataDir,
        TSX_TSCONFIG_PATH: fileURLToPath(new URL('../../../../tsconfig.tests.json', import.meta.url)),
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  // Two CLI runs (each starts tsx): generous on a busy machine.
  it('exits 0 on an intact trail and 1 with the break named after a row is edited', { timeout: 300_000 }, async () => {
    const db = await openPgliteDatabase(dataDir);
    await migrate(db);
    const orgId = await createTestOrganisation(db);
    const clientId = await createTestClient(db, orgId);
    for (let i = 0; i < 3; i++) await db.withOrg(orgId, (tx) => appendAudit(tx, orgId, entry(clientId)));
    await db.close();

    const intact = run();
    expect(intact.stdout).toContain('intact: 3 audit records in 1 organisation chain(s), 0 break(s)');
    expect(intact.status).toBe(0);

    const tamper = await openPgliteDatabase(dataDir);
    await tamper.asOwner((tx) => tx.query(`update audit_events set outcome = 'denied' where seq = 1`));
    await tamper.close();
    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`BREAK  organisation ${orgId}  record 1: record was altered`);
  });
});

describe('meedoen audit export and verify --export', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'meedoen-audit-export-'));
  const exportDir = mkdtempSync(join(tmpdir(), 'meedoen-audit-files-'));
  const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, 'audit', ...args], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        MEEDOEN_DATA_DIR: dataDir,
        MEEDOEN_AUDIT_KEY: 'cli-test-audit-key-0123456789-0123456789',
        TSX_TSCONFIG_PATH: fileURLToPath(new URL('../../../../tsconfig.tests.json', import.meta.url)),
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(exportDir, { recursive: true, force: true });
  });

  it('exports, then finds the newest records removed with the head and checkpoints rewound', { timeout: 300_000 }, async () => {
    const db = await openPgliteDatabase(dataDir);
    await migrate(db);
    const orgId = await createTestOrganisation(db);
    const clientId = await createTestClient(db, orgId);
    for (let i = 0; i < 5; i++) await db.withOrg(orgId, (tx) => appendAudit(tx, orgId, entry(clientId)));
    await db.close();

    const exported = run('export', '--to', exportDir);
    expect(exported.stdout).toContain(`exported organisation ${orgId}: 5 new record(s), up to 5`);
    expect(exported.status).toBe(0);

    const tamper = await openPgliteDatabase(dataDir);
    await tamper.asOwner(async (tx) => {
      const [kept] = await tx.query<{ hash: string }>(`select hash from audit_events where seq = 3`);
      await tx.query(`delete from audit_events where seq > 3`);
      await tx.query(`delete from audit_checkpoints where seq > 3`);
      await tx.query(`update audit_chain_heads set last_seq = 3, last_hash = $1`, [kept?.hash]);
    });
    await tamper.close();
    const broken = run('verify', '--export', exportDir);
    expect(broken.stdout).toContain(
      `BREAK  organisation ${orgId}  record 4: exported records 4-5 are missing from the database: the newest records were removed`,
    );
    expect(broken.status).toBe(1);
  });
});
