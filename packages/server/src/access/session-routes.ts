import { DISCIPLINES, ROLES } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../http/problem.js';
import { loadUserProfile, type UserProfile } from '../people/user-store.js';
import { requireAuth } from './authenticate.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import { createSession, deleteSession, SESSION_COOKIE } from './session-store.js';

const SignInBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 320 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

const Me = Type.Object({
  user: Type.Object({
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    displayName: Type.String(),
    discipline: Type.Union([Type.Enum([...DISCIPLINES]), Type.Null()]),
    clientId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
    roles: Type.Array(Type.Enum([...ROLES])),
  }),
  organisation: Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String(), kind: Type.String() }),
  csrfToken: Type.String({ description: 'send as X-CSRF-Token with every write' }),
});

function presentMe(profile: UserProfile, csrfToken: string) {
  const { organisation, ...user } = profile;
  return { user, organisation, csrfToken };
}

export function registerSessionRoutes(app: FastifyInstance, db: Database, config: Config): void {
  app.post(
    '/api/v1/session',
    {
      schema: {
        tags: ['access'],
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: SignInBody,
        response: { 200: Me, ...problemResponses(401) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string };
      const [login] = await db.withOrg(null, (tx) =>
        tx.query<{ user_id: string; org_id: string; password_hash: string }>(
          `select user_id, org_id, password_hash from auth_find_login($1)`,
          [email],
        ),
      );
      const valid = await verifyPassword(login?.password_hash ?? (await decoyPasswordHash()), password);
      if (!login || !valid) throw new ProblemError('auth.invalid_credentials');
      const { token, csrfToken } = await createSession(db, login.org_id, login.user_id);
      const profile = await db.withOrg(login.org_id, (tx) => loadUserProfile(tx, login.user_id));
      if (!profile) throw new ProblemError('auth.invalid_credentials');
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
      });
      return presentMe(profile, csrfToken);
    },
  );

  app.delete(
    '/api/v1/session',
    {
      schema: {
        tags: ['access'],
        summary: 'Sign out: ends this session and clears the cookie',
        response: { 204: Type.Null(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await deleteSession(db, requireAuth(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['access'],
        summary: 'The signed-in user, their roles and organisation',
        response: { 200: Me, ...problemResponses(401) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const profile = await db.withOrg(auth.orgId, (tx) => loadUserProfile(tx, auth.userId));
      if (!profile) throw new ProblemError('auth.unauthenticated');
      return presentMe(profile, auth.csrfToken);
    },
  );
}
