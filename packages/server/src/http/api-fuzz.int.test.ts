import { isFhirPath, problemCodeInOutcome } from '../fhir/fhir-http.js';
import { isProblemCode } from '@meedoen/core';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createDayGroup, enrol } from '../testing/day-group-fixture.js';
import { operationsOf, requestsFor, seededRandom, type FuzzOperation, type FuzzRequest } from '../testing/fuzz-requests.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  linkClientAccount,
  openTestDatabase,
  TEST_PASSWORD,
} from '../testing/test-database.js';

/**
 * Issue 11, finding 6: the API fuzzed from its own OpenAPI document. Every operation gets a valid sample
 * and then one thing wrong at a time (see fuzz-requests.ts), sent as several roles and without a session,
 * at least 10,000 requests in all, with a fixed seed. No answer may be a 5xx; every 4xx is problem+json
 * with a known code; afterwards the server still answers.
 */
const SEED = 20261202;
const AT_LEAST = 10_000;
/** Parallel requests in flight (PostgreSQL serves them in parallel; PGlite one after the other). */
const IN_FLIGHT = 8;
/** Operations that end or change the caller's own sign-in: fuzzed without a session only, so the run keeps its sessions. */
const OWN_SIGN_IN = /^\/api\/v1\/(session|me\/)/;

/** The `code` of a JSON answer (problem+json, or the FHIR facade's OperationOutcome), or null when it is not JSON. */
function codeIn(body: string): unknown {
  try {
    const parsed = JSON.parse(body) as { code?: unknown };
    return parsed.code ?? problemCodeInOutcome(parsed);
  } catch {
    return null;
  }
}

/** The FHIR facade answers a problem as an OperationOutcome (application/fhir+json) with the same code. */
const problemType = (url: string) => (isFhirPath(url) ? 'application/fhir+json' : 'application/problem+json');

describe('the API under fuzzing', () => {
  let db: Database;
  let app: FastifyInstance;
  const sessions: { role: string; session: Session | null }[] = [];
  const values: Record<string, unknown> = {};

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    const orgId = await createTestOrganisation(db, 'Fuzz');
    const day = await createDayGroup(db, orgId);
    const clientId = await createTestClient(db, orgId, '1990-01-01');
    await enrol(db, orgId, clientId, day);
    const begeleider = await createTestUser(db, orgId, ['activiteitenbegeleider']);
    await addToCareTeam(db, orgId, clientId, begeleider.id, 'activiteitenbegeleider');
    const therapist = await createTestUser(db, orgId, ['vaktherapeut']);
    await addToCareTeam(db, orgId, clientId, therapist.id, 'vaktherapeut');
    const beheerder = await createTestUser(db, orgId, ['beheerder']);
    const werkbegeleider = await createTestUser(db, orgId, ['werkbegeleider']);
    // The account the fuzzed `:userId` routes act on (roles, deactivation end its sessions): not one of the callers.
    const colleague = await createTestUser(db, orgId, ['activiteitenbegeleider']);
    await addToCareTeam(db, orgId, clientId, colleague.id, 'activiteitenbegeleider');
    const self = await createTestUser(db, orgId, ['client']);
    await linkClientAccount(db, orgId, self.id, clientId);
    for (const [role, user] of [
      ['activiteitenbegeleider', begeleider],
      ['vaktherapeut', therapist],
      ['beheerder', beheerder],
      ['werkbegeleider', werkbegeleider],
      ['client', self],
    ] as const) {
      sessions.push({ role, session: await signIn(app, user.email, TEST_PASSWORD) });
    }
    sessions.push({ role: 'none', session: null });
    Object.assign(values, {
      clientId,
      offerId: day.offerId,
      groupId: day.groupId,
      occurrenceId: day.pastOccurrenceId,
      therapistId: therapist.id,
      userId: colleague.id,
    });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const injectOf = (request: FuzzRequest, session: Session | null): InjectOptions => {
    const headers: Record<string, string> = { ...(session?.headers ?? {}) };
    if (request.raw) {
      headers['content-type'] = request.raw.contentType;
      return { method: request.method, url: request.url, headers, payload: request.raw.text };
    }
    if (request.payload === undefined) return { method: request.method, url: request.url, headers };
    headers['content-type'] = 'application/json';
    // Sent as text: `null`, `0` or a string body are JSON too.
    return { method: request.method, url: request.url, headers, payload: JSON.stringify(request.payload) };
  };

  it(
    `answers ${AT_LEAST}+ generated requests without a 5xx, every 4xx problem+json, and is healthy after`,
    async () => {
      const openapi = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as unknown;
      const operations = operationsOf(openapi).filter((op) => op.path !== '/api/v1/openapi.json');
      expect(operations.length).toBeGreaterThan(50);
      const random = seededRandom(SEED);

      // Systematic rounds over every operation (each round picks other hostile values) until the budget is reached.
      const planned: { request: FuzzRequest; session: Session | null; role: string }[] = [];
      let round = 0;
      while (planned.length < AT_LEAST) {
        for (const operation of operations) {
          const callers = OWN_SIGN_IN.test(operation.path) ? sessions.filter((s) => s.session === null) : sessions;
          requestsFor(operation as FuzzOperation, values, random).forEach((request, i) => {
            const caller = callers[(i + round) % callers.length] ?? { role: 'none', session: null };
            planned.push({ request, session: caller.session, role: caller.role });
          });
        }
        round += 1;
      }

      const failures: string[] = [];
      const statuses = new Map<number, number>();
      for (let start = 0; start < planned.length; start += IN_FLIGHT) {
        await Promise.all(
          planned.slice(start, start + IN_FLIGHT).map(async ({ request, session, role }) => {
            const response = await app.inject(injectOf(request, session));
            statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
            const where = `${request.method} ${request.url.slice(0, 120)} as ${role} (${request.label})`;
            if (response.statusCode >= 500) failures.push(`${response.statusCode} ${where}: ${response.body.slice(0, 200)}`);
            else if (response.statusCode >= 400) {
              const type = String(response.headers['content-type'] ?? '');
              if (!type.startsWith(problemType(request.url)) || !isProblemCode(codeIn(response.body)))
                failures.push(`${response.statusCode} not a problem ${where}: ${type} ${response.body.slice(0, 120)}`);
            }
          }),
        );
      }
      expect(planned.length).toBeGreaterThanOrEqual(AT_LEAST);
      expect(failures.slice(0, 30)).toEqual([]);
      // Every kind of answer occurred: the fuzzing reached handlers, not only validation.
      expect([...statuses.keys()].some((status) => status < 300)).toBe(true);

      // Still healthy: the health check and an ordinary read as the care team's activity supervisor.
      expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
      const begeleider = sessions[0]?.session;
      const roll = await app.inject({
        method: 'GET',
        url: `/api/v1/occurrences/${String(values['occurrenceId'])}/roll-call`,
        headers: begeleider?.headers ?? {},
      });
      expect(roll.statusCode).toBe(200);
    },
    // Generous: a busy machine slows the run down; the assertion is about answers, not time.
    20 * 60_000,
  );
});
