import { mayKnowHomeLocation, presentTravel, rankOffers, TRAVEL_BANDS, type MatchingPerson } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { loadPlan } from './participation-routes.js';
import { Type } from 'typebox';
import { withClientAccess } from '../access/client-access.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { searchOffers, toMatchable } from './offer-store.js';

const ReasonSchema = Type.Object({ code: Type.String(), nl: Type.String(), en: Type.String() });

/** Matching a person to the social map, and recording what the map could not offer. */
export function registerMatchingRoutes(app: FastifyInstance, db: Database, config: Config): void {
  app.get(
    '/api/v1/clients/:clientId/matches',
    {
      config: {
        access: {
          kind: 'client',
          category: 'participation_plan',
          action: 'read',
          audit: 'R',
          event: 'matching.run',
          // The ranking and its reasons are made of the person's preferences, strengths and ladder position.
          disclosure: { kind: 'whole', parts: ['preferences', 'strengths', 'ladder'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'Offers ranked for this person from their participation plan, each with its reasons; also what fell off and why',
        params: ClientIdParams,
        response: {
          200: Type.Object({
            ranked: Type.Array(
              Type.Object({
                offerId: Type.String(),
                name: Type.String(),
                form: Type.String(),
                kind: Type.String(),
                rung: Type.Integer(),
                travelMinutes: Type.Union([Type.Integer(), Type.Null()], {
                  description: 'only for those who may know the home address (the person, representative, care team)',
                }),
                travelBand: Type.Union([Type.Enum([...TRAVEL_BANDS]), Type.Null()], {
                  description: 'travel time in minutes as a coarse band; null for an online offer',
                }),
                tier: Type.Integer(),
                score: Type.Number(),
                reasons: Type.Array(ReasonSchema),
              }),
            ),
            excluded: Type.Array(
              Type.Object({
                offerId: Type.String(),
                name: Type.String(),
                rung: Type.Integer(),
                reasons: Type.Array(ReasonSchema),
              }),
            ),
          }),
          ...problemResponses(401, 403, 422),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      return withClientAccess(db, request, clientId, async (tx, access) => {
        const [client] = await tx.query<{ home_lat: number | null; home_lon: number | null }>(
          `select home_lat, home_lon from clients where org_id = $1 and id = $2`,
          [access.orgId, clientId],
        );
        const stored = await loadPlan(tx, access.orgId, clientId);
        const plan =
          stored.version > 0 && !stored.damaged.includes('preferences') && !stored.damaged.includes('ladder') ? stored : null;
        if (!plan || client?.home_lat == null || client.home_lon == null) {
          throw new ProblemError('request.invalid', {
            detail: 'Matching needs the participation plan’s preferences and the client’s home location.',
            detailNl: 'Voor het zoeken is het participatieplan met voorkeuren en de woonplek van de cliënt nodig.',
          });
        }
        const p = plan.document.preferences;
        const person: MatchingPerson = {
          home: { lat: client.home_lat, lon: client.home_lon },
          chosenPlace: null,
          maxTravelMinutes: p.maxTravelMinutes,
          availability: p.availability,
          needsWheelchairAccess: p.needsWheelchairAccess,
          wantsLowStimulus: p.wantsLowStimulus,
          wantsSmallScale: p.wantsSmallScale,
          costCeilingPerMonth: p.costCeilingPerMonth,
          access: p.access,
          interests: p.interests,
          talents: plan.document.strengths,
          level: p.level,
          rolesToGrowInto: p.rolesToGrowInto,
          wantsSocialSafety: p.wantsSocialSafety,
          currentRung: plan.document.ladder.currentRung,
          targetRung: plan.document.ladder.targetRung,
          wantsToStay: plan.document.ladder.wantsToStay,
        };
        // Every offer is ranked: a cut-off by name would silently leave out the best match of a large organisation.
        const offers = await searchOffers(tx, access.orgId, access.today, config.offerStaleDays, { limit: null });
        // Exact minutes to several offers locate someone's home: exact only for those who may know it.
        return presentTravel(
          rankOffers(person, offers.map(toMatchable)),
          mayKnowHomeLocation(access.decision.basis),
          p.maxTravelMinutes,
        );
      });
    },
  );

  app.post(
    '/api/v1/clients/:clientId/unmet-needs',
    {
      config: { access: { kind: 'client', category: 'day_activities', action: 'write', audit: 'C', event: 'unmet_need.record' } },
      schema: {
        tags: ['daginvulling'],
        summary:
          'No fitting offer: record what was sought, where, and why nothing fitted (for the organisation’s and municipality’s overview, 003 L1867-1870)',
        params: ClientIdParams,
        body: Type.Object(
          {
            sought: Type.String({ minLength: 1, maxLength: 1000 }),
            area: Type.String({ minLength: 1, maxLength: 200 }),
            whyNothingFitted: Type.String({ minLength: 1, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.String() }), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const b = request.body as { sought: string; area: string; whyNothingFitted: string };
      const id = await withClientAccess(db, request, clientId, async (tx, access) => {
        const [row] = await tx.query<{ id: string }>(
          `insert into unmet_needs (org_id, client_id, sought, area, why_nothing_fitted, municipality, recorded_by)
           select $1, $2, $3, $4, $5, c.municipality, $6 from clients c where c.id = $2 returning id`,
          [access.orgId, clientId, b.sought, b.area, b.whyNothingFitted, access.userId],
        );
        return row?.id ?? '';
      });
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/v1/unmet-needs',
    {
      config: { access: { kind: 'permission', permission: 'unmet_needs.report' } },
      schema: {
        tags: ['daginvulling'],
        summary: 'Needs the social map could not meet, without client identities (for the organisation and the municipality)',
        querystring: Type.Object({ from: Type.Optional(Type.String({ format: 'date' })) }, { additionalProperties: false }),
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              sought: Type.String(),
              area: Type.String(),
              whyNothingFitted: Type.String(),
              municipality: Type.Union([Type.String(), Type.Null()]),
              recordedOn: Type.String(),
            }),
          ),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { from } = request.query as { from?: string };
      return db.withOrg(auth.orgId, (tx) =>
        tx.query(
          `select id, sought, area, why_nothing_fitted as "whyNothingFitted", municipality, recorded_at::date::text as "recordedOn"
             from unmet_needs where ($1::date is null or recorded_at >= $1::date) order by recorded_at desc limit 500`,
          [from ?? null],
        ),
      );
    },
  );
}
