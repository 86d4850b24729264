import {
  CONSENT_GIVERS,
  CONSENT_STATUSES,
  DATA_CATEGORIES,
  hasOrgPermission,
  isoDateIn,
  RECORDED_HOW,
  ROLES,
  type ConsentStatus,
} from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../db/database.js';
import { problemResponses } from '../errors/problem.js';
import { auditActor } from './audit-context.js';
import { appendAudits } from './audit-log.js';
import { listConsentOverview } from './consent-overview-store.js';
import { requireFullAuth } from './route-access.js';

const ConsentOverviewItemSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  clientId: Type.String({ format: 'uuid' }),
  clientName: Type.String({ description: 'the person who gave the consent (name only, never the BSN)' }),
  granteeUserId: Type.String({ format: 'uuid' }),
  granteeName: Type.String({ description: 'who received access' }),
  granteeRoles: Type.Array(Type.Enum([...ROLES])),
  categories: Type.Array(Type.Enum([...DATA_CATEGORIES]), { description: 'which parts of the record' }),
  level: Type.Enum(['read', 'write']),
  validFrom: Type.String({ format: 'date' }),
  validUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'null: until revoked' }),
  givenBy: Type.Enum([...CONSENT_GIVERS]),
  status: Type.Enum([...CONSENT_STATUSES]),
  recordedByName: Type.String(),
  recordedHow: Type.Enum([...RECORDED_HOW]),
  recordedAt: Type.String({ format: 'date-time' }),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedByName: Type.Union([Type.String(), Type.Null()]),
});

/** Why the privacy officer reads these consents, in every audit record of the read (NEN 7513 §7: the purpose). */
const PURPOSE = 'toezicht op toestemmingen door de privacyfunctionaris (AVG art. 39)';

/**
 * Issue 14: the privacy officer's overview of consents across persons. She is on no care team, so the
 * organisation permission `consents.overview` opens it; a refusal is audited by the request audit.
 */
export function registerConsentOverviewRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/consents',
    {
      config: { access: { kind: 'permission', permission: 'consents.overview' } },
      schema: {
        tags: ['access'],
        summary:
          'The organisation’s consents across persons, for the privacy officer: who may see which parts of whose record, since and until when, revoked by whom; newest recorded first, paged',
        querystring: Type.Object(
          {
            status: Type.Optional(Type.Enum([...CONSENT_STATUSES])),
            expiringWithinDays: Type.Optional(
              Type.Integer({ minimum: 0, maximum: 366, description: 'running consents that end within this many days' }),
            ),
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'part of the person’s name' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
            cursor: Type.Optional(Type.String({ maxLength: 200, description: 'nextCursor of the previous page' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(ConsentOverviewItemSchema),
            nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
          }),
          ...problemResponses(401, 403),
        },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const query = request.query as {
        status?: ConsentStatus;
        expiringWithinDays?: number;
        name?: string;
        limit?: number;
        cursor?: string;
      };
      // Every word of the search must occur in the person's name, as in the client search ("anna berg").
      const words = (query.name ?? '')
        .trim()
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word.length > 0);
      return db.withOrg(auth.orgId, async (tx) => {
        const page = await listConsentOverview(tx, auth.orgId, isoDateIn(new Date()), {
          status: query.status ?? null,
          expiringWithinDays: query.expiringWithinDays ?? null,
          nameWords: words.length > 0 ? words : null,
          limit: query.limit ?? 50,
          cursor: query.cursor ?? null,
        });
        // One audit record per person shown (NEN 7513; as the client list and the MDO list do), in the same transaction.
        await appendAudits(
          tx,
          auth.orgId,
          [...new Set(page.items.map((item) => item.clientId))].map((clientId) => ({
            event: 'consent.overview',
            action: 'R' as const,
            outcome: 'success' as const,
            clientId,
            ...auditActor(request, auth),
            role: auth.roles.find((role) => hasOrgPermission([role], 'consents.overview')) ?? null,
            basis: 'organisation',
            breakGlass: false,
            reason: PURPOSE,
            objectType: 'consent',
            objectId: null,
          })),
        );
        return page;
      });
    },
  );
}
