import { emptyParticipationPlan, PLAN_SECTIONS, type ParticipationPlan, type Role } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { exportJobsSettled } from '../fhir/export-job.js';
import {
  consentToEverything,
  createClientRecord,
  secret,
  secretPlan,
  type ClientRecordFixture,
} from '../testing/client-record-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import { createTestOrganisation, createTestUser, openTestDatabase } from '../testing/test-database.js';

/**
 * Disclosure as data (003 L1912-1915): someone who sees a client's day-activity data only through
 * the client's consent sees the parts the client shared with their kind of party, nothing more. Every
 * GET route is walked as each external party; what comes back is compared with this hand-written list.
 */
type Audience = 'werkbegeleider' | 'naaste' | 'gemeente' | 'financier' | 'zorgverlener';
const SHARED: Record<Audience, string[]> = {
  werkbegeleider: ['strengths', 'steps', 'attendance'],
  naaste: ['dreams', 'ladder', 'comments', 'portfolio'],
  gemeente: ['perspective', 'preferences', 'ladder', 'strengths'],
  financier: [],
  zorgverlener: ['signalPlan', 'comments'],
};
const ROLE_OF: Record<Audience, Role> = {
  werkbegeleider: 'werkbegeleider',
  naaste: 'naaste',
  gemeente: 'gemeente',
  financier: 'financier',
  zorgverlener: 'vaktherapeut',
};
/** GET routes whose whole answer is made of these parts: without every one of them shared, 403 access.not_disclosed. */
const WHOLE_PARTS: Record<string, string[]> = {
  'GET /api/v1/clients/:clientId/ladder': ['ladder'],
  'GET /api/v1/clients/:clientId/attendance': ['attendance'],
  'GET /api/v1/clients/:clientId/enrolments': ['attendance'],
  'GET /api/v1/occurrences/:occurrenceId/roll-call': ['attendance'],
  'GET /api/v1/clients/:clientId/portfolio-files/:fileId': ['portfolio'],
  'GET /api/v1/clients/:clientId/matches': ['preferences', 'ladder', 'strengths'],
};
/** Where a shared part's planted secret must show up. */
const SHOWS: Record<string, string> = {
  'GET /api/v1/clients/:clientId/ladder': 'ladder',
  'GET /api/v1/occurrences/:occurrenceId/roll-call': 'attendance',
};
const PLAN_ROUTE = 'GET /api/v1/clients/:clientId/participation-plan';
/** Parts with a planted secret somewhere in the record. */
const PLANTED = [
  'dreams',
  'meaning',
  'otherRoles',
  'strengths',
  'competences',
  'preferences',
  'network',
  'perspective',
  'steps',
  'signalPlan',
  'portfolio',
  'comments',
  'ladder',
  'attendance',
  'disclosure',
];
const BANDS = ['<15', '15-30', '30-60', '>60'];
/** Minutes in numbers, except the person’s own maximum (60 in the fixture), which they shared with their preferences. */
const EXACT_MINUTES = /\b(?!60\b)\d+\s?(min|minuten|minutes)\b/i;

function disclosureOf(shared: Record<Audience, string[]>): ParticipationPlan['disclosure'] {
  return (Object.keys(shared) as Audience[]).map((audience) => ({
    audience,
    mayKnow: secret('disclosure'),
    sections: shared[audience] as ParticipationPlan['disclosure'][number]['sections'],
  }));
}

// The walk is a request per GET route per party: generous, so a busy machine slows it down but does not fail it.
describe('disclosure: external parties see only what the client shared with them', { timeout: 300_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let record: ClientRecordFixture;
  let supervisor: Session;
  const externals = new Map<Audience, Session>();

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'Disclosure');
    record = await createClientRecord(db, orgId, disclosureOf(SHARED));
    supervisor = await signIn(app, record.supervisor.email, record.supervisor.password);
    for (const audience of Object.keys(SHARED) as Audience[]) {
      const user = await createTestUser(db, orgId, [ROLE_OF[audience]], `Extern ${audience}`);
      await consentToEverything(db, orgId, record.clientId, user.id);
      externals.set(audience, await signIn(app, user.email, user.password));
    }
  });
  afterAll(async () => {
    await exportJobsSettled();
    await app.close();
    await db.close();
  });

  function urlOf(route: string): string {
    const [, path = ''] = route.split(' ');
    const ids: Record<string, string> = {
      clientId: record.clientId,
      occurrenceId: record.occurrenceId,
      fileId: record.fileId,
      offerId: record.offerId,
      trajectoryId: '00000000-0000-4000-8000-00000000abcd',
      // The FHIR facade: the client as Patient (other types answer 403 for this id), an export that does not exist.
      resourceId: record.clientId,
      jobId: '00000000-0000-4000-8000-00000000abcd',
      type: 'Patient',
      report: 'attendance-per-month',
      serviceId: '00000000-0000-4000-8000-00000000abcd',
      kind: 'session',
      month: '2026-01',
      runId: '00000000-0000-4000-8000-00000000abcd',
      administrationId: '00000000-0000-4000-8000-00000000abce',
      seriesId: '00000000-0000-4000-8000-00000000abcd',
      date: '2026-01-07',
      file: `${'a'.repeat(43)}.ics`,
      momentId: '00000000-0000-4000-8000-00000000abcd',
    };
    const url = path.replace(/:(\w+)/g, (_, name: string) => {
      const id = ids[name];
      if (!id) throw new Error(`no sample value for :${name} in ${route}: add it to this test`);
      return id;
    });
    const query: Record<string, string> = {
      'GET /api/v1/clients/:clientId/attendance': '?month=2026-01',
      'GET /api/v1/occurrences': '?from=2026-01-01&until=2026-01-31',
      'GET /api/v1/clients/:clientId/services/:kind/:serviceId/classification': '?date=2026-01-06',
      'GET /api/v1/clients/:clientId/ergotherapie/statement': '?year=2026',
      'GET /api/v1/organisation/outcomes': '?by=discipline',
    };
    return url + (query[route] ?? '');
  }

  it('walks every GET route as every external party and finds exactly the shared parts', async () => {
    const getRoutes = app.declaredRoutes.filter((r) => r.method === 'GET').map((r) => `${r.method} ${r.url}`);
    expect(getRoutes).toEqual(expect.arrayContaining([...Object.keys(WHOLE_PARTS), PLAN_ROUTE]));
    const failures: string[] = [];
    for (const [audience, session] of externals) {
      const shared = new Set(SHARED[audience]);
      for (const route of getRoutes) {
        const response = await app.inject({ method: 'GET', url: urlOf(route), headers: session.headers });
        const where = `${route} as ${audience}`;
        if (response.statusCode >= 500) failures.push(`${where}: ${response.statusCode}`);
        for (const part of PLANTED) {
          if (!shared.has(part) && response.body.includes(secret(part))) failures.push(`${where}: leaks ${part}`);
        }
        const whole = WHOLE_PARTS[route];
        if (whole) {
          const allowed = whole.every((part) => shared.has(part));
          const got = allowed ? response.statusCode === 200 : response.json().code === 'access.not_disclosed';
          if (!got) failures.push(`${where}: expected ${allowed ? 200 : 'access.not_disclosed'}, got ${response.statusCode}`);
          const shows = SHOWS[route];
          if (allowed && shows && !response.body.includes(secret(shows))) failures.push(`${where}: shared ${shows} missing`);
        }
        if (route === PLAN_ROUTE) {
          const body = response.json() as { plan: Record<string, unknown>; comments: unknown[]; complete: boolean };
          const expectedSections = PLAN_SECTIONS.filter((section) => shared.has(section)).sort();
          if (JSON.stringify(Object.keys(body.plan).sort()) !== JSON.stringify(expectedSections))
            failures.push(`${where}: sections ${Object.keys(body.plan).sort().join(',')} ≠ ${expectedSections.join(',')}`);
          if (body.comments.length > 0 !== shared.has('comments')) failures.push(`${where}: comments shown wrongly`);
          if (body.complete) failures.push(`${where}: says complete`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('the care team sees the whole plan with its comments, the ladder and exact travel times', async () => {
    const plan = await app.inject({ method: 'GET', url: urlOf(PLAN_ROUTE), headers: supervisor.headers });
    expect(plan.json()).toMatchObject({ complete: true, comments: [{ text: secret('comments') }] });
    expect(Object.keys(plan.json().plan)).toEqual(expect.arrayContaining([...PLAN_SECTIONS, 'disclosure']));
    const ladder = await app.inject({
      method: 'GET',
      url: urlOf('GET /api/v1/clients/:clientId/ladder'),
      headers: supervisor.headers,
    });
    expect(ladder.body).toContain(secret('ladder'));
    const matches = await app.inject({
      method: 'GET',
      url: urlOf('GET /api/v1/clients/:clientId/matches'),
      headers: supervisor.headers,
    });
    const ranked = (matches.json() as { ranked: { travelMinutes: number | null }[] }).ranked;
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((m) => Number.isInteger(m.travelMinutes))).toBe(true);
  });

  it('travel times reach someone not allowed to know the address only as coarse bands, reasons included', async () => {
    const gemeente = externals.get('gemeente') as Session;
    const response = await app.inject({
      method: 'GET',
      url: urlOf('GET /api/v1/clients/:clientId/matches'),
      headers: gemeente.headers,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      ranked: { travelMinutes: number | null; travelBand: string | null }[];
      excluded: { reasons: { code: string }[] }[];
    };
    expect(body.ranked.length).toBeGreaterThan(0);
    expect(body.ranked.every((m) => m.travelMinutes === null && BANDS.includes(m.travelBand ?? ''))).toBe(true);
    // The far offer fell off for its travel time: said in a band, not in minutes.
    expect(body.excluded.flatMap((e) => e.reasons.map((r) => r.code))).toContain('travel_too_long');
    expect(response.body).not.toMatch(EXACT_MINUTES);
  });

  it('an external party with write consent changes only what was shared with them; the rest is kept', async () => {
    const user = await createTestUser(db, orgId, ['werkbegeleider'], 'Schrijvende werkbegeleider');
    await consentToEverything(db, orgId, record.clientId, user.id);
    await db.withOrg(orgId, (tx) =>
      tx.query(
        `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, given_by, recorded_by, recorded_how)
         values ($1, $2, $3, '{participation_plan}', 'write', '2020-01-01', 'client', $3, 'in_person')`,
        [orgId, record.clientId, user.id],
      ),
    );
    const session = await signIn(app, user.email, user.password);
    const before = await app.inject({ method: 'GET', url: urlOf(PLAN_ROUTE), headers: supervisor.headers });
    const stored = before.json() as { version: number; plan: ParticipationPlan };
    // A whole document, as validation asks: the shared part changed, the rest overwritten with other values.
    const attempt: ParticipationPlan = {
      ...emptyParticipationPlan(),
      steps: [{ description: 'Samen naar de fietsenwerkplaats', done: false }],
      dreams: 'overschreven',
      disclosure: [{ audience: 'werkbegeleider', mayKnow: 'alles', sections: [...PLAN_SECTIONS] }],
    };
    const put = await app.inject({
      method: 'PUT',
      url: urlOf(PLAN_ROUTE),
      headers: { ...session.headers, 'if-match': `"${stored.version}"` },
      payload: { plan: attempt },
    });
    expect(put.statusCode).toBe(200);
    const after = (await app.inject({ method: 'GET', url: urlOf(PLAN_ROUTE), headers: supervisor.headers })).json() as {
      plan: ParticipationPlan;
    };
    expect(after.plan.steps).toEqual(attempt.steps);
    // Shared with the werkbegeleider: strengths and steps. Everything else, the disclosure too, as it was.
    expect(after.plan).toEqual({ ...secretPlan(disclosureOf(SHARED)), steps: attempt.steps, strengths: attempt.strengths });
  });
});
