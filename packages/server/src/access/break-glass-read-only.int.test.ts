import { emptyParticipationPlan } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createClientRecord, PNG_BASE64, type ClientRecordFixture } from '../testing/client-record-fixture.js';
import { sampleFromSchema } from '../testing/sample-from-schema.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import { auditRows, createTestOrganisation, createTestUser, openTestDatabase } from '../testing/test-database.js';

const REASON = 'Cliënt onwel op de groep, medicatie nagaan';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Write routes that are not about one client's record, so break-glass on a client does not apply:
 * each with why. A new write route must be classified here, or the test below fails.
 */
const NOT_ABOUT_A_CLIENT: Record<string, string> = {
  'POST /api/v1/session': 'signing in',
  'POST /api/v1/session/second-factor': 'signing in',
  'DELETE /api/v1/session': 'signing out',
  'POST /api/v1/me/second-factor/enrolment': 'one’s own account',
  'POST /api/v1/me/second-factor/confirmation': 'one’s own account',
  'POST /api/v1/me/password': 'one’s own account',
  'POST /api/v1/me/second-factor/removal': 'one’s own account',
  'POST /api/v1/clients': 'registers a new client',
  'PUT /api/v1/organisation/policy': 'the organisation’s settings',
  'PUT /api/v1/organisation/agb': 'the organisation’s AGB code',
  'PUT /api/v1/users/:userId/registration': 'a professional’s AGB code and registration',
  'POST /api/v1/financing/parameter-sets': 'the organisation’s contracts and tariffs',
  'PUT /api/v1/financing/parameter-sets/:setId': 'the organisation’s contracts and tariffs',
  'POST /api/v1/clients/:clientId/break-glass': 'opens (or renews) the emergency access itself',
  'POST /api/v1/audit/break-glass/:id/review': 'the privacy officer’s review',
  'POST /api/v1/offers': 'the social map',
  'PUT /api/v1/offers/:offerId': 'the social map',
  'POST /api/v1/offers/:offerId/confirmation': 'the social map',
  'POST /api/v1/groups': 'the organisation’s groups',
  'POST /api/v1/groups/:groupId/occurrences': 'the organisation’s groups',
  'PUT /api/v1/users/:userId/municipalities': 'binds a municipality officer to municipalities',
  'POST /api/v1/users': 'the organisation’s accounts',
  'PUT /api/v1/users/:userId/roles': 'the organisation’s accounts',
  'POST /api/v1/users/:userId/deactivation': 'the organisation’s accounts',
  'POST /api/v1/users/:userId/invitation': 'the organisation’s accounts',
  'POST /api/v1/invitations/lookup': 'opening one’s invitation link (not signed in)',
  'POST /api/v1/invitations/acceptance': 'choosing one’s first password (not signed in)',
  // The financial administration's monthly declarations: permission declarations.manage, which break-glass
  // never grants; each client whose data goes into a run is audited.
  'POST /api/v1/declarations/runs': 'the organisation’s declarations',
  'POST /api/v1/declarations/runs/jobs': 'the organisation’s declarations (built in the background as the requester)',
  'POST /api/v1/declarations/:runId/send': 'the organisation’s declarations',
  'POST /api/v1/declarations/:runId/discard': 'the organisation’s declarations',
  'POST /api/v1/declarations/:runId/answers': 'the organisation’s declarations',
  'POST /api/v1/declarations/lines/:lineId/credit': 'the organisation’s declarations',
  'POST /api/v1/organisation/instrument-licences': 'the organisation’s measurement instruments',
  'POST /api/v1/organisation/instrument-contents': 'the organisation’s measurement instruments',
  'PUT /api/v1/organisation/instruments/:instrumentId': 'the organisation’s measurement instruments',
  'PUT /api/v1/organisation/measurement-settings': 'the organisation’s measurement settings',
  // The agenda: times and places. A series with a client goes through the client-access mechanism, where
  // break-glass is read-only too (agenda.int.test.ts); one without a client is the organisation's planning.
  'POST /api/v1/agenda/rooms': 'the organisation’s rooms',
  'POST /api/v1/agenda/series': 'the agenda (a client’s series is checked as access to that client)',
  'PUT /api/v1/agenda/series/:seriesId': 'the agenda (a client’s series is checked as access to that client)',
  'POST /api/v1/agenda/series/:seriesId/cancel': 'the agenda (a client’s series is checked as access to that client)',
  'POST /api/v1/agenda/series/:seriesId/sessions/:date/cancel':
    'the agenda (a client’s series is checked as access to that client)',
  'POST /api/v1/agenda/series/:seriesId/sessions/:date/move':
    'the agenda (a client’s series is checked as access to that client)',
  'POST /api/v1/agenda/feed': 'one’s own calendar link',
  'DELETE /api/v1/agenda/feed': 'one’s own calendar link',
  'POST /api/v1/notifications/:notificationId/read': 'one’s own messages (marking read; the message holds no content)',
};

/** Finding 3: emergency access is read-only, for every write route, enforced in the one access mechanism. */
describe('break-glass is read-only on every write route', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let record: ClientRecordFixture;
  let therapist: Session;
  let therapistId: string;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'Noodknop');
    record = await createClientRecord(db, orgId, []);
    const user = await createTestUser(db, orgId, ['vaktherapeut'], 'Therapeut in nood');
    therapistId = user.id;
    therapist = await signIn(app, user.email, user.password);
    const opened = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${record.clientId}/break-glass`,
      headers: therapist.headers,
      payload: { reason: REASON },
    });
    expect(opened.statusCode).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('refuses a comment on the plan under break-glass with its own code, audited, nothing stored', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${record.clientId}/participation-plan/comments`,
      headers: therapist.headers,
      payload: { text: 'Geschreven onder noodtoegang' },
    });
    expect({ status: response.statusCode, code: response.json().code }).toEqual({
      status: 403,
      code: 'access.break_glass_read_only',
    });
    const comments = await db.withOrg(orgId, (tx) =>
      tx.query(`select 1 from participation_plan_comments where author_id = $1`, [therapistId]),
    );
    expect(comments).toEqual([]);
    const audit = (await auditRows(db, orgId)).filter((r) => r['event'] === 'participation_plan.comment');
    expect(audit.at(-1)).toMatchObject({
      outcome: 'denied',
      client_id: record.clientId,
      user_id: therapistId,
      basis: 'break_glass_read_only',
      break_glass: true,
      reason: REASON,
    });
  });

  it('every write route about a client answers 403 access.break_glass_read_only', async () => {
    const writes = app.declaredRoutes.filter((r) => WRITE_METHODS.has(r.method));
    const unclassified = writes
      .filter((r) => r.access.kind !== 'client')
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !(key in NOT_ABOUT_A_CLIENT));
    expect(unclassified).toEqual([]);
    const clientWrites = writes.filter((r) => r.access.kind === 'client');
    expect(clientWrites.length).toBeGreaterThan(25);
    const failures: string[] = [];
    for (const route of clientWrites) {
      const key = `${route.method} ${route.url}`;
      const url = route.url.replace(/:(\w+)/g, (_, name: string) =>
        name === 'clientId'
          ? record.clientId
          : name === 'occurrenceId'
            ? record.occurrenceId
            : name === 'party'
              ? 'person'
              : crypto.randomUUID(),
      );
      const body = sampleBody(key, (route.schema as { body?: unknown } | undefined)?.body);
      const response = await app.inject({
        method: route.method as 'POST',
        url,
        headers: { ...therapist.headers, 'if-match': '"1"' },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      const code = response.headers['content-type']?.toString().includes('json') ? response.json().code : undefined;
      // The 301 import names its clients by BSN in the body: it refuses anyone without the financial
      // administration's permission before a client is looked up (access.forbidden), break-glass or not.
      const expected = key === 'POST /api/v1/wmo301-imports' ? 'access.forbidden' : 'access.break_glass_read_only';
      if (response.statusCode !== 403 || code !== expected)
        failures.push(`${key}: ${response.statusCode} ${response.body.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
  });

  function sampleBody(key: string, schema: unknown): unknown {
    if (schema === undefined) return undefined;
    const body = sampleFromSchema(schema, { clientId: record.clientId }) as Record<string, unknown>;
    if (key.endsWith('/participation-plan')) return { plan: emptyParticipationPlan() };
    if (key.endsWith('/portfolio-files')) return { name: 'x.png', contentType: 'image/png', dataBase64: PNG_BASE64 };
    if (key.endsWith('/enrolments/:enrolmentId/allocation')) return { allocation: null };
    if (key === 'POST /api/v1/group-sessions') return { ...body, session: { ...(body['session'] as object), form: 'groep' } };
    return body;
  }

  it('reads under break-glass work, flagged, and each audit record carries the stated reason', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${record.clientId}/trajectories`,
      headers: therapist.headers,
    });
    expect(response.statusCode).toBe(200);
    const read = (await auditRows(db, orgId)).filter((r) => r['event'] === 'trajectory.list').at(-1);
    expect(read).toMatchObject({
      outcome: 'success',
      basis: 'break_glass',
      break_glass: true,
      reason: REASON,
      client_id: record.clientId,
    });
  });

  it('the same therapist keeps writing where they have their own ground (another client, on the team)', async () => {
    const other = await createClientRecord(db, orgId, []);
    await db.withOrg(orgId, (tx) =>
      tx.query(
        `insert into care_team_members (org_id, client_id, user_id, role, valid_from, added_by) values ($1, $2, $3, 'vaktherapeut', '2020-01-01', $3)`,
        [orgId, other.clientId, therapistId],
      ),
    );
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${other.clientId}/participation-plan/comments`,
      headers: therapist.headers,
      payload: { text: 'Op eigen grond' },
    });
    expect(response.statusCode).toBe(201);
  });
});
