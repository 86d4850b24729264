import { randomBytes } from 'node:crypto';
import { hashToken } from '../access/session-store.js';
import type { Queryable } from '../db/database.js';
import { claimIdentity, lookupIdentity } from '../db/identity-directory.js';

/** Where the web app opens an invitation. The secret goes after `#`: browsers never send it to a server or in a Referer. */
export const INVITATION_PAGE = '/uitnodiging#';

/** What the administrator sees once: the link's path (the web app adds its own address) and until when it works. */
export interface IssuedInvitation {
  path: string;
  expiresAt: string;
}

/** Why an invitation cannot be used; `valid` when it can. */
export type InvitationStatus = 'valid' | 'unknown' | 'expired' | 'used' | 'replaced';

export interface InvitationState {
  status: InvitationStatus;
  /** For the audit: why, also where the answer says no more than `unknown`. */
  reason: string;
  userId: string;
  email: string;
  displayName: string;
}

/**
 * A new one-time invitation for an account, in the caller's transaction (bound to the account's organisation):
 * 32 random bytes from the operating system's generator (256 bits; OWASP Forgot Password Cheat Sheet asks for a
 * random, single-use, expiring token), of which only the sha-256 is stored. Any open invitation of the account
 * is voided first: only the newest link works.
 */
export async function issueInvitation(
  tx: Queryable,
  orgId: string,
  userId: string,
  createdBy: string,
  hours: number,
): Promise<IssuedInvitation> {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  await voidOpenInvitations(tx, orgId, userId);
  const [row] = await tx.query<{ id: string; expires_at: Date | string }>(
    `insert into user_invitations (org_id, user_id, token_hash, created_by, expires_at)
     values ($1, $2, $3, $4, now() + $5 * interval '1 hour') returning id, expires_at`,
    [orgId, userId, tokenHash, createdBy, hours],
  );
  // The link in the directory of global identities, in the same transaction (migration 0033). It stays there as
  // long as the invitation does (never deleted), so a used, replaced or expired link is still told apart.
  if (!row || !(await claimIdentity(tx, 'invitation', tokenHash, row.id))) throw new Error('the invitation token is taken');
  return { path: `${INVITATION_PAGE}${token}`, expiresAt: new Date(row?.expires_at ?? '').toISOString() };
}

/** A newer invitation, or switching the account off, voids the open ones. */
export async function voidOpenInvitations(tx: Queryable, orgId: string, userId: string): Promise<void> {
  await tx.query(
    `update user_invitations set voided_at = now()
      where org_id = $1 and user_id = $2 and consumed_at is null and voided_at is null`,
    [orgId, userId],
  );
}

/** The organisation an invitation secret belongs to (from the directory of global identities), or null for an unknown secret. */
export async function findInvitationOrg(tx: Queryable, token: string): Promise<{ invitationId: string; orgId: string } | null> {
  const entry = await lookupIdentity(tx, 'invitation', hashToken(token));
  return entry ? { invitationId: entry.ownerId, orgId: entry.orgId } : null;
}

/** Whether an invitation can be used, and for whom; in a transaction bound to its organisation. */
export async function invitationState(tx: Queryable, orgId: string, invitationId: string): Promise<InvitationState | null> {
  const [row] = await tx.query<{
    user_id: string;
    email: string;
    display_name: string;
    active: boolean;
    consumed: boolean;
    voided: boolean;
    expired: boolean;
  }>(
    `select i.user_id, u.email, u.display_name, u.active, i.consumed_at is not null as consumed,
            i.voided_at is not null as voided, i.expires_at <= now() as expired
       from user_invitations i join users u on u.org_id = i.org_id and u.id = i.user_id
      where i.org_id = $1 and i.id = $2`,
    [orgId, invitationId],
  );
  if (!row) return null;
  // A switched-off account's link says no more than an unknown one.
  const status: InvitationStatus = !row.active
    ? 'unknown'
    : row.consumed
      ? 'used'
      : row.voided
        ? 'replaced'
        : row.expired
          ? 'expired'
          : 'valid';
  return {
    status,
    reason: row.active ? status : 'account_inactive',
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
  };
}

/**
 * Use an invitation: exactly one request can. The database decides (the row lock and the re-checked
 * `consumed_at is null`), so of two parallel uses one gets the user's id and the other null.
 */
export async function consumeInvitation(tx: Queryable, orgId: string, invitationId: string): Promise<string | null> {
  const [row] = await tx.query<{ user_id: string }>(
    `update user_invitations i set consumed_at = now()
       from users u
      where i.org_id = $1 and i.id = $2 and u.org_id = i.org_id and u.id = i.user_id and u.active
        and i.consumed_at is null and i.voided_at is null and i.expires_at > now()
      returning i.user_id`,
    [orgId, invitationId],
  );
  return row?.user_id ?? null;
}
