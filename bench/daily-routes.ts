import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { hashPassword } from '../packages/server/src/access/password.js';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import type { Database } from '../packages/server/src/db/database.js';
import type { Probe } from './generate/generate.js';

/** The password of every generated account in the bench (the hash is made once per run). */
export const BENCH_PASSWORD = 'meedoen-bench-scale';
let hash: Promise<string> | undefined;
export const benchPasswordHash = (): Promise<string> => (hash ??= hashPassword(BENCH_PASSWORD));

/** Callers at once per route: the two cores of the bench machine, twice over, so requests queue a little as in a day. */
const CONNECTIONS = 4;
/**
 * Requests per route (a count, not a duration: a slow route still gets its samples, where a 5-second window once
 * finished no request of the client list on a loaded machine and reported 0 ms). 400, so that the p99 is the fifth
 * slowest and not one stray pause: with 80 it was the slowest but one, and a different route failed its target in
 * each run (agenda day 1.72× in one, 1.23× in the next, nothing changed between).
 */
const REQUESTS = Number(process.env['BENCH_SCALE_REQUESTS'] ?? 400);
const WARMUP_REQUESTS = 8;

export interface RouteMeasure {
  route: string;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  failed: number;
}

interface Person {
  cookie: string;
}

async function signIn(base: string, email: string): Promise<Person> {
  const response = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

function run(base: string, path: string, who: Person, amount: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${base}${path}`,
        connections: CONNECTIONS,
        amount,
        headers: { cookie: who.cookie, accept: 'application/json' },
        timeout: 30,
      },
      (error: Error | null, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/**
 * The daily routes of a therapist and an activity supervisor of the probe's (mid-sized) organisation, each measured on
 * its own through the real HTTP server (sessions, access decisions, audit records, row-level security): the client
 * list, a client record, its timeline, the work list, the agenda of a day and a roll call read. Each route is first
 * checked to answer 200, then warmed up, then sent REQUESTS requests by CONNECTIONS callers.
 */
export async function measureDailyRoutes(db: Database, probe: Probe): Promise<RouteMeasure[]> {
  const config = {
    ...loadConfig({}),
    logLevel: 'silent' as const,
    loginAttemptsPerMinute: 100_000,
    secretKey: 'be7c'.repeat(16),
  };
  const app = await buildApp({ config, db, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    const therapist = await signIn(base, probe.therapistEmail);
    const supervisor = await signIn(base, probe.supervisorEmail);
    const routes: { route: string; path: string; who: Person }[] = [
      { route: 'client list', path: '/api/v1/clients', who: therapist },
      { route: 'client record', path: `/api/v1/clients/${probe.clientId}`, who: therapist },
      { route: 'timeline', path: `/api/v1/clients/${probe.clientId}/timeline`, who: therapist },
      { route: 'work list', path: '/api/v1/worklist', who: therapist },
      { route: 'agenda day', path: `/api/v1/agenda?from=${probe.agendaDay}&until=${probe.agendaDay}`, who: therapist },
      { route: 'roll call read', path: `/api/v1/occurrences/${probe.occurrenceId}/roll-call`, who: supervisor },
    ];
    const measures: RouteMeasure[] = [];
    for (const r of routes) {
      const check = await fetch(`${base}${r.path}`, { headers: { cookie: r.who.cookie } });
      if (!check.ok) throw new Error(`GET ${r.path} failed: ${check.status} ${await check.text()}`);
      await run(base, r.path, r.who, WARMUP_REQUESTS);
      const started = performance.now();
      const result = await run(base, r.path, r.who, REQUESTS);
      const seconds = (performance.now() - started) / 1000;
      const answered = result['2xx'];
      measures.push({
        route: r.route,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        // Over the run's own wall time (autocannon's duration is whole seconds, its average misses a sub-second run).
        requestsPerSecond: answered / seconds,
        failed: result.non2xx + result.errors + result.timeouts + (answered === 0 ? 1 : 0),
      });
    }
    return measures;
  } finally {
    await app.close();
  }
}
