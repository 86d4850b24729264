import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requireFullAuth } from '../access/route-access.js';
import { auditSecurityEvent } from '../access/sign-in-audit.js';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses } from '../errors/problem.js';

const Policy = Type.Object({
  requireSecondFactor: Type.Boolean({ description: 'roles that see health data must sign in with a second factor (NEN 7510)' }),
});

async function readPolicy(tx: Queryable) {
  const [row] = await tx.query<{ requireSecondFactor: boolean }>(
    `select require_second_factor as "requireSecondFactor" from organisations`,
  );
  return row ?? { requireSecondFactor: false };
}

/** The organisation's own settings. */
export function registerOrganisationRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/organisation/policy',
    {
      config: { access: { kind: 'permission', permission: 'organisation.manage' } },
      schema: {
        tags: ['people'],
        summary: 'The organisation’s security policy',
        response: { 200: Policy, ...problemResponses(401, 403) },
      },
    },
    async (request) => db.withOrg(requireFullAuth(request).orgId, readPolicy),
  );

  app.put(
    '/api/v1/organisation/policy',
    {
      config: { access: { kind: 'permission', permission: 'organisation.manage' } },
      schema: {
        tags: ['people'],
        summary: 'Change the security policy; a second-factor requirement applies from the next sign-in',
        body: Type.Object({ requireSecondFactor: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: Policy, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { requireSecondFactor } = request.body as { requireSecondFactor: boolean };
      return db.withOrg(auth.orgId, async (tx) => {
        const before = await readPolicy(tx);
        await tx.query(`update organisations set require_second_factor = $2 where id = $1`, [auth.orgId, requireSecondFactor]);
        // A change of the security policy is audited (NEN 7513 §5.1), also when it sets what already was.
        await auditSecurityEvent(tx, auth.orgId, request, {
          event: 'organisation.security_policy',
          action: 'U',
          outcome: 'success',
          userId: auth.userId,
          role: auth.roles.join(','),
          objectType: 'organisation',
          objectId: auth.orgId,
          reason: `requireSecondFactor ${String(before.requireSecondFactor)} → ${String(requireSecondFactor)}`,
        });
        return readPolicy(tx);
      });
    },
  );
}
