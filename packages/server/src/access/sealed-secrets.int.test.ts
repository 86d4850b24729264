import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { migrate, readMigrationFiles } from '../db/migrate.js';
import { hashPassword } from './password.js';
import { openPgliteDatabase } from '../db/pglite-database.js';
import { buildTestApp, sessionCookie, TEST_SECRET_KEY } from '../testing/test-app.js';
import { createTestOrganisation, TEST_PASSWORD } from '../testing/test-database.js';
import { sealStoredSecrets } from './seal-stored-secrets.js';
import { SecretBox } from './secret-box.js';
import { resolveSecretKey } from './secret-key-file.js';
import { currentStep, generateTotpSecret, totpCode } from './totp.js';

// Finding 8: TOTP secrets were stored readable. Migration 0011 cannot know the key, so the application seals
// what is still readable at its next start. This test walks that upgrade on a database migrated to 0007 first
// (always embedded: it needs a database of its own at an older migration level).
describe('second-factor secrets sealed at rest, also those stored before the upgrade', () => {
  let db: Database;
  let orgId: string;
  const plain = generateTotpSecret();
  let userId: string;
  let userEmail: string;
  let password: string;

  beforeAll(async () => {
    db = await openPgliteDatabase(undefined);
    await migrate(
      db,
      readMigrationFiles().filter((file) => file.name < '0011'),
    );
    orgId = await createTestOrganisation(db);
    // The user as a release before 0011 stored it: no directory entry yet (migration 0033 moves the addresses in).
    userId = randomUUID();
    userEmail = `user-${userId}@test.example`;
    password = TEST_PASSWORD;
    const passwordHash = await hashPassword(password);
    await db.withOrg(orgId, async (tx) => {
      await tx.query(`insert into users (id, org_id, email, display_name, password_hash) values ($1, $2, $3, 'Oud', $4)`, [
        userId,
        orgId,
        userEmail,
        passwordHash,
      ]);
      await tx.query(`insert into user_roles (org_id, user_id, role) values ($1, $2, 'vaktherapeut')`, [orgId, userId]);
    });
    await db.asOwner((tx) =>
      tx.query(`update users set totp_secret = $2, totp_enabled_at = now() where id = $1`, [userId, plain]),
    );
    await migrate(db);
  });
  afterAll(async () => {
    await db.close();
  });

  const storedSecret = async () => {
    const [row] = await db.asOwner((tx) =>
      tx.query<{ totp_secret: string }>(`select totp_secret from users where id = $1`, [userId]),
    );
    return row?.totp_secret ?? '';
  };

  it('after the migration, nothing can write a readable secret any more', async () => {
    await expect(
      db.asOwner((tx) => tx.query(`update users set totp_pending_secret = 'JBSWY3DPEHPK3PXP' where id = $1`, [userId])),
    ).rejects.toThrow(/users_totp_pending_secret_sealed/);
  });

  it('the start seals the readable secret; sign-in with the code still works', async () => {
    expect(await storedSecret()).toBe(plain);
    const box = SecretBox.fromConfig(TEST_SECRET_KEY);
    expect(await sealStoredSecrets(db, box)).toEqual({ sealed: 1, resealed: 0, unopenable: 0 });
    const sealed = await storedSecret();
    expect(sealed.startsWith(`v1:${box.currentKeyId}:`)).toBe(true);
    expect(sealed).not.toContain(plain);
    expect(await sealStoredSecrets(db, box)).toEqual({ sealed: 0, resealed: 0, unopenable: 0 });

    const app = await buildTestApp(db);
    try {
      const pending = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: userEmail, password } });
      expect(pending.json().stage).toBe('second_factor');
      const finish = await app.inject({
        method: 'POST',
        url: '/api/v1/session/second-factor',
        headers: { cookie: sessionCookie(pending), 'x-csrf-token': pending.json().csrfToken as string },
        payload: { code: totpCode(plain, currentStep(new Date())) },
      });
      expect(finish.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('a key rotation re-seals with the new key; a server without the key refuses the code, never a 500', async () => {
    const newKey = 'c3'.repeat(32);
    const rotated = SecretBox.fromConfig(newKey, TEST_SECRET_KEY);
    expect(await sealStoredSecrets(db, rotated)).toEqual({ sealed: 0, resealed: 1, unopenable: 0 });
    expect(SecretBox.keyIdOf(await storedSecret())).toBe(rotated.currentKeyId);

    // A server started with a replaced key cannot open it: it says so at start and refuses codes (401).
    expect(await sealStoredSecrets(db, SecretBox.fromConfig('d4'.repeat(32)))).toEqual({ sealed: 0, resealed: 0, unopenable: 1 });
    const wrongKey = await buildTestApp(db, { secretKey: 'd4'.repeat(32) });
    try {
      const pending = await wrongKey.inject({ method: 'POST', url: '/api/v1/session', payload: { email: userEmail, password } });
      const finish = await wrongKey.inject({
        method: 'POST',
        url: '/api/v1/session/second-factor',
        headers: { cookie: sessionCookie(pending), 'x-csrf-token': pending.json().csrfToken as string },
        payload: { code: totpCode(plain, currentStep(new Date()) + 1) },
      });
      expect(finish.statusCode).toBe(401);
      expect(finish.json().code).toBe('auth.second_factor_invalid');
    } finally {
      await wrongKey.close();
    }
  });

  it('without MEEDOEN_SECRET_KEY the key comes from a file outside the database, created once with mode 0600', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meedoen-key-'));
    try {
      const file = join(dir, 'secret.key');
      const created = resolveSecretKey({ secretKeyFile: file });
      expect(created.source).toBe('new file');
      expect(created.key).toMatch(/^[0-9a-f]{64}$/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, 'utf8').trim()).toBe(created.key);
      expect(resolveSecretKey({ secretKeyFile: file })).toMatchObject({ source: 'file', key: created.key });
      expect(resolveSecretKey({ secretKeyFile: file, secretKey: 'e5'.repeat(32) })).toMatchObject({ source: 'environment' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
