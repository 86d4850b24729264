import { hasOrgPermission } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { requireFullAuth } from '../access/route-access.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { findJob, listJobs, type JobStatus } from './job-store.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const JobSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: Type.String({ description: 'declaration.build, fhir.export, audit.checkpoint, reminders' }),
    requestedBy: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: 'null for a scheduled job' }),
    status: Type.Enum(['queued', 'running', 'succeeded', 'failed']),
    attempts: Type.Integer(),
    maxAttempts: Type.Integer(),
    progress: Type.Object({ done: Type.Integer(), total: Type.Union([Type.Integer(), Type.Null()]) }),
    error: Nullable(Type.String({ description: 'the last failure: a problem code or a short message, never content' })),
    result: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()], {
      description: 'what the job produced for the screen (ids, counts)',
    }),
    createdAt: Type.String(),
    startedAt: Nullable(Type.String()),
    finishedAt: Nullable(Type.String()),
  },
  { description: 'a background job' },
);

const STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;

/**
 * Background jobs' status and progress (issue 16): the caller's own jobs; the beheerder (organisation.manage) sees
 * every job of the organisation, scheduled ones too. A job holds no health data, so reading it is not audited; what a
 * job did with client data is audited by the job itself.
 */
export function registerJobRoutes(app: FastifyInstance, db: Database): void {
  app.get(
    '/api/v1/jobs',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['jobs'],
        summary: 'Background jobs, newest first: my own, or the organisation’s for the beheerder',
        querystring: Type.Object(
          {
            kind: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_.]{0,63}$' })),
            status: Type.Optional(Type.Enum([...STATUSES])),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(JobSchema), ...problemResponses(401, 403) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const query = request.query as { kind?: string; status?: JobStatus; limit?: number };
      const everyone = hasOrgPermission(auth.roles, 'organisation.manage');
      return db.withOrg(auth.orgId, (tx) =>
        listJobs(tx, {
          requestedBy: everyone ? null : auth.userId,
          ...(query.kind ? { kind: query.kind } : {}),
          ...(query.status ? { status: query.status } : {}),
          limit: query.limit ?? 50,
        }),
      );
    },
  );

  app.get(
    '/api/v1/jobs/:jobId',
    {
      config: { access: { kind: 'signed_in' } },
      schema: {
        tags: ['jobs'],
        summary: 'One background job: status, attempts, progress, the last error, the result when done',
        params: Type.Object({ jobId: Type.String({ format: 'uuid' }) }),
        response: { 200: JobSchema, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const auth = requireFullAuth(request);
      const { jobId } = request.params as { jobId: string };
      const job = await db.withOrg(auth.orgId, (tx) => findJob(tx, jobId));
      // Someone else's job is as unknown as a missing one (no probing of ids); the beheerder sees all.
      if (!job || (job.requestedBy !== auth.userId && !hasOrgPermission(auth.roles, 'organisation.manage')))
        throw new ProblemError('resource.not_found');
      return job;
    },
  );
}
