import { randomBytes } from 'node:crypto';
import { isoDateIn, localToInstant, NEUTRAL_TITLES } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requireFullAuth } from '../access/route-access.js';
import { hashToken } from '../access/session-store.js';
import type { Database, Queryable } from '../db/database.js';
import { claimIdentity, lookupIdentity, releaseIdentities } from '../db/identity-directory.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { AGENDA_TIME_ZONE } from './agenda-store.js';
import { agendaItems } from './agenda-views.js';
import { calendar, type FeedEvent } from './ical.js';

const DAY = 86_400_000;
/** Revoke the user's live calendar link and release it from the directory of global identities (migration 0033). */
async function revokeFeed(tx: Queryable, orgId: string, userId: string): Promise<void> {
  const revoked = await tx.query<{ token_hash: string }>(
    `update agenda_feed_tokens set revoked_at = now() where org_id = $1 and user_id = $2 and revoked_at is null returning token_hash`,
    [orgId, userId],
  );
  await releaseIdentities(
    tx,
    'feed',
    revoked.map((row) => row.token_hash),
  );
}

const FeedState = Type.Object({ active: Type.Boolean(), createdAt: Type.Union([Type.String(), Type.Null()]) });

/**
 * A professional's agenda as an iCalendar feed for their phone: a secret address, stored hashed and
 * revocable. Only time, place and a neutral title ("Afspraak", "Groepssessie"): no client name, no
 * reason, no address of a home visit, no link (issue 14: "no health data in it").
 */
export function registerFeedRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/agenda/feed',
    {
      config: { access: { kind: 'permission', permission: 'agenda.view' } },
      schema: {
        tags: ['agenda'],
        summary: 'Whether I have a calendar link (the link itself is shown only once, when made)',
        response: { 200: FeedState, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const [row] = await db.withOrg(auth.orgId, (tx) =>
        tx.query<{ created_at: Date }>(
          `select created_at from agenda_feed_tokens where org_id = $1 and user_id = $2 and revoked_at is null`,
          [auth.orgId, auth.userId],
        ),
      );
      return { active: row !== undefined, createdAt: row ? new Date(row.created_at).toISOString() : null };
    },
  );

  app.post(
    '/api/v1/agenda/feed',
    {
      config: { access: { kind: 'permission', permission: 'agenda.view' } },
      schema: {
        tags: ['agenda'],
        summary: 'Make a new calendar link for my agenda; any earlier link stops working',
        response: { 201: Type.Object({ path: Type.String() }), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const token = randomBytes(32).toString('base64url');
      const tokenHash = hashToken(token);
      await db.withOrg(auth.orgId, async (tx) => {
        await revokeFeed(tx, auth.orgId, auth.userId);
        const [row] = await tx.query<{ id: string }>(
          `insert into agenda_feed_tokens (org_id, user_id, token_hash) values ($1, $2, $3) returning id`,
          [auth.orgId, auth.userId, tokenHash],
        );
        if (!row || !(await claimIdentity(tx, 'feed', tokenHash, row.id))) throw new Error('the feed token is taken');
      });
      return reply.code(201).send({ path: `/api/v1/agenda/feed/${token}.ics` });
    },
  );

  app.delete(
    '/api/v1/agenda/feed',
    {
      config: { access: { kind: 'permission', permission: 'agenda.view' } },
      schema: {
        tags: ['agenda'],
        summary: 'Revoke my calendar link',
        response: { 204: Type.Null(), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      await db.withOrg(auth.orgId, (tx) => revokeFeed(tx, auth.orgId, auth.userId));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/agenda/feed/:file',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['agenda'],
        summary: 'The iCalendar feed behind a secret link (text/calendar): times, places and neutral titles only',
        params: Type.Object({ file: Type.String({ pattern: '^[A-Za-z0-9_-]{43}\\.ics$' }) }),
        response: { 200: Type.String({ description: 'text/calendar' }), ...problemResponses(404) },
      },
    },
    async (request, reply) => {
      const { file } = request.params as { file: string };
      const hash = hashToken(file.slice(0, -'.ics'.length));
      // The directory names the organisation; the token is read bound to it (row-level security).
      const [owner] = await db.withOrgOf(
        async (tx) => (await lookupIdentity(tx, 'feed', hash))?.orgId ?? null,
        (tx, orgId) =>
          tx.query<{ org_id: string; user_id: string }>(
            `select t.org_id, t.user_id from agenda_feed_tokens t join users u on u.org_id = t.org_id and u.id = t.user_id
              where t.org_id = $1 and t.token_hash = $2 and t.revoked_at is null and u.active`,
            [orgId, hash],
          ),
      );
      if (!owner) throw new ProblemError('agenda.feed_not_found');
      const now = new Date();
      const from = isoDateIn(new Date(now.getTime() - 28 * DAY));
      const until = isoDateIn(new Date(now.getTime() + 182 * DAY));
      const items = await db.withOrg(owner.org_id, (tx) =>
        // The feed leaves the organisation: nobody's name or treatment in it.
        agendaItems(tx, owner.org_id, { kind: 'professional', id: owner.user_id }, from, until, async () => ({
          personalia: new Set(),
          treatment: new Set(),
        })),
      );
      const events: FeedEvent[] = items.map((i) => ({
        uid: `${i.id.replace('/', '-')}@meedoen`,
        startsAt: localToInstant(i.date, i.starts, AGENDA_TIME_ZONE),
        endsAt: localToInstant(i.date, i.ends, AGENDA_TIME_ZONE),
        summary: NEUTRAL_TITLES[i.kind],
        // The room or the group's place; never a home address, never a client.
        location: i.room?.name ?? (i.source === 'groepsactiviteit' ? i.location : i.kind === 'online' ? 'Online' : null),
        cancelled: i.cancelled,
      }));
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(calendar('Meedoen agenda', events, now));
    },
  );
}
