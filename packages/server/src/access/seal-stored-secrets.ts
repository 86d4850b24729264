import type { Database } from '../db/database.js';
import { SecretBox, SecretBoxError, totpContext } from './secret-box.js';

export interface SealReport {
  /** Readable secrets (stored before migration 0011) now sealed. */
  sealed: number;
  /** Secrets sealed with a previous key, now sealed with the current one. */
  resealed: number;
  /** Secrets sealed with a key this server does not have (or altered): left as they are. */
  unopenable: number;
}

/**
 * At start, before serving: seal every second-factor secret still stored readable, and re-seal those sealed
 * with a previous key (a key rotation). Runs as the owner over all organisations, in one transaction.
 */
export async function sealStoredSecrets(db: Database, box: SecretBox): Promise<SealReport> {
  return db.asOwner(async (tx) => {
    const rows = await tx.query<{ id: string; totp_secret: string | null; totp_pending_secret: string | null }>(
      `select id, totp_secret, totp_pending_secret from users
        where (totp_secret is not null and (totp_secret not like 'v1:%' or split_part(totp_secret, ':', 2) <> $1))
           or (totp_pending_secret is not null
               and (totp_pending_secret not like 'v1:%' or split_part(totp_pending_secret, ':', 2) <> $1))
        for update`,
      [box.currentKeyId],
    );
    const report: SealReport = { sealed: 0, resealed: 0, unopenable: 0 };
    const reseal = (value: string | null, userId: string): string | null => {
      if (value === null) return null;
      const context = totpContext(userId);
      const keyId = SecretBox.keyIdOf(value);
      if (keyId === null) {
        report.sealed++;
        return box.seal(value, context);
      }
      if (keyId === box.currentKeyId) return value;
      try {
        const plain = box.open(value, context);
        report.resealed++;
        return box.seal(plain, context);
      } catch (error) {
        if (!(error instanceof SecretBoxError)) throw error;
        report.unopenable++;
        return value;
      }
    };
    for (const row of rows) {
      await tx.query(`update users set totp_secret = $2, totp_pending_secret = $3 where id = $1`, [
        row.id,
        reseal(row.totp_secret, row.id),
        reseal(row.totp_pending_secret, row.id),
      ]);
    }
    return report;
  });
}
