import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { DEMO_ORGANISATION, DEMO_PASSWORD, demoClientId, demoUserId } from '../demo/demo-organisation.js';
import { seedDemo } from '../demo/seed-demo.js';
import { ApiClient } from '../testing/api-client.js';
import { buildTestApp } from '../testing/test-app.js';
import { addToCareTeam, createTestClient } from '../testing/test-database.js';
import { openTestDatabase } from '../testing/test-database.js';

describe('daginvulling on the demo organisation', () => {
  let db: Database;
  let app: FastifyInstance;
  let sanne: ApiClient;
  let mohamed: ApiClient;
  const kevin = demoClientId('kevin');

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db);
    app = await buildTestApp(db, { offerStaleDays: 365 });
    sanne = await ApiClient.signIn(app, 'sanne.peters@delinde.example', DEMO_PASSWORD);
    mohamed = await ApiClient.signIn(app, 'mohamed.bouzid@delinde.example', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('searches the social map in Dutch, with filters', async () => {
    const found = await sanne.get<{ name: string }[]>('/api/v1/offers?q=fietsen%20repareren');
    expect(found.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Fietsenwerkplaats Trapkracht', 'Leerwerkplek Fietsenmaker']),
    );
    const quiet = await sanne.get<{ lowStimulus: boolean }[]>('/api/v1/offers?lowStimulus=true&maxCostPerMonth=0');
    expect(quiet.length).toBeGreaterThan(0);
    expect(quiet.every((o) => o.lowStimulus)).toBe(true);
  });

  it('marks offers not confirmed for the configured time as stale; confirming clears it', async () => {
    const stale = await sanne.get<{ id: string; name: string }[]>('/api/v1/offers?stale=true');
    expect(stale.map((o) => o.name)).toContain('Leesclub Bibliotheek Zwolle');
    const confirmed = await sanne.post<{ stale: boolean; lastConfirmedOn: string }>(
      `/api/v1/offers/${stale[0]?.id}/confirmation`,
      {},
    );
    expect(confirmed.stale).toBe(false);
    // Changing an offer needs the version seen: a stale write gets 409.
    const offer = await sanne.get<Record<string, unknown>>(`/api/v1/offers/${stale[0]?.id}`);
    const { id, lastConfirmedOn, stale: wasStale, version, ...input } = offer;
    expect([id, lastConfirmedOn, wasStale]).not.toContain(undefined);
    const put = (v: number) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/offers/${stale[0]?.id}`,
        headers: { ...sanne.session.headers, 'if-match': `"${v}"` },
        payload: { ...input, capacity: 9 },
      });
    expect((await put(version as number)).statusCode).toBe(200);
    expect((await put(version as number)).statusCode).toBe(409);
  });

  it('records a roll call for 25 people in one request; a correction is a new record, never an overwrite', async () => {
    const offers = await sanne.get<{ id: string }[]>('/api/v1/offers?q=houtwerkplaats');
    const clients: string[] = [];
    for (let i = 0; i < 25; i++) {
      const id = await createTestClient(db, DEMO_ORGANISATION.id, '1990-01-01');
      await addToCareTeam(db, DEMO_ORGANISATION.id, id, demoUserId('sanne.peters'), 'activiteitenbegeleider');
      clients.push(id);
    }
    const admin = await ApiClient.signIn(app, 'bram.willems@delinde.example', DEMO_PASSWORD);
    const { id: groupId } = await admin.post<{ id: string }>(
      '/api/v1/groups',
      {
        offerId: offers[0]?.id,
        name: 'Grote groep',
        schedule: [{ day: 'vr', from: '09:00', to: '15:00' }],
        location: 'Werkplaats',
        online: false,
        capacity: 30,
        supervisorIds: [demoUserId('sanne.peters')],
        seasonFrom: '2026-01-01',
        seasonUntil: null,
      },
      201,
    );
    await admin.post(`/api/v1/groups/${groupId}/occurrences`, { from: '2026-01-01', until: '2026-01-31' }, 201);
    for (const clientId of clients) {
      await sanne.post(
        `/api/v1/clients/${clientId}/enrolments`,
        {
          offerId: offers[0]?.id,
          groupId,
          agreedDays: ['vr'],
          status: 'actief',
          startedOn: '2026-01-01',
          financer: 'wmo',
          indication: { from: '2026-01-01', until: '2026-12-31', volume: 2, per: 'week' },
        },
        201,
      );
    }
    const [occurrence] = await sanne.get<{ id: string; date: string }[]>(
      `/api/v1/occurrences?groupId=${groupId}&from=2026-01-01&until=2026-01-31`,
    );
    const rollCall = await sanne.get<{ participants: { clientId: string; record: unknown }[] }>(
      `/api/v1/occurrences/${occurrence?.id}/roll-call`,
    );
    expect(rollCall.participants).toHaveLength(25);
    expect(rollCall.participants.every((p) => p.record === null)).toBe(true);

    const statuses = ['aanwezig', 'aanwezig', 'aanwezig', 'afwezig_gemeld', 'ziek'] as const;
    const records = clients.map((clientId, i) => ({
      clientId,
      status: statuses[i % 5],
      ...(i === 1 ? { arrival: '10:00', departure: '12:00' } : {}),
    }));
    const saved = await sanne.post<{ recorded: number; corrected: number }>(`/api/v1/occurrences/${occurrence?.id}/roll-call`, {
      records,
    });
    expect(saved).toEqual({ recorded: 25, corrected: 0, unchanged: 0 });
    // One audit record per participant, in the same transaction.
    const [audited] = await db.asOwner((tx) =>
      tx.query<{ n: number }>(
        `select count(*)::int as n from audit_events where event = 'attendance.roll_call' and object_id = $1`,
        [occurrence?.id],
      ),
    );
    expect(audited?.n).toBe(25);

    // Correction: the second person was there all day after all.
    expect(
      await sanne.post(`/api/v1/occurrences/${occurrence?.id}/roll-call`, {
        records: [{ clientId: clients[1], status: 'aanwezig' }],
      }),
    ).toEqual({ recorded: 1, corrected: 1, unchanged: 0 });
    const rows = await db.asOwner((tx) =>
      tx.query<{ minutes: number; supersedes: string | null }>(
        `select minutes, supersedes from attendance_records where client_id = $1 order by recorded_at`,
        [clients[1]],
      ),
    );
    expect(rows.map((r) => [r.minutes, r.supersedes !== null])).toEqual([
      [120, false],
      [360, true],
    ]);
    const month = await sanne.get<{ minutes: number; units: number; unitCode: string }[]>(
      `/api/v1/clients/${clients[1]}/attendance?month=2026-01`,
    );
    // A Wmo placement without its own rule counts hours (iWmo unit 04); the minutes stay the truth.
    expect(month[0]).toMatchObject({ minutes: 360, units: 6, unitCode: '04' });

    // Someone not enrolled cannot be put on the roll call.
    const stranger = await createTestClient(db, DEMO_ORGANISATION.id);
    await addToCareTeam(db, DEMO_ORGANISATION.id, stranger, demoUserId('sanne.peters'), 'activiteitenbegeleider');
    const refused = await sanne.post<{ errors: { path: string }[] }>(
      `/api/v1/occurrences/${occurrence?.id}/roll-call`,
      { records: [{ clientId: stranger, status: 'aanwezig' }] },
      400,
    );
    expect(refused.errors[0]?.path).toBe('/body/records/0/clientId');
  });

  it('shows a month in units with the indication’s warnings', async () => {
    const month = await sanne.get<
      { offerName: string; minutes: number; units: number; allowed: number; warnings: { code: string }[] }[]
    >(`/api/v1/clients/${kevin}/attendance?month=2026-10`);
    expect(month[0]?.offerName).toBe('Houtwerkplaats De Spaander');
    expect(month[0]?.minutes).toBeGreaterThan(0);
    expect(month[0]?.units).toBeGreaterThan(0);
    expect(month[0]?.allowed).toBe(4 * 5); // October 2026 touches 5 calendar weeks
  });

  it('keeps the participation plan the client’s own: versions, 409 on a stale write, comments', async () => {
    const kevinSelf = await ApiClient.signIn(app, 'kevin.mulder@delinde.example', DEMO_PASSWORD);
    const current = await kevinSelf.get<{ version: number; plan: { dreams: string } }>(
      `/api/v1/clients/${kevin}/participation-plan`,
    );
    const save = (who: ApiClient, version: number, dreams: string) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/clients/${kevin}/participation-plan`,
        headers: { ...who.session.headers, 'if-match': `"${version}"` },
        payload: { plan: { ...current.plan, dreams } },
      });
    const mine = await save(kevinSelf, current.version, 'Fietsenmaker worden, en later een eigen werkplaats.');
    expect(mine.statusCode).toBe(200);
    // Mohamed worked on the version he loaded before Kevin saved: 409, nothing lost.
    const stale = await save(mohamed, current.version, 'Overschreven?');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('resource.version_conflict');
    const after = await kevinSelf.get<{ version: number; plan: { dreams: string } }>(
      `/api/v1/clients/${kevin}/participation-plan`,
    );
    expect(after.plan.dreams).toBe('Fietsenmaker worden, en later een eigen werkplaats.');
    expect((await kevinSelf.get<unknown[]>(`/api/v1/clients/${kevin}/participation-plan/versions`)).length).toBe(after.version);
    await mohamed.post(
      `/api/v1/clients/${kevin}/participation-plan/comments`,
      { text: 'Mooi doel! Zullen we de fietsenwerkplaats bezoeken?' },
      201,
    );
  });

  it('an external werkbegeleider sees only what Kevin’s disclosure allows, and no health data', async () => {
    const gerrit = await ApiClient.signIn(app, 'gerrit.post@delinde.example', DEMO_PASSWORD);
    const view = await gerrit.get<{ complete: boolean; plan: Record<string, unknown> }>(
      `/api/v1/clients/${kevin}/participation-plan`,
    );
    expect(view.complete).toBe(false);
    expect(Object.keys(view.plan).sort()).toEqual(['preferences', 'steps', 'strengths', 'supportNeeds']);
    expect(view.plan['signalPlan']).toBeUndefined();
    await gerrit.get(`/api/v1/clients/${kevin}/trajectories`, 403);
    // Kevin shares when he is there with the work floor (his disclosure), nothing of his treatment.
    await gerrit.get(`/api/v1/clients/${kevin}/attendance?month=2026-10`, 200);
  });

  it('stores portfolio files, checks their type, and shows them to an external party only if disclosed', async () => {
    const kevinSelf = await ApiClient.signIn(app, 'kevin.mulder@delinde.example', DEMO_PASSWORD);
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const notPng = Buffer.from('hallo').toString('base64');
    const refused = await kevinSelf.post<{ errors: { path: string }[] }>(
      `/api/v1/clients/${kevin}/portfolio-files`,
      { name: 'x.png', contentType: 'image/png', dataBase64: notPng },
      400,
    );
    expect(refused.errors[0]?.path).toBe('/body/contentType');
    const { id } = await kevinSelf.post<{ id: string }>(
      `/api/v1/clients/${kevin}/portfolio-files`,
      { name: 'certificaat.png', contentType: 'image/png', dataBase64: png },
      201,
    );
    const download = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${kevin}/portfolio-files/${id}`,
      headers: mohamed.session.headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(Buffer.from(png, 'base64'))).toBe(true);
    // Kevin did not disclose his portfolio to the work floor.
    const gerrit = await ApiClient.signIn(app, 'gerrit.post@delinde.example', DEMO_PASSWORD);
    await gerrit.get(`/api/v1/clients/${kevin}/portfolio-files/${id}`, 403);
  });

  it('matches Kevin to offers with reasons, and records an unmet need the municipality sees without his name', async () => {
    const matches = await mohamed.get<{
      ranked: { name: string; rung: number; reasons: { code: string; nl: string }[] }[];
      excluded: unknown[];
    }>(`/api/v1/clients/${kevin}/matches`);
    expect(matches.ranked.length).toBeGreaterThan(3);
    expect(matches.ranked[0]?.rung).toBe(4); // his target rung comes first
    expect(matches.ranked[0]?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['kind', 'rung_fits', 'interests']));
    expect(matches.excluded.length).toBeGreaterThan(0);

    await mohamed.post(
      `/api/v1/clients/${kevin}/unmet-needs`,
      {
        sought: 'Leerwerkplek fietsenmaker met vaste begeleider, 2 dagen',
        area: 'Zwolle-Noord, max 25 min',
        whyNothingFitted: 'De enige leerwerkplek is in het centrum en heeft geen plek tot de zomer.',
      },
      201,
    );
    const gemeente = await ApiClient.signIn(app, 'bram.willems@delinde.example', DEMO_PASSWORD);
    const overview = await gemeente.get<Record<string, unknown>[]>('/api/v1/unmet-needs');
    expect(overview[0]).toMatchObject({
      sought: 'Leerwerkplek fietsenmaker met vaste begeleider, 2 dagen',
      municipality: 'Zwolle',
    });
    expect(Object.keys(overview[0] ?? {})).not.toContain('clientId');
    // A therapist has no business with the overview.
    const marieke = await ApiClient.signIn(app, 'marieke.bos@delinde.example', DEMO_PASSWORD);
    await marieke.get('/api/v1/unmet-needs', 403);
  });

  it('records ladder moves in any direction and lists evaluations due', async () => {
    await mohamed.post(
      `/api/v1/clients/${kevin}/ladder`,
      {
        date: '2026-11-20',
        rung: 2,
        withinRungStep: 4,
        targetRung: 4,
        wantsToStay: false,
        note: 'Even een stap terug na een moeilijke periode.',
      },
      201,
    );
    const history = await mohamed.get<{ move: { direction: string } | null }[]>(`/api/v1/clients/${kevin}/ladder`);
    expect(history.map((h) => h.move?.direction ?? null)).toEqual([null, 'up', 'down']);
    const due = await sanne.get<{ clientName: string; reason: string }[]>('/api/v1/day-evaluations/due?withinDays=365');
    expect(due.map((d) => d.clientName)).toEqual(expect.arrayContaining(['Henk de Vries', 'Kevin Mulder']));
    await sanne.post(
      `/api/v1/clients/${demoClientId('henk')}/day-evaluations`,
      {
        date: '2026-11-21',
        contentFit: 'Geniet van bewegen op muziek.',
        levelFit: 'Tempo past.',
        participationStage: 'Trede 3; wil blijven.',
        nextActions: 'Doorgaan; over een half jaar opnieuw.',
        rung: 3,
        longTermCare: {
          enjoys: 'Ja, lacht veel.',
          overStimulated: 'Niet in de kleine groep.',
          behaviourTowardsOthers: 'Vriendelijk.',
        },
      },
      201,
    );
  });
});
