import type { FastifyRequest } from 'fastify';
import {
  withClientsAccessAs,
  type AccessActor,
  type AccessOverride,
  type ClientAccess,
  type ClientRoute,
} from '../access/client-access.js';
import { auditActor } from '../access/audit-context.js';
import { markAudited } from '../access/request-audit.js';
import { requireFullAuth, type ClientRoutePart, type RouteAccess } from '../access/route-access.js';
import type { AuditAction } from '../access/audit-log.js';
import type { Database, Queryable } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import type { ClientTypePart, ClientTypeSpec } from './fhir-client-types.js';

/**
 * The route the access mechanism decides one part under: its own category, read, with the parts of the
 * client's disclosure its answer needs whole. A part whose disclosure is per field (the participation
 * plan's sections) filters in its loader with core's `applyDisclosure` and the access's disclosure.
 */
export function partRoute(part: ClientRoutePart, event: string, audit: AuditAction, wholeParts?: readonly string[]): ClientRoute {
  const whole = wholeParts ?? (part.disclosure?.kind === 'whole' ? part.disclosure.parts : []);
  return {
    kind: 'client',
    category: part.category,
    action: 'read',
    audit,
    event,
    ...(whole.length > 0 ? { disclosure: { kind: 'whole', parts: whole as never } } : {}),
  };
}

/** What a FHIR type's routes declare: one category, or one per part. */
export function typeAccess(spec: ClientTypeSpec, event: string): RouteAccess {
  const [first] = spec.parts;
  if (spec.parts.length === 1 && first)
    return {
      kind: 'client',
      category: first.category,
      action: 'read',
      audit: 'R',
      event,
      ...(first.disclosure ? { disclosure: first.disclosure } : {}),
    };
  return {
    kind: 'client_parts',
    action: 'read',
    audit: 'R',
    event,
    parts: spec.parts.map(({ category, disclosure }) => ({ category, ...(disclosure ? { disclosure } : {}) })),
  };
}

const isRefusal = (error: unknown): error is ProblemError => error instanceof ProblemError && error.code.startsWith('access.');

/**
 * Read one client's data part by part, each through the one access mechanism as this request: decided,
 * filtered and audited under the part's own category. The answer holds the parts that were granted; a
 * refused part is audited as refused and left out. Only when every part is refused is the request
 * refused, with the first part's problem.
 */
export async function readParts<T>(
  db: Database,
  request: FastifyRequest,
  clientId: string,
  parts: readonly ClientTypePart[],
  event: string,
  fn: (part: ClientTypePart, tx: Queryable, access: ClientAccess) => Promise<T>,
  override: AccessOverride = {},
): Promise<T[]> {
  const auth = requireFullAuth(request);
  const actor: AccessActor = { auth, method: request.method, audit: auditActor(request, auth) };
  const onAudited = () => {
    request.clientAccessChecked = true;
    markAudited(request);
  };
  const granted: T[] = [];
  let refused: ProblemError | null = null;
  for (const part of parts) {
    try {
      granted.push(
        await withClientsAccessAs(
          db,
          actor,
          partRoute(part, event, 'R'),
          [clientId],
          (tx, [access]) => fn(part, tx, access as ClientAccess),
          override,
          onAudited,
        ),
      );
    } catch (error) {
      if (!isRefusal(error)) throw error;
      refused ??= error;
    }
  }
  if (granted.length === 0 && refused) throw refused;
  return granted;
}
