import type { FieldError, ProblemCode } from '@meedoen/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isFhirPath, operationOutcomeOf, sendFhir } from '../fhir/fhir-http.js';
import { ProblemError, toProblem } from './problem.js';

/** Fastify's own error codes for bad input, mapped to ours. Bad input is a 4xx, never a 500. */
const FASTIFY_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
};

export function sendProblem(reply: FastifyReply, request: FastifyRequest, code: ProblemCode, error?: ProblemError) {
  const problem = toProblem(code, request.url.split('?')[0] ?? request.url, error);
  // The FHIR facade answers a FHIR client in FHIR: the same problem as an OperationOutcome.
  if (isFhirPath(request.url)) return sendFhir(reply, operationOutcomeOf(problem), problem.status);
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(reply, request, error.code, error);
    if (error.validation) {
      const context = error.validationContext ?? 'body';
      const errors: FieldError[] = error.validation.map((issue) => ({
        path: fieldPath(context, issue.instancePath, issue.params),
        message: issue.message ?? 'is invalid',
      }));
      return sendProblem(reply, request, 'request.invalid', new ProblemError('request.invalid', { errors }));
    }
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
