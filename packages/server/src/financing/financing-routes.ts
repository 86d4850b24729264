import {
  buildErgoLedger,
  classifyWithChoice,
  ergotherapieStatement,
  isValidBsn,
  parametersOn,
  personMonthOverview,
  validateWmoAllocation,
  violation,
  type Entitlements,
  type RuleViolation,
} from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withClientAccess } from '../access/client-access.js';
import type { Database } from '../db/database.js';
import { requireIfMatch } from '../daginvulling/offer-routes.js';
import { problemResponses, ProblemError, throwIfViolations } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import { loadClientServices, loadFinancingContext } from './delivered-services.js';
import { loadEntitlements, loadFinancingParameters, maskBsn, saveEntitlements } from './entitlement-store.js';
import { CoreShaped, EntitlementsBody, EntitlementsResponse } from './financing-schemas.js';

const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });

function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** Bad entitlements, each with its field path: a BSN that fails the eleven test, an allocation iWmo refuses. */
function entitlementViolations(bsn: string | null | undefined, e: Entitlements): RuleViolation[] {
  const out: RuleViolation[] = [];
  // The BSN eleven test (Wet algemene bepalingen burgerservicenummer, art. 1; iWmo checks it on every message).
  if (bsn && !isValidBsn(bsn)) out.push(violation('financing.bsn_invalid', '/bsn', 'Wabb art. 1; BSN elfproef'));
  e.wmo.forEach((allocation, i) => {
    for (const v of validateWmoAllocation(allocation)) out.push({ ...v, path: `/entitlements/wmo/${i}${v.path}` });
  });
  return out;
}

/**
 * A client's financing: entitlements (Wlz, Wmo, Jeugdwet, Participatiewet, insurance, BSN), each delivered
 * service classified with its reasons, the month overview of the Financiering tab, and the ergotherapie
 * statement of hours used and left (issue 12; docs/design/financing-api.md §4).
 */
export function registerFinancingRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/clients/:clientId/entitlements',
    {
      config: {
        access: { kind: 'client', category: 'financing', action: 'read', audit: 'R', event: 'entitlements.read' },
      },
      schema: {
        tags: ['financing'],
        summary: 'The client’s entitlements and insurance; the BSN masked; ETag = version',
        params: ClientIdParams,
        response: { 200: EntitlementsResponse, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const result = await withClientAccess(db, request, clientId, async (tx) => {
        const stored = await loadEntitlements(tx, clientId);
        const parameters = await loadFinancingParameters(tx);
        const policies = new Map(
          parameters.flatMap((p) => p.supplementaryPolicies).map((s) => [s.id, { id: s.id, name: s.name, uzovi: s.uzovi }]),
        );
        return {
          version: stored.version,
          bsnMasked: maskBsn(stored.bsn),
          entitlements: stored.entitlements,
          supplementaryPolicies: [...policies.values()],
        };
      });
      return reply.header('etag', `"${result.version}"`).send(result);
    },
  );

  app.put(
    '/api/v1/clients/:clientId/entitlements',
    {
      config: {
        access: { kind: 'client', category: 'financing', action: 'write', audit: 'U', event: 'entitlements.write' },
      },
      schema: {
        tags: ['financing'],
        summary:
          'Save the entitlements as a new version (If-Match with the version you saw: 409 on a stale write); 422 with the field path for a bad BSN or allocation',
        params: ClientIdParams,
        body: EntitlementsBody,
        response: { 200: Type.Object({ version: Type.Integer() }), ...problemResponses(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const expected = requireIfMatch(request);
      const body = request.body as { bsn?: string | null; entitlements: Entitlements };
      throwIfViolations(entitlementViolations(body.bsn, body.entitlements));
      const version = await withClientAccess(db, request, clientId, async (tx, access) => {
        const current = await loadEntitlements(tx, clientId);
        if (current.version !== expected) throw new ProblemError('resource.version_conflict');
        const bsn = body.bsn === undefined ? current.bsn : body.bsn;
        return saveEntitlements(tx, access.orgId, clientId, access.userId, expected, bsn, body.entitlements);
      });
      return reply.header('etag', `"${version}"`).send({ version });
    },
  );

  app.get(
    '/api/v1/clients/:clientId/financing/months/:month',
    {
      config: {
        access: { kind: 'client', category: 'financing', action: 'read', audit: 'R', event: 'financing.month_read' },
      },
      schema: {
        tags: ['financing'],
        summary:
          'One month of the client’s delivered services: kind, legal frame, payer, units, amount and the reasons per line; double funding blocks declaring',
        params: Type.Object({ clientId: Type.String({ format: 'uuid' }), month: Month }),
        response: { 200: CoreShaped('core PersonMonthOverview'), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { clientId, month } = request.params as { clientId: string; month: string };
      return withClientAccess(db, request, clientId, async (tx) => {
        const ctx = await loadFinancingContext(tx, clientId);
        const year = month.slice(0, 4);
        // The ledger needs the whole year up to the month: cover used earlier counts (REFERENCE.md §7.1).
        const { services, ergoContacts } = await loadClientServices(tx, clientId, `${year}-01-01`, lastDayOf(month));
        const ledger = buildErgoLedger(Number(year), ergoContacts, ctx);
        return personMonthOverview(services, ctx, month, ledger);
      });
    },
  );

  app.get(
    '/api/v1/clients/:clientId/services/:kind/:serviceId/classification',
    {
      config: {
        access: { kind: 'client', category: 'financing', action: 'read', audit: 'R', event: 'financing.classification_read' },
      },
      schema: {
        tags: ['financing'],
        summary: '“Waarom is dit behandeling?” — one delivered service: kind, frame, payer and every reason with its source',
        params: Type.Object({
          clientId: Type.String({ format: 'uuid' }),
          kind: Type.Enum(['session', 'attendance']),
          serviceId: Type.String({ format: 'uuid' }),
        }),
        querystring: Type.Object({ date: Type.String({ format: 'date', description: 'the day of the service' }) }),
        response: {
          200: CoreShaped('core ClassificationWithChoice: derived, override (reason, who, applied) and the payer that counts'),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const { clientId, serviceId } = request.params as { clientId: string; serviceId: string };
      const { date } = request.query as { date: string };
      return withClientAccess(
        db,
        request,
        clientId,
        async (tx, access) => {
          access.auditObject('delivered_service', serviceId);
          const ctx = await loadFinancingContext(tx, clientId);
          const { services } = await loadClientServices(tx, clientId, date, date);
          const service = services.find((s) => s.id === serviceId);
          if (!service) throw new ProblemError('resource.not_found');
          // The derived payer, the override with its reason and who, and the payer that counts.
          return classifyWithChoice(service, ctx);
        },
        { objectType: 'delivered_service', objectId: serviceId },
      );
    },
  );

  app.get(
    '/api/v1/clients/:clientId/ergotherapie/statement',
    {
      config: {
        access: { kind: 'client', category: 'financing', action: 'read', audit: 'R', event: 'ergotherapie.statement_read' },
      },
      schema: {
        tags: ['financing'],
        summary: 'Ergotherapie this calendar year: hours used and left of the basic and supplementary cover, self-pay',
        params: ClientIdParams,
        querystring: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        response: { 200: CoreShaped('core ErgoStatement'), ...problemResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      const { year } = request.query as { year: number };
      return withClientAccess(db, request, clientId, async (tx) => {
        const ctx = await loadFinancingContext(tx, clientId);
        const found = parametersOn(ctx.parameters, `${year}-01-01`);
        if (!found.ok) throwIfViolations([{ ...found.violation, path: '/year' }]);
        const { ergoContacts } = await loadClientServices(tx, clientId, `${year}-01-01`, `${year}-12-31`);
        const ledger = buildErgoLedger(year, ergoContacts, ctx);
        const quarterMinutes = found.ok ? found.parameters.ergotherapie.quarterMinutes : 15;
        return ergotherapieStatement(ledger, quarterMinutes);
      });
    },
  );
}
