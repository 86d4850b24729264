import { isAcceptablePassword } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../http/problem.js';
import { loadUserProfile } from '../people/user-store.js';
import { requireSession } from './authenticate.js';
import { presentMe } from './me-schema.js';
import { hashPassword, verifyPassword } from './password.js';
import { requireFullAuth } from './route-access.js';
import { deleteOtherSessions, promoteSession } from './session-store.js';
import { generateTotpSecret, totpUri, verifyTotp } from './totp.js';

const MeRef = Type.Ref('Me');

/** The signed-in user's own account: who am I, second factor, password. */
export function registerAccountRoutes(app: FastifyInstance, db: Database): void {
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
          [auth.userId, secret],
        );
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
        const step = row?.totp_pending_secret ? verifyTotp(row.totp_pending_secret, code, new Date(), null) : null;
        if (step === null) return null;
        await tx.query(
          `update users set totp_secret = totp_pending_secret, totp_pending_secret = null, totp_enabled_at = now(), totp_last_step = $2
            where id = $1`,
          [auth.userId, step],
        );
        await promoteSession(tx, auth.sessionId);
        return loadUserProfile(tx, auth.userId);
      });
      if (!profile) throw new ProblemError('auth.second_factor_invalid');
      return presentMe(profile, 'active', auth.csrfToken);
    },
  );

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
        response: { 204: Type.Null(), ...problemResponses(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { currentPassword, newPassword } = request.body as { currentPassword: string; newPassword: string };
      const [user] = await db.withOrg(auth.orgId, (tx) =>
        tx.query<{ email: string; password_hash: string }>(`select email, password_hash from users where id = $1`, [auth.userId]),
      );
      if (!user || !(await verifyPassword(user.password_hash, currentPassword)))
        throw new ProblemError('auth.invalid_credentials');
      if (!isAcceptablePassword(newPassword, user.email)) {
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
        await deleteOtherSessions(tx, auth.userId, auth.sessionId);
      });
      return reply.code(204).send();
    },
  );
}
