import {
  clientAbilities,
  decideClientAccess,
  isoDateIn,
  type AccessDecision,
  type AccessFacts,
  type ClientAbilities,
} from '@meedoen/core';
import type { FastifyRequest } from 'fastify';
import type { Database, Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { auditRole, loadAccessFacts } from './access-facts.js';
import { auditActor } from './audit-context.js';
import { appendAudit } from './audit-log.js';
import { requireFullAuth } from './route-access.js';

export interface ClientAccess {
  orgId: string;
  userId: string;
  clientId: string;
  facts: AccessFacts;
  decision: Extract<AccessDecision, { allowed: true }>;
  abilities: ClientAbilities;
  today: string;
}

export interface AccessOverride {
  /** Audit a different object than the route's, e.g. the consent that was revoked. */
  objectType?: string;
  objectId?: string;
  reason?: string | null;
}

/**
 * The one way a route touches a client's data. In one transaction: load the access facts, decide
 * with core's rule, run `fn`, and write the NEN 7513 audit record. A denied attempt is audited and
 * committed as such, then answered with 403 — the same answer whether or not the client exists, so
 * nothing leaks.
 */
export async function withClientAccess<T>(
  db: Database,
  request: FastifyRequest,
  clientId: string,
  fn: (tx: Queryable, access: ClientAccess) => Promise<T>,
  override: AccessOverride = {},
): Promise<T> {
  const auth = requireFullAuth(request);
  const route = request.routeOptions.config.access;
  if (route?.kind !== 'client')
    throw new Error(`withClientAccess on a route not declared as client-scoped: ${request.routeOptions.url}`);
  const today = isoDateIn(new Date());
  const outcome = await db.withOrg(auth.orgId, async (tx) => {
    const { facts, clientExists } = await loadAccessFacts(tx, auth.userId, clientId, today);
    const decision = clientExists
      ? decideClientAccess(facts, route.category, route.action)
      : ({ allowed: false, reason: 'no_relationship' } as const);
    const audit = (outcome: 'success' | 'denied', basis: string | null, breakGlass: boolean) =>
      appendAudit(tx, auth.orgId, {
        event: route.event,
        action: route.audit,
        outcome,
        clientId: clientExists ? clientId : null,
        ...auditActor(request, auth),
        role: auditRole(facts),
        basis,
        breakGlass,
        reason: override.reason ?? null,
        objectType: override.objectType ?? route.category,
        objectId: override.objectId ?? (clientExists ? null : clientId),
      });
    if (!decision.allowed) {
      await audit('denied', decision.reason, false);
      return { denied: true as const };
    }
    const value = await fn(tx, {
      orgId: auth.orgId,
      userId: auth.userId,
      clientId,
      facts,
      decision,
      abilities: clientAbilities(facts),
      today,
    });
    await audit('success', decision.basis, decision.breakGlass);
    return { denied: false as const, value };
  });
  request.clientAccessChecked = true;
  if (outcome.denied) throw new ProblemError('access.forbidden');
  return outcome.value;
}
