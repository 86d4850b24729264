import { isAcceptablePassword, type ProblemCode } from '@meedoen/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import {
  consumeInvitation,
  findInvitationOrg,
  invitationState,
  type InvitationState,
  type InvitationStatus,
} from '../people/invitation-store.js';
import { LoginThrottle } from './login-throttle.js';
import { hashPassword } from './password.js';
import type { SecretBox } from './secret-box.js';
import { refuseWithRetryAfter } from './session-routes.js';
import { deleteUserSessions } from './session-store.js';
import { auditSecurityEvent } from './sign-in-audit.js';

/** The secret from the link; in the body, never in an address, so it stays out of logs. */
const Token = Type.String({ minLength: 1, maxLength: 200, description: 'the secret after # in the invitation link' });

const REFUSAL: Record<Exclude<InvitationStatus, 'valid'>, ProblemCode> = {
  unknown: 'auth.invitation_unknown',
  expired: 'auth.invitation_expired',
  used: 'auth.invitation_used',
  replaced: 'auth.invitation_replaced',
};

type Found =
  | { kind: 'waiting'; seconds: number }
  | { kind: 'unknown' }
  | { kind: 'found'; orgId: string; invitationId: string; state: InvitationState };

/**
 * The invitation link, opened by someone who is not signed in: what it is for (only the e-mail address and
 * name), and choosing the first password with it. The secret is 256 random bits, so it cannot be guessed;
 * still every refused attempt counts against the client address like a failed sign-in (login-throttle.ts),
 * and every use or refusal of a known link is audited in its organisation (NEN 7513: denials too).
 */
export function registerInvitationRoutes(app: FastifyInstance, db: Database, config: Config, box: SecretBox): void {
  const throttle = new LoginThrottle(config, box);

  /** Count the attempt against the address, then find the link and its state. */
  async function find(request: FastifyRequest, token: string): Promise<Found> {
    const addressKey = throttle.addressKey(request.ip);
    const located = await db.withOrg(null, async (tx) => {
      const address = await throttle.reserve(tx, 'address', addressKey);
      if (address.waitSeconds > 0) return { kind: 'waiting', seconds: address.waitSeconds } as const;
      return { kind: 'located', found: await findInvitationOrg(tx, token) } as const;
    });
    if (located.kind === 'waiting') return located;
    const { found } = located;
    if (!found) return { kind: 'unknown' };
    const state = await db.withOrg(found.orgId, (tx) => invitationState(tx, found.orgId, found.invitationId));
    if (!state) return { kind: 'unknown' };
    return { kind: 'found', orgId: found.orgId, invitationId: found.invitationId, state };
  }

  /** A refused link: audited in its organisation (a link nobody issued has none), answered with its own code. */
  async function refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    found: Found,
    event: 'invitation.read' | 'invitation.accept',
  ): Promise<never> {
    if (found.kind === 'waiting') throw refuseWithRetryAfter(reply, found.seconds, 'auth.rate_limited');
    const status = found.kind === 'found' ? found.state.status : 'unknown';
    const code = REFUSAL[status === 'valid' ? 'used' : status];
    if (found.kind === 'found') {
      await db.withOrg(found.orgId, (tx) =>
        auditSecurityEvent(tx, found.orgId, request, {
          event,
          action: event === 'invitation.read' ? 'R' : 'U',
          outcome: 'denied',
          userId: found.state.userId,
          reason: found.state.reason,
          problemCode: code,
        }),
      );
    }
    throw new ProblemError(code, { errors: [{ path: '/body/token', message: status }] });
  }

  app.post(
    '/api/v1/invitations/lookup',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['access'],
        summary:
          'Whether an invitation link still works, and for which account (e-mail address and name, nothing else). ' +
          'A POST so the secret travels in the body, not in an address that servers log.',
        body: Type.Object({ token: Token }, { additionalProperties: false }),
        response: {
          200: Type.Object({ email: Type.String(), displayName: Type.String() }),
          ...problemResponses(404, 409, 410, 429),
        },
      },
    },
    async (request, reply) => {
      const { token } = request.body as { token: string };
      const found = await find(request, token);
      if (found.kind !== 'found' || found.state.status !== 'valid') return refuse(request, reply, found, 'invitation.read');
      const { state, orgId } = found;
      await db.withOrg(orgId, async (tx) => {
        // A link that works is no guess: the address gets its attempt back.
        await throttle.release(tx, 'address', throttle.addressKey(request.ip));
        await auditSecurityEvent(tx, orgId, request, {
          event: 'invitation.read',
          action: 'R',
          outcome: 'success',
          userId: state.userId,
        });
      });
      return { email: state.email, displayName: state.displayName };
    },
  );

  app.post(
    '/api/v1/invitations/acceptance',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['access'],
        summary:
          'Choose the password with an invitation link; the link then stops working and the person signs in. ' +
          'Of two uses of one link exactly one succeeds.',
        body: Type.Object(
          { token: Token, password: Type.String({ minLength: 1, maxLength: 1024 }) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...problemResponses(404, 409, 410, 422, 429) },
      },
    },
    async (request, reply) => {
      const { token, password } = request.body as { token: string; password: string };
      const found = await find(request, token);
      if (found.kind !== 'found' || found.state.status !== 'valid') return refuse(request, reply, found, 'invitation.accept');
      const { state, orgId, invitationId } = found;
      const addressKey = throttle.addressKey(request.ip);
      // The same rule as changing one's password (NIST SP 800-63B §5.1.1.2); the link stays usable.
      if (!isAcceptablePassword(password, state.email)) {
        await db.withOrg(orgId, async (tx) => {
          await throttle.release(tx, 'address', addressKey);
          await auditSecurityEvent(tx, orgId, request, {
            event: 'invitation.accept',
            action: 'U',
            outcome: 'failed',
            userId: state.userId,
            reason: 'password_too_weak',
            problemCode: 'auth.password_too_weak',
          });
        });
        throw new ProblemError('auth.password_too_weak', {
          errors: [
            { path: '/body/password', message: 'too weak', code: 'auth.password_too_weak', source: 'NIST SP 800-63B §5.1.1.2' },
          ],
        });
      }
      const hash = await hashPassword(password);
      const accepted = await db.withOrg(orgId, async (tx) => {
        const userId = await consumeInvitation(tx, orgId, invitationId);
        if (!userId) return false;
        await tx.query(`update users set password_hash = $3, password_changed_at = now() where org_id = $1 and id = $2`, [
          orgId,
          userId,
          hash,
        ]);
        // A reset: sessions of an earlier password end, and the account's failed sign-ins are forgotten.
        await deleteUserSessions(tx, orgId, userId);
        await throttle.release(tx, 'account', throttle.accountKey(state.email));
        await throttle.release(tx, 'address', addressKey);
        await auditSecurityEvent(tx, orgId, request, {
          event: 'invitation.accept',
          action: 'U',
          outcome: 'success',
          userId,
          reason: 'password chosen',
        });
        return true;
      });
      if (!accepted) {
        // Another request used (or an administrator replaced) the link in the meantime: say which.
        const now = await db.withOrg(orgId, (tx) => invitationState(tx, orgId, invitationId));
        const lost: Found = now ? { kind: 'found', orgId, invitationId, state: now } : { kind: 'unknown' };
        return refuse(request, reply, lost, 'invitation.accept');
      }
      return reply.code(204).send();
    },
  );
}
