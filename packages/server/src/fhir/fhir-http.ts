import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, problemOutcome, type OperationOutcome, type Page, type Problem } from '@meedoen/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { ProblemFormat } from '../errors/problem.js';

/** Where the FHIR R4 facade lives: inside the API, so every part of its pipeline applies (session, access, audit). */
export const FHIR_BASE_PATH = '/api/fhir/R4';
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export function isFhirPath(url: string): boolean {
  return url === FHIR_BASE_PATH || url.startsWith(`${FHIR_BASE_PATH}/`) || url.startsWith(`${FHIR_BASE_PATH}?`);
}

/** The absolute base URL a FHIR client uses for links and `fullUrl`s. */
export function fhirBase(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}${FHIR_BASE_PATH}`;
}

export function sendFhir(reply: FastifyReply, body: unknown, status = 200) {
  return reply.code(status).type(FHIR_JSON).send(JSON.stringify(body));
}

/** The paging parameters every search accepts. */
export const PagingQuery = {
  _count: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE })),
  _offset: Type.Optional(Type.Integer({ minimum: 0 })),
  _format: Type.Optional(Type.Enum(['json', 'application/fhir+json', 'application/json'])),
};

export function pageOf(query: { _count?: number; _offset?: number }): Page {
  return { count: query._count ?? DEFAULT_PAGE_SIZE, offset: query._offset ?? 0 };
}

/** The query string of the search as asked, without its paging, for the Bundle's links. */
export function searchQueryOf(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === '_count' || key === '_offset' || value === undefined) continue;
    for (const one of [value].flat()) params.append(key, String(one));
  }
  return params.toString();
}

/** A problem as an OperationOutcome: the stable code in `details.coding`, the field paths as `expression`. */
export function operationOutcomeOf(problem: Problem): OperationOutcome {
  return problemOutcome(
    problem.code,
    problem.status,
    problem.detail_nl,
    problem.detail,
    (problem.errors ?? []).map((e) => e.path),
  );
}

/** The problem code inside an OperationOutcome this facade sent, or null. */
export function problemCodeInOutcome(body: unknown): string | null {
  const outcome = body as { resourceType?: unknown; issue?: { details?: { coding?: { system?: string; code?: string }[] } }[] };
  if (outcome?.resourceType !== 'OperationOutcome') return null;
  return outcome.issue?.[0]?.details?.coding?.find((c) => c.system === 'urn:meedoen:problem')?.code ?? null;
}

/** The facade answers a FHIR client in FHIR: every problem as an OperationOutcome with the same status. */
export const fhirProblemFormat: ProblemFormat = {
  applies: isFhirPath,
  send: (reply, problem) => sendFhir(reply, operationOutcomeOf(problem), problem.status),
};
