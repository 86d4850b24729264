import type { Queryable } from './database.js';

/**
 * Global identities (issue 16; docs/adr/0006-distributing-by-organisation.md, step 3): keys looked up before the
 * organisation is known live in `identity_directory` (migration 0033), unique across all organisations, and point
 * at the organisation and the owning row. Reached only through three SECURITY DEFINER functions, so the
 * application role can neither list another organisation's keys nor claim or release them.
 */
export type IdentityKind = 'email' | 'session' | 'invitation' | 'feed';

export interface DirectoryEntry {
  orgId: string;
  ownerId: string;
}

/** The organisation and owner behind a key, or null for an unknown key. Works in any transaction, bound or not. */
export async function lookupIdentity(tx: Queryable, kind: IdentityKind, key: string): Promise<DirectoryEntry | null> {
  const [row] = await tx.query<{ org_id: string; owner_id: string }>(`select org_id, owner_id from identity_lookup($1, $2)`, [
    kind,
    key,
  ]);
  return row ? { orgId: row.org_id, ownerId: row.owner_id } : null;
}

/**
 * Claim a key for the organisation the transaction is bound to, in the same transaction as the row it belongs to.
 * False when the key is taken: the directory's primary key decides, also between parallel transactions.
 */
export async function claimIdentity(tx: Queryable, kind: IdentityKind, key: string, ownerId: string): Promise<boolean> {
  const [row] = await tx.query<{ claimed: boolean }>(`select identity_claim($1, $2, $3) as claimed`, [kind, key, ownerId]);
  return row?.claimed === true;
}

/** Release keys of the bound organisation when their rows end (a session deleted, a feed token revoked). */
export async function releaseIdentities(tx: Queryable, kind: IdentityKind, keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await tx.query(`select identity_release($1, $2)`, [kind, [...keys]]);
}
