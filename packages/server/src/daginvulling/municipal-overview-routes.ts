import {
  isLadderRung,
  municipalOverview,
  type ContinuumForm,
  type GrowthRole,
  type OverviewOffer,
  type OverviewPlacement,
  type OverviewUnmetNeed,
} from '@meedoen/core';
import { isoDateIn } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditActor } from '../access/audit-context.js';
import { appendAudit } from '../access/audit-log.js';
import { markAudited } from '../access/request-audit.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { MunicipalOverviewSchema } from './municipal-overview-schema.js';

/**
 * The municipality's overview (003 L1600-1608, L1867-1870): aggregates of the municipalities bound to the
 * signed-in officer, small cells suppressed in core. No client id, name or single need leaves this route.
 */
export function registerMunicipalOverviewRoutes(app: FastifyInstance, db: Database, config: Config): void {
  app.get(
    '/api/v1/municipal-overview',
    {
      config: { access: { kind: 'permission', permission: 'municipal_overview.read' } },
      schema: {
        tags: ['daginvulling'],
        summary:
          'Per neighbourhood and rung: offers, places free, waiting, reach by public transport, diversity of forms, unmet needs — counts of persons under the cell size suppressed',
        response: { 200: MunicipalOverviewSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const today = isoDateIn(new Date());
      return db.withOrg(auth.orgId, async (tx) => {
        const bound = await tx.query<{ municipality: string }>(
          `select municipality from user_municipalities where user_id = $1 order by municipality`,
          [auth.userId],
        );
        const municipalities = bound.map((b) => b.municipality);
        const offers = await tx.query<OverviewOffer>(
          `select id, name, form, roles, capacity, municipality, neighbourhood, online,
                  (length(trim(public_transport)) > 0) as "publicTransport", lat, lon
             from offers order by name, id`,
        );
        const placements = await tx.query<OverviewPlacement>(
          `select offer_id as "offerId", status from enrolments
            where status in ('actief', 'gepauzeerd', 'aangemeld') and (ended_on is null or ended_on >= $1::date)`,
          [today],
        );
        const needs = await tx.query<{ personKey: string; municipality: string | null; area: string; targetRung: number | null }>(
          `select u.client_id::text as "personKey", u.municipality, u.area,
                  (p.document #>> '{ladder,targetRung}')::int as "targetRung"
             from unmet_needs u left join participation_plans p on p.client_id = u.client_id
            order by u.recorded_at, u.id`,
        );
        const overview = municipalOverview({
          municipalities,
          offers: offers.map((o) => ({ ...o, form: o.form as ContinuumForm, roles: o.roles as GrowthRole[] })),
          placements,
          unmetNeeds: needs.map((n): OverviewUnmetNeed => ({
            ...n,
            targetRung: isLadderRung(n.targetRung) ? n.targetRung : null,
          })),
          minCellSize: config.municipalMinCellSize,
        });
        await appendAudit(tx, auth.orgId, {
          event: 'municipal_overview.read',
          action: 'R',
          outcome: 'success',
          clientId: null,
          ...auditActor(request, auth),
          role: 'gemeente',
          basis: null,
          breakGlass: false,
          reason: null,
          objectType: 'municipality',
          objectId: municipalities.join(', ').slice(0, 300) || null,
        });
        markAudited(request);
        return { municipalities, tileUrl: config.mapTileUrl ?? null, ...overview };
      });
    },
  );

  app.put(
    '/api/v1/users/:userId/municipalities',
    {
      config: { access: { kind: 'permission', permission: 'organisation.manage' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'Bind a user with the role municipality to the municipalities whose overview they see (replaces the list)',
        params: Type.Object({ userId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        body: Type.Object(
          {
            municipalities: Type.Array(Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }), {
              maxItems: 50,
              uniqueItems: true,
            }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ municipalities: Type.Array(Type.String()) }), ...problemResponses(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { userId } = request.params as { userId: string };
      const { municipalities } = request.body as { municipalities: string[] };
      return db.withOrg(auth.orgId, async (tx) => {
        const roles = await tx.query<{ role: string }>(`select role from user_roles where user_id = $1`, [userId]);
        const [user] = await tx.query(`select 1 from users where id = $1 for update`, [userId]);
        if (!user)
          throw new ProblemError('resource.not_found', { errors: [{ path: '/params/userId', message: 'no such user' }] });
        if (!roles.some((r) => r.role === 'gemeente'))
          throw new ProblemError('municipality.not_a_municipality_user', {
            errors: [{ path: '/params/userId', message: 'the user does not have the role gemeente' }],
          });
        await tx.query(`delete from user_municipalities where user_id = $1`, [userId]);
        for (const m of municipalities)
          await tx.query(`insert into user_municipalities (org_id, user_id, municipality) values ($1, $2, $3)`, [
            auth.orgId,
            userId,
            m.trim(),
          ]);
        await appendAudit(tx, auth.orgId, {
          event: 'user.municipalities',
          action: 'U',
          outcome: 'success',
          clientId: null,
          ...auditActor(request, auth),
          role: 'beheerder',
          basis: null,
          breakGlass: false,
          reason: municipalities.join(', ').slice(0, 300),
          objectType: 'user',
          objectId: userId,
        });
        markAudited(request);
        return { municipalities: municipalities.map((m) => m.trim()).sort((a, b) => a.localeCompare(b, 'nl')) };
      });
    },
  );
}
