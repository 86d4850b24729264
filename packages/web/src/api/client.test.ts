import { afterEach, describe, expect, it } from 'vitest';
import { api, ApiError, dataOf, setCsrfToken } from './client';

/**
 * The typed client's middleware, against a stand-in for the network (the browser supplies the origin; here a
 * base URL does). What the whole UI relies on: ApiError with the server's problem, `network` when nothing
 * answered, the CSRF header on writes only.
 */
const ORIGIN = 'http://meedoen.test';

function answering(status: number, body: unknown, seen: Request[] = []) {
  return async (request: Request) => {
    seen.push(request);
    if (status === 204) return new Response(null, { status });
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
  };
}

const PROBLEM = {
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  code: 'resource.version_conflict',
  detail: 'Someone else acted on this trajectory since you loaded it.',
  detail_nl: 'Iemand anders heeft intussen iets vastgelegd.',
};

describe('the typed API client', () => {
  afterEach(() => setCsrfToken(null));

  it('returns the data of a successful answer', async () => {
    const health = { status: 'ok', engine: 'pglite', version: '0.1.0', demo: true, migration: { latest: null, applied: 0 } };
    const data = await dataOf(api.GET('/api/v1/health', { baseUrl: ORIGIN, fetch: answering(200, health) }));
    expect(data).toEqual(health);
  });

  it('throws the problem the server sent as ApiError, with its status and code', async () => {
    const call = dataOf(api.GET('/api/v1/me', { baseUrl: ORIGIN, fetch: answering(409, PROBLEM) }));
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'resource.version_conflict', message: PROBLEM.detail });
  });

  it('an error answer that is no problem document is server.internal', async () => {
    const error = await dataOf(api.GET('/api/v1/me', { baseUrl: ORIGIN, fetch: answering(502, 'Bad gateway') })).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 502, code: 'server.internal', problem: null });
  });

  it('a request that got no answer is ApiError code network', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await dataOf(api.GET('/api/v1/me', { baseUrl: ORIGIN, fetch: offline })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: 'network' });
  });

  it('sends the CSRF token on writes, not on reads, and the cookie same-origin', async () => {
    setCsrfToken('token-1');
    const seen: Request[] = [];
    await dataOf(api.GET('/api/v1/health', { baseUrl: ORIGIN, fetch: answering(200, {}, seen) }));
    await dataOf(api.DELETE('/api/v1/session', { baseUrl: ORIGIN, fetch: answering(204, null, seen) }));
    const [read, write] = seen;
    expect(read?.headers.get('x-csrf-token')).toBeNull();
    expect(write?.method).toBe('DELETE');
    expect(write?.headers.get('x-csrf-token')).toBe('token-1');
    expect(write?.credentials).toBe('same-origin');
  });

  it('a 204 answer is undefined, and a write without a body sends no content type', async () => {
    const seen: Request[] = [];
    const data = await dataOf(api.DELETE('/api/v1/session', { baseUrl: ORIGIN, fetch: answering(204, null, seen) }));
    expect(data).toBeUndefined();
    expect(seen[0]?.headers.get('content-type')).toBeNull();
  });

  it('sends path parameters and JSON bodies where the route says', async () => {
    const seen: Request[] = [];
    await dataOf(
      api.POST('/api/v1/clients/{clientId}/consents/{consentId}/revocation', {
        baseUrl: ORIGIN,
        fetch: answering(200, {}, seen),
        params: { path: { clientId: 'c-1', consentId: 'k-2' } },
        body: { reason: 'ingetrokken' },
      }),
    );
    const [request] = seen;
    expect(request?.url).toBe(`${ORIGIN}/api/v1/clients/c-1/consents/k-2/revocation`);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.json()).toEqual({ reason: 'ingetrokken' });
  });

  it('sends query parameters as the modules build them: given ones in order, left-out ones not at all', async () => {
    const seen: Request[] = [];
    const fetch = answering(200, [], seen);
    await dataOf(
      api.GET('/api/v1/agenda', {
        baseUrl: ORIGIN,
        fetch,
        params: { query: { from: '2026-01-05', until: '2026-01-11', roomId: 'r-1' } },
      }),
    );
    await dataOf(api.GET('/api/v1/groups', { baseUrl: ORIGIN, fetch, params: { query: { mine: true } } }));
    await dataOf(api.GET('/api/v1/groups', { baseUrl: ORIGIN, fetch, params: { query: {} } }));
    await dataOf(api.GET('/api/v1/notes/search', { baseUrl: ORIGIN, fetch, params: { query: { q: 'fiets & bal' } } }));
    expect(seen.map((r) => r.url.slice(ORIGIN.length))).toEqual([
      '/api/v1/agenda?from=2026-01-05&until=2026-01-11&roomId=r-1',
      '/api/v1/groups?mine=true',
      '/api/v1/groups',
      '/api/v1/notes/search?q=fiets%20%26%20bal',
    ]);
  });

  it('sends If-Match given as a header, with the CSRF token, on a write', async () => {
    setCsrfToken('token-2');
    const seen: Request[] = [];
    await dataOf(
      api.PUT('/api/v1/clients/{clientId}/participation-plan', {
        baseUrl: ORIGIN,
        fetch: answering(200, { version: 4 }, seen),
        params: { path: { clientId: 'c-1' } },
        headers: { 'if-match': '"3"' },
        body: { plan: {} },
      }),
    );
    expect(seen[0]?.headers.get('if-match')).toBe('"3"');
    expect(seen[0]?.headers.get('x-csrf-token')).toBe('token-2');
  });

  it("gives the roll call's outbox the status it retries on (5xx, 429) and the code it shows on a refusal (4xx)", async () => {
    const roll = (status: number, body: unknown) =>
      dataOf(
        api.POST('/api/v1/occurrences/{occurrenceId}/roll-call', {
          baseUrl: ORIGIN,
          fetch: answering(status, body),
          params: { path: { occurrenceId: 'o-1' } },
          body: { records: [{ clientId: 'c-1', status: 'aanwezig' }] },
        }),
      ).catch((e: unknown) => e);
    expect(await roll(503, 'Service unavailable')).toMatchObject({ status: 503, code: 'server.internal' });
    expect(await roll(429, 'Too many')).toMatchObject({ status: 429 });
    const refused = await roll(409, PROBLEM);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 409, code: 'resource.version_conflict' });
    expect(await roll(200, { recorded: 1, corrected: 0, unchanged: 0 })).toEqual({ recorded: 1, corrected: 0, unchanged: 0 });
  });
});
