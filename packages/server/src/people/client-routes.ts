import { hasOrgPermission, isoDateIn, parseClientQuery } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditActor } from '../access/audit-context.js';
import { appendAudit } from '../access/audit-log.js';
import { listCareTeam, listConsents, listRepresentatives } from '../access/care-network-store.js';
import { withClientAccess } from '../access/client-access.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Database } from '../db/database.js';
import { problemResponses } from '../errors/problem.js';
import { listClientsFor, loadClient } from './client-store.js';
import {
  AbilitiesSchema,
  CareTeamMemberSchema,
  ClientIdParams,
  ConsentSchema,
  PersonaliaSchema,
  RepresentativeSchema,
} from './client-schemas.js';

const CARE_SETTINGS = ['thuis', 'verpleeghuis', 'ggz_ambulant', 'ggz_klinisch', 'gehandicaptenzorg', 'jeugd', 'beschermd_wonen'];

export function registerClientRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/clients',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['people'],
        summary:
          'Clients I have a relationship with (own record, representative, care team, consent); the whole directory for roles with that permission',
        querystring: Type.Object(
          {
            q: Type.Optional(
              Type.String({
                minLength: 1,
                maxLength: 100,
                description: 'part of the name ("van den Berg", "Berg", "Anna Berg") or a date of birth ("14-03-2012")',
              }),
            ),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(Type.Intersect([PersonaliaSchema, Type.Object({ relation: Type.String() })])),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { q, limit } = request.query as { q?: string; limit?: number };
      const today = isoDateIn(new Date());
      const items = await db.withOrg(auth.orgId, async (tx) => {
        const found = await listClientsFor(tx, auth.orgId, auth.userId, today, {
          directory: hasOrgPermission(auth.roles, 'clients.directory'),
          query: q === undefined ? null : parseClientQuery(q),
          limit: limit ?? 100,
        });
        // Each client shown is an access to their personalia (NEN 7513).
        for (const client of found) {
          await appendAudit(tx, auth.orgId, {
            event: 'client.list',
            action: 'R',
            outcome: 'success',
            clientId: client.id,
            ...auditActor(request, auth),
            role: auth.roles[0] ?? null,
            basis: client.relation === 'directory' ? 'organisation' : client.relation,
            breakGlass: false,
            reason: null,
            objectType: 'personalia',
            objectId: null,
          });
        }
        return found;
      });
      return { items };
    },
  );

  app.post(
    '/api/v1/clients',
    {
      config: { access: { kind: 'permission', permission: 'clients.create' } },
      schema: {
        tags: ['people'],
        summary: 'Register a client',
        body: Type.Object(
          {
            givenName: Type.String({ minLength: 1, maxLength: 100 }),
            familyName: Type.String({ minLength: 1, maxLength: 100 }),
            birthDate: Type.String({ format: 'date' }),
            careSetting: Type.Enum(CARE_SETTINGS),
            municipality: Type.Optional(Type.String({ maxLength: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: PersonaliaSchema, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const body = request.body as {
        givenName: string;
        familyName: string;
        birthDate: string;
        careSetting: string;
        municipality?: string;
      };
      const created = await db.withOrg(auth.orgId, async (tx) => {
        const [row] = await tx.query<{ id: string }>(
          `insert into clients (org_id, given_name, family_name, birth_date, care_setting, municipality)
           values ($1, $2, $3, $4, $5, $6) returning id`,
          [
            auth.orgId,
            body.givenName.trim(),
            body.familyName.trim(),
            body.birthDate,
            body.careSetting,
            body.municipality ?? null,
          ],
        );
        const id = row?.id ?? '';
        await appendAudit(tx, auth.orgId, {
          event: 'client.create',
          action: 'C',
          outcome: 'success',
          clientId: id,
          ...auditActor(request, auth),
          role: auth.roles[0] ?? null,
          basis: 'organisation',
          breakGlass: false,
          reason: null,
          objectType: 'personalia',
          objectId: id,
        });
        return loadClient(tx, auth.orgId, id);
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/v1/clients/:clientId',
    {
      config: { access: { kind: 'client', category: 'personalia', action: 'read', audit: 'R', event: 'client.read' } },
      schema: {
        tags: ['people'],
        summary:
          'A client record: personalia, care team, representatives and consents (as far as the caller may see them), and the caller’s abilities',
        params: ClientIdParams,
        response: {
          200: Type.Object({
            client: PersonaliaSchema,
            careTeam: Type.Union([Type.Array(CareTeamMemberSchema), Type.Null()]),
            representatives: Type.Union([Type.Array(RepresentativeSchema), Type.Null()]),
            consents: Type.Union([Type.Array(ConsentSchema), Type.Null()]),
            abilities: AbilitiesSchema,
            emergencyAccess: Type.Union([
              Type.Object(
                { reason: Type.String(), expiresAt: Type.String({ format: 'date-time' }) },
                { description: 'the caller’s own open emergency access to this record: read-only until it expires' },
              ),
              Type.Null(),
            ]),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      const auth = requireFullAuth(request);
      return withClientAccess(db, request, clientId, async (tx, access) => {
        const client = await loadClient(tx, access.orgId, clientId);
        const network = access.abilities.care_network.read;
        const [emergency] = await tx.query<{ reason: string; expires_at: Date }>(
          `select reason, expires_at from break_glass_accesses
            where org_id = $3 and user_id = $1 and client_id = $2 and expires_at > now() order by opened_at desc limit 1`,
          [auth.userId, clientId, access.orgId],
        );
        return {
          client,
          careTeam: network ? await listCareTeam(tx, access.orgId, clientId, access.today) : null,
          representatives: network ? await listRepresentatives(tx, access.orgId, clientId, access.today) : null,
          consents: network ? await listConsents(tx, access.orgId, clientId, access.today) : null,
          abilities: access.abilities,
          emergencyAccess: emergency
            ? { reason: emergency.reason, expiresAt: new Date(emergency.expires_at).toISOString() }
            : null,
        };
      });
    },
  );
}
