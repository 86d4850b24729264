import { decideClientAccess, type DataCategory } from '@meedoen/core';
import type { FastifyRequest } from 'fastify';
import { auditRole, loadAccessFactsFor } from '../access/access-facts.js';
import { auditActor } from '../access/audit-context.js';
import { appendAudits } from '../access/audit-log.js';
import type { Authenticated } from '../access/session-store.js';
import type { Queryable } from '../db/database.js';

/**
 * Of the clients a list would show, those whose `category` the caller may read by core's rule, on an ordinary
 * ground: a list sweeps many records, so emergency access (which opens one record for one emergency) does not
 * put anyone on it. Returns the basis per client, for the audit record.
 */
export async function readableClients(
  tx: Queryable,
  orgId: string,
  userId: string,
  clientIds: readonly string[],
  category: DataCategory,
  today: string,
): Promise<Map<string, { basis: string; role: string | null }>> {
  const unique = [...new Set(clientIds)];
  if (unique.length === 0) return new Map();
  const loaded = await loadAccessFactsFor(tx, orgId, userId, unique, today);
  const out = new Map<string, { basis: string; role: string | null }>();
  for (const [clientId, { facts, clientExists }] of loaded) {
    if (!clientExists) continue;
    const decision = decideClientAccess(facts, category, 'read');
    if (decision.allowed && !decision.breakGlass) out.set(clientId, { basis: decision.basis, role: auditRole(facts) });
  }
  return out;
}

/** Each client a list reveals is an access to their record (NEN 7513): one audit record per client shown. */
export async function auditListed(
  tx: Queryable,
  request: FastifyRequest,
  auth: Authenticated,
  event: string,
  shown: ReadonlyMap<string, { basis: string; role: string | null }>,
  objectType: string,
): Promise<void> {
  if (shown.size === 0) return;
  await appendAudits(
    tx,
    auth.orgId,
    [...shown].map(([clientId, { basis, role }]) => ({
      event,
      action: 'R' as const,
      outcome: 'success' as const,
      clientId,
      ...auditActor(request, auth),
      role,
      basis,
      breakGlass: false,
      reason: null,
      objectType,
      objectId: null,
    })),
  );
}
