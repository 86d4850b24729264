import { CONSENT_GRANTEE_ROLES, isRole, ROLES } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../db/database.js';
import { problemResponses } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { withClientAccess } from './client-access.js';

/**
 * Whom the client (or whoever may manage their consents) can choose as grantee: the organisation's
 * professionals who work with people, and the naasten whose account concerns this client — never
 * the relatives of other clients.
 */
export function registerConsentCandidateRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/clients/:clientId/consent-candidates',
    {
      config: {
        access: { kind: 'client', category: 'care_network', action: 'write', audit: 'R', event: 'consent.candidates' },
      },
      schema: {
        tags: ['access'],
        summary: 'People this client can give consent to: professionals who work with people, and this client’s own naasten',
        params: ClientIdParams,
        response: {
          200: Type.Array(
            Type.Object({
              userId: Type.String({ format: 'uuid' }),
              displayName: Type.String(),
              roles: Type.Array(Type.Enum([...ROLES])),
            }),
          ),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      const rows = await withClientAccess(db, request, clientId, (tx) =>
        tx.query<{ userId: string; displayName: string; roles: string[] }>(
          `with eligible as (
             select r.user_id, r.role from user_roles r join users u on u.id = r.user_id
              where u.active and r.role = any($2::text[]) and (r.role <> 'naaste' or u.client_id = $1))
           select u.id as "userId", u.display_name as "displayName", array_agg(e.role order by e.role) as roles
             from eligible e join users u on u.id = e.user_id
            group by u.id, u.display_name
            order by u.display_name`,
          [clientId, CONSENT_GRANTEE_ROLES],
        ),
      );
      return rows.map((row) => ({ ...row, roles: row.roles.filter(isRole) }));
    },
  );
}
