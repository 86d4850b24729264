import { isAcceptablePassword, seesHealthData } from '@meedoen/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { loadUserProfile } from '../people/user-store.js';
import { requireSession } from './authenticate.js';
import { presentMe } from './me-schema.js';
import { hashPassword, verifyPassword } from './password.js';
import { LoginThrottle } from './login-throttle.js';
import { requireFullAuth } from './route-access.js';
import { totpContext, type SecretBox } from './secret-box.js';
import { openSecret, refuseWithRetryAfter } from './session-routes.js';
import { deleteOtherSessions, promoteSession, type Authenticated } from './session-store.js';
import { auditSecurityEvent } from './sign-in-audit.js';
import { generateTotpSecret, totpUri, verifyTotp } from './totp.js';

const MeRef = Type.Ref('Me');

/**
 * The signed-in user's own account: who am I, second factor, password. Every change is audited; guesses of
 * the current password or code count against the account like sign-in failures (login-throttle.ts).
 */
export function registerAccountRoutes(app: FastifyInstance, db: Database, config: Config, box: SecretBox): void {
  const throttle = new LoginThrottle(config, box);

  app.get(
    '/api/v1/me',
    {
      config: { access: { kind: 'signed_in', allowPendingSecondFactor: true } },
      schema: {
        tags: ['access'],
        summary: 'The signed-in user, their roles and organisation, and how far sign-in has come',
        response: { 200: MeRef, ...problemResponses(401) },
      },
    },
    async (request) => {
      const auth = requireSession(request);
      const profile = await db.withOrg(auth.orgId, (tx) => loadUserProfile(tx, auth.userId));
      if (!profile) throw new ProblemError('auth.unauthenticated');
      return presentMe(profile, auth.stage, auth.csrfToken);
    },
  );

  app.post(
    '/api/v1/me/second-factor/enrolment',
    {
      config: { access: { kind: 'signed_in', allowPendingSecondFactor: true } },
      schema: {
        tags: ['access'],
        summary: 'Start setting up an authenticator app: a new secret, confirmed by the next call',
        response: { 200: Type.Object({ secret: Type.String(), uri: Type.String() }), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireSession(request);
      if (auth.stage === 'second_factor') throw new ProblemError('auth.second_factor_required');
      const secret = generateTotpSecret();
      const email = await db.withOrg(auth.orgId, async (tx) => {
        const [row] = await tx.query<{ email: string }>(
          `update users set totp_pending_secret = $2 where id = $1 returning email`,
          [auth.userId, box.seal(secret, totpContext(auth.userId))],
        );
        await auditSecurityEvent(tx, auth.orgId, request, {
          event: 'second_factor.enrolment',
          action: 'C',
          outcome: 'success',
          userId: auth.userId,
          reason: 'new secret issued, awaiting confirmation',
        });
        return row?.email ?? '';
      });
      return { secret, uri: totpUri(secret, email) };
    },
  );

  app.post(
    '/api/v1/me/second-factor/confirmation',
    {
      config: { access: { kind: 'signed_in', allowPendingSecondFactor: true } },
      schema: {
        tags: ['access'],
        summary: 'Confirm the authenticator app with its current code; from now on sign-in asks for it',
        body: Type.Object({ code: Type.String({ pattern: '^\\d{6}$' }) }, { additionalProperties: false }),
        response: { 200: MeRef, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireSession(request);
      if (auth.stage === 'second_factor') throw new ProblemError('auth.second_factor_required');
      const { code } = request.body as { code: string };
      const profile = await db.withOrg(auth.orgId, async (tx) => {
        const [row] = await tx.query<{ totp_pending_secret: string | null }>(
          `select totp_pending_secret from users where id = $1`,
          [auth.userId],
        );
        const secret = row?.totp_pending_secret ? openSecret(box, row.totp_pending_secret, auth.userId, request.log) : null;
        const step = secret === null ? null : verifyTotp(secret, code, new Date(), null);
        const base = { event: 'second_factor.confirmation', action: 'U', userId: auth.userId } as const;
        if (step === null) {
          await auditSecurityEvent(tx, auth.orgId, request, { ...base, outcome: 'denied', reason: 'invalid_code' });
          return null;
        }
        await auditSecurityEvent(tx, auth.orgId, request, { ...base, outcome: 'success' });
        await tx.query(
          `update users set totp_secret = totp_pending_secret, totp_pending_secret = null, totp_enabled_at = now(), totp_last_step = $2
            where id = $1`,
          [auth.userId, step],
        );
        await promoteSession(tx, auth.orgId, auth.sessionId);
        return loadUserProfile(tx, auth.userId);
      });
      if (!profile) throw new ProblemError('auth.second_factor_invalid');
      return presentMe(profile, 'active', auth.csrfToken);
    },
  );

  /**
   * Check the caller's current password (and code, when given) as a guess that counts against the account;
   * a wrong one is audited under `event` and refused. Returns the user's e-mail address.
   */
  async function checkSecrets(
    request: FastifyRequest,
    reply: FastifyReply,
    auth: Authenticated,
    event: 'password.change' | 'second_factor.removal',
    currentPassword: string,
    code?: string,
  ): Promise<string> {
    const [user] = await db.withOrg(auth.orgId, (tx) =>
      tx.query<{ email: string; password_hash: string; totp_secret: string | null; totp_last_step: number | null }>(
        `select email, password_hash, totp_secret, totp_last_step::int as totp_last_step from users where id = $1`,
        [auth.userId],
      ),
    );
    if (!user) throw new ProblemError('auth.unauthenticated');
    const accountKey = throttle.accountKey(user.email);
    const reservation = await db.withOrg(null, (tx) => throttle.reserve(tx, 'account', accountKey));
    const base = { event, action: event === 'password.change' ? 'U' : 'D', userId: auth.userId } as const;
    if (reservation.waitSeconds > 0) {
      await db.withOrg(auth.orgId, (tx) =>
        auditSecurityEvent(tx, auth.orgId, request, {
          ...base,
          outcome: 'denied',
          reason: `backoff, ${Math.ceil(reservation.waitSeconds)} s left`,
        }),
      );
      throw refuseWithRetryAfter(reply, reservation.waitSeconds, 'auth.attempts_backoff');
    }
    const passwordOk = await verifyPassword(user.password_hash, currentPassword);
    const secret = code !== undefined && user.totp_secret ? openSecret(box, user.totp_secret, auth.userId, request.log) : null;
    const codeOk = code === undefined || (secret !== null && verifyTotp(secret, code, new Date(), user.totp_last_step) !== null);
    if (!passwordOk || !codeOk) {
      await db.withOrg(auth.orgId, (tx) =>
        auditSecurityEvent(tx, auth.orgId, request, {
          ...base,
          outcome: 'denied',
          reason: !passwordOk ? 'invalid_password' : 'invalid_code',
        }),
      );
      throw new ProblemError(!passwordOk ? 'auth.invalid_credentials' : 'auth.second_factor_invalid');
    }
    await db.withOrg(null, (tx) => throttle.release(tx, 'account', accountKey));
    return user.email;
  }

  app.post(
    '/api/v1/me/password',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['access'],
        summary: 'Change the password; every other session of this user ends',
        body: Type.Object(
          {
            currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
            newPassword: Type.String({ minLength: 1, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...problemResponses(401, 403, 422, 429) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { currentPassword, newPassword } = request.body as { currentPassword: string; newPassword: string };
      const email = await checkSecrets(request, reply, auth, 'password.change', currentPassword);
      if (!isAcceptablePassword(newPassword, email)) {
        throw new ProblemError('auth.password_too_weak', {
          errors: [
            {
              path: '/body/newPassword',
              message: 'too weak',
              code: 'auth.password_too_weak',
              source: 'NIST SP 800-63B §5.1.1.2',
            },
          ],
        });
      }
      const hash = await hashPassword(newPassword);
      await db.withOrg(auth.orgId, async (tx) => {
        await tx.query(`update users set password_hash = $2, password_changed_at = now() where id = $1`, [auth.userId, hash]);
        await deleteOtherSessions(tx, auth.orgId, auth.userId, auth.sessionId);
        await auditSecurityEvent(tx, auth.orgId, request, {
          event: 'password.change',
          action: 'U',
          outcome: 'success',
          userId: auth.userId,
          reason: 'other sessions ended',
        });
      });
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/me/second-factor/removal',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['access'],
        summary:
          'Remove the authenticator app, with the current password and a current code; not while the organisation ' +
          'requires a second factor for one of the caller’s roles. Every other session of this user ends.',
        body: Type.Object(
          { currentPassword: Type.String({ minLength: 1, maxLength: 1024 }), code: Type.String({ pattern: '^\\d{6}$' }) },
          { additionalProperties: false },
        ),
        response: { 200: MeRef, ...problemResponses(401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { currentPassword, code } = request.body as { currentPassword: string; code: string };
      const before = await db.withOrg(auth.orgId, (tx) => loadUserProfile(tx, auth.userId));
      if (!before) throw new ProblemError('auth.unauthenticated');
      if (!before.secondFactor) throw new ProblemError('auth.second_factor_not_enrolled');
      // NEN 7510: where the organisation requires a second factor for roles that see health data, it stays.
      if (before.organisation.requireSecondFactor && seesHealthData(before.roles))
        throw new ProblemError('auth.second_factor_required_by_policy');
      await checkSecrets(request, reply, auth, 'second_factor.removal', currentPassword, code);
      const profile = await db.withOrg(auth.orgId, async (tx) => {
        await tx.query(
          `update users set totp_secret = null, totp_pending_secret = null, totp_enabled_at = null, totp_last_step = null
            where id = $1`,
          [auth.userId],
        );
        await deleteOtherSessions(tx, auth.orgId, auth.userId, auth.sessionId);
        await auditSecurityEvent(tx, auth.orgId, request, {
          event: 'second_factor.removal',
          action: 'D',
          outcome: 'success',
          userId: auth.userId,
          reason: 'other sessions ended',
        });
        return loadUserProfile(tx, auth.userId);
      });
      if (!profile) throw new ProblemError('auth.unauthenticated');
      return presentMe(profile, 'active', auth.csrfToken);
    },
  );
}
