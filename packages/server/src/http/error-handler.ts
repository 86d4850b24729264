import type { FieldError, ProblemCode } from '@meedoen/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError, toProblem, type ProblemFormat } from '../errors/problem.js';

declare module 'fastify' {
  interface FastifyInstance {
    problemFormats: readonly ProblemFormat[];
  }
}

/** Fastify's own error codes for bad input, mapped to ours. Bad input is a 4xx, never a 500. */
const FASTIFY_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_ERR_BAD_URL: 'request.bad_url',
};

/** The SQLSTATE of a PostgreSQL error (node-postgres and PGlite both carry it as `code`), or null. */
function databaseErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, code: ProblemCode, error?: ProblemError) {
  const problem = toProblem(code, request.url.split('?')[0] ?? request.url, error);
  // A part with a format of its own answers in it (the FHIR facade: the same problem as an OperationOutcome).
  const format = request.server.problemFormats?.find((f) => f.applies(request.url));
  if (format) return format.send(reply, problem);
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

export function installErrorHandling(app: FastifyInstance, formats: readonly ProblemFormat[] = []): void {
  app.decorate('problemFormats', formats);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(reply, request, error.code, error);
    if (error.validation) {
      const context = error.validationContext ?? 'body';
      const errors: FieldError[] = error.validation.map((issue) => ({
        path: fieldPath(context, issue.instancePath, issue.params),
        message: issue.message ?? 'is invalid',
        ...(issue.keyword === 'notBlank' ? { code: 'request.blank_text' as const } : {}),
      }));
      // Only blank required texts: a code of its own; anything else wrong too: the general one.
      const code = errors.every((e) => e.code === 'request.blank_text') ? 'request.blank_text' : 'request.invalid';
      return sendProblem(reply, request, code, new ProblemError(code, { errors }));
    }
    // The database's last word on a value the schemas let through (a number beyond its column, a text
    // it cannot store): bad input, so a 4xx — never a 500.
    const sqlState = databaseErrorCode(error);
    if (sqlState && sqlState.startsWith('22')) return sendProblem(reply, request, 'request.value_out_of_range');
    // Two writers raced and the database let one through (a unique index, or a deadlock or serialization failure that
    // rolled the other back whole): the other may reload and retry; nothing was half-stored.
    if (sqlState === '23505' || sqlState === '40P01' || sqlState === '40001')
      return sendProblem(reply, request, 'resource.version_conflict');
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendProblem(reply, request, mapped);
    if (error instanceof SyntaxError && error.statusCode === 400) return sendProblem(reply, request, 'request.malformed_json');
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, request, 'request.invalid', new ProblemError('request.invalid', { detail: error.message }));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, 'server.internal');
  });
}

/** `/body/email` for a missing or wrong field; the missing property is named, not its parent. */
function fieldPath(context: string, instancePath: string, params: Record<string, unknown> | undefined): string {
  const missing = params && typeof params['missingProperty'] === 'string' ? `/${params['missingProperty']}` : '';
  const extra = params && typeof params['additionalProperty'] === 'string' ? `/${params['additionalProperty']}` : '';
  return `/${context}${instancePath}${missing}${extra}`;
}
