import { createHash, randomBytes } from 'node:crypto';
import { isRole, type Role } from '@meedoen/core';
import type { Database, Queryable } from '../db/database.js';
import { claimIdentity, releaseIdentities } from '../db/identity-directory.js';

export const SESSION_COOKIE = 'meedoen_session';

/** How far sign-in has come: done, waiting for the second factor, or allowed only to enrol one. */
export type SessionStage = 'active' | 'second_factor' | 'enrol_second_factor';

/** Who is calling, as established from the session cookie; carried on the request. */
export interface Authenticated {
  sessionId: string;
  orgId: string;
  userId: string;
  csrfToken: string;
  stage: SessionStage;
  roles: Role[];
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Database,
  orgId: string,
  userId: string,
  stage: SessionStage,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  await db.withOrg(orgId, async (tx) => {
    const [row] = await tx.query<{ id: string }>(
      `insert into sessions (org_id, user_id, token_hash, csrf_token, stage) values ($1, $2, $3, $4, $5) returning id`,
      [orgId, userId, tokenHash, csrfToken, stage],
    );
    // The token in the directory of global identities, in the same transaction (migration 0033).
    if (!row || !(await claimIdentity(tx, 'session', tokenHash, row.id))) throw new Error('the session token is taken');
  });
  return { token, csrfToken };
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

interface SessionRow {
  session_id: string;
  org_id: string;
  user_id: string;
  csrf_token: string;
  idle_seconds: number;
  age_seconds: number;
  stage: SessionStage;
  roles: string[];
}

/** How long a session may last: idle, and at most in all (NEN 7510: sessions end). */
export interface SessionLifetime {
  idleMinutes: number;
  maxHours: number;
}

/**
 * The session behind a cookie value, or null when it is unknown, idle for too long, or older than the
 * absolute lifetime (then it is removed). Marks the session as seen, at most once a minute to spare writes.
 */
export async function findSession(db: Database, token: string, lifetime: SessionLifetime): Promise<Authenticated | null> {
  const tokenHash = hashToken(token);
  // The directory names the organisation; the session itself is read bound to it (row-level security), in one round
  // trip (the hash is hex by construction: the only value in the text). A directory entry whose session is gone
  // (removed in another way) finds no row and counts as unknown.
  if (!SHA256_HEX.test(tokenHash)) throw new Error('a session token hash is a SHA-256 hex digest');
  const [found] = await db.readByDirectoryKey<SessionRow>(
    `select org_id from identity_lookup('session', '${tokenHash}')`,
    // session_by_token (migration 0038): the read of the session and its roles, planned once per connection.
    (org) => `select * from session_by_token('${tokenHash}', ${org})`,
  );
  if (!found) return null;
  const expired = found.idle_seconds > lifetime.idleMinutes * 60 || found.age_seconds > lifetime.maxHours * 3600;
  if (expired || found.idle_seconds > 60) {
    await db.withOrg(found.org_id, async (tx) => {
      if (expired) await endSessions(tx, found.org_id, `id = $2`, [found.session_id]);
      else
        await tx.query(`update sessions set last_seen_at = now() where org_id = $1 and id = $2`, [
          found.org_id,
          found.session_id,
        ]);
    });
  }
  if (expired) return null;
  return {
    sessionId: found.session_id,
    orgId: found.org_id,
    userId: found.user_id,
    csrfToken: found.csrf_token,
    stage: found.stage,
    roles: found.roles.filter(isRole),
  };
}

/**
 * Delete sessions of one organisation matching `condition` (on parameters from $2) and release their tokens from the
 * directory in the same transaction, so no entry outlives its session.
 */
async function endSessions(tx: Queryable, orgId: string, condition: string, params: readonly unknown[]): Promise<void> {
  const ended = await tx.query<{ token_hash: string }>(
    `delete from sessions where org_id = $1 and ${condition} returning token_hash`,
    [orgId, ...params],
  );
  await releaseIdentities(
    tx,
    'session',
    ended.map((row) => row.token_hash),
  );
}

export async function deleteSession(db: Database, auth: Authenticated): Promise<void> {
  await db.withOrg(auth.orgId, (tx) => endSessions(tx, auth.orgId, `id = $2`, [auth.sessionId]));
}

/** After a password change: every other session of the user ends. */
export async function deleteOtherSessions(tx: Queryable, orgId: string, userId: string, keepSessionId: string): Promise<void> {
  await endSessions(tx, orgId, `user_id = $2 and id <> $3`, [userId, keepSessionId]);
}

/** Every session of an account ends (new roles, switched off, a new password through an invitation). */
export async function deleteUserSessions(tx: Queryable, orgId: string, userId: string): Promise<void> {
  await endSessions(tx, orgId, `user_id = $2`, [userId]);
}

export async function promoteSession(tx: Queryable, orgId: string, sessionId: string): Promise<void> {
  await tx.query(`update sessions set stage = 'active', last_seen_at = now() where org_id = $1 and id = $2`, [orgId, sessionId]);
}
