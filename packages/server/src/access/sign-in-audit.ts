import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db/database.js';
import { appendAudit, type AuditAction } from './audit-log.js';

/**
 * Audit records of the sign-in and account-security events (NEN 7513 §5.1: event, time, user, outcome; §7.3:
 * access point). They concern no client: `clientId` is null. Sign-in events of an e-mail address that belongs
 * to no account have no organisation chain to go into; the throttle still counts them.
 */
export type SecurityEvent =
  | 'sign_in'
  | 'sign_in.backoff'
  | 'sign_in.second_factor'
  | 'sign_out'
  | 'second_factor.enrolment'
  | 'second_factor.confirmation'
  | 'second_factor.removal'
  | 'password.change'
  | 'organisation.security_policy'
  | 'invitation.read'
  | 'invitation.accept';

export interface SecurityAuditEntry {
  event: SecurityEvent;
  action: AuditAction;
  outcome: 'success' | 'denied' | 'failed';
  userId: string;
  /** What happened in a few words: `invalid_password`, `backoff 8 s`, `requireSecondFactor false → true`. */
  reason?: string | null;
  role?: string | null;
  objectType?: 'user' | 'organisation';
  objectId?: string;
  /** The problem+json code the caller got, for a refusal. */
  problemCode?: string;
}

export async function auditSecurityEvent(
  tx: Queryable,
  orgId: string,
  request: FastifyRequest,
  entry: SecurityAuditEntry,
): Promise<void> {
  await appendAudit(tx, orgId, {
    event: entry.event,
    action: entry.action,
    outcome: entry.outcome,
    clientId: null,
    userId: entry.userId,
    responsibleUserId: entry.userId,
    role: entry.role ?? null,
    basis: null,
    breakGlass: false,
    reason: entry.reason ?? null,
    objectType: entry.objectType ?? 'user',
    objectId: entry.objectId ?? entry.userId,
    ip: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
    ...(entry.problemCode ? { problemCode: entry.problemCode } : {}),
  });
}
