import {
  applyDisclosure,
  clientAbilities,
  decideClientRequest,
  DENIAL_PROBLEMS,
  DISCLOSED_CATEGORIES,
  disclosureFor,
  FULL_DISCLOSURE,
  isoDateIn,
  missingParts,
  type AccessDecision,
  type AccessFacts,
  type ClientAbilities,
  type Disclosure,
} from '@meedoen/core';
import type { FastifyRequest } from 'fastify';
import type { Database, Queryable } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import { auditRole, loadAccessFactsFor, type LoadedFacts } from './access-facts.js';
import { auditActor } from './audit-context.js';
import { appendAudits, type AuditEntry, type AuditOutcome } from './audit-log.js';
import { markAudited, outcomeOf, problemCodeOf } from './request-audit.js';
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
  /** What of the client's day-activity record this caller sees: all, or the parts the client shared with them. */
  disclosure: Disclosure;
  /** Name the object of the audit record once it exists (e.g. the consent just recorded). */
  auditObject(type: string, id: string): void;
}

export interface AccessOverride {
  /** Audit a different object than the route's, e.g. the consent that was revoked. */
  objectType?: string;
  objectId?: string;
  reason?: string | null;
}

export type ClientRoute = Extract<RouteAccess, { kind: 'client' }>;

/**
 * Who asks, for the mechanism: the signed-in caller of a request, or the requester of a background job
 * (a bulk export) acting later with the roles they hold then. Either way the same decision and audit.
 */
export interface AccessActor {
  auth: Pick<Authenticated, 'orgId' | 'userId' | 'roles'>;
  method: string;
  audit: Pick<AuditEntry, 'userId' | 'responsibleUserId' | 'ip' | 'userAgent'>;
}

interface Checked {
  clientId: string;
  access: ClientAccess | null;
  decision: AccessDecision;
  entry: (outcome: AuditOutcome, problemCode?: string | null) => AuditEntry;
}

const READS = new Set(['GET', 'HEAD']);

/** The client's disclosure entries of every client asked for that has a plan (one round trip). */
async function loadDisclosures(tx: Queryable, clientIds: readonly string[]): Promise<Map<string, unknown>> {
  const rows = await tx.query<{ client_id: string; disclosure: unknown }>(
    `select client_id, document->'disclosure' as disclosure from participation_plans where client_id = any($1::uuid[])`,
    [[...clientIds]],
  );
  return new Map(rows.map((row) => [row.client_id, row.disclosure]));
}

/**
 * Decide every client's access inside the caller's transaction; the caller writes the audit entries
 * at the right moment. Three steps, all with core's rules: the ground (care team, consent, …), then
 * break-glass read-only for any request that changes data, then the client's disclosure for the parts
 * this route's answer is made of.
 */
async function checkClients(
  tx: Queryable,
  actor: AccessActor,
  route: ClientRoute,
  clientIds: readonly string[],
  today: string,
  override: AccessOverride,
): Promise<Checked[]> {
  const { auth } = actor;
  const loaded = await loadAccessFactsFor(tx, auth.orgId, auth.userId, clientIds, today);
  const changesData = !READS.has(actor.method);
  const decided = clientIds.map((clientId) => {
    const found: LoadedFacts = loaded.get(clientId) ?? {
      facts: { roles: auth.roles, teamRoles: [], isSelf: false, isRepresentative: false, consents: [], breakGlass: false },
      clientExists: false,
      breakGlassReason: null,
    };
    const decision: AccessDecision = found.clientExists
      ? decideClientRequest(found.facts, route.category, route.action, changesData)
      : { allowed: false, reason: 'no_relationship' };
    return { clientId, found, decision };
  });
  const limited = decided.filter((d) => d.decision.allowed && d.decision.basis === 'consent').map((d) => d.clientId);
  const disclosures =
    limited.length > 0 && DISCLOSED_CATEGORIES.includes(route.category) ? await loadDisclosures(tx, limited) : new Map();

  return decided.map(({ clientId, found, decision: ground }) => {
    const { facts, clientExists, breakGlassReason } = found;
    const disclosure =
      ground.allowed && DISCLOSED_CATEGORIES.includes(route.category)
        ? disclosureFor(ground.basis, facts.roles, disclosures.get(clientId))
        : FULL_DISCLOSURE;
    const decision: AccessDecision =
      ground.allowed && route.disclosure && missingParts(route.disclosure, disclosure).length > 0
        ? { allowed: false, reason: 'not_disclosed' }
        : ground;
    const object = {
      type: override.objectType ?? route.category,
      id: override.objectId ?? (clientExists ? null : clientId),
    };
    const underBreakGlass = decision.allowed ? decision.breakGlass : decision.reason === 'break_glass_read_only';
    const entry = (outcome: AuditOutcome, problemCode: string | null = null): AuditEntry => ({
      event: route.event,
      action: route.audit,
      outcome,
      clientId: clientExists ? clientId : null,
      ...actor.audit,
      role: auditRole(facts),
      basis: decision.allowed ? decision.basis : decision.reason,
      breakGlass: underBreakGlass,
      // Break-glass carries its stated reason on every record made under it (NEN 7513 §9: noodknop).
      reason: override.reason ?? (underBreakGlass ? breakGlassReason : null),
      objectType: object.type,
      objectId: object.id,
      problemCode: problemCode ?? (decision.allowed ? null : DENIAL_PROBLEMS[decision.reason]),
    });
    const access: ClientAccess | null = decision.allowed
      ? {
          orgId: auth.orgId,
          userId: auth.userId,
          clientId,
          facts,
          decision,
          abilities: clientAbilities(facts),
          today,
          disclosure,
          auditObject: (type, id) => {
            object.type = type;
            object.id = id;
          },
        }
      : null;
    return { clientId, access, decision, entry };
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
 * and written in one transaction, or none is and each denial is audited. When `fn` fails after access
 * was granted, everything it wrote rolls back and the attempt is recorded on its own, with the problem
 * the caller gets. The answer is what the route declares of the client's disclosure, nothing more.
 */
export async function withClientsAccess<T>(
  db: Database,
  request: FastifyRequest,
  clientIds: readonly string[],
  fn: (tx: Queryable, accesses: ClientAccess[]) => Promise<T>,
  override: AccessOverride = {},
): Promise<T> {
  const auth = requireFullAuth(request);
  const actor: AccessActor = { auth, method: request.method, audit: auditActor(request, auth) };
  let audited = false;
  try {
    const value = await withClientsAccessAs(db, actor, clientRoute(request), clientIds, fn, override, () => {
      audited = true;
      request.clientAccessChecked = true;
    });
    return value;
  } finally {
    if (audited) markAudited(request);
  }
}

/**
 * The mechanism itself, for a given actor and route declaration: `withClientsAccess` for a request,
 * a background job (the bulk export) with its requester. `onAudited` runs once an audit record of the
 * attempt is committed.
 */
export async function withClientsAccessAs<T>(
  db: Database,
  actor: AccessActor,
  route: ClientRoute,
  clientIds: readonly string[],
  fn: (tx: Queryable, accesses: ClientAccess[]) => Promise<T>,
  override: AccessOverride = {},
  onAudited: () => void = () => {},
): Promise<T> {
  const { auth } = actor;
  const today = isoDateIn(new Date());
  let checks: Checked[] | null = null;
  let outcome: { denied: Checked } | { denied: null; value: T };
  try {
    outcome = await db.withOrg(auth.orgId, async (tx) => {
      checks = await checkClients(tx, actor, route, [...new Set(clientIds)], today, override);
      const denied = checks.filter((check) => !check.access);
      if (denied.length > 0) {
        await appendAudits(
          tx,
          auth.orgId,
          denied.map((check) => check.entry('denied')),
        );
        return { denied: denied[0] as Checked };
      }
      const accesses = checks.map((check) => check.access as ClientAccess);
      let value = await fn(tx, accesses);
      for (const access of accesses) if (route.disclosure) value = applyDisclosure(route.disclosure, access.disclosure, value);
      await appendAudits(
        tx,
        auth.orgId,
        checks.map((check) => check.entry('success')),
      );
      return { denied: null, value };
    });
  } catch (error) {
    const granted: Checked[] = checks ?? [];
    if (granted.length > 0) {
      await db.withOrg(auth.orgId, (tx) =>
        appendAudits(
          tx,
          auth.orgId,
          granted.map((check) => check.entry(outcomeOf(error), problemCodeOf(error))),
        ),
      );
      onAudited();
    }
    throw error;
  }
  onAudited();
  if (outcome.denied) {
    const { decision } = outcome.denied;
    throw new ProblemError(decision.allowed ? 'access.forbidden' : DENIAL_PROBLEMS[decision.reason]);
  }
  return outcome.value;
}
