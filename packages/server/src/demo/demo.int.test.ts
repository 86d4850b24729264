import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';
import {
  DEMO_CLIENTS,
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoClientId,
  demoEmail,
  demoUserId,
} from './demo-organisation.js';
import { stableId } from './stable-id.js';
import { seedDemo } from './seed-demo.js';
import { DEMO_PARTICIPANT_KEYS } from './seed-daginvulling.js';

describe('the demo organisation', () => {
  let db: Database;
  let app: FastifyInstance;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db);
    app = await buildTestApp(db);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('is idempotent: a second seed adds nothing', async () => {
    const count = () =>
      db.withOrg(DEMO_ORGANISATION.id, (tx) =>
        // Only the demo's own rows: on PostgreSQL other test files add clients to this organisation meanwhile.
        tx.query<{ clients: number; users: number }>(
          `select (select count(*)::int from clients where id = any($1::uuid[])) as clients, (select count(*)::int from users where id = any($2::uuid[])) as users`,
          [
            [...DEMO_CLIENTS.map((c) => c.key), ...DEMO_PARTICIPANT_KEYS].map(demoClientId),
            DEMO_USERS.map((u) => demoUserId(u.key)),
          ],
        ),
      );
    const before = await count();
    expect((await seedDemo(db)).created).toBe(false);
    expect(await count()).toEqual(before);
    expect(before[0]).toEqual({ clients: DEMO_CLIENTS.length + DEMO_PARTICIPANT_KEYS.length, users: DEMO_USERS.length });
  });

  it('is reported by health, so the sign-in page can show the demo hint', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.json().demo).toBe(true);
  });

  it('has the personas of the source cases, with stable ids', async () => {
    const rows = await db.withOrg(DEMO_ORGANISATION.id, (tx) =>
      tx.query<{ given_name: string; birth_date: string; care_setting: string }>(
        `select given_name, birth_date, care_setting from clients where id = any($1::uuid[]) order by birth_date`,
        [DEMO_CLIENTS.map((c) => demoClientId(c.key))],
      ),
    );
    expect(rows.map((r) => r.given_name)).toEqual(['Ria', 'Henk', 'Joke', 'Samira', 'Kevin', 'Noor', 'Daan']);
    expect(rows.find((r) => r.given_name === 'Daan')?.birth_date).toBe('2017-04-09');
  });

  it('has a professional for every role the issues name, and each can sign in', async () => {
    const roles = new Set(DEMO_USERS.flatMap((u) => u.roles));
    for (const role of [
      'vaktherapeut',
      'ergotherapeut',
      'regiebehandelaar',
      'activiteitenbegeleider',
      'trajectbegeleider',
      'zorgcoordinator',
      'beheerder',
    ] as const) {
      expect(roles.has(role)).toBe(true);
    }
    const therapist = DEMO_USERS.find((u) => u.discipline === 'psychomotorische_therapie');
    if (!therapist) throw new Error('no PMT therapist');
    const session = await signIn(app, demoEmail(therapist), DEMO_PASSWORD);
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: session.cookie } });
    expect(me.json().organisation.name).toBe(DEMO_ORGANISATION.name);
    expect(me.json().user.discipline).toBe('psychomotorische_therapie');
  });

  const demoSignIn = (key: string) => signIn(app, `${key}@delinde.example`, DEMO_PASSWORD);

  it('makes the personas usable: therapists see their clients, the client sees who viewed her file', async () => {
    const lotte = await demoSignIn('lotte.hendriks');
    const mine = await app.inject({ method: 'GET', url: '/api/v1/clients', headers: lotte.headers });
    expect(mine.json().items.map((c: { givenName: string; relation: string }) => [c.givenName, c.relation])).toEqual([
      ['Samira', 'care_team'],
    ]);
    const record = await app.inject({ method: 'GET', url: `/api/v1/clients/${demoClientId('samira')}`, headers: lotte.headers });
    expect(record.statusCode).toBe(200);
    expect(record.json().abilities.treatment).toEqual({ read: true, write: true });

    const samira = await demoSignIn('samira.elamrani');
    const own = await app.inject({ method: 'GET', url: '/api/v1/clients', headers: samira.headers });
    expect(own.json().items).toMatchObject([{ id: demoClientId('samira'), relation: 'self' }]);
    const log = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${demoClientId('samira')}/access-log`,
      headers: samira.headers,
    });
    expect(log.statusCode).toBe(200);
    expect(log.json()).toContainEqual(
      expect.objectContaining({
        userName: 'Lotte Hendriks',
        role: 'vaktherapeut',
        basis: 'care_team',
        organisation: DEMO_ORGANISATION.name,
      }),
    );
  });

  it('the external werkbegeleider sees Kevin’s record only as far as Kevin’s consent goes', async () => {
    const gerrit = await demoSignIn('gerrit.post');
    const record = await app.inject({ method: 'GET', url: `/api/v1/clients/${demoClientId('kevin')}`, headers: gerrit.headers });
    expect(record.statusCode).toBe(200);
    expect(record.json().abilities).toMatchObject({
      participation_plan: { read: true, write: false },
      treatment: { read: false },
      // He keeps Kevin's presence on the work floor (a second consent, 003 L1805-1807).
      day_activities: { read: true, write: true },
    });
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/clients/${demoClientId('henk')}`, headers: gerrit.headers })).statusCode,
    ).toBe(403);
  });

  it('Greet looks along with Henk’s day activities as far as he shared them with her (003 L1912-1915)', async () => {
    const greet = await demoSignIn('greet.devries');
    const henk = demoClientId('henk');
    const plan = await app.inject({ method: 'GET', url: `/api/v1/clients/${henk}/participation-plan`, headers: greet.headers });
    expect(Object.keys(plan.json().plan).sort()).toEqual(['dreams', 'ladder', 'preferences', 'strengths']);
    const attendance = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${henk}/enrolments`,
      headers: greet.headers,
    });
    expect(attendance.statusCode).toBe(200);
    const treatment = await app.inject({ method: 'GET', url: `/api/v1/clients/${henk}/trajectories`, headers: greet.headers });
    expect(treatment.json().code).toBe('access.forbidden');
  });

  it('Daan’s mother acts for him as his parent; a therapist outside his team does not get in', async () => {
    const marloes = await demoSignIn('marloes.visser');
    const record = await app.inject({ method: 'GET', url: `/api/v1/clients/${demoClientId('daan')}`, headers: marloes.headers });
    expect(record.statusCode).toBe(200);
    expect(record.json().representatives).toMatchObject([
      { displayName: 'Marloes Visser (moeder van Daan en Noor)', relation: 'ouder' },
    ]);
    const marieke = await demoSignIn('marieke.bos');
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/clients/${demoClientId('daan')}`, headers: marieke.headers })).statusCode,
    ).toBe(403);
  });

  it('has a social map of at least 60 offers across the whole continuum, some stale, and a season of attendance', async () => {
    const sanne = await demoSignIn('sanne.peters');
    const offers = await app.inject({ method: 'GET', url: '/api/v1/offers?limit=200', headers: sanne.headers });
    const list = offers.json() as { form: string; stale: boolean }[];
    expect(list.length).toBeGreaterThanOrEqual(60);
    expect(new Set(list.map((o) => o.form)).size).toBe(8);
    expect(list.filter((o) => o.stale).length).toBeGreaterThan(0);
    const groups = await app.inject({ method: 'GET', url: '/api/v1/groups?mine=true', headers: sanne.headers });
    const demoGroups = (groups.json() as { id: string; participants: number }[]).filter((g) =>
      [stableId('group:spaander'), stableId('group:ontmoeting')].includes(g.id),
    );
    expect(demoGroups.map((g) => g.participants)).toEqual([22, 6]);
    const [row] = await db.withOrg(DEMO_ORGANISATION.id, (tx) =>
      tx.query<{ n: number }>(`select count(*)::int as n from attendance_records`),
    );
    expect(row?.n).toBeGreaterThan(500);
  });
});
