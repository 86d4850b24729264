import { isoDateIn } from '@meedoen/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
  TEST_PASSWORD,
  type TestUser,
} from '../testing/test-database.js';
import { insertTrajectory } from '../testing/trajectory-fixture.js';

/**
 * The agenda opens the care (issue 14): an appointment planned for a client shows who it is with only to whom may
 * see that client, opens the trajectory only for whom may read the treatment, and feeds the work list's "today"
 * and "notes still to write", derived from the agenda and the trajectory's sessions.
 */
const codeOf = (r: LightMyRequestResponse) => (r.json() as { code?: string }).code;
const daysFromToday = (days: number) => isoDateIn(new Date(Date.now() + days * 86_400_000));

interface Item {
  seriesId: string | null;
  date: string;
  title: string;
  clientId: string | null;
  clientName: string | null;
  trajectoryId: string | null;
  location: string | null;
}
interface Worklist {
  items: {
    kind: string;
    clientId: string | null;
    clientName: string | null;
    date: string | null;
    link: string;
    done: boolean | null;
  }[];
  counts: Record<string, number>;
  total: number;
}

describe('the agenda opens the care, and the work list of today', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let therapist: TestUser;
  let stranger: TestUser;
  let as: Record<'therapist' | 'stranger' | 'planner', Session>;
  let clientId: string;
  let trajectoryId: string;
  const today = isoDateIn(new Date());

  const call = (who: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

  const series = (over: Record<string, unknown>) => ({
    kind: 'individueel',
    roomId: null,
    trajectoryId: null,
    groupId: null,
    address: null,
    onlineUrl: null,
    startTime: '09:00',
    endTime: '09:45',
    exceptions: [],
    ...over,
  });

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Agenda en zorg');
    therapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Tess Therapeut');
    // A professional of the same organisation outside this client's care team.
    stranger = await createTestUser(db, orgId, ['vaktherapeut'], 'Sven Buiten Team');
    const planner = await createTestUser(db, orgId, ['planner'], 'Piet Planner');
    clientId = await createTestClient(db, orgId);
    await addToCareTeam(db, orgId, clientId, therapist.id, 'vaktherapeut');
    // The note of two days ago is written already.
    trajectoryId = await insertTrajectory(db, orgId, clientId, {
      therapistId: therapist.id,
      birthDate: '1980-05-05',
      sessions: [daysFromToday(-2)],
    });
    as = {
      therapist: await signIn(app, therapist.email, TEST_PASSWORD),
      stranger: await signIn(app, stranger.email, TEST_PASSWORD),
      planner: await signIn(app, planner.email, TEST_PASSWORD),
    };
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('a planner links a client, not the treatment; the therapist’s card opens their running trajectory', async () => {
    // The planner may not read treatment: naming a trajectory is refused, the client alone is fine.
    const named = await call(
      as.planner,
      'POST',
      '/api/v1/agenda/series',
      series({ professionalId: therapist.id, clientId, trajectoryId, startDate: daysFromToday(-3), recurrence: null }),
    );
    expect([named.statusCode, codeOf(named)]).toEqual([403, 'access.forbidden']);
    const planned = await call(
      as.planner,
      'POST',
      '/api/v1/agenda/series',
      series({
        professionalId: therapist.id,
        clientId,
        startDate: daysFromToday(-3),
        recurrence: { frequency: 'dagelijks', interval: 1, weekdays: [], until: null, count: 5 },
      }),
    );
    expect(planned.statusCode).toBe(201);
    const seriesId = (planned.json() as { id: string }).id;

    const own = (await call(as.therapist, 'GET', `/api/v1/agenda?from=${today}&until=${today}`)).json() as Item[];
    expect(own.find((i) => i.seriesId === seriesId)).toMatchObject({
      title: 'Afspraak',
      clientId,
      clientName: 'Test Cliënt',
      trajectoryId,
    });
    // The planner may see the client (the directory), not whether they are in treatment.
    const plannerView = (
      await call(as.planner, 'GET', `/api/v1/agenda?professionalId=${therapist.id}&from=${today}&until=${today}`)
    ).json() as Item[];
    expect(plannerView.find((i) => i.seriesId === seriesId)).toMatchObject({
      clientId,
      clientName: 'Test Cliënt',
      trajectoryId: null,
    });
    // Each name shown on an agenda is an access to the client's record (NEN 7513).
    const audit = await auditRows(db, orgId);
    expect(audit.filter((a) => a['event'] === 'agenda.read' && a['client_id'] === clientId).map((a) => a['user_id'])).toEqual(
      expect.arrayContaining([therapist.id]),
    );
  });

  it('an appointment with a client another professional may not see does not give away the name', async () => {
    const r = await call(
      as.planner,
      'POST',
      '/api/v1/agenda/series',
      series({
        kind: 'huisbezoek',
        address: 'Kerkstraat 1, Utrecht',
        professionalId: stranger.id,
        clientId,
        startDate: today,
        recurrence: null,
      }),
    );
    expect(r.statusCode).toBe(201);
    const seriesId = (r.json() as { id: string }).id;
    const res = await call(as.stranger, 'GET', `/api/v1/agenda?from=${today}&until=${today}`);
    const body = res.body;
    for (const secret of ['Test', 'Cliënt', clientId, trajectoryId, 'Kerkstraat']) expect(body).not.toContain(secret);
    expect((res.json() as Item[]).find((i) => i.seriesId === seriesId)).toMatchObject({
      title: 'Huisbezoek',
      clientId: null,
      clientName: null,
      trajectoryId: null,
      location: null,
    });
    // Nor on their work list.
    const list = (await call(as.stranger, 'GET', '/api/v1/worklist')).json() as Worklist;
    expect(list.items.filter((i) => i.kind === 'session_today' || i.kind === 'note_to_write')).toEqual([]);
    expect(JSON.stringify(list)).not.toContain('Cliënt');
    // Nor may they open the series to read the link.
    const one = (await call(as.stranger, 'GET', `/api/v1/agenda/series/${seriesId}`)).json() as { clientId: string | null };
    expect(one.clientId).toBeNull();
  });

  it('the work list shows today’s appointment and the notes still to write; recording the session takes one off', async () => {
    const before = (await call(as.therapist, 'GET', '/api/v1/worklist')).json() as Worklist;
    const todays = before.items.filter((i) => i.kind === 'session_today');
    expect(todays).toEqual([
      {
        kind: 'session_today',
        clientId,
        clientName: 'Test Cliënt',
        date: today,
        label: '09:00–09:45',
        link: `/clienten/${clientId}/behandeling/${trajectoryId}?sessie=${today}`,
        done: false,
      },
    ]);
    // Three days back, yesterday and today: the note of two days ago is there; tomorrow's is not due.
    expect(before.items.filter((i) => i.kind === 'note_to_write').map((i) => i.date)).toEqual([
      daysFromToday(-3),
      daysFromToday(-1),
      today,
    ]);
    expect(before.counts['note_to_write']).toBe(3);

    const recorded = await call(as.therapist, 'POST', `/api/v1/clients/${clientId}/trajectories/${trajectoryId}/sessions`, {
      session: {
        date: today,
        form: 'individueel',
        setting: 'instelling',
        directMinutes: 45,
        indirectMinutes: 15,
        activities: 'Balspel',
        observations: 'Rustig.',
        sessionEvaluation: 'Goed.',
        outcomeMeasured: false,
      },
    });
    expect(recorded.statusCode).toBe(200);
    const after = (await call(as.therapist, 'GET', '/api/v1/worklist')).json() as Worklist;
    expect(after.counts['note_to_write']).toBe(2);
    expect(after.items.find((i) => i.kind === 'session_today')?.done).toBe(true);
    expect(after.total).toBe(before.total - 1);
  });
});
