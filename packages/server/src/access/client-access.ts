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
import { auditRole, loadAccessFactsFor } from './access-facts.js';
import { auditActor } from './audit-context.js';
import { appendAudits, type AuditEntry } from './audit-log.js';
import { requireFullAuth, type RouteAccess } from './route-access.js';
import type { Authenticated } from './session-store.js';

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

type ClientRoute = Extract<RouteAccess, { kind: 'client' }>;

interface Checked {
  clientId: string;
  access: ClientAccess | null;
  entry: (outcome: 'success' | 'denied') => AuditEntry;
}

/** Decide every client's access inside the caller's transaction; the caller writes the audit entries at the right moment. */
async function checkClients(
  tx: Queryable,
  request: FastifyRequest,
  auth: Authenticated,
  route: ClientRoute,
  clientIds: readonly string[],
  today: string,
  override: AccessOverride,
): Promise<Checked[]> {
  const loaded = await loadAccessFactsFor(tx, auth.userId, clientIds, today);
  return clientIds.map((clientId) => {
    const { facts, clientExists } = loaded.get(clientId) ?? {
      facts: { roles: auth.roles, teamRoles: [], isSelf: false, isRepresentative: false, consents: [], breakGlass: false },
      clientExists: false,
    };
    const decision: AccessDecision = clientExists
      ? decideClientAccess(facts, route.category, route.action)
      : { allowed: false, reason: 'no_relationship' };
    const entry = (outcome: 'success' | 'denied'): AuditEntry => ({
      event: route.event,
      action: route.audit,
      outcome,
      clientId: clientExists ? clientId : null,
      ...auditActor(request, auth),
      role: auditRole(facts),
      basis: decision.allowed ? decision.basis : decision.reason,
      breakGlass: decision.allowed && decision.breakGlass,
      reason: override.reason ?? null,
      objectType: override.objectType ?? route.category,
      objectId: override.objectId ?? (clientExists ? null : clientId),
    });
    const access = decision.allowed
      ? { orgId: auth.orgId, userId: auth.userId, clientId, facts, decision, abilities: clientAbilities(facts), today }
      : null;
    return { clientId, access, entry };
  });
}

function clientRoute(request: FastifyRequest): ClientRoute {
  const route = request.routeOptions.config.access;
  if (route?.kind !== 'client')
    throw new Error(`client access on a route not declared as client-scoped: ${request.routeOptions.url}`);
  return route;
}

/**
 * The one way a route touches a client's data. In one transaction: load the access facts, decide
 * with core's rule, run `fn`, and write the NEN 7513 audit record. A denied attempt is audited and
 * committed as such, then answered with 403 — the same answer whether or not the client exists.
 */
export async function withClientAccess<T>(
  db: Database,
  request: FastifyRequest,
  clientId: string,
  fn: (tx: Queryable, access: ClientAccess) => Promise<T>,
  override: AccessOverride = {},
): Promise<T> {
  return withClientsAccess(db, request, [clientId], (tx, [access]) => fn(tx, access as ClientAccess), override);
}

/**
 * The same for several clients at once (a group session documented once, an MDO): all are allowed
 * and written in one transaction, or none is and each denial is audited.
 */
export async function withClientsAccess<T>(
  db: Database,
  request: FastifyRequest,
  clientIds: readonly string[],
  fn: (tx: Queryable, accesses: ClientAccess[]) => Promise<T>,
  override: AccessOverride = {},
): Promise<T> {
  const auth = requireFullAuth(request);
  const route = clientRoute(request);
  const today = isoDateIn(new Date());
  const outcome = await db.withOrg(auth.orgId, async (tx) => {
    const checks = await checkClients(tx, request, auth, route, [...new Set(clientIds)], today, override);
    const denied = checks.filter((check) => !check.access);
    if (denied.length > 0) {
      await appendAudits(
        tx,
        auth.orgId,
        denied.map((check) => check.entry('denied')),
      );
      return { denied: true as const };
    }
    const value = await fn(
      tx,
      checks.map((check) => check.access as ClientAccess),
    );
    await appendAudits(
      tx,
      auth.orgId,
      checks.map((check) => check.entry('success')),
    );
    return { denied: false as const, value };
  });
  request.clientAccessChecked = true;
  if (outcome.denied) throw new ProblemError('access.forbidden');
  return outcome.value;
}
