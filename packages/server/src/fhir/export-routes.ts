import { isDataCategory } from '@meedoen/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { withClientsAccessAs, type AccessActor } from '../access/client-access.js';
import { auditActor } from '../access/audit-context.js';
import { markAudited } from '../access/request-audit.js';
import { requireFullAuth } from '../access/route-access.js';
import type { Database } from '../db/database.js';
import { ProblemError } from '../errors/problem.js';
import { CLIENT_TYPES, isUuid } from './fhir-client-types.js';
import { FHIR_BASE_PATH, fhirBase } from './fhir-http.js';
import { partRoute } from './fhir-part-access.js';
import type { JobService } from '../jobs/job-service.js';
import { EXPORT_TYPES, FHIR_EXPORT, type ExportJobRow, type ExportPayload } from './export-job.js';

const KickOffQuery = Type.Object(
  {
    _type: Type.Optional(Type.String({ maxLength: 500, description: 'comma-separated resource types; all when absent' })),
    _outputFormat: Type.Optional(Type.Enum(['application/fhir+ndjson', 'application/ndjson', 'ndjson'])),
  },
  { additionalProperties: false },
);
const JobParams = Type.Object({ jobId: Type.String({ format: 'uuid' }) });
const FileParams = Type.Object({ jobId: Type.String({ format: 'uuid' }), type: Type.Enum([...EXPORT_TYPES]) });
const ACCEPTED = { 202: { description: 'accepted; Content-Location names the status URL' } };

function typesOf(query: { _type?: string }): string[] {
  if (!query._type) return [...EXPORT_TYPES];
  const asked = [...new Set(query._type.split(',').map((t) => t.trim()))];
  const unknown = asked.filter((t) => !EXPORT_TYPES.includes(t));
  if (unknown.length > 0 || asked.length === 0)
    throw new ProblemError('request.invalid', {
      errors: [{ path: '/querystring/_type', message: `unknown or unsupported type: ${unknown.join(', ')}` }],
    });
  return asked;
}

/**
 * Bulk Data kick-off (hl7.org/fhir/uv/bulkdata/export.html, "Headers": `Prefer: respond-async`): an export is
 * always asynchronous here, so a client that asks for it is told it was applied (RFC 7240 §3,
 * Preference-Applied); one that does not ask gets the same 202, as the spec's v1 clients expect.
 */
function acknowledgeAsync(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const asked = String(request.headers.prefer ?? '')
    .split(',')
    .some((p) => p.trim().toLowerCase() === 'respond-async');
  return asked ? reply.header('preference-applied', 'respond-async') : reply;
}

async function ownJob(db: Database, request: FastifyRequest, jobId: string): Promise<ExportJobRow> {
  const auth = requireFullAuth(request);
  const [job] = await db.withOrg(auth.orgId, (tx) =>
    tx.query<ExportJobRow>(`select * from fhir_export_jobs where id = $1 and requested_by = $2`, [jobId, auth.userId]),
  );
  // Only the requester sees an export's status and files.
  if (!job) throw new ProblemError('resource.not_found');
  return job;
}

/**
 * FHIR Bulk Data export (v2 kick-off, status and file requests): 202 with Content-Location, polling,
 * NDJSON per type. The job runs in the background as its requester (export-job.ts); every file download
 * checks each client's access again with the one mechanism, so what was revoked since stays out.
 */
export function registerExportRoutes(app: FastifyInstance, db: Database, jobs: JobService): void {
  const kickOff = async (request: FastifyRequest, clientId: string | null) => {
    const auth = requireFullAuth(request);
    const types = typesOf(request.query as { _type?: string });
    const jobTypes = clientId ? types.filter((t) => CLIENT_TYPES.some((c) => c.type === t)) : types;
    if (jobTypes.length === 0)
      throw new ProblemError('request.invalid', {
        errors: [{ path: '/querystring/_type', message: 'a patient export holds only the client’s own types' }],
      });
    const [job] = await db.withOrg(auth.orgId, async (tx) => {
      // An unknown client gets the answer a client one may not see gets.
      if (clientId && (await tx.query(`select 1 from clients where id = $1`, [clientId])).length === 0)
        throw new ProblemError('access.forbidden');
      const rows = await tx.query<{ id: string }>(
        `insert into fhir_export_jobs (org_id, requested_by, client_id, types, request_url) values ($1, $2, $3, $4, $5) returning id`,
        [auth.orgId, auth.userId, clientId, jobTypes, `${fhirBase(request)}${request.url.slice(FHIR_BASE_PATH.length)}`],
      );
      const payload: ExportPayload = { exportJobId: (rows[0] as { id: string }).id, audit: auditActor(request, auth) };
      // Queued in this transaction: the export runs only if its row was stored. Not retried (see exportTask).
      await jobs.enqueue(tx, auth.orgId, {
        kind: FHIR_EXPORT,
        requestedBy: auth.userId,
        payload: { ...payload },
        maxAttempts: 1,
      });
      return rows;
    });
    const jobId = (job as { id: string }).id;
    return `${fhirBase(request)}/$export-status/${jobId}`;
  };

  app.get(
    `${FHIR_BASE_PATH}/$export`,
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['fhir'],
        summary: 'FHIR bulk export of everything the caller may see (NDJSON per type, background job)',
        querystring: KickOffQuery,
        response: ACCEPTED,
      },
    },
    async (request, reply) =>
      acknowledgeAsync(request, reply)
        .code(202)
        .header('content-location', await kickOff(request, null))
        .send(),
  );

  app.get(
    `${FHIR_BASE_PATH}/Patient/:resourceId/$export`,
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['fhir'],
        summary: 'FHIR bulk export of one client (NDJSON per type, background job)',
        params: Type.Object({ resourceId: Type.String({ format: 'uuid' }) }),
        querystring: KickOffQuery,
        response: ACCEPTED,
      },
    },
    async (request, reply) => {
      const { resourceId } = request.params as { resourceId: string };
      if (!isUuid(resourceId)) throw new ProblemError('access.forbidden');
      return acknowledgeAsync(request, reply)
        .code(202)
        .header('content-location', await kickOff(request, resourceId))
        .send();
    },
  );

  app.get(
    `${FHIR_BASE_PATH}/$export-status/:jobId`,
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['fhir'],
        summary: 'Status of a bulk export: 202 while running, the manifest when done',
        params: JobParams,
      },
    },
    async (request, reply) => {
      const job = await ownJob(db, request, (request.params as { jobId: string }).jobId);
      if (job.status === 'accepted' || job.status === 'in_progress')
        return reply
          .code(202)
          .header('x-progress', job.status === 'accepted' ? 'queued' : 'in progress')
          .header('retry-after', '1')
          .send();
      if (job.status === 'failed') throw new ProblemError('fhir.export_failed');
      const counts = await db.withOrg(job.org_id, (tx) =>
        tx.query<{ type: string; count: number }>(
          `select resource_type as type, sum(resource_count)::int as count from fhir_export_files where job_id = $1
            group by resource_type order by resource_type`,
          [job.id],
        ),
      );
      return reply
        .code(200)
        .type('application/json')
        .send({
          transactionTime: new Date(job.requested_at).toISOString(),
          request: job.request_url,
          requiresAccessToken: true,
          output: counts.map((c) => ({
            type: c.type,
            url: `${fhirBase(request)}/$export-file/${job.id}/${c.type}`,
            count: c.count,
          })),
          error: [],
        });
    },
  );

  app.get(
    `${FHIR_BASE_PATH}/$export-file/:jobId/:type`,
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['fhir'],
        summary: 'One NDJSON file of a finished bulk export, with each client’s access checked again',
        params: FileParams,
      },
    },
    async (request, reply) => {
      const { jobId, type } = request.params as { jobId: string; type: string };
      const job = await ownJob(db, request, jobId);
      if (job.status !== 'completed') throw new ProblemError('resource.not_found');
      const auth = requireFullAuth(request);
      const rows = await db.withOrg(auth.orgId, (tx) =>
        tx.query<{ client_id: string | null; category: string | null; ndjson: string; disclosed_parts: string[] | null }>(
          `select client_id, category, ndjson, disclosed_parts from fhir_export_files where job_id = $1 and resource_type = $2
            order by client_id nulls first, category`,
          [jobId, type],
        ),
      );
      const actor: AccessActor = { auth, method: 'GET', audit: auditActor(request, auth) };
      const parts: string[] = [];
      for (const row of rows) {
        if (!row.client_id || !row.category) {
          parts.push(row.ndjson);
          continue;
        }
        if (!isDataCategory(row.category)) continue;
        // Checked again under the row's own category (a type made of parts has a row per part), and refused
        // when a disclosed part it was built from is no longer shared.
        const route = partRoute({ category: row.category }, 'fhir.export.download', 'E', row.disclosed_parts ?? []);
        try {
          parts.push(
            await withClientsAccessAs(
              db,
              actor,
              route,
              [row.client_id],
              async () => row.ndjson,
              {},
              () => markAudited(request),
            ),
          );
        } catch (error) {
          // Access withdrawn since the export (refused and audited): this client's part stays out.
          if (error instanceof ProblemError && error.code.startsWith('access.')) continue;
          throw error;
        }
      }
      return reply.code(200).type('application/fhir+ndjson').send(parts.join(''));
    },
  );
}
