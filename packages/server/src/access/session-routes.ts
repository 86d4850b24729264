import { seesHealthData } from '@meedoen/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { loadUserProfile } from '../people/user-store.js';
import { requireSession } from './authenticate.js';
import { LoginThrottle } from './login-throttle.js';
import { presentMe } from './me-schema.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import { SecretBoxError, totpContext, type SecretBox } from './secret-box.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { lookupIdentity } from '../db/identity-directory.js';
import { createSession, deleteSession, promoteSession, type SessionStage } from './session-store.js';
import { auditSecurityEvent } from './sign-in-audit.js';
import { verifyTotp } from './totp.js';

const SignInBody = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 320 }), password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);
const CodeBody = Type.Object({ code: Type.String({ pattern: '^\\d{6}$' }) }, { additionalProperties: false });
const MeRef = Type.Ref('Me');

/** A refusal that reveals nothing about an account may say how long to wait (RFC 9110 §10.2.3). */
export function refuseWithRetryAfter(reply: FastifyReply, seconds: number, code: 'auth.rate_limited' | 'auth.attempts_backoff') {
  reply.header('retry-after', String(Math.max(1, Math.ceil(seconds))));
  return new ProblemError(code);
}

export function registerSessionRoutes(app: FastifyInstance, db: Database, config: Config, box: SecretBox): void {
  const throttle = new LoginThrottle(config, box);

  app.post(
    '/api/v1/session',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['access'],
        summary:
          'Sign in with e-mail and password; sets the session cookie. The stage says whether a second factor follows. ' +
          'An unknown e-mail, a wrong password and an account that must wait after failed attempts get the same answer.',
        body: SignInBody,
        response: { 200: MeRef, ...problemResponses(401, 429) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string };
      const accountKey = throttle.accountKey(email);
      const addressKey = throttle.addressKey(request.ip);
      // Count the attempt first (for the address, then the account), in one short transaction; the slow
      // password check runs outside it. The directory of global identities names the account's organisation, and
      // the account is then read bound to it (row-level security). An unknown address makes the same bound read,
      // bound to no organisation, which finds nothing: as many round trips either way.
      const key = email.toLowerCase();
      const counted: { address?: { waitSeconds: number }; account?: { waitSeconds: number; backoffSeconds: number } } = {};
      const login = await db.withOrgOf(
        async (tx) => {
          counted.address = await throttle.reserve(tx, 'address', addressKey);
          if (counted.address.waitSeconds > 0) return null;
          counted.account = await throttle.reserve(tx, 'account', accountKey);
          return (await lookupIdentity(tx, 'email', key))?.orgId ?? null;
        },
        async (tx, orgId) => {
          if (!counted.account) return undefined;
          const [row] = await tx.query<{ user_id: string; org_id: string; password_hash: string | null }>(
            `select id as user_id, org_id, password_hash from users where org_id = $1 and email = $2 and active`,
            [orgId, key],
          );
          return row;
        },
      );
      const attempt = { address: counted.address ?? { waitSeconds: 0 }, account: counted.account ?? null, login };
      // The address must wait: says nothing about any account.
      if (!attempt.account) throw refuseWithRetryAfter(reply, attempt.address.waitSeconds, 'auth.rate_limited');
      const { account } = attempt;
      // Always one password check (a decoy for an unknown e-mail, or for an account whose person has not yet
      // chosen a password through their invitation), also while the account must wait: the answer and its
      // timing do not tell whether the account exists, has a password or is backing off.
      const storedHash = login?.password_hash ?? null;
      const valid = (await verifyPassword(storedHash ?? (await decoyPasswordHash()), password)) && storedHash !== null;
      const waiting = account.waitSeconds > 0;
      if (!login || !valid || waiting) {
        if (login) {
          await db.withOrg(login.org_id, async (tx) => {
            const base = { event: 'sign_in', action: 'E', outcome: 'denied', userId: login.user_id } as const;
            await auditSecurityEvent(tx, login.org_id, request, {
              ...base,
              reason: waiting
                ? `backoff, ${Math.ceil(account.waitSeconds)} s left`
                : storedHash === null
                  ? 'no_password_yet'
                  : 'invalid_password',
            });
            if (!waiting && account.backoffSeconds > 0) {
              await auditSecurityEvent(tx, login.org_id, request, {
                ...base,
                event: 'sign_in.backoff',
                reason: `must wait ${Math.ceil(account.backoffSeconds)} s`,
              });
            }
          });
        } else {
          // No organisation to audit into: as many database round trips as the audit append above, so the
          // answer for an unknown e-mail does not come back measurably sooner.
          await db.withOrg(null, async (tx) => {
            for (let i = 0; i < 4; i++) await tx.query(`select 1`);
          });
        }
        throw new ProblemError('auth.invalid_credentials');
      }
      const profile = await db.withOrg(login.org_id, async (tx) => {
        await throttle.release(tx, 'account', accountKey);
        await throttle.release(tx, 'address', addressKey);
        const found = await loadUserProfile(tx, login.user_id);
        if (found) {
          await auditSecurityEvent(tx, login.org_id, request, {
            event: 'sign_in',
            action: 'E',
            outcome: 'success',
            userId: login.user_id,
            role: found.roles.join(','),
            reason: found.secondFactor ? 'password; second factor follows' : 'password',
          });
        }
        return found;
      });
      if (!profile) throw new ProblemError('auth.invalid_credentials');
      // An organisation can require a second factor for roles that see health data (NEN 7510; REFERENCE.md §10.3).
      const stage: SessionStage = profile.secondFactor
        ? 'second_factor'
        : profile.organisation.requireSecondFactor && seesHealthData(profile.roles)
          ? 'enrol_second_factor'
          : 'active';
      const { token, csrfToken } = await createSession(db, login.org_id, login.user_id, stage);
      setSessionCookie(reply, request, config, token);
      return presentMe(profile, stage, csrfToken);
    },
  );

  app.post(
    '/api/v1/session/second-factor',
    {
      config: { access: { kind: 'signed_in', allowPendingSecondFactor: true } },
      schema: {
        tags: ['access'],
        summary: 'Finish signing in with the code from the authenticator app',
        body: CodeBody,
        response: { 200: MeRef, ...problemResponses(401, 403, 429) },
      },
    },
    async (request, reply) => {
      const auth = requireSession(request);
      const { code } = request.body as { code: string };
      const result = await db.withOrg(auth.orgId, async (tx) => {
        const [user] = await tx.query<{ email: string; totp_secret: string | null; totp_last_step: number | null }>(
          `select email, totp_secret, totp_last_step::int as totp_last_step from users where id = $1`,
          [auth.userId],
        );
        if (!user?.totp_secret || auth.stage !== 'second_factor') return { kind: 'not_pending' } as const;
        const accountKey = throttle.accountKey(user.email);
        const base = { event: 'sign_in.second_factor', action: 'E', userId: auth.userId } as const;
        // Code guesses count against the account like password guesses.
        const reservation = await throttle.reserve(tx, 'account', accountKey);
        if (reservation.waitSeconds > 0) {
          await auditSecurityEvent(tx, auth.orgId, request, {
            ...base,
            outcome: 'denied',
            reason: `backoff, ${Math.ceil(reservation.waitSeconds)} s left`,
          });
          return { kind: 'waiting', seconds: reservation.waitSeconds } as const;
        }
        const secret = openSecret(box, user.totp_secret, auth.userId, request.log);
        const step = secret === null ? null : verifyTotp(secret, code, new Date(), user.totp_last_step);
        if (step === null) {
          await auditSecurityEvent(tx, auth.orgId, request, { ...base, outcome: 'denied', reason: 'invalid_code' });
          if (reservation.backoffSeconds > 0) {
            await auditSecurityEvent(tx, auth.orgId, request, {
              ...base,
              event: 'sign_in.backoff',
              outcome: 'denied',
              reason: `must wait ${Math.ceil(reservation.backoffSeconds)} s`,
            });
          }
          return { kind: 'invalid' } as const;
        }
        await throttle.release(tx, 'account', accountKey);
        await tx.query(`update users set totp_last_step = $2 where id = $1`, [auth.userId, step]);
        await promoteSession(tx, auth.orgId, auth.sessionId);
        await auditSecurityEvent(tx, auth.orgId, request, { ...base, outcome: 'success', role: auth.roles.join(',') });
        return { kind: 'done', profile: await loadUserProfile(tx, auth.userId) } as const;
      });
      if (result.kind === 'waiting') throw refuseWithRetryAfter(reply, result.seconds, 'auth.attempts_backoff');
      if (result.kind !== 'done' || !result.profile) throw new ProblemError('auth.second_factor_invalid');
      return presentMe(result.profile, 'active', auth.csrfToken);
    },
  );

  app.delete(
    '/api/v1/session',
    {
      config: { access: { kind: 'signed_in', allowPendingSecondFactor: true } },
      schema: {
        tags: ['access'],
        summary: 'Sign out: ends this session and clears the cookie',
        response: { 204: Type.Null(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const auth = requireSession(request);
      await deleteSession(db, auth);
      await db.withOrg(auth.orgId, (tx) =>
        auditSecurityEvent(tx, auth.orgId, request, { event: 'sign_out', action: 'E', outcome: 'success', userId: auth.userId }),
      );
      clearSessionCookie(reply, request, config);
      return reply.code(204).send();
    },
  );
}

/**
 * The plain TOTP secret. A secret this server cannot open (sealed with a key it does not have, or altered)
 * is logged and treated as no match: the code is refused, never a 500.
 */
export function openSecret(
  box: SecretBox,
  sealed: string,
  userId: string,
  log: { error(object: object, message: string): void },
): string | null {
  try {
    return box.open(sealed, totpContext(userId));
  } catch (error) {
    if (!(error instanceof SecretBoxError)) throw error;
    log.error({ problem: error.message }, 'second-factor secret does not open');
    return null;
  }
}
