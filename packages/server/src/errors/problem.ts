import { describeViolation, PROBLEMS, type FieldError, type Problem, type ProblemCode, type RuleViolation } from '@meedoen/core';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';

/** Thrown anywhere in a request; the error handler turns it into application/problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly options: { detail?: string; detailNl?: string; errors?: FieldError[] } = {},
  ) {
    super(options.detail ?? PROBLEMS[code].en);
  }
}

export function toProblem(code: ProblemCode, instance: string, error?: ProblemError): Problem {
  const definition = PROBLEMS[code];
  return {
    type: `urn:meedoen:problem:${code}`,
    title: definition.title,
    status: definition.status,
    code,
    detail: error?.options.detail ?? definition.en,
    detail_nl: error?.options.detailNl ?? definition.nl,
    instance,
    ...(error?.options.errors ? { errors: error.options.errors } : {}),
  };
}

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String({ description: 'stable machine code, e.g. request.invalid' }),
    detail: Type.String(),
    detail_nl: Type.String(),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          path: Type.String({ description: 'JSON Pointer into the request, e.g. /body/email' }),
          message: Type.String(),
          code: Type.Optional(Type.String({ description: 'for a domain rule: its stable code' })),
          source: Type.Optional(Type.String({ description: 'for a domain rule: where it comes from, e.g. 001 L1579' })),
        }),
      ),
    ),
  },
  { $id: 'Problem', title: 'RFC 9457 problem details' },
);

/** Response schemas for the error statuses a route can return, for the OpenAPI document. */
export function problemResponses(...statuses: number[]): Record<number, unknown> {
  const described = [400, ...statuses];
  return Object.fromEntries(
    described.map((status) => [status, { ...Type.Ref('Problem'), description: 'application/problem+json' }]),
  );
}

/** Domain rules that block: the first rule's code is the problem's, every violation is listed with its source. */
export function throwIfViolations(violations: readonly RuleViolation[]): void {
  const [first] = violations;
  if (!first) return;
  throw new ProblemError(first.code, {
    errors: violations.map((v) => ({ path: `/body${v.path}`, message: describeViolation(v), code: v.code, source: v.source })),
  });
}

/** A part of the API that answers problems in its own format (the FHIR facade: an OperationOutcome); app.ts installs them. */
export interface ProblemFormat {
  applies(url: string): boolean;
  send(reply: FastifyReply, problem: Problem): FastifyReply;
}
