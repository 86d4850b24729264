import { isProblemCode, PROBLEMS } from '@meedoen/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { problemCodeInOutcome } from '../fhir/fhir-http.js';
import { ProblemError } from '../errors/problem.js';
import { auditActor } from './audit-context.js';
import { isClientScoped } from './route-access.js';
import { appendAudit, type AuditAction, type AuditEntry, type AuditOutcome } from './audit-log.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set once an audit record for this request is written (by the access mechanism). */
    auditWritten: boolean;
    /** The request got past authentication, route access and validation to its handler. */
    reachedHandler: boolean;
  }
}

export function markAudited(request: FastifyRequest): void {
  request.auditWritten = true;
}

function statusOf(error: unknown): number {
  if (error instanceof ProblemError) return PROBLEMS[error.code].status;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : 500;
}

/** A refusal (403) or an object that is not there (404) is a denial; any other error a failed attempt. */
export function outcomeOf(error: unknown): AuditOutcome {
  return outcomeOfStatus(statusOf(error));
}

function outcomeOfStatus(status: number): AuditOutcome {
  return status === 403 || status === 404 ? 'denied' : 'failed';
}

export function problemCodeOf(error: unknown): string {
  if (error instanceof ProblemError) return error.code;
  return statusOf(error) < 500 ? 'request.invalid' : 'server.internal';
}

const ACTION_OF_METHOD: Record<string, AuditAction> = { GET: 'R', HEAD: 'R', POST: 'C', PUT: 'U', PATCH: 'U', DELETE: 'D' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function problemCodeIn(payload: unknown): string | null {
  if (typeof payload !== 'string' || !payload.startsWith('{')) return null;
  try {
    const body = JSON.parse(payload) as { code?: unknown };
    const code = body.code ?? problemCodeInOutcome(body);
    return isProblemCode(code) ? code : null;
  } catch {
    return null;
  }
}

/** `trajectoryId` → `trajectory`, `fileId` → `file`: the object a path names besides the client. */
function pathObject(params: Record<string, string>): { type: string; id: string } | null {
  const name = Object.keys(params).find((key) => key !== 'clientId' && key.endsWith('Id'));
  if (!name) return null;
  return { type: name.slice(0, -2).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), id: String(params[name]).slice(0, 100) };
}

/**
 * Every attempt on the API that was refused or failed before the access mechanism could record it —
 * an organisation permission that is missing, a write without its CSRF token, a session still waiting
 * for its second factor, a request that does not validate, an id of an object that is not there — is
 * recorded here (NEN 7513: denials too), in its own transaction, with the problem the caller got.
 * Without a session there is no organisation or user to record it for; sign-in attempts are recorded
 * by the sign-in routes themselves.
 */
export function installRequestAudit(app: FastifyInstance, db: Database): void {
  app.decorateRequest('auditWritten', false);
  app.decorateRequest('reachedHandler', false);
  app.addHook('preHandler', async (request) => {
    request.reachedHandler = true;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const status = reply.statusCode;
    const access = request.routeOptions.config?.access;
    const auth = request.auth;
    if (status < 400 || request.auditWritten || !auth || !access || access.kind === 'public') return payload;
    const record =
      isClientScoped(access) ||
      (access.kind === 'permission' && (status === 403 || status === 404)) ||
      (access.kind === 'signed_in' && status === 403 && !request.reachedHandler);
    if (!record) return payload;
    const params = (request.params ?? {}) as Record<string, string>;
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    const pathClient = typeof params['clientId'] === 'string' ? params['clientId'] : null;
    const object = pathObject(params);
    try {
      await db.withOrg(auth.orgId, async (tx) => {
        const [found] =
          pathClient && UUID.test(pathClient)
            ? await tx.query(`select 1 from clients where org_id = $1 and id = $2`, [auth.orgId, pathClient])
            : [];
        const entry: AuditEntry = {
          event: isClientScoped(access)
            ? access.event
            : access.kind === 'permission'
              ? `permission.${access.permission}`
              : 'request.refused',
          action: isClientScoped(access) ? access.audit : (ACTION_OF_METHOD[request.method] ?? 'E'),
          outcome: outcomeOfStatus(status),
          clientId: found ? pathClient : null,
          ...auditActor(request, auth),
          role: auth.roles[0] ?? null,
          basis: null,
          breakGlass: false,
          reason: null,
          objectType: !isClientScoped(access)
            ? 'route'
            : object
              ? object.type
              : access.kind === 'client'
                ? access.category
                : access.parts.map((p) => p.category).join(','),
          objectId: !isClientScoped(access) ? route : object ? object.id : found || !pathClient ? null : pathClient.slice(0, 100),
          problemCode: problemCodeIn(payload) ?? (status >= 500 ? 'server.internal' : 'request.invalid'),
        };
        await appendAudit(tx, auth.orgId, entry);
      });
      request.auditWritten = true;
    } catch (error) {
      request.log.error({ err: error }, 'could not record a refused request in the audit trail');
    }
    return payload;
  });
}
