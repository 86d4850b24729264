import { isProblemCode, type Problem } from '@meedoen/core';

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

/** The one way the UI talks to the API: JSON in and out, same-origin cookie, CSRF header on writes. */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, null);
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, asProblem(payload));
  return payload as T;
}

function asProblem(payload: unknown): Problem | null {
  if (payload && typeof payload === 'object' && isProblemCode((payload as { code?: unknown }).code)) return payload as Problem;
  return null;
}
