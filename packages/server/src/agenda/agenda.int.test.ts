import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createDayGroup, enrol, type DayGroup } from '../testing/day-group-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  linkClientAccount,
  openTestDatabase,
  TEST_PASSWORD,
  type TestUser,
} from '../testing/test-database.js';
import { insertTrajectory } from '../testing/trajectory-fixture.js';

/**
 * The agenda (issue 14) over HTTP on a real database: series with exceptions, who sees what (the
 * planner no client or treatment, another organisation nothing), double booking refused also under
 * parallel requests, the iCalendar feed without health data, and the client's own agenda.
 */
const codeOf = (r: LightMyRequestResponse) => (r.json() as { code?: string }).code;

interface Item {
  id: string;
  seriesId: string | null;
  originalDate: string | null;
  occurrenceId: string | null;
  title: string;
  date: string;
  starts: string;
  cancelled: boolean;
  moved: boolean;
  clientId: string | null;
  trajectoryId: string | null;
  version: number | null;
  room: { name: string } | null;
}

describe('the agenda', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let therapist: TestUser;
  let colleague: TestUser;
  let as: Record<'therapist' | 'colleague' | 'planner' | 'begeleider' | 'client' | 'foreignPlanner', Session>;
  let clientId: string;
  let trajectoryId: string;
  let roomId: string;
  let day: DayGroup;

  const call = (who: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

  const series = (over: Record<string, unknown> = {}) => ({
    kind: 'individueel',
    professionalId: therapist.id,
    roomId: null,
    clientId: null,
    trajectoryId: null,
    groupId: null,
    address: null,
    onlineUrl: null,
    startDate: '2026-03-17',
    startTime: '10:00',
    endTime: '11:00',
    recurrence: { frequency: 'wekelijks', interval: 1, weekdays: [], until: null, count: 6 },
    exceptions: [],
    ...over,
  });

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Agenda');
    const otherOrg = await createTestOrganisation(db, 'Elders');
    therapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Tess Therapeut');
    colleague = await createTestUser(db, orgId, ['ergotherapeut'], 'Eric Ergo');
    const planner = await createTestUser(db, orgId, ['planner'], 'Piet Planner');
    const begeleider = await createTestUser(db, orgId, ['activiteitenbegeleider'], 'Bea Begeleider');
    const clientUser = await createTestUser(db, orgId, ['client'], 'Cliënt Zelf');
    const foreignPlanner = await createTestUser(db, otherOrg, ['planner'], 'Vreemde Planner');
    clientId = await createTestClient(db, orgId);
    await linkClientAccount(db, orgId, clientUser.id, clientId);
    await addToCareTeam(db, orgId, clientId, therapist.id, 'vaktherapeut');
    await addToCareTeam(db, orgId, clientId, begeleider.id, 'activiteitenbegeleider');
    trajectoryId = await insertTrajectory(db, orgId, clientId, { therapistId: therapist.id, birthDate: '1980-05-05' });
    day = await createDayGroup(db, orgId);
    await enrol(db, orgId, clientId, day);
    await db.withOrg(orgId, (tx) =>
      tx.query(`update activity_groups set supervisor_ids = $2 where id = $1`, [day.groupId, [begeleider.id]]),
    );
    as = {
      therapist: await signIn(app, therapist.email, TEST_PASSWORD),
      colleague: await signIn(app, colleague.email, TEST_PASSWORD),
      planner: await signIn(app, planner.email, TEST_PASSWORD),
      begeleider: await signIn(app, begeleider.email, TEST_PASSWORD),
      client: await signIn(app, clientUser.email, TEST_PASSWORD),
      foreignPlanner: await signIn(app, foreignPlanner.email, TEST_PASSWORD),
    };
    const room = await call(as.planner, 'POST', '/api/v1/agenda/rooms', { name: 'Beweegzaal', capacity: 8 });
    expect(room.statusCode).toBe(201);
    roomId = (room.json() as { id: string }).id;
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('plans a weekly treatment series with a holiday, cancels one week, moves one session, and reads it back', async () => {
    const created = await call(
      as.therapist,
      'POST',
      '/api/v1/agenda/series',
      series({ clientId, trajectoryId, roomId, exceptions: [{ date: '2026-04-07', kind: 'cancelled', reason: 'Paasvakantie' }] }),
    );
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json() as { id: string; version: number };

    const cancelled = await call(as.therapist, 'POST', `/api/v1/agenda/series/${id}/sessions/2026-03-24/cancel`, {
      version,
      reason: 'Teamdag',
    });
    expect(cancelled.statusCode).toBe(200);
    const stale = await call(as.therapist, 'POST', `/api/v1/agenda/series/${id}/sessions/2026-03-31/cancel`, {
      version,
      reason: 'x',
    });
    expect(codeOf(stale)).toBe('resource.version_conflict');
    const moved = await call(as.therapist, 'POST', `/api/v1/agenda/series/${id}/sessions/2026-03-31/move`, {
      version: version + 1,
      reason: 'Zaal bezet',
      toDate: '2026-04-02',
      toStart: '14:00',
      toEnd: '15:00',
    });
    expect(moved.statusCode).toBe(200);
    const notASession = await call(as.therapist, 'POST', `/api/v1/agenda/series/${id}/sessions/2026-03-18/cancel`, {
      version: version + 2,
      reason: 'x',
    });
    expect([notASession.statusCode, codeOf(notASession)]).toEqual([422, 'agenda.not_in_series']);

    const week = await call(as.therapist, 'GET', '/api/v1/agenda?from=2026-03-16&until=2026-04-12');
    expect(week.statusCode).toBe(200);
    const items = (week.json() as Item[]).filter((i) => i.seriesId === id);
    expect(items.map((i) => `${i.date} ${i.starts}${i.cancelled ? ' vervalt' : ''}${i.moved ? ' verplaatst' : ''}`)).toEqual([
      '2026-03-17 10:00',
      '2026-03-24 10:00 vervalt',
      '2026-04-02 14:00 verplaatst',
      '2026-04-07 10:00 vervalt',
    ]);
    expect(items[0]).toMatchObject({ title: 'Afspraak', clientId, trajectoryId, room: { name: 'Beweegzaal' } });

    // The planner sees the same times and place, and whom it is with (the directory), but not the treatment it belongs to.
    const planned = (
      (
        await call(as.planner, 'GET', `/api/v1/agenda?professionalId=${therapist.id}&from=2026-03-16&until=2026-04-12`)
      ).json() as Item[]
    ).filter((i) => i.seriesId === id);
    expect(planned).toHaveLength(4);
    expect(planned.every((i) => i.clientId === clientId && i.trajectoryId === null && i.title === 'Afspraak')).toBe(true);

    // Writing an appointment with a client is audited as access to that client, like other client data (NEN 7513).
    const audit = await auditRows(db, orgId);
    expect(
      audit
        .filter((a) => a['client_id'] === clientId && String(a['event']).startsWith('agenda.') && a['event'] !== 'agenda.read')
        .map((a) => a['event']),
    ).toEqual([
      'agenda.series.create',
      'agenda.session.cancel',
      'agenda.session.cancel',
      'agenda.session.move',
      'agenda.session.cancel',
    ]);
  });

  it('keeps another professional’s agenda to its owner and planners', async () => {
    const r = await call(as.colleague, 'GET', `/api/v1/agenda?professionalId=${therapist.id}`);
    expect([r.statusCode, codeOf(r)]).toEqual([403, 'access.forbidden']);
    const client = await call(as.client, 'GET', '/api/v1/agenda');
    expect(client.statusCode).toBe(403);
    const create = await call(as.colleague, 'POST', '/api/v1/agenda/series', series({ startDate: '2026-06-01' }));
    expect([create.statusCode, codeOf(create)]).toEqual([403, 'access.forbidden']);
  });

  it('shows another organisation nothing (row-level security)', async () => {
    const week = await call(as.foreignPlanner, 'GET', `/api/v1/agenda?roomId=${roomId}&from=2026-03-16&until=2026-04-12`);
    expect(week.json()).toEqual([]);
    const own = await call(as.planner, 'GET', `/api/v1/agenda?roomId=${roomId}&from=2026-03-16&until=2026-04-12`);
    const anyId = (own.json() as Item[])[0]?.seriesId;
    expect(anyId).toBeTruthy();
    const one = await call(as.foreignPlanner, 'GET', `/api/v1/agenda/series/${anyId}`);
    expect(one.statusCode).toBe(404);
  });

  it('refuses the rules with their codes', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endTime: '09:00' }, 'agenda.end_before_start', '/body/endTime'],
      [{ kind: 'huisbezoek' }, 'agenda.location_required', '/body/address'],
      [
        { recurrence: { frequency: 'wekelijks', interval: 1, weekdays: [], until: null, count: null } },
        'agenda.series_unbounded',
        '/body/recurrence/count',
      ],
      [
        { exceptions: [{ date: '2026-03-18', kind: 'cancelled', reason: 'x' }] },
        'agenda.not_in_series',
        '/body/exceptions/0/date',
      ],
    ];
    for (const [over, code, path] of cases) {
      const r = await call(as.therapist, 'POST', '/api/v1/agenda/series', series({ startDate: '2026-09-01', ...over }));
      expect([r.statusCode, codeOf(r)]).toEqual([422, code]);
      expect((r.json() as { errors: { path: string }[] }).errors[0]?.path).toBe(path);
    }
  });

  it('refuses a double booking of a professional and of a room, also when two requests arrive at once', async () => {
    const first = await call(as.planner, 'POST', '/api/v1/agenda/series', series({ startDate: '2026-05-05', recurrence: null }));
    expect(first.statusCode).toBe(201);
    const again = await call(
      as.planner,
      'POST',
      '/api/v1/agenda/series',
      series({ startDate: '2026-05-05', startTime: '10:30', endTime: '11:30', recurrence: null }),
    );
    expect([again.statusCode, codeOf(again)]).toEqual([409, 'agenda.professional_double_booked']);
    const backToBack = await call(
      as.planner,
      'POST',
      '/api/v1/agenda/series',
      series({ startDate: '2026-05-05', startTime: '11:00', endTime: '12:00', recurrence: null }),
    );
    expect(backToBack.statusCode).toBe(201);

    // Two planners book the same room for different professionals at the same hour, in parallel.
    const attempts = await Promise.all(
      [therapist.id, colleague.id, therapist.id, colleague.id].map((professionalId, i) =>
        call(
          as.planner,
          'POST',
          '/api/v1/agenda/series',
          series({
            professionalId,
            roomId,
            kind: 'ruimte',
            startDate: '2026-05-12',
            startTime: i % 2 ? '13:00' : '13:30',
            endTime: '14:30',
            recurrence: null,
          }),
        ),
      ),
    );
    expect(attempts.filter((r) => r.statusCode === 201)).toHaveLength(1);
    for (const r of attempts.filter((r) => r.statusCode !== 201)) {
      expect(r.statusCode).toBe(409);
      expect(['agenda.room_double_booked', 'agenda.professional_double_booked']).toContain(codeOf(r));
    }
    const rows = await db.withOrg(orgId, (tx) =>
      tx.query(`select 1 from agenda_sessions where room_id = $1 and date = '2026-05-12'`, [roomId]),
    );
    expect(rows).toHaveLength(1);
  });

  it('shows the day-activity group’s own occurrences on the group’s and the supervisor’s agenda, with the roll call to open', async () => {
    for (const [who, url] of [
      [as.planner, `/api/v1/agenda?groupId=${day.groupId}&from=2099-03-01&until=2099-03-07`],
      [as.begeleider, '/api/v1/agenda?from=2099-03-01&until=2099-03-07'],
    ] as const) {
      const items = (await call(who, 'GET', url)).json() as Item[];
      expect(items.map((i) => [i.occurrenceId, i.title, i.date])).toEqual([
        [day.futureOccurrenceId, 'Groepssessie', '2099-03-02'],
      ]);
    }
  });

  it('gives the client their own agenda; a day-activity colleague does not see the treatment appointments', async () => {
    const mine = (
      await call(as.client, 'GET', `/api/v1/clients/${clientId}/agenda?from=2026-03-16&until=2026-04-12`)
    ).json() as Item[];
    expect(mine.filter((i) => !i.cancelled).map((i) => i.date)).toEqual(['2026-03-17', '2026-04-02']);
    const begeleider = await call(as.begeleider, 'GET', `/api/v1/clients/${clientId}/agenda?from=2026-03-16&until=2026-04-12`);
    expect(begeleider.statusCode).toBe(200);
    expect(begeleider.json()).toEqual([]);
    const colleague = await call(as.colleague, 'GET', `/api/v1/clients/${clientId}/agenda`);
    expect(colleague.statusCode).toBe(403);
    const audit = await auditRows(db, orgId);
    expect(audit.filter((a) => a['event'] === 'agenda.client.read').map((a) => a['outcome'])).toEqual([
      'success',
      'success',
      'denied',
    ]);
  });

  it('publishes a calendar feed with times, places and neutral titles only, until the link is revoked', async () => {
    await call(
      as.therapist,
      'POST',
      '/api/v1/agenda/series',
      series({ kind: 'huisbezoek', clientId, address: 'Kerkstraat 1, Utrecht', startDate: '2026-12-07', recurrence: null }),
    );
    const made = await call(as.therapist, 'POST', '/api/v1/agenda/feed');
    expect(made.statusCode).toBe(201);
    const { path } = made.json() as { path: string };
    const feed = await app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const body = feed.body;
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain('SUMMARY:Huisbezoek');
    expect(body).toContain('DTSTART:20261207T090000Z');
    for (const secret of ['Kerkstraat', 'Test', 'Cliënt', clientId, trajectoryId, 'Paasvakantie'])
      expect(body).not.toContain(secret);
    expect(body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const state = await call(as.therapist, 'GET', '/api/v1/agenda/feed');
    expect(state.json()).toMatchObject({ active: true });
    await call(as.therapist, 'DELETE', '/api/v1/agenda/feed');
    const gone = await app.inject({ method: 'GET', url: path });
    expect([gone.statusCode, codeOf(gone)]).toEqual([404, 'agenda.feed_not_found']);
    const rows = await db.asOwner((tx) => tx.query<{ token_hash: string }>(`select token_hash from agenda_feed_tokens`));
    expect(rows.some((r) => path.includes(r.token_hash))).toBe(false);
  });
});
