import { randomUUID } from 'node:crypto';
import { DISCIPLINES, isoDateIn, isRole, PROFESSIONAL_REGISTERS, PROFESSIONS, ROLES, type Role } from '@meedoen/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { auditActor } from '../access/audit-context.js';
import { appendAudit, appendAudits, type AuditEntry } from '../access/audit-log.js';
import { endMembershipsOfUser } from '../access/care-network-store.js';
import { markAudited } from '../access/request-audit.js';
import { requireFullAuth } from '../access/route-access.js';
import { deleteUserSessions, type Authenticated } from '../access/session-store.js';
import type { Config } from '../config.js';
import type { Database, Queryable } from '../db/database.js';
import { claimIdentity } from '../db/identity-directory.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { issueInvitation, voidOpenInvitations, type IssuedInvitation } from './invitation-store.js';

const MANAGE = { access: { kind: 'permission', permission: 'organisation.manage' } } as const;
/** Accounts that belong to one client: the person themself or a relative (0001: users.client_id). */
const CLIENT_BOUND: readonly Role[] = ['client', 'naaste'];

export const UserSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.Enum([...ROLES])),
  discipline: Type.Union([Type.Enum([...DISCIPLINES]), Type.Null()]),
  clientId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  clientName: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  secondFactor: Type.Boolean(),
  municipalities: Type.Array(Type.String()),
  passwordSet: Type.Boolean({ description: 'whether the person has chosen a password (through an invitation)' }),
  invitationExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'until when the open invitation link works; null when there is none',
  }),
  agbCode: Type.Union([Type.String(), Type.Null()], { description: 'the professional’s own AGB code (eight digits)' }),
  register: Type.Union([Type.Enum([...PROFESSIONAL_REGISTERS]), Type.Null()]),
  registrationNumber: Type.Union([Type.String(), Type.Null()]),
  profession: Type.Union([Type.Enum([...PROFESSIONS]), Type.Null()], {
    description: 'recorded where the role is not enough (an agoog); null: the role says it',
  }),
  registrationVersion: Type.Integer({ description: 'send as If-Match when changing the registration' }),
});
const InvitationSchema = Type.Object({
  path: Type.String({ description: 'the link to hand over, after this server’s address; shown only this once' }),
  expiresAt: Type.String({ format: 'date-time' }),
});
const RolesBody = Type.Array(Type.Enum([...ROLES]), { minItems: 1, maxItems: ROLES.length, uniqueItems: true });
export const UserIdParams = Type.Object({ userId: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

interface UserRow {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  discipline: (typeof DISCIPLINES)[number] | null;
  clientId: string | null;
  clientName: string | null;
  active: boolean;
  secondFactor: boolean;
  municipalities: string[];
  passwordSet: boolean;
  invitationExpiresAt: Date | string | null;
  agbCode: string | null;
  register: (typeof PROFESSIONAL_REGISTERS)[number] | null;
  registrationNumber: string | null;
  profession: (typeof PROFESSIONS)[number] | null;
  registrationVersion: number;
}

export async function listUsers(tx: Queryable, userId?: string) {
  const rows = await tx.query<UserRow>(
    `select u.id, u.email, u.display_name as "displayName", u.discipline, u.client_id as "clientId", u.active,
            nullif(trim(concat_ws(' ', c.given_name, c.family_name)), '') as "clientName",
            u.totp_enabled_at is not null as "secondFactor", u.password_hash is not null as "passwordSet",
            u.agb_code as "agbCode", u.register, u.registration_number as "registrationNumber", u.profession,
            u.registration_version as "registrationVersion",
            (select i.expires_at from user_invitations i
              where i.user_id = u.id and i.consumed_at is null and i.voided_at is null and i.expires_at > now()) as "invitationExpiresAt",
            array(select r.role from user_roles r where r.user_id = u.id order by r.role) as roles,
            array(select m.municipality from user_municipalities m where m.user_id = u.id order by m.municipality) as municipalities
       from users u left join clients c on c.id = u.client_id
      where $1::uuid is null or u.id = $1
      order by u.active desc, u.display_name, u.email`,
    [userId ?? null],
  );
  return rows.map((row) => ({
    ...row,
    roles: row.roles.filter(isRole),
    invitationExpiresAt: row.invitationExpiresAt === null ? null : new Date(row.invitationExpiresAt).toISOString(),
  }));
}

/** Client and relative accounts belong to exactly one client and hold no other role; other accounts to none. */
function checkClientLink(roles: readonly Role[], clientId: string | null, path: string): void {
  const bound = roles.some((role) => CLIENT_BOUND.includes(role));
  const ok = bound ? clientId !== null && roles.length === 1 : clientId === null;
  if (!ok)
    throw new ProblemError('users.client_link_invalid', {
      errors: [{ path, message: 'client and naaste accounts have one role and one client; others have no client' }],
    });
}

/**
 * Segregation of duties (ISO/IEC 27002:2022 §5.3, in NEN 7510-2:2024): nobody changes their own roles or
 * switches off their own account, so an administrator cannot grant themself access to health data.
 */
function refuseSelf(auth: Authenticated, userId: string): void {
  if (auth.userId === userId)
    throw new ProblemError('users.self_change_forbidden', {
      errors: [{ path: '/params/userId', message: 'one’s own account' }],
    });
}

/**
 * Changes to roles and accounts of one organisation take turns: they lock the organisation's row first, so
 * two administrators removing each other at the same moment cannot both succeed.
 */
async function lockAccounts(tx: Queryable, orgId: string): Promise<void> {
  await tx.query(`select 1 from organisations where id = $1 for no key update`, [orgId]);
}

/** An organisation always keeps an active administrator (call after lockAccounts). */
async function keepAnAdministrator(tx: Queryable, leavingUserId: string): Promise<void> {
  const admins = await tx.query<{ id: string }>(
    `select u.id from users u where u.active and exists (select 1 from user_roles r where r.user_id = u.id and r.role = 'beheerder')`,
  );
  if (admins.some((a) => a.id === leavingUserId) && admins.length <= 1) throw new ProblemError('users.last_administrator');
}

/** What the beheerder did, as an audit entry: on an account, or (with `clientId`) on a client's record. */
function adminEntry(
  request: FastifyRequest,
  auth: Authenticated,
  event: string,
  action: 'C' | 'R' | 'U' | 'D',
  object: { type: string; id: string | null; clientId?: string },
  reason: string | null,
): AuditEntry {
  return {
    event,
    action,
    outcome: 'success',
    clientId: object.clientId ?? null,
    ...auditActor(request, auth),
    role: 'beheerder',
    basis: null,
    breakGlass: false,
    reason: reason?.slice(0, 300) ?? null,
    objectType: object.type,
    objectId: object.id,
  };
}

async function audit(
  tx: Queryable,
  request: FastifyRequest,
  auth: Authenticated,
  event: string,
  action: 'C' | 'R' | 'U' | 'D',
  objectId: string | null,
  reason: string | null,
): Promise<void> {
  await appendAudit(tx, auth.orgId, adminEntry(request, auth, event, action, { type: 'user', id: objectId }, reason));
  markAudited(request);
}

/** The organisation's accounts for the administrator: create, change roles, switch off. Every step audited. */
export function registerUserAdminRoutes(app: FastifyInstance, db: Database, config: Config): void {
  app.get(
    '/api/v1/users',
    {
      config: MANAGE,
      schema: {
        tags: ['people'],
        summary: 'Every account of the organisation with its roles, status and bound municipalities',
        response: { 200: Type.Array(UserSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      return db.withOrg(auth.orgId, async (tx) => {
        const users = await listUsers(tx);
        await audit(tx, request, auth, 'user.list', 'R', null, `${users.length} accounts`);
        return users;
      });
    },
  );

  app.post(
    '/api/v1/users',
    {
      config: MANAGE,
      schema: {
        tags: ['people'],
        summary:
          'Create an account with roles, without a password: the answer holds a one-time invitation link (shown only now) ' +
          'with which the person chooses one. A client or relative account belongs to one client and has that role only',
        body: Type.Object(
          {
            email: Type.String({ format: 'email', maxLength: 254 }),
            displayName: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
            roles: RolesBody,
            discipline: Type.Optional(Type.Union([Type.Enum([...DISCIPLINES]), Type.Null()])),
            clientId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ ...UserSchema.properties, invitation: InvitationSchema }),
          ...problemResponses(401, 403, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const body = request.body as {
        email: string;
        displayName: string;
        roles: Role[];
        discipline?: string | null;
        clientId?: string | null;
      };
      const email = body.email.trim().toLowerCase();
      const clientId = body.clientId ?? null;
      checkClientLink(body.roles, clientId, '/body/clientId');
      const created = await db.withOrg(auth.orgId, async (tx) => {
        if (clientId && (await tx.query(`select 1 from clients where id = $1`, [clientId])).length === 0)
          throw new ProblemError('resource.not_found', { errors: [{ path: '/body/clientId', message: 'no such client' }] });
        // One account per e-mail address across the platform: the directory of global identities decides (its primary
        // key, migration 0033), also under races; the account's row in the same transaction.
        const userId = randomUUID();
        if (!(await claimIdentity(tx, 'email', email, userId)))
          throw new ProblemError('users.email_taken', { errors: [{ path: '/body/email', message: 'already in use' }] });
        const [row] = await tx.query<{ id: string }>(
          `insert into users (id, org_id, email, display_name, password_hash, discipline, client_id) values ($1, $2, $3, $4, null, $5, $6)
           returning id`,
          [userId, auth.orgId, email, body.displayName.trim(), body.discipline ?? null, clientId],
        );
        if (!row) throw new Error('the account was not stored');
        for (const role of body.roles)
          await tx.query(`insert into user_roles (org_id, user_id, role) values ($1, $2, $3)`, [auth.orgId, row.id, role]);
        await audit(tx, request, auth, 'user.create', 'C', row.id, `roles ${[...body.roles].sort().join(',')}`);
        const invitation = await invite(tx, request, auth, row.id, 'on creation');
        const [user] = await listUsers(tx, row.id);
        return { ...user, invitation };
      });
      return reply.code(201).send(created);
    },
  );

  /** A one-time link for the account (earlier links stop working), audited; the link itself is not. */
  async function invite(
    tx: Queryable,
    request: FastifyRequest,
    auth: Authenticated,
    userId: string,
    why: string,
  ): Promise<IssuedInvitation> {
    const invitation = await issueInvitation(tx, auth.orgId, userId, auth.userId, config.invitationHours);
    await audit(tx, request, auth, 'user.invite', 'C', userId, `${why}; valid ${config.invitationHours} h`);
    return invitation;
  }

  app.post(
    '/api/v1/users/:userId/invitation',
    {
      config: MANAGE,
      schema: {
        tags: ['people'],
        summary:
          'A new one-time invitation link for another account, to choose a (new) password: for someone who did not use ' +
          'the first link in time, or forgot their password. Earlier links stop working; the current password works ' +
          'until the link is used. The link is in this answer only.',
        params: UserIdParams,
        response: { 201: InvitationSchema, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { userId } = request.params as { userId: string };
      // Segregation of duties: an administrator changes their own password themself, with the current one.
      refuseSelf(auth, userId);
      const invitation = await db.withOrg(auth.orgId, async (tx) => {
        await lockAccounts(tx, auth.orgId);
        const [user] = await tx.query<{ active: boolean }>(`select active from users where id = $1 for update`, [userId]);
        if (!user)
          throw new ProblemError('resource.not_found', { errors: [{ path: '/params/userId', message: 'no such user' }] });
        if (!user.active)
          throw new ProblemError('users.account_inactive', { errors: [{ path: '/params/userId', message: 'switched off' }] });
        return invite(tx, request, auth, userId, 'new link');
      });
      return reply.code(201).send(invitation);
    },
  );

  app.put(
    '/api/v1/users/:userId/roles',
    {
      config: MANAGE,
      schema: {
        tags: ['people'],
        summary: 'Replace the roles of another account (never one’s own); the organisation keeps an administrator',
        params: UserIdParams,
        body: Type.Object({ roles: RolesBody }, { additionalProperties: false }),
        response: { 200: UserSchema, ...problemResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { userId } = request.params as { userId: string };
      const { roles } = request.body as { roles: Role[] };
      refuseSelf(auth, userId);
      return db.withOrg(auth.orgId, async (tx) => {
        await lockAccounts(tx, auth.orgId);
        const [user] = await tx.query<{ client_id: string | null }>(`select client_id from users where id = $1 for update`, [
          userId,
        ]);
        if (!user)
          throw new ProblemError('resource.not_found', { errors: [{ path: '/params/userId', message: 'no such user' }] });
        checkClientLink(roles, user.client_id, '/body/roles');
        if (!roles.includes('beheerder')) await keepAnAdministrator(tx, userId);
        const before = (
          await tx.query<{ role: string }>(`select role from user_roles where user_id = $1 order by role`, [userId])
        )
          .map((r) => r.role)
          .join(',');
        await tx.query(`delete from user_roles where user_id = $1`, [userId]);
        for (const role of roles)
          await tx.query(`insert into user_roles (org_id, user_id, role) values ($1, $2, $3)`, [auth.orgId, userId, role]);
        // A municipality binding only means something for the role gemeente.
        if (!roles.includes('gemeente')) await tx.query(`delete from user_municipalities where user_id = $1`, [userId]);
        // New roles apply from the next sign-in: the account's sessions end.
        await deleteUserSessions(tx, auth.orgId, userId);
        await audit(tx, request, auth, 'user.roles', 'U', userId, `${before} → ${[...roles].sort().join(',')}`);
        const [after] = await listUsers(tx, userId);
        return after;
      });
    },
  );

  app.post(
    '/api/v1/users/:userId/deactivation',
    {
      config: MANAGE,
      schema: {
        tags: ['people'],
        summary:
          'Switch off another account: it can no longer sign in, its sessions end, its care-team memberships end today and planned ones are withdrawn; its history stays',
        params: UserIdParams,
        body: Type.Object(
          { reason: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }) },
          { additionalProperties: false },
        ),
        response: { 200: UserSchema, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { userId } = request.params as { userId: string };
      const { reason } = request.body as { reason: string };
      refuseSelf(auth, userId);
      return db.withOrg(auth.orgId, async (tx) => {
        await lockAccounts(tx, auth.orgId);
        const [user] = await tx.query(`select 1 from users where id = $1 for update`, [userId]);
        if (!user)
          throw new ProblemError('resource.not_found', { errors: [{ path: '/params/userId', message: 'no such user' }] });
        await keepAnAdministrator(tx, userId);
        await tx.query(`update users set active = false where id = $1`, [userId]);
        await deleteUserSessions(tx, auth.orgId, userId);
        await voidOpenInvitations(tx, auth.orgId, userId);
        await audit(tx, request, auth, 'user.deactivate', 'U', userId, reason.trim());
        // Who has left the organisation is in no client's care team any more: the team lists show them ended today,
        // and what was planned for them withdrawn.
        const ended = await endMembershipsOfUser(tx, auth.orgId, userId, isoDateIn(new Date()));
        if (ended.length > 0)
          await appendAudits(
            tx,
            auth.orgId,
            ended.map((member) =>
              adminEntry(
                request,
                auth,
                member.withdrawn ? 'care_team.withdraw' : 'care_team.end',
                'U',
                { type: 'care_team_member', id: member.memberId, clientId: member.clientId },
                'account uitgezet',
              ),
            ),
          );
        const [after] = await listUsers(tx, userId);
        return after;
      });
    },
  );
}
