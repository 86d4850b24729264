import { isProblemCode, type Problem } from '@meedoen/core';
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';

/** An API error as the server described it (RFC 9457), or a network failure as code `network`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
  get code(): string {
    return this.problem?.code ?? (this.status === 0 ? 'network' : 'server.internal');
  }
}

let csrfToken: string | null = null;

/** Remember the session's CSRF token (from sign-in or /me); every write sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const READS = new Set(['GET', 'HEAD']);

/**
 * What every call shares: the CSRF header on writes; any answer that is not 2xx thrown as ApiError with the
 * problem+json the server sent; a request that got no answer thrown as ApiError code `network`.
 */
const sessionAndProblems: Middleware = {
  onRequest({ request }) {
    if (!READS.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  async onResponse({ response }) {
    if (response.ok) return undefined;
    const payload: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    throw new ApiError(response.status, asProblem(payload));
  },
  onError() {
    return new ApiError(0, null);
  },
};

/**
 * The one way the UI talks to the API: typed by the generated `paths` (schema.gen.ts, `npm run api:types`),
 * JSON in and out, same-origin cookie. A call's result is its data; failures throw (see `sessionAndProblems`).
 */
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
});
api.use(sessionAndProblems);

/** The data of a successful answer (undefined for 204); a failure has already been thrown as ApiError. */
export async function dataOf<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await call).data as T;
}

type Path = keyof paths;
type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Operation<P extends Path, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON a route answers with on success (200 or 201), from the generated `paths`. */
export type ApiResponse<P extends Path, M extends Method = 'get'> =
  Operation<P, M> extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201>]> : never;

/** The JSON body a route accepts, from the generated `paths`. */
export type ApiBody<P extends Path, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query parameters a route accepts, from the generated `paths`. */
export type ApiQuery<P extends Path, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

function asProblem(payload: unknown): Problem | null {
  if (payload && typeof payload === 'object' && isProblemCode((payload as { code?: unknown }).code)) return payload as Problem;
  return null;
}
