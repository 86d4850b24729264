import { createHash, randomBytes } from 'node:crypto';
import { isRole, type Role } from '@meedoen/core';
import type { Database, Queryable } from '../db/database.js';

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
  await db.withOrg(orgId, (tx) =>
    tx.query(`insert into sessions (org_id, user_id, token_hash, csrf_token, stage) values ($1, $2, $3, $4, $5)`, [
      orgId,
      userId,
      hashToken(token),
      csrfToken,
      stage,
    ]),
  );
  return { token, csrfToken };
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
  const [found] = await db.withOrg(null, (tx) =>
    tx.query<{
      session_id: string;
      org_id: string;
      user_id: string;
      csrf_token: string;
      idle_seconds: number;
      age_seconds: number;
      stage: SessionStage;
      roles: string[];
    }>(
      `select session_id, org_id, user_id, csrf_token, stage, roles,
              extract(epoch from now() - last_seen_at)::int as idle_seconds,
              extract(epoch from now() - created_at)::int as age_seconds
         from auth_find_session($1)`,
      [hashToken(token)],
    ),
  );
  if (!found) return null;
  const expired = found.idle_seconds > lifetime.idleMinutes * 60 || found.age_seconds > lifetime.maxHours * 3600;
  if (expired || found.idle_seconds > 60) {
    await db.withOrg(found.org_id, (tx) =>
      expired
        ? tx.query(`delete from sessions where id = $1`, [found.session_id])
        : tx.query(`update sessions set last_seen_at = now() where id = $1`, [found.session_id]),
    );
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

export async function deleteSession(db: Database, auth: Authenticated): Promise<void> {
  await db.withOrg(auth.orgId, (tx) => tx.query(`delete from sessions where id = $1`, [auth.sessionId]));
}

/** After a password change: every other session of the user ends. */
export async function deleteOtherSessions(tx: Queryable, userId: string, keepSessionId: string): Promise<void> {
  await tx.query(`delete from sessions where user_id = $1 and id <> $2`, [userId, keepSessionId]);
}

export async function promoteSession(tx: Queryable, sessionId: string): Promise<void> {
  await tx.query(`update sessions set stage = 'active', last_seen_at = now() where id = $1`, [sessionId]);
}
