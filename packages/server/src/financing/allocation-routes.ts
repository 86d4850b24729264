import {
  allocationsFrom301,
  allocationUse,
  hasOrgPermission,
  violation,
  type RuleViolation,
  type WmoAllocation,
} from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withClientAccess, withClientsAccess } from '../access/client-access.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError, throwIfViolations } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';
import {
  clientIdsByBsn,
  enrolmentAttendance,
  linkEnrolment,
  receiveAllocations,
  type ReceivedAllocation,
} from './allocation-store.js';
import { loadEntitlements } from './entitlement-store.js';
import { readWmo301 } from './wmo301-xml.js';

const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });

const ImportBody = Type.Object(
  {
    files: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200 }),
          xml: Type.String({ minLength: 1, maxLength: 1_000_000, description: 'one iWmo 301 message' }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
  },
  { additionalProperties: false },
);

const ImportResponse = Type.Object({
  files: Type.Array(
    Type.Object({
      name: Type.String(),
      messageId: Type.String(),
      clientId: Type.String({ format: 'uuid' }),
      allocations: Type.Array(
        Type.Object({
          municipalityCode: Type.String(),
          allocationNumber: Type.String(),
          status: Type.Enum(['imported', 'unchanged']),
        }),
      ),
    }),
  ),
});

const AllocationsResponse = Type.Object({
  month: Month,
  allocations: Type.Array(
    Type.Object({
      allocationNumber: Type.String(),
      municipalityCode: Type.String(),
      productCategory: Type.String(),
      productCode: Type.Union([Type.String(), Type.Null()]),
      volume: Type.Union([Type.Integer(), Type.Null()]),
      unit: Type.String(),
      frequency: Type.String(),
      from: Type.String({ format: 'date' }),
      until: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
      source: Type.Enum(['manual', 'wmo301']),
      enrolmentIds: Type.Array(Type.String({ format: 'uuid' })),
      use: Type.Object({}, { additionalProperties: true, description: 'core AllocationUse' }),
    }),
  ),
  enrolments: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      offerName: Type.String(),
      groupName: Type.Union([Type.String(), Type.Null()]),
      financer: Type.String(),
      status: Type.String(),
      allocationMunicipalityCode: Type.Union([Type.String(), Type.Null()]),
      allocationNumber: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

const LinkBody = Type.Object(
  {
    allocation: Type.Union([
      Type.Object(
        {
          municipalityCode: Type.String({ pattern: '^[0-9]{4}$' }),
          allocationNumber: Type.String({ minLength: 1, maxLength: 20 }),
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
  },
  { additionalProperties: false },
);

/**
 * Allocations (iWmo 301, issue 12): read in a municipality's toewijzing messages, see each allocation with
 * what was delivered under it this month, and link a day-activity enrolment to the allocation it is delivered
 * under (docs/design/financing-api.md; REFERENCE.md §9.2-§9.3).
 */
export function registerAllocationRoutes(app: FastifyInstance, db: Database): void {
  app.post(
    '/api/v1/wmo301-imports',
    {
      config: {
        access: { kind: 'client', category: 'financing', action: 'write', audit: 'C', event: 'wmo301.import' },
      },
      schema: {
        tags: ['financing'],
        summary:
          'Read in iWmo 301 toewijzing messages: all or nothing; a BSN no client has, a message for another provider or a bad element is a 422 with the path per file; the same message again changes nothing',
        body: ImportBody,
        response: { 200: ImportResponse, ...problemResponses(401, 403, 409, 422) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      // Only the financial administration reads in allocations: refuse before a BSN is looked up.
      if (!hasOrgPermission(auth.roles, 'declarations.manage')) throw new ProblemError('access.forbidden');
      const { files } = request.body as { files: { name: string; xml: string }[] };
      const orgAgb = await db.withOrg(auth.orgId, async (tx) => {
        const [org] = await tx.query<{ agb_code: string | null }>(`select agb_code from organisations where id = $1`, [
          auth.orgId,
        ]);
        return org?.agb_code ?? null;
      });
      const violations: RuleViolation[] = [];
      const read = files.map((file, i) => {
        const parsed = readWmo301(file.xml);
        const at = (v: RuleViolation) => ({ ...v, path: `/files/${i}${v.path}` });
        violations.push(...parsed.violations.map(at));
        // What the file lacks first; the rules on its values once it is complete.
        if (!parsed.message || parsed.violations.length > 0) return null;
        const checked = allocationsFrom301(parsed.message, orgAgb);
        violations.push(...checked.violations.map(at));
        return { name: file.name, message: parsed.message, allocations: checked.allocations };
      });
      throwIfViolations(violations);
      const messages = read.filter((r) => r !== null);
      const clientOf = await db.withOrg(auth.orgId, (tx) => clientIdsByBsn(tx, [...new Set(messages.map((m) => m.message.bsn))]));
      // A BSN no client has: a problem per file, nothing read in.
      throwIfViolations(
        messages.flatMap((m, i) =>
          clientOf.has(m.message.bsn)
            ? []
            : [violation('financing.wmo301_unknown_bsn', `/files/${i}/Client/Bsn`, 'REFERENCE.md §9.3 (301: Client/Bsn)')],
        ),
      );
      const clientIds = messages.map((m) => clientOf.get(m.message.bsn) as string);
      return withClientsAccess(db, request, clientIds, async (tx, accesses) => {
        const access = accesses[0];
        if (!access) throw new ProblemError('access.forbidden');
        const result: { name: string; messageId: string; clientId: string; allocations: ReceivedAllocation[] }[] = [];
        for (const [i, m] of messages.entries()) {
          const clientId = clientIds[i] as string;
          const received = await receiveAllocations(tx, access.orgId, access.userId, clientId, m.message, m.allocations, i);
          result.push({ name: m.name, messageId: m.message.messageId, clientId, allocations: received });
        }
        return { files: result };
      });
    },
  );

  app.get(
    '/api/v1/clients/:clientId/allocations',
    {
      config: {
        access: { kind: 'client', category: 'financing', action: 'read', audit: 'R', event: 'allocations.read' },
      },
      schema: {
        tags: ['financing'],
        summary:
          'The client’s Wmo allocations with their source and linked enrolments, and per allocation what was delivered this month against what it allows',
        params: ClientIdParams,
        querystring: Type.Object({ month: Month }),
        response: { 200: AllocationsResponse, ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const { clientId } = request.params as { clientId: string };
      const { month } = request.query as { month: string };
      return withClientAccess(db, request, clientId, async (tx) => {
        const stored = await loadEntitlements(tx, clientId);
        const sources = await tx.query<{ municipality_code: string; allocation_number: string; source: 'manual' | 'wmo301' }>(
          `select municipality_code, allocation_number, source from wmo_allocations where client_id = $1 and version = $2`,
          [clientId, stored.version],
        );
        const { enrolments, days } = await enrolmentAttendance(tx, clientId, month);
        const key = (m: string, n: string) => `${m}/${n}`;
        return {
          month,
          allocations: stored.entitlements.wmo.map((a: WmoAllocation) => {
            const linked = enrolments.filter(
              (e) => e.allocationMunicipalityCode === a.municipalityCode && e.allocationNumber === a.allocationNumber,
            );
            // Attendance of the linked enrolments counts; without a link, all Wmo attendance (as the declaration run does).
            const delivered = linked.length > 0 ? linked.flatMap((e) => days.get(e.id) ?? []) : [...(days.get('wmo') ?? [])];
            return {
              ...a,
              source:
                sources.find((s) => key(s.municipality_code, s.allocation_number) === key(a.municipalityCode, a.allocationNumber))
                  ?.source ?? 'manual',
              enrolmentIds: linked.map((e) => e.id),
              use: allocationUse(a, month, delivered),
            };
          }),
          enrolments,
        };
      });
    },
  );

  app.put(
    '/api/v1/clients/:clientId/enrolments/:enrolmentId/allocation',
    {
      config: {
        access: { kind: 'client', category: 'financing', action: 'write', audit: 'U', event: 'enrolment.allocation_linked' },
      },
      schema: {
        tags: ['financing'],
        summary:
          'Link a Wmo enrolment to the allocation it is delivered under (or unlink with null); 422 when the client has no such dagbesteding allocation or the enrolment is not Wmo',
        params: Type.Object({ clientId: Type.String({ format: 'uuid' }), enrolmentId: Type.String({ format: 'uuid' }) }),
        body: LinkBody,
        response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const { clientId, enrolmentId } = request.params as { clientId: string; enrolmentId: string };
      const { allocation } = request.body as { allocation: { municipalityCode: string; allocationNumber: string } | null };
      await withClientAccess(
        db,
        request,
        clientId,
        async (tx) => {
          const stored = await loadEntitlements(tx, clientId);
          if (allocation) {
            const found = stored.entitlements.wmo.find(
              (a) => a.municipalityCode === allocation.municipalityCode && a.allocationNumber === allocation.allocationNumber,
            );
            // A declaration line carries the ToewijzingNummer of a held allocation (REFERENCE.md §9.3).
            if (!found) throwIfViolations([violation('financing.allocation_missing', '/allocation', 'REFERENCE.md §9.3')]);
            // Dagbesteding is product category 07 (REFERENCE.md §9.1).
            else if (found.productCategory !== '07')
              throwIfViolations([
                violation('financing.allocation_mismatch', '/allocation', 'REFERENCE.md §9.1 (07 dagbesteding)'),
              ]);
          }
          await linkEnrolment(tx, clientId, enrolmentId, allocation);
        },
        { objectType: 'enrolment', objectId: enrolmentId },
      );
      return reply.code(204).send();
    },
  );
}
