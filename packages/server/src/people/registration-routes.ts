import {
  checkOptionalAgb,
  checkRegistration,
  PROFESSIONAL_REGISTERS,
  PROFESSIONS,
  type ProfessionalRegistration,
} from '@meedoen/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { auditActor } from '../access/audit-context.js';
import { appendAudit } from '../access/audit-log.js';
import { markAudited } from '../access/request-audit.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Authenticated } from '../access/session-store.js';
import { requireIfMatch } from '../daginvulling/offer-routes.js';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses, ProblemError, throwIfViolations } from '../errors/problem.js';
import { listUsers, UserIdParams, UserSchema } from './user-admin-routes.js';

/**
 * The AGB codes and registrations a declaration names (issue 12; REFERENCE.md §7.3): the organisation's own AGB
 * code, and per professional the AGB code, register, number and profession. Only the organisation's administrator
 * (organisation.manage; row-level security keeps it to their own organisation); every change audited; If-Match.
 */

const MANAGE = { access: { kind: 'permission', permission: 'organisation.manage' } } as const;

const OrganisationAgb = Type.Object({
  agbCode: Type.Union([Type.String(), Type.Null()], {
    description: 'the organisation’s AGB code (eight digits), sent in every declaration',
  }),
  version: Type.Integer({ description: 'send as If-Match when changing it' }),
});

// Texts are checked by core (stable codes with field paths), not by the schema's pattern.
const Code = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);

async function readOrganisationAgb(tx: Queryable): Promise<{ agbCode: string | null; version: number }> {
  const [row] = await tx.query<{ agbCode: string | null; version: number }>(
    `select agb_code as "agbCode", agb_version as version from organisations`,
  );
  if (!row) throw new ProblemError('resource.not_found');
  return row;
}

async function auditAdministration(
  tx: Queryable,
  request: FastifyRequest,
  auth: Authenticated,
  event: string,
  objectType: 'organisation' | 'user',
  objectId: string,
  reason: string,
): Promise<void> {
  await appendAudit(tx, auth.orgId, {
    event,
    action: 'U',
    outcome: 'success',
    clientId: null,
    ...auditActor(request, auth),
    role: 'beheerder',
    basis: null,
    breakGlass: false,
    reason: reason.slice(0, 300),
    objectType,
    objectId,
  });
  markAudited(request);
}

const shown = (value: string | null) => value ?? '—';

export function registerRegistrationRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/organisation/agb',
    {
      config: MANAGE,
      schema: {
        tags: ['people'],
        summary: 'The organisation’s AGB code, as declarations send it',
        response: { 200: OrganisationAgb, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const agb = await db.withOrg(auth.orgId, readOrganisationAgb);
      return reply.header('etag', `"${agb.version}"`).send(agb);
    },
  );

  app.put(
    '/api/v1/organisation/agb',
    {
      config: MANAGE,
      schema: {
        tags: ['people'],
        summary: 'Set or clear the organisation’s AGB code (If-Match: the version read); audited',
        body: Type.Object({ agbCode: Code(20) }, { additionalProperties: false }),
        response: { 200: OrganisationAgb, ...problemResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const version = requireIfMatch(request);
      const agbCode = (request.body as { agbCode: string | null }).agbCode?.trim() || null;
      throwIfViolations(checkOptionalAgb(agbCode, '/agbCode'));
      const after = await db.withOrg(auth.orgId, async (tx) => {
        const before = await readOrganisationAgb(tx);
        // The version decides: of two changes on the same version one wins, the other gets 409.
        const updated = await tx.query(
          `update organisations set agb_code = $2, agb_version = agb_version + 1 where id = $1 and agb_version = $3 returning id`,
          [auth.orgId, agbCode, version],
        );
        if (updated.length === 0) throw new ProblemError('resource.version_conflict');
        await auditAdministration(
          tx,
          request,
          auth,
          'organisation.agb',
          'organisation',
          auth.orgId,
          `AGB ${shown(before.agbCode)} → ${shown(agbCode)}`,
        );
        return readOrganisationAgb(tx);
      });
      return reply.header('etag', `"${after.version}"`).send(after);
    },
  );

  app.put(
    '/api/v1/users/:userId/registration',
    {
      config: MANAGE,
      schema: {
        tags: ['people'],
        summary:
          'Set a professional’s AGB code, register and registration number, and profession (If-Match: registrationVersion); audited',
        params: UserIdParams,
        body: Type.Object(
          {
            agbCode: Code(20),
            register: Type.Union([Type.Enum([...PROFESSIONAL_REGISTERS]), Type.Null()]),
            registrationNumber: Code(40),
            profession: Type.Union([Type.Enum([...PROFESSIONS]), Type.Null()]),
          },
          { additionalProperties: false },
        ),
        response: { 200: UserSchema, ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { userId } = request.params as { userId: string };
      const version = requireIfMatch(request);
      const body = request.body as ProfessionalRegistration;
      const registration: ProfessionalRegistration = {
        agbCode: body.agbCode?.trim() || null,
        register: body.register,
        registrationNumber: body.registrationNumber?.trim() || null,
        profession: body.profession,
      };
      throwIfViolations(checkRegistration(registration));
      const after = await db.withOrg(auth.orgId, async (tx) => {
        const [before] = await tx.query<{ agb_code: string | null; register: string | null; registration_number: string | null }>(
          `select agb_code, register, registration_number from users where id = $1`,
          [userId],
        );
        if (!before)
          throw new ProblemError('resource.not_found', { errors: [{ path: '/params/userId', message: 'no such user' }] });
        const updated = await tx.query(
          `update users set agb_code = $2, register = $3, registration_number = $4, profession = $5,
             registration_version = registration_version + 1
           where id = $1 and registration_version = $6 returning id`,
          [
            userId,
            registration.agbCode,
            registration.register,
            registration.registrationNumber,
            registration.profession,
            version,
          ],
        );
        if (updated.length === 0) throw new ProblemError('resource.version_conflict');
        await auditAdministration(
          tx,
          request,
          auth,
          'user.registration',
          'user',
          userId,
          `AGB ${shown(before.agb_code)} → ${shown(registration.agbCode)}; register ${shown(before.register)} ${shown(before.registration_number)} → ${shown(registration.register)} ${shown(registration.registrationNumber)}`,
        );
        const [user] = await listUsers(tx, userId);
        return user;
      });
      return reply.header('etag', `"${after?.registrationVersion ?? 0}"`).send(after);
    },
  );
}
