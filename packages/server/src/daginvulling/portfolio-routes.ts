import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { withClientAccess } from '../access/client-access.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { problemResponses, ProblemError } from '../errors/problem.js';
import { ClientIdParams } from '../people/client-schemas.js';

const CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
/** What the first bytes of each allowed type look like: the declared type must match the content. */
const MAGIC: Record<(typeof CONTENT_TYPES)[number], number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** Files in the client's portfolio (certificates, photos of work), as part of the participation plan. */
export function registerPortfolioRoutes(
  app: FastifyInstance,
  db: Database,
  config: Pick<Config, 'uploadMaxFileBytes' | 'uploadQuotaBytes'>,
): void {
  const maxBytes = config.uploadMaxFileBytes;
  app.post(
    '/api/v1/clients/:clientId/portfolio-files',
    {
      bodyLimit: Math.ceil(maxBytes * 1.4) + 4096,
      config: {
        access: { kind: 'client', category: 'participation_plan', action: 'write', audit: 'C', event: 'portfolio.upload' },
      },
      schema: {
        tags: ['daginvulling'],
        summary: 'Add a file (PDF, PNG or JPEG, at most 5 MB) to the portfolio; refer to it from a portfolio entry by its id',
        params: ClientIdParams,
        body: Type.Object(
          {
            // A file name: not blank, no control characters or path separators.
            name: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f/\\\\]+$' }),
            contentType: Type.Enum([...CONTENT_TYPES]),
            dataBase64: Type.String({ minLength: 4, contentEncoding: 'base64' }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ id: Type.String({ format: 'uuid' }), sizeBytes: Type.Integer() }),
          ...problemResponses(401, 403, 413),
        },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params as { clientId: string };
      const body = request.body as { name: string; contentType: (typeof CONTENT_TYPES)[number]; dataBase64: string };
      const data = Buffer.from(body.dataBase64, 'base64');
      if (data.length === 0)
        throw new ProblemError('request.invalid', { errors: [{ path: '/body/dataBase64', message: 'the file is empty' }] });
      if (data.length > maxBytes)
        throw new ProblemError('upload.file_too_large', {
          errors: [{ path: '/body/dataBase64', message: `a file of at most ${maxBytes} bytes` }],
        });
      if (!MAGIC[body.contentType].every((byte, i) => data[i] === byte)) {
        throw new ProblemError('request.invalid', {
          errors: [{ path: '/body/contentType', message: 'the file is not of the declared type' }],
        });
      }
      const id = await withClientAccess(db, request, clientId, async (tx, access) => {
        // The organisation's quota, counted under a lock so parallel uploads cannot pass it together.
        await tx.query(`select pg_advisory_xact_lock(7010, hashtext($1))`, [access.orgId]);
        const [used] = await tx.query<{ bytes: string }>(
          `select coalesce(sum(size_bytes), 0)::text as bytes from portfolio_files`,
        );
        if (Number(used?.bytes ?? 0) + data.length > config.uploadQuotaBytes)
          throw new ProblemError('upload.quota_exceeded', {
            errors: [{ path: '/body/dataBase64', message: 'the organisation’s storage quota is used up' }],
          });
        const [row] = await tx.query<{ id: string }>(
          `insert into portfolio_files (org_id, client_id, name, content_type, size_bytes, data, uploaded_by) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
          [access.orgId, clientId, body.name, body.contentType, data.length, data, access.userId],
        );
        return row?.id ?? '';
      });
      return reply.code(201).send({ id, sizeBytes: data.length });
    },
  );

  app.get(
    '/api/v1/clients/:clientId/portfolio-files/:fileId',
    {
      config: {
        access: {
          kind: 'client',
          category: 'participation_plan',
          action: 'read',
          audit: 'E',
          event: 'portfolio.download',
          // 003 L1912-1915: an external party gets a portfolio file only when the client shared the portfolio.
          disclosure: { kind: 'whole', parts: ['portfolio'] },
        },
      },
      schema: {
        tags: ['daginvulling'],
        summary:
          'Download a portfolio file (for those who may see the portfolio; an external party only if the client disclosed it)',
        params: Type.Object({ clientId: Type.String({ format: 'uuid' }), fileId: Type.String({ format: 'uuid' }) }),
        response: { 200: { description: 'the file', type: 'string', format: 'binary' }, ...problemResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { clientId, fileId } = request.params as { clientId: string; fileId: string };
      const file = await withClientAccess(
        db,
        request,
        clientId,
        async (tx) => {
          const [row] = await tx.query<{ name: string; content_type: string; data: Uint8Array }>(
            `select name, content_type, data from portfolio_files where id = $1 and client_id = $2`,
            [fileId, clientId],
          );
          if (!row) throw new ProblemError('resource.not_found');
          return row;
        },
        { objectType: 'portfolio_file', objectId: fileId },
      );
      return reply
        .type(file.content_type)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(file.name)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.data));
    },
  );
}
