import { buildErgoLedger, ERGO_CONTACT_TYPES, parametersOn, previewErgoContact, type ErgoContactType } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withClientAccess } from '../access/client-access.js';
import type { Database } from '../db/database.js';
import { problemResponses, throwIfViolations } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { loadClientServices, loadFinancingContext } from './delivered-services.js';

const PreviewResponse = Type.Object({
  quarters: Type.Integer(),
  basis: Type.Integer(),
  aanvullend: Type.Integer(),
  eigen_betaling: Type.Integer(),
  warning: Type.Union([
    Type.Object({}, { additionalProperties: true, description: 'core FinancingReason: code, source, nl, en' }),
    Type.Null(),
  ]),
});

/**
 * Before an ergotherapie session is saved: how it would be covered given what the client used this calendar
 * year, and the warning when it would go beyond the cover (issue 12; 004 L109-110, REFERENCE.md §7.1). Nothing
 * is written; the therapist confirms in the form.
 */
export function registerErgotherapiePreviewRoute(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/clients/:clientId/ergotherapie/preview',
    {
      config: {
        access: { kind: 'client', category: 'financing', action: 'read', audit: 'R', event: 'ergotherapie.preview_read' },
      },
      schema: {
        tags: ['financing'],
        summary:
          'A planned ergotherapie session: quarters under basic cover, supplementary cover and self-pay, and a warning when it exceeds the cover',
        params: ClientIdParams,
        querystring: Type.Object({
          date: Type.String({ format: 'date' }),
          minutes: Type.Integer({ minimum: 1, maximum: 1440, description: 'direct (contact) minutes' }),
          indirectMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440 })),
          type: Type.Optional(Type.Enum([...ERGO_CONTACT_TYPES])),
        }),
        response: { 200: PreviewResponse, ...problemResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      const q = request.query as { date: string; minutes: number; indirectMinutes?: number; type?: ErgoContactType };
      return withClientAccess(db, request, clientId, async (tx) => {
        const ctx = await loadFinancingContext(tx, clientId);
        const year = q.date.slice(0, 4);
        // Cover used earlier this calendar year counts (REFERENCE.md §7.1).
        const { ergoContacts } = await loadClientServices(tx, clientId, `${year}-01-01`, `${year}-12-31`);
        const ledger = buildErgoLedger(Number(year), ergoContacts, ctx);
        // 004 L111-112: only contact time counts, indirect time where the year's parameters say so.
        const found = parametersOn(ctx.parameters, q.date);
        const indirect = found.ok && found.parameters.ergotherapie.countIndirectMinutes ? (q.indirectMinutes ?? 0) : 0;
        const preview = previewErgoContact(
          ledger,
          { date: q.date, type: q.type ?? 'individuele_zitting', minutes: q.minutes + indirect },
          ctx,
        );
        if ('violation' in preview) {
          throwIfViolations([{ ...preview.violation, path: '/date' }]);
          throw new Error('unreachable');
        }
        return preview;
      });
    },
  );
}
