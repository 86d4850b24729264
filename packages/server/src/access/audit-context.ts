import type { FastifyRequest } from 'fastify';
import type { AuditEntry } from './audit-log.js';
import type { Authenticated } from './session-store.js';

/** Who acted and from where (NEN 7513 §7.3: user and access point), for an audit entry. */
export function auditActor(
  request: FastifyRequest,
  auth: Authenticated,
): Pick<AuditEntry, 'userId' | 'responsibleUserId' | 'ip' | 'userAgent'> {
  return {
    userId: auth.userId,
    // Acting on one's own responsibility; a delegate acting for someone else would name that person here.
    responsibleUserId: auth.userId,
    ip: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
  };
}
