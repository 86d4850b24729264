import { seesHealthData } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../config.js';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses, ProblemError } from '../http/problem.js';
import { loadUserProfile } from '../people/user-store.js';
import { requireSession } from './authenticate.js';
import { LoginThrottle } from './login-throttle.js';
import { presentMe } from './me-schema.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import { createSession, deleteSession, promoteSession, SESSION_COOKIE, type SessionStage } from './session-store.js';
import { verifyTotp } from './totp.js';

const SignInBody = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 320 }), password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);
const CodeBody = Type.Object({ code: Type.String({ pattern: '^\\d{6}$' }) }, { additionalProperties: false });
const MeRef = Type.Ref('Me');

export function registerSessionRoutes(app: FastifyInstance, db: Database, config: Config): void {
  const throttle = new LoginThrottle(config.loginAttemptsPerMinute);

  app.post(
    '/api/v1/session',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['access'],
        summary: 'Sign in with e-mail and password; sets the session cookie. The stage says whether a second factor follows.',
        body: SignInBody,
        response: { 200: MeRef, ...problemResponses(401, 423, 429) },
      },
    },
    async (request, reply) => {
      if (!throttle.tryAttempt(request.ip)) throw new ProblemError('auth.rate_limited');
      const { email, password } = request.body as { email: string; password: string };
      const [login] = await db.withOrg(null, (tx) =>
        tx.query<{ user_id: string; org_id: string; password_hash: string; locked: boolean }>(
          `select user_id, org_id, password_hash, coalesce(locked_until > now(), false) as locked from auth_find_login($1)`,
          [email],
        ),
      );
      const valid = await verifyPassword(login?.password_hash ?? (await decoyPasswordHash()), password);
      if (!login) throw new ProblemError('auth.invalid_credentials');
      if (login.locked) throw new ProblemError('auth.locked');
      if (!valid) {
        await db.withOrg(login.org_id, (tx) => recordFailure(tx, login.user_id, config));
        throw new ProblemError('auth.invalid_credentials');
      }
      const profile = await db.withOrg(login.org_id, async (tx) => {
        await tx.query(`update users set failed_logins = 0, locked_until = null where id = $1`, [login.user_id]);
        return loadUserProfile(tx, login.user_id);
      });
      if (!profile) throw new ProblemError('auth.invalid_credentials');
      // An organisation can require a second factor for roles that see health data (NEN 7510; REFERENCE.md §10.3).
      const stage: SessionStage = profile.secondFactor
        ? 'second_factor'
        : profile.organisation.requireSecondFactor && seesHealthData(profile.roles)
          ? 'enrol_second_factor'
          : 'active';
      const { token, csrfToken } = await createSession(db, login.org_id, login.user_id, stage);
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.cookieSecure });
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
        response: { 200: MeRef, ...problemResponses(401, 403, 423) },
      },
    },
    async (request) => {
      const auth = requireSession(request);
      const { code } = request.body as { code: string };
      const result = await db.withOrg(auth.orgId, async (tx) => {
        const [user] = await tx.query<{ totp_secret: string | null; totp_last_step: number | null; locked: boolean }>(
          `select totp_secret, totp_last_step::int as totp_last_step, coalesce(locked_until > now(), false) as locked from users where id = $1`,
          [auth.userId],
        );
        if (!user?.totp_secret || auth.stage !== 'second_factor') return 'not_pending' as const;
        if (user.locked) return 'locked' as const;
        const step = verifyTotp(user.totp_secret, code, new Date(), user.totp_last_step);
        if (step === null) {
          await recordFailure(tx, auth.userId, config);
          return 'invalid' as const;
        }
        await tx.query(`update users set totp_last_step = $2, failed_logins = 0 where id = $1`, [auth.userId, step]);
        await promoteSession(tx, auth.sessionId);
        return loadUserProfile(tx, auth.userId);
      });
      if (result === 'locked') throw new ProblemError('auth.locked');
      if (result === 'invalid' || result === 'not_pending' || !result) throw new ProblemError('auth.second_factor_invalid');
      return presentMe(result, 'active', auth.csrfToken);
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
      await deleteSession(db, requireSession(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );
}

/** Count a failed attempt; at the threshold, lock the account for a while and start counting afresh. */
async function recordFailure(tx: Queryable, userId: string, config: Config): Promise<void> {
  await tx.query(
    `update users
        set failed_logins = case when failed_logins + 1 >= $2 then 0 else failed_logins + 1 end,
            locked_until = case when failed_logins + 1 >= $2 then now() + make_interval(mins => $3) else locked_until end
      where id = $1`,
    [userId, config.lockoutThreshold, config.lockoutMinutes],
  );
}
