import { DISCIPLINES, isRole, PROFESSIONAL_ROLES, ROLES } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requireFullAuth } from '../access/route-access.js';
import type { Database } from '../db/database.js';
import { problemResponses } from '../errors/problem.js';

/** The organisation's professionals, to compose care teams and address referrals. No client data. */
export function registerProfessionalRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/professionals',
    {
      config: { access: { kind: 'permission', permission: 'users.read' } },
      schema: {
        tags: ['people'],
        summary: 'Professionals of the organisation with their roles and discipline',
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String({ format: 'uuid' }),
              displayName: Type.String(),
              roles: Type.Array(Type.Enum([...ROLES])),
              discipline: Type.Union([Type.Enum([...DISCIPLINES]), Type.Null()]),
            }),
          ),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const rows = await db.withOrg(auth.orgId, (tx) =>
        tx.query<{ id: string; displayName: string; roles: string[]; discipline: string | null }>(
          `select u.id, u.display_name as "displayName",
                  array(select role from user_roles where org_id = u.org_id and user_id = u.id order by role) as roles, u.discipline
             from users u
            where u.org_id = $2 and u.active
              and exists (select 1 from user_roles r where r.org_id = u.org_id and r.user_id = u.id and r.role = any($1::text[]))
            order by u.display_name`,
          [PROFESSIONAL_ROLES, auth.orgId],
        ),
      );
      return rows.map((row) => ({ ...row, roles: row.roles.filter(isRole) }));
    },
  );
}
