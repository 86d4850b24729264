import { CONTINUUM_FORMS, isoDateIn } from '@meedoen/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { requireFullAuth } from '../access/route-access.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { OfferInput, OfferView } from './offer-schemas.js';
import { insertOffer, loadOffer, searchOffers, updateOffer, type OfferInputData } from './offer-store.js';

const OfferParams = Type.Object({ offerId: Type.String({ format: 'uuid' }) });

/** The version a writer saw, from If-Match; required to change a document (optimistic concurrency). */
export function requireIfMatch(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  const version = typeof header === 'string' ? Number(header.replace(/^W\//, '').replaceAll('"', '')) : Number.NaN;
  if (!Number.isInteger(version))
    throw new ProblemError('request.invalid', {
      errors: [{ path: '/headers/if-match', message: 'send the version you saw as If-Match, e.g. "3"' }],
    });
  return version;
}

/** The social map (sociale kaart): internal and external offers, searchable in Dutch, marked stale when unconfirmed. */
export function registerOfferRoutes(app: FastifyInstance, db: Database, config: Config): void {
  app.get(
    '/api/v1/offers',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'Search the social map: Dutch full-text search with filters',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            form: Type.Optional(Type.Enum([...CONTINUUM_FORMS])),
            wheelchairAccessible: Type.Optional(Type.Boolean()),
            lowStimulus: Type.Optional(Type.Boolean()),
            maxCostPerMonth: Type.Optional(Type.Number({ minimum: 0 })),
            access: Type.Optional(Type.String({ maxLength: 40 })),
            internal: Type.Optional(Type.Boolean()),
            stale: Type.Optional(Type.Boolean()),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(OfferView), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const query = request.query as Record<string, never> & { limit?: number };
      return db.withOrg(auth.orgId, (tx) =>
        searchOffers(tx, auth.orgId, isoDateIn(new Date()), config.offerStaleDays, { ...query, limit: query.limit ?? 60 }),
      );
    },
  );

  app.get(
    '/api/v1/offers/:offerId',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'One offer, in plain language',
        params: OfferParams,
        response: { 200: OfferView, ...problemResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { offerId } = request.params as { offerId: string };
      const offer = await db.withOrg(auth.orgId, (tx) => loadOffer(tx, offerId, isoDateIn(new Date()), config.offerStaleDays));
      if (!offer) throw new ProblemError('resource.not_found');
      return reply.header('etag', `"${offer.version}"`).send(offer);
    },
  );

  app.post(
    '/api/v1/offers',
    {
      config: { access: { kind: 'permission', permission: 'offers.manage' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'Add an offer to the social map (confirmed today)',
        body: OfferInput,
        response: { 201: OfferView, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const today = isoDateIn(new Date());
      const offer = await db.withOrg(auth.orgId, async (tx) =>
        loadOffer(tx, await insertOffer(tx, auth.orgId, request.body as OfferInputData, today), today, config.offerStaleDays),
      );
      return reply
        .code(201)
        .header('etag', `"${offer?.version ?? 1}"`)
        .send(offer);
    },
  );

  app.put(
    '/api/v1/offers/:offerId',
    {
      config: { access: { kind: 'permission', permission: 'offers.manage' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'Change an offer (If-Match with the version you saw; 409 if someone changed it meanwhile); confirms it today',
        params: OfferParams,
        body: OfferInput,
        response: { 200: OfferView, ...problemResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const auth = requireFullAuth(request);
      const { offerId } = request.params as { offerId: string };
      const version = requireIfMatch(request);
      const today = isoDateIn(new Date());
      const offer = await db.withOrg(auth.orgId, async (tx) => {
        if (!(await loadOffer(tx, offerId, today, config.offerStaleDays))) throw new ProblemError('resource.not_found');
        if (!(await updateOffer(tx, offerId, request.body as OfferInputData, version, today)))
          throw new ProblemError('resource.version_conflict');
        return loadOffer(tx, offerId, today, config.offerStaleDays);
      });
      return reply.header('etag', `"${offer?.version ?? 0}"`).send(offer);
    },
  );

  app.post(
    '/api/v1/offers/:offerId/confirmation',
    {
      config: { access: { kind: 'permission', permission: 'offers.manage' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'Confirm that the entry is still correct (resets staleness)',
        params: OfferParams,
        response: { 200: OfferView, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { offerId } = request.params as { offerId: string };
      const today = isoDateIn(new Date());
      const offer = await db.withOrg(auth.orgId, async (tx) => {
        await tx.query(`update offers set last_confirmed_on = $2 where id = $1`, [offerId, today]);
        return loadOffer(tx, offerId, today, config.offerStaleDays);
      });
      if (!offer) throw new ProblemError('resource.not_found');
      return offer;
    },
  );
}
