import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { hashPassword } from '../packages/server/src/access/password.js';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import type { Database } from '../packages/server/src/db/database.js';
import type { Probe } from './generate/generate.js';
import { median } from './measure.js';

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
/** Requests per route before its first round, per person: the route's code and plans warm, as in a server that is up. */
const WARMUP_REQUESTS = 100;

/** A route measured in one or more rounds: the median round's figures, the failures of all. */
export interface RouteMeasure {
  route: string;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  failed: number;
  /** The p99 of each round, in order (rounds alternate between the data sets measured together). */
  roundsP99Ms: number[];
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
        // autocannon notices the last answer at its next sample: every second by default, which made every run last
        // whole seconds (400 requests at "400, 200 or 133 req/s"). Every 10 ms, the wall time is the run's own.
        sampleInt: 10,
        headers: { cookie: who.cookie, accept: 'application/json' },
        timeout: 30,
      },
      (error: Error | null, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/**
 * The daily routes of a therapist and an activity supervisor of each probe's (mid-sized) organisation, through the
 * real HTTP server (sessions, access decisions, audit records, row-level security): the client list, a client record,
 * its timeline, the work list, the agenda of a day and a roll call read. Each route is checked to answer 200 and warmed
 * up for every probe; then, `rounds` times, REQUESTS requests by CONNECTIONS callers for each probe in turn — so a
 * pause of the machine or the database's own housekeeping in one stretch hits a round of each data set, not one of
 * them. The measures per probe, in the order of `probes`.
 */
export async function measureDailyRoutes(db: Database, probes: readonly Probe[], rounds = 1): Promise<RouteMeasure[][]> {
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
    const routesOf = async (probe: Probe) => {
      const therapist = await signIn(base, probe.therapistEmail);
      const supervisor = await signIn(base, probe.supervisorEmail);
      return [
        { route: 'client list', path: '/api/v1/clients', who: therapist },
        { route: 'client record', path: `/api/v1/clients/${probe.clientId}`, who: therapist },
        { route: 'timeline', path: `/api/v1/clients/${probe.clientId}/timeline`, who: therapist },
        { route: 'work list', path: '/api/v1/worklist', who: therapist },
        { route: 'agenda day', path: `/api/v1/agenda?from=${probe.agendaDay}&until=${probe.agendaDay}`, who: therapist },
        { route: 'roll call read', path: `/api/v1/occurrences/${probe.occurrenceId}/roll-call`, who: supervisor },
      ];
    };
    const perProbe = [];
    for (const probe of probes) perProbe.push(await routesOf(probe));
    const measures: RouteMeasure[][] = probes.map(() => []);
    for (const [r, { route }] of (perProbe[0] ?? []).entries()) {
      for (const routes of perProbe) {
        const { path, who } = routes[r] as (typeof routes)[number];
        const check = await fetch(`${base}${path}`, { headers: { cookie: who.cookie } });
        if (!check.ok) throw new Error(`GET ${path} failed: ${check.status} ${await check.text()}`);
        await run(base, path, who, WARMUP_REQUESTS);
      }
      const measured: RoundMeasure[][] = probes.map(() => []);
      for (let round = 0; round < rounds; round++)
        for (const [p, routes] of perProbe.entries()) {
          const { path, who } = routes[r] as (typeof routes)[number];
          measured[p]?.push(await measureRound(base, path, who));
        }
      for (const [p, roundMeasures] of measured.entries()) measures[p]?.push(summarise(route, roundMeasures));
    }
    return measures;
  } finally {
    await app.close();
  }
}

interface RoundMeasure {
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  failed: number;
}

async function measureRound(base: string, path: string, who: Person): Promise<RoundMeasure> {
  const started = performance.now();
  const result = await run(base, path, who, REQUESTS);
  const seconds = (performance.now() - started) / 1000;
  const answered = result['2xx'];
  return {
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // Over the run's own wall time (autocannon's duration is whole seconds, its average misses a sub-second run).
    requestsPerSecond: answered / seconds,
    failed: result.non2xx + result.errors + result.timeouts + (answered === 0 ? 1 : 0),
  };
}

function summarise(route: string, rounds: readonly RoundMeasure[]): RouteMeasure {
  return {
    route,
    p50Ms: median(rounds.map((m) => m.p50Ms)),
    p99Ms: median(rounds.map((m) => m.p99Ms)),
    requestsPerSecond: median(rounds.map((m) => m.requestsPerSecond)),
    failed: rounds.reduce((n, m) => n + m.failed, 0),
    roundsP99Ms: rounds.map((m) => m.p99Ms),
  };
}
