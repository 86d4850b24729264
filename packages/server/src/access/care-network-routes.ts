import {
  CARE_TEAM_ROLES,
  careTeamArrangerViolations,
  CONSENT_GIVERS,
  DATA_CATEGORIES,
  isDerivedBasis,
  isProfessionalRole,
  isRole,
  NAASTE_BASES,
  parentalAuthorityUntil,
  RECORDED_HOW,
  recorderViolations,
  relationOf,
  REPRESENTATION_BASES,
  validateConsentGrant,
  validateConsentRecording,
  validateRepresentation,
  validateRepresentationApproval,
  type ConsentGrantDraft,
  type RecordedHow,
  type Recorder,
  type RepresentationBasis,
  type Role,
} from '@meedoen/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Database, Queryable } from '../db/database.js';
import { problemResponses, ProblemError, throwIfViolations } from '../errors/problem.js';
import { loadClient } from '../people/client-store.js';
import { CareTeamMemberSchema, ClientIdParams, ConsentSchema, RepresentativeSchema } from '../people/client-schemas.js';
import {
  endCareTeamMember,
  insertCareTeamMember,
  listCareTeam,
  listConsents,
  listRepresentatives,
  lockActiveHolderOf,
  lockCareTeamMember,
  overlappingMembership,
  withdrawCareTeamMember,
  type CareTeamMember,
} from './care-network-store.js';
import { withClientAccess, type ClientAccess } from './client-access.js';

const READ_NETWORK = { kind: 'client', category: 'care_network', action: 'read', audit: 'R' } as const;
const WRITE_NETWORK = { kind: 'client', category: 'care_network', action: 'write' } as const;
const MemberParams = Type.Object({ clientId: Type.String({ format: 'uuid' }), memberId: Type.String({ format: 'uuid' }) });

/** The client's care team, representatives and consents: who may see what of this person. */
export function registerCareNetworkRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/clients/:clientId/care-team',
    {
      config: { access: { ...READ_NETWORK, event: 'care_team.read' } },
      schema: {
        tags: ['access'],
        summary: 'The client’s care team, current and past',
        params: ClientIdParams,
        response: { 200: Type.Array(CareTeamMemberSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      return withClientAccess(db, request, clientId, (tx, access) => listCareTeam(tx, access.orgId, clientId, access.today));
    },
  );

  app.post(
    '/api/v1/clients/:clientId/care-team',
    {
      config: { access: { ...WRITE_NETWORK, audit: 'C', event: 'care_team.add' } },
      schema: {
        tags: ['access'],
        summary: 'Add a professional to the care team in a role, from a date (and optionally until one)',
        params: ClientIdParams,
        body: Type.Object(
          {
            userId: Type.String({ format: 'uuid' }),
            role: Type.Enum([...CARE_TEAM_ROLES]),
            validFrom: Type.Optional(Type.String({ format: 'date' })),
            validUntil: Type.Optional(Type.String({ format: 'date' })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Array(CareTeamMemberSchema), ...problemResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const body = request.body as { userId: string; role: Role; validFrom?: string; validUntil?: string };
      const team = await withClientAccess(db, request, clientId, async (tx, access) => {
        // Who may open the record to a professional (DOMAIN.md §7): refused before anything else is looked at.
        throwIfViolations(careTeamArrangerViolations(access.facts));
        // An active professional of this organisation who holds the role (another organisation's is not found).
        if (!isProfessionalRole(body.role) || !(await lockActiveHolderOf(tx, access.orgId, body.userId, body.role)))
          throw new ProblemError('care_team.not_a_professional', {
            errors: [{ path: '/body/userId', message: 'no such active professional with this role' }],
          });
        const validFrom = body.validFrom ?? access.today;
        const validUntil = body.validUntil ?? null;
        if (validUntil && validUntil < validFrom)
          throwIfViolations([{ code: 'consent.period_invalid', path: '/validUntil', source: 'care team period' }]);
        const member = { clientId, userId: body.userId, role: body.role, validFrom, validUntil };
        // One membership per person and role at a time: adding twice would show them twice and end only once.
        const existing = await overlappingMembership(tx, access.orgId, member);
        if (existing)
          throw new ProblemError('care_team.already_member', {
            errors: [{ path: '/body/userId', message: `overlaps membership ${existing}` }],
          });
        const id = await insertCareTeamMember(tx, access.orgId, { ...member, addedBy: access.userId });
        access.auditObject('care_team_member', id);
        return listCareTeam(tx, access.orgId, clientId, access.today);
      });
      return reply.code(201).send(team);
    },
  );

  app.post(
    '/api/v1/clients/:clientId/care-team/:memberId/end',
    {
      config: { access: { ...WRITE_NETWORK, audit: 'U', event: 'care_team.end' } },
      schema: {
        tags: ['access'],
        summary: 'End a care-team membership (the history is kept)',
        params: MemberParams,
        body: Type.Object({ validUntil: Type.Optional(Type.String({ format: 'date' })) }, { additionalProperties: false }),
        response: { 200: Type.Array(CareTeamMemberSchema), ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { validUntil } = request.body as { validUntil?: string };
      return changeMembership(db, request, async (tx, access, member) => {
        const until = validUntil ?? access.today;
        // Ending twice never reopens or moves a membership that already ended on or before that date.
        if (member.validUntil !== null && member.validUntil <= until) throw new ProblemError('care_team.already_ended');
        // The period holds at least its first day (migration 0003: valid_until >= valid_from).
        if (until < member.validFrom)
          throwIfViolations([{ code: 'care_team.end_before_start', path: '/validUntil', source: 'migration 0003' }]);
        await endCareTeamMember(tx, access.orgId, member.clientId, member.id, until);
      });
    },
  );

  app.post(
    '/api/v1/clients/:clientId/care-team/:memberId/withdrawal',
    {
      config: { access: { ...WRITE_NETWORK, audit: 'U', event: 'care_team.withdraw' } },
      schema: {
        tags: ['access'],
        summary:
          'Withdraw a planned care-team membership before it begins: it never grants access, not even on its first day (the plan stays on record)',
        params: MemberParams,
        response: { 200: Type.Array(CareTeamMemberSchema), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      changeMembership(db, request, async (tx, access, member) => {
        // Withdrawn already (an empty period, migration 0039), or ended before it began: nothing left to withdraw.
        if (member.validUntil !== null && member.validUntil < member.validFrom) throw new ProblemError('care_team.already_ended');
        // WGBO (BW 7:457): who was on the team while it held stays on record; only a plan not yet begun is withdrawn.
        if (member.validFrom <= access.today) throw new ProblemError('care_team.already_started');
        await withdrawCareTeamMember(tx, access.orgId, member.clientId, member.id);
      }),
  );

  app.post(
    '/api/v1/clients/:clientId/representatives',
    {
      config: { access: { ...WRITE_NETWORK, audit: 'C', event: 'representative.add' } },
      schema: {
        tags: ['access'],
        summary:
          'Record a legal representative with their legal basis (BW 7:465): parental authority (from the date of birth), or a curator, mentor or written authorisation (with its document; approved by a second professional)',
        params: ClientIdParams,
        body: Type.Object(
          {
            userId: Type.String({ format: 'uuid' }),
            basis: Type.Enum([...REPRESENTATION_BASES]),
            documentRef: Type.Optional(Type.String({ maxLength: 300 })),
            validFrom: Type.Optional(Type.String({ format: 'date' })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Array(RepresentativeSchema), ...problemResponses(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const body = request.body as { userId: string; basis: RepresentationBasis; documentRef?: string; validFrom?: string };
      const list = await withClientAccess(db, request, clientId, async (tx, access) => {
        // The same "who may record" rule as for consent: a professional on this client's care team (finding 1).
        throwIfViolations(recorderViolations(recorderOf(access), 'representation'));
        if (body.userId === access.userId) throw new ProblemError('representation.self_forbidden');
        // A representative acts through an account of their own as a naaste of this client — never a naaste by default.
        if (!(await isNaasteOf(tx, body.userId, clientId)))
          throw new ProblemError('representation.not_a_naaste', {
            errors: [{ path: '/body/userId', message: 'a representative needs an account as naaste of this client' }],
          });
        const client = await loadClient(tx, access.orgId, clientId);
        const draft = { basis: body.basis, documentRef: body.documentRef?.trim() || null };
        throwIfViolations(validateRepresentation(draft, { birthDate: client?.birthDate ?? access.today }, access.today));
        const validFrom = body.validFrom ?? access.today;
        // Parental authority ends the day before the 18th birthday (BW 1:233).
        const validUntil = isDerivedBasis(body.basis) && client ? parentalAuthorityUntil(client.birthDate) : null;
        if (validUntil && validFrom > validUntil)
          throwIfViolations([{ code: 'representation.parental_authority_ended', path: '/validFrom', source: 'BW 1:233' }]);
        const [representative] = await tx.query<{ id: string }>(
          `insert into client_representatives (org_id, client_id, user_id, relation, basis, document_ref, valid_from, valid_until, recorded_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
          [
            access.orgId,
            clientId,
            body.userId,
            relationOf(body.basis),
            body.basis,
            draft.documentRef,
            validFrom,
            validUntil,
            access.userId,
          ],
        );
        access.auditObject('representative', representative?.id ?? '');
        return listRepresentatives(tx, access.orgId, clientId, access.today);
      });
      return reply.code(201).send(list);
    },
  );

  app.post(
    '/api/v1/clients/:clientId/representatives/:representativeId/approval',
    {
      config: { access: { ...WRITE_NETWORK, audit: 'U', event: 'representative.approve' } },
      schema: {
        tags: ['access'],
        summary:
          'Approve a representation not derived from the date of birth: a second professional of the care team (four eyes); until then it grants nothing',
        params: Type.Object({ clientId: Type.String({ format: 'uuid' }), representativeId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({}, { additionalProperties: false }),
        response: { 200: Type.Array(RepresentativeSchema), ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { clientId, representativeId } = request.params as { clientId: string; representativeId: string };
      return withClientAccess(
        db,
        request,
        clientId,
        async (tx, access) => {
          throwIfViolations(recorderViolations(recorderOf(access), 'representation'));
          // Lock the row: two approvals at once approve once.
          const [row] = await tx.query<{ basis: RepresentationBasis | null; recorded_by: string; approved_at: Date | null }>(
            `select basis, recorded_by, approved_at from client_representatives where id = $1 and client_id = $2 for update`,
            [representativeId, clientId],
          );
          if (!row) throw new ProblemError('resource.not_found');
          if (!row.basis)
            throwIfViolations([{ code: 'representation.document_required', path: '/basis', source: 'BW 7:465 lid 3' }]);
          throwIfViolations(
            validateRepresentationApproval(
              {
                basis: row.basis as RepresentationBasis,
                recordedBy: row.recorded_by,
                approvedAt: row.approved_at ? new Date(row.approved_at).toISOString() : null,
              },
              access.userId,
            ),
          );
          await tx.query(`update client_representatives set approved_by = $1, approved_at = now() where id = $2`, [
            access.userId,
            representativeId,
          ]);
          return listRepresentatives(tx, access.orgId, clientId, access.today);
        },
        { objectType: 'representative', objectId: representativeId },
      );
    },
  );

  app.get(
    '/api/v1/clients/:clientId/consents',
    {
      config: { access: { ...READ_NETWORK, event: 'consent.read' } },
      schema: {
        tags: ['access'],
        summary: 'Every consent of the client, active, expired and revoked (append-only history)',
        params: ClientIdParams,
        response: { 200: Type.Array(ConsentSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      return withClientAccess(db, request, clientId, (tx, access) => listConsents(tx, access.orgId, clientId, access.today));
    },
  );

  app.post(
    '/api/v1/clients/:clientId/consents',
    {
      config: { access: { ...WRITE_NETWORK, audit: 'C', event: 'consent.grant' } },
      schema: {
        tags: ['access'],
        summary:
          'Record a consent: the client (or parent/representative) lets a person see named categories of data for a period',
        params: ClientIdParams,
        body: Type.Object(
          {
            granteeUserId: Type.String({ format: 'uuid' }),
            categories: Type.Array(Type.Enum([...DATA_CATEGORIES]), { minItems: 1, uniqueItems: true }),
            level: Type.Enum(['read', 'write']),
            validFrom: Type.Optional(Type.String({ format: 'date' })),
            validUntil: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
            givenBy: Type.Enum([...CONSENT_GIVERS]),
            alsoGivenBy: Type.Optional(Type.Union([Type.Enum([...CONSENT_GIVERS]), Type.Null()])),
            recordedHow: Type.Enum([...RECORDED_HOW], {
              description:
                'how the client gave it: in person or on a signed form (professional), or in the portal (client, representative)',
            }),
            documentRef: Type.Optional(Type.String({ maxLength: 300, description: 'where the signed form is kept' })),
            naasteBasis: Type.Optional(Type.Union([Type.Enum([...NAASTE_BASES]), Type.Null()])),
            note: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: ConsentSchema, ...problemResponses(401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const body = request.body as Omit<ConsentGrantDraft, 'granteeRoles' | 'validFrom' | 'validUntil' | 'naasteBasis'> & {
        granteeUserId: string;
        recordedHow: RecordedHow;
        documentRef?: string;
        validFrom?: string;
        validUntil?: string | null;
        naasteBasis?: ConsentGrantDraft['naasteBasis'];
        note?: string;
      };
      const grant = await withClientAccess(db, request, clientId, async (tx, access) => {
        // Who may record, how, and never to themselves (finding 1): refused before anything else is looked at.
        const documentRef = body.documentRef?.trim() || null;
        throwIfViolations(
          validateConsentRecording({
            recorder: recorderOf(access),
            granteeUserId: body.granteeUserId,
            recordedHow: body.recordedHow,
            documentRef,
          }),
        );
        const client = await loadClient(tx, access.orgId, clientId);
        const granteeRoles = (
          await tx.query<{ role: string }>(`select role from user_roles where user_id = $1`, [body.granteeUserId])
        )
          .map((r) => r.role)
          .filter(isRole);
        if (granteeRoles.length === 0)
          throw new ProblemError('request.invalid', {
            errors: [{ path: '/body/granteeUserId', message: 'no such user in this organisation' }],
          });
        const draft: ConsentGrantDraft = {
          granteeRoles,
          categories: body.categories,
          level: body.level,
          validFrom: body.validFrom ?? access.today,
          validUntil: body.validUntil ?? null,
          givenBy: body.givenBy,
          alsoGivenBy: body.alsoGivenBy ?? null,
          naasteBasis: body.naasteBasis ?? null,
        };
        throwIfViolations(validateConsentGrant(draft, { birthDate: client?.birthDate ?? access.today }, access.today));
        const [row] = await tx.query<{ id: string }>(
          `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, valid_until, given_by, naaste_basis, note, recorded_by,
                                       recorded_how, document_ref, also_given_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning id`,
          [
            access.orgId,
            clientId,
            body.granteeUserId,
            draft.categories,
            draft.level,
            draft.validFrom,
            draft.validUntil,
            draft.givenBy,
            draft.naasteBasis,
            body.note ?? null,
            access.userId,
            body.recordedHow,
            documentRef,
            draft.alsoGivenBy ?? null,
          ],
        );
        access.auditObject('consent', row?.id ?? '');
        return (await listConsents(tx, access.orgId, clientId, access.today)).find((consent) => consent.id === row?.id);
      });
      return reply.code(201).send(grant);
    },
  );

  app.post(
    '/api/v1/clients/:clientId/consents/:consentId/revocation',
    {
      config: { access: { ...WRITE_NETWORK, audit: 'U', event: 'consent.revoke' } },
      schema: {
        tags: ['access'],
        summary: 'Revoke a consent from now on (the grant stays in the history)',
        params: Type.Object({ clientId: Type.String({ format: 'uuid' }), consentId: Type.String({ format: 'uuid' }) }),
        body: Type.Object({ reason: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false }),
        response: { 200: ConsentSchema, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { clientId, consentId } = request.params as { clientId: string; consentId: string };
      const { reason } = request.body as { reason?: string };
      return withClientAccess(
        db,
        request,
        clientId,
        async (tx, access) => {
          const [grant] = await tx.query<{ revoked: boolean }>(
            `select exists (select 1 from consent_revocations r where r.consent_id = g.id) as revoked from consent_grants g where g.id = $1 and g.client_id = $2`,
            [consentId, clientId],
          );
          if (!grant) throw new ProblemError('resource.not_found');
          if (grant.revoked) throw new ProblemError('consent.already_revoked');
          await tx.query(`insert into consent_revocations (consent_id, org_id, revoked_by, reason) values ($1, $2, $3, $4)`, [
            consentId,
            access.orgId,
            access.userId,
            reason ?? null,
          ]);
          const updated = (await listConsents(tx, access.orgId, clientId, access.today)).find(
            (consent) => consent.id === consentId,
          );
          if (!updated) throw new ProblemError('resource.not_found');
          return updated;
        },
        { objectType: 'consent', objectId: consentId },
      );
    },
  );
}

/** The recorder of a consent or representation, as core's rule sees them. */
function recorderOf(access: ClientAccess): Recorder {
  return {
    userId: access.userId,
    isSelf: access.facts.isSelf,
    isRepresentative: access.facts.isRepresentative,
    teamRoles: access.facts.teamRoles,
  };
}

/** An active account with the role naaste that belongs to this client's circle (created for this client). */
async function isNaasteOf(tx: Queryable, userId: string, clientId: string): Promise<boolean> {
  const rows = await tx.query(
    `select 1 from user_roles r join users u on u.id = r.user_id
      where r.user_id = $1 and r.role = 'naaste' and u.active and u.client_id = $2`,
    [userId, clientId],
  );
  return rows.length > 0;
}

/**
 * A change to one care-team membership (end, withdraw) by who may arrange the team (DOMAIN.md §7): refused before
 * anything else is looked at, then the membership locked (two changes at once: one after the other) or 404 when it is
 * not this client's; `change` refuses or writes; the team is read back.
 */
function changeMembership(
  db: Database,
  request: FastifyRequest,
  change: (tx: Queryable, access: ClientAccess, member: LockedMember) => Promise<void>,
): Promise<CareTeamMember[]> {
  const { clientId, memberId } = request.params as { clientId: string; memberId: string };
  return withClientAccess(
    db,
    request,
    clientId,
    async (tx, access) => {
      throwIfViolations(careTeamArrangerViolations(access.facts));
      const member = await lockCareTeamMember(tx, access.orgId, clientId, memberId);
      if (!member) throw new ProblemError('resource.not_found');
      await change(tx, access, { ...member, id: memberId, clientId });
      return listCareTeam(tx, access.orgId, clientId, access.today);
    },
    { objectType: 'care_team_member', objectId: memberId },
  );
}

interface LockedMember {
  id: string;
  clientId: string;
  validFrom: string;
  validUntil: string | null;
}
