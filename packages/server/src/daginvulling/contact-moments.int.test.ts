import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { DEMO_ORGANISATION, DEMO_PASSWORD, demoClientId, demoUserId } from '../demo/demo-organisation.js';
import { seedDemo } from '../demo/seed-demo.js';
import { ApiClient } from '../testing/api-client.js';
import { buildTestApp } from '../testing/test-app.js';
import { createTestOrganisation, createTestUser, openTestDatabase } from '../testing/test-database.js';

interface Moment {
  id: string;
  version: number;
  date: string;
  minutes: number;
  kind: string;
  channel: string;
  place: string;
  report: string;
  nextStep: string;
  nextAppointment: string | null;
  recordedByName: string;
  recordedByMe: boolean;
  correctedAt: string | null;
  correctedByName: string | null;
}
interface Problem {
  code: string;
  errors?: { path: string; code?: string }[];
}

const VALID = {
  date: '2026-11-25',
  minutes: 30,
  kind: 'werkplekbezoek',
  channel: 'op_locatie',
  place: 'Fietsenmaker Assendorp',
  report: 'Proefdag besproken met de eigenaar; Kevin mag twee ochtenden per week komen.',
  nextStep: 'Kevin begint op dinsdag.',
  nextAppointment: '2026-12-09',
};

/**
 * Issue 14: a job coach records and reads back their one-to-one contact moments with the person they support
 * (003 L1677-1684, L3254-3257), only where the person shared them (003 L1912-1915), every access audited.
 */
describe('contact moments of a job coach', () => {
  let db: Database;
  let app: FastifyInstance;
  let lisa: ApiClient;
  let mohamed: ApiClient;
  let kevinSelf: ApiClient;
  // A therapist outside Kevin's team. Not a demo therapist: on PostgreSQL the test files share the demo organisation,
  // and another file may put Marieke in Kevin's care team (his PMT trajectory) before this one runs.
  let outsider: ApiClient;
  let outsiderId: string;
  const kevin = demoClientId('kevin');
  const url = `/api/v1/clients/${kevin}/contact-moments`;

  const inject = (api: ApiClient, method: 'POST' | 'PUT' | 'GET', path: string, payload?: object, ifMatch?: string) =>
    app.inject({
      method,
      url: path,
      headers: { ...api.session.headers, ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) },
      ...(payload ? { payload } : {}),
    });
  const problem = (response: LightMyRequestResponse) => response.json<Problem>();
  const signIn = (key: string) => ApiClient.signIn(app, `${key}@delinde.example`, DEMO_PASSWORD);
  // On PostgreSQL the test files share one database and the demo organisation: other files' requests as the same
  // demo people (the API fuzz, for one) leave audit records too, so each test reads only those written since it began.
  let since = 0;
  /** The audit records of `event` by a demo person (by key) or any user (by id), written since this test began. */
  const auditOf = (event: string, userKey: string) =>
    db.asOwner((tx) =>
      tx.query<{ outcome: string; problem_code: string | null; basis: string; object_type: string; object_id: string | null }>(
        `select outcome, problem_code, basis, object_type, object_id from audit_events
          where org_id = $1 and event = $2 and user_id = $3 and seq > $4 order by seq`,
        [DEMO_ORGANISATION.id, event, userKey.includes('-') ? userKey : demoUserId(userKey), since],
      ),
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db);
    app = await buildTestApp(db);
    lisa = await signIn('lisa.vos');
    mohamed = await signIn('mohamed.bouzid');
    kevinSelf = await signIn('kevin.mulder');
    const user = await createTestUser(db, DEMO_ORGANISATION.id, ['vaktherapeut'], 'Therapeut buiten het team');
    outsiderId = user.id;
    outsider = await ApiClient.signIn(app, user.email, user.password);
  });
  beforeEach(async () => {
    const [head] = await db.asOwner((tx) =>
      tx.query<{ seq: number }>(`select coalesce(max(seq), 0)::int as seq from audit_events where org_id = $1`, [
        DEMO_ORGANISATION.id,
      ]),
    );
    since = head?.seq ?? 0;
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('the external job coach reads Kevin’s contact moments he shared with a job coach, and may record one', async () => {
    const list = await lisa.get<{ items: Moment[]; canRecord: boolean }>(url);
    expect(list.canRecord).toBe(true);
    expect(list.items.map((m) => [m.date, m.kind, m.recordedByName, m.recordedByMe])).toEqual([
      ['2026-11-11', 'driegesprek', 'Mohamed Bouzid', false],
      ['2026-10-28', 'gesprek', 'Lisa Vos (jobcoach Werkfit)', true],
      ['2026-10-14', 'gesprek', 'Lisa Vos (jobcoach Werkfit)', true],
    ]);
    expect(await auditOf('contact_moment.list', 'lisa.vos')).toEqual([
      expect.objectContaining({ outcome: 'success', basis: 'consent' }),
    ]);
  });

  it('records a contact moment, audited with its id, and reads it back', async () => {
    const created = await inject(lisa, 'POST', url, VALID);
    expect(created.statusCode).toBe(201);
    const moment = created.json<Moment>();
    expect(created.headers.etag).toBe('"1"');
    expect(moment).toEqual(
      expect.objectContaining({ ...VALID, version: 1, recordedByName: 'Lisa Vos (jobcoach Werkfit)', recordedByMe: true }),
    );
    const list = await lisa.get<{ items: Moment[] }>(url);
    expect(list.items[0]).toEqual(moment);
    expect(await auditOf('contact_moment.create', 'lisa.vos')).toEqual([
      { outcome: 'success', problem_code: null, basis: 'consent', object_type: 'contact_moment', object_id: moment.id },
    ]);
    // The care team reads it in the timeline; the person reads it in their own record.
    const timeline = await mohamed.get<{ items: { id: string; kind: string; label: string }[] }>(
      `/api/v1/clients/${kevin}/timeline?pageSize=100`,
    );
    expect(timeline.items).toContainEqual(
      expect.objectContaining({ id: `contact-moment:${moment.id}`, kind: 'contact_moment', label: 'werkplekbezoek' }),
    );
    const own = await kevinSelf.get<{ items: Moment[]; canRecord: boolean }>(url);
    expect(own.items.map((m) => m.id)).toContain(moment.id);
    expect(own.canRecord).toBe(false);
  });

  it('bad input: problem+json with the field path and the rule’s code; nothing pre-selected is accepted', async () => {
    const missing = await inject(lisa, 'POST', url, { ...VALID, kind: undefined });
    expect(missing.statusCode).toBe(400);
    expect(problem(missing).code).toBe('request.invalid');
    expect(problem(missing).errors?.map((e) => e.path)).toContain('/body/kind');

    const unchosen = await inject(lisa, 'POST', url, { ...VALID, kind: null, channel: null });
    expect(unchosen.statusCode).toBe(422);
    expect(problem(unchosen).errors?.map((e) => [e.path, e.code])).toEqual([
      ['/body/kind', 'contact_moment.kind_required'],
      ['/body/channel', 'contact_moment.channel_required'],
    ]);

    const rules = await inject(lisa, 'POST', url, {
      ...VALID,
      date: '2099-01-01',
      minutes: 481,
      report: '   ',
      nextAppointment: '2098-12-31',
    });
    expect(rules.statusCode).toBe(422);
    expect(problem(rules).errors?.map((e) => [e.path, e.code])).toEqual([
      ['/body/date', 'contact_moment.future_date'],
      ['/body/minutes', 'contact_moment.minutes_out_of_range'],
      ['/body/report', 'contact_moment.report_required'],
      ['/body/nextAppointment', 'contact_moment.next_before_date'],
    ]);
    const zero = await inject(lisa, 'POST', url, { ...VALID, minutes: 0 });
    expect(problem(zero).errors?.map((e) => e.path)).toEqual(['/body/minutes']);

    const long = await inject(lisa, 'POST', url, { ...VALID, report: 'x'.repeat(2001) });
    expect(long.statusCode).toBe(400);
    expect(problem(long).errors?.map((e) => e.path)).toContain('/body/report');
    const extra = await inject(lisa, 'POST', url, { ...VALID, recordedBy: demoUserId('mohamed.bouzid') });
    expect(extra.statusCode).toBe(400);
  });

  it('corrects one’s own moment with If-Match, keeps every version, and refuses a stale or someone else’s correction', async () => {
    const created = (await inject(mohamed, 'POST', url, { ...VALID, kind: 'gesprek', date: '2026-11-26' })).json<Moment>();
    const path = `${url}/${created.id}`;
    const noHeader = await inject(mohamed, 'PUT', path, { ...VALID, kind: 'gesprek' });
    expect(noHeader.statusCode).toBe(400);
    expect(problem(noHeader).errors?.map((e) => e.path)).toEqual(['/headers/if-match']);

    const corrected = await inject(mohamed, 'PUT', path, { ...VALID, kind: 'gesprek', minutes: 50 }, '"1"');
    expect(corrected.statusCode).toBe(200);
    expect(corrected.headers.etag).toBe('"2"');
    expect(corrected.json<Moment>()).toEqual(expect.objectContaining({ version: 2, minutes: 50 }));

    const stale = await inject(mohamed, 'PUT', path, { ...VALID, kind: 'gesprek', minutes: 10 }, '"1"');
    expect(stale.statusCode).toBe(409);
    expect(problem(stale).code).toBe('resource.version_conflict');

    // Another job coach cannot rewrite his account, even with the right version.
    const notMine = await inject(lisa, 'PUT', path, { ...VALID, report: 'Anders verteld' }, '"2"');
    expect(notMine.statusCode).toBe(403);
    expect(problem(notMine).code).toBe('contact_moment.not_author');
    expect(await auditOf('contact_moment.correct', 'lisa.vos')).toEqual([
      expect.objectContaining({ outcome: 'denied', problem_code: 'contact_moment.not_author', object_id: created.id }),
    ]);

    const versions = await db.asOwner((tx) =>
      tx.query<{ version: number; minutes: number }>(
        `select version, minutes from contact_moment_versions where moment_id = $1 order by version`,
        [created.id],
      ),
    );
    expect(versions).toEqual([
      { version: 1, minutes: 30 },
      { version: 2, minutes: 50 },
    ]);
    const unknown = await inject(mohamed, 'PUT', `${url}/${demoUserId('nobody-here')}`, VALID, '"1"');
    expect(unknown.statusCode).toBe(404);
  });

  it('a corrected moment says by whom; every reader who may read it sees the earlier versions, audited', async () => {
    const created = (await inject(lisa, 'POST', url, { ...VALID, date: '2026-11-24', minutes: 20 })).json<Moment>();
    expect(created).toEqual(expect.objectContaining({ correctedAt: null, correctedByName: null }));
    const path = `${url}/${created.id}`;
    const corrected = await inject(
      lisa,
      'PUT',
      path,
      { ...VALID, date: '2026-11-24', minutes: 25, report: 'Beter verteld.' },
      '"1"',
    );
    expect(corrected.json<Moment>()).toEqual(
      expect.objectContaining({ version: 2, correctedByName: 'Lisa Vos (jobcoach Werkfit)', correctedAt: expect.any(String) }),
    );

    // The care team reads both versions, the newest first, with who wrote each and when.
    const versions = await inject(mohamed, 'GET', `${path}/versions`);
    expect(versions.statusCode, versions.body).toBe(200);
    expect(
      versions
        .json<{ items: { version: number; minutes: number; report: string; writtenByName: string; writtenAt: string }[] }>()
        .items.map((v) => [v.version, v.minutes, v.report, v.writtenByName]),
    ).toEqual([
      [2, 25, 'Beter verteld.', 'Lisa Vos (jobcoach Werkfit)'],
      [1, 20, VALID.report, 'Lisa Vos (jobcoach Werkfit)'],
    ]);
    expect(await auditOf('contact_moment.versions', 'mohamed.bouzid')).toEqual([
      { outcome: 'success', problem_code: null, basis: 'care_team', object_type: 'contact_moment', object_id: created.id },
    ]);
    // Kevin reads them in his own record.
    expect((await inject(kevinSelf, 'GET', `${path}/versions`)).statusCode).toBe(200);

    // Outside the team without consent, or where Kevin did not share his contact moments: refused, audited.
    const outside = await inject(outsider, 'GET', `${path}/versions`);
    expect([outside.statusCode, problem(outside).code]).toEqual([403, 'access.forbidden']);
    expect(outside.body).not.toContain('Beter verteld');
    expect(await auditOf('contact_moment.versions', outsiderId)).toEqual([
      expect.objectContaining({ outcome: 'denied', problem_code: 'access.forbidden', object_id: created.id }),
    ]);
    const gerrit = await signIn('gerrit.post');
    expect(problem(await inject(gerrit, 'GET', `${path}/versions`)).code).toBe('access.not_disclosed');
    // A moment of another client, or none at all: not found.
    const unknown = await inject(mohamed, 'GET', `${url}/${demoUserId('nobody-here')}/versions`);
    expect(unknown.statusCode).toBe(404);
  });

  it('50 parallel corrections of one version: one is kept, 49 meet a version conflict', async () => {
    const created = (await inject(lisa, 'POST', url, { ...VALID, date: '2026-11-27' })).json<Moment>();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        inject(lisa, 'PUT', `${url}/${created.id}`, { ...VALID, date: '2026-11-27', minutes: i + 1 }, '"1"'),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const rows = await db.asOwner((tx) =>
      tx.query<{ version: number }>(`select version from contact_moment_versions where moment_id = $1 order by version`, [
        created.id,
      ]),
    );
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
  });

  it('refuses the person themself, a therapist outside the team and a work-floor supervisor, each audited', async () => {
    const own = await inject(kevinSelf, 'POST', url, VALID);
    expect(own.statusCode).toBe(403);
    expect(problem(own).code).toBe('access.forbidden');

    for (const method of ['GET', 'POST'] as const) {
      const outside = await inject(outsider, method, url, method === 'POST' ? VALID : undefined);
      expect(outside.statusCode).toBe(403);
      expect(problem(outside).code).toBe('access.forbidden');
    }
    expect((await auditOf('contact_moment.create', outsiderId)).map((a) => [a.outcome, a.problem_code])).toEqual([
      ['denied', 'access.forbidden'],
    ]);
    expect((await auditOf('contact_moment.list', outsiderId)).map((a) => a.outcome)).toEqual(['denied']);

    // Gerrit keeps Kevin's presence (write consent), but Kevin did not share his contact moments with the work floor.
    const gerrit = await signIn('gerrit.post');
    const shop = await inject(gerrit, 'POST', url, VALID);
    expect(shop.statusCode).toBe(403);
    expect(problem(shop).code).toBe('access.not_disclosed');
    expect(problem(await inject(gerrit, 'GET', url))).toEqual(expect.objectContaining({ code: 'access.not_disclosed' }));

    // The care-team zorgcoördinator reads them but is no job coach: recording is for those who coach.
    const ingrid = await signIn('ingrid.meijer');
    expect((await ingrid.get<{ canRecord: boolean }>(url)).canRecord).toBe(false);
    const coordinator = await inject(ingrid, 'POST', url, VALID);
    expect(coordinator.statusCode).toBe(403);
    expect(problem(coordinator).code).toBe('contact_moment.recorder_role_not_allowed');
  });

  it('the external job coach’s write consent records contact moments but does not place Kevin in an offer (audited)', async () => {
    const offers = await mohamed.get<{ id: string }[]>('/api/v1/offers?internal=true');
    const offerId = offers[0]?.id ?? '';
    expect(offerId).not.toBe('');
    const placement = {
      offerId,
      groupId: null,
      agreedDays: ['di'],
      status: 'aangemeld',
      startedOn: '2026-12-08',
      financer: 'geen',
      indication: null,
    };
    const response = await inject(lisa, 'POST', `/api/v1/clients/${kevin}/enrolments`, placement);
    expect(response.statusCode).toBe(403);
    expect(problem(response).code).toBe('enrolment.care_team_only');
    expect((await auditOf('enrolment.create', 'lisa.vos')).map((a) => [a.outcome, a.problem_code, a.basis])).toEqual([
      ['denied', 'enrolment.care_team_only', 'consent'],
    ]);
  });

  it('another organisation does not reach Kevin nor his moments (the same refusal as for a client that is not there)', async () => {
    const other = await createTestOrganisation(db, 'Ander re-integratiebedrijf');
    const coach = await createTestUser(db, other, ['trajectbegeleider'], 'Elders Jobcoach');
    const api = await ApiClient.signIn(app, coach.email, coach.password);
    const read = await inject(api, 'GET', url);
    const write = await inject(api, 'POST', url, VALID);
    // The access mechanism answers a client it cannot see as it answers one it may not see: 403, so nobody learns
    // from the status whether an id exists elsewhere (client-access.ts); nothing of Kevin is in the answer.
    expect([read.statusCode, write.statusCode]).toEqual([403, 403]);
    expect(problem(read).code).toBe('access.forbidden');
    expect(read.body).not.toContain('Fietsenmaker');
    const [moment] = await db.asOwner((tx) => tx.query<{ id: string }>(`select id from contact_moments limit 1`));
    // Its own client id with Kevin's moment id: row-level security hides the moment, not found.
    const ownClient = await db.withOrg(other, (tx) =>
      tx.query<{ id: string }>(
        `insert into clients (org_id, given_name, family_name, birth_date, care_setting) values ($1, 'Eigen', 'Cliënt', '1990-01-01', 'thuis') returning id`,
        [other],
      ),
    );
    expect(DEMO_ORGANISATION.id).not.toBe(other);
    const clientId = ownClient[0]?.id ?? '';
    await db.withOrg(other, (tx) =>
      tx.query(
        `insert into care_team_members (org_id, client_id, user_id, role, valid_from, added_by) values ($1, $2, $3, 'trajectbegeleider', '2020-01-01', $3)`,
        [other, clientId, coach.id],
      ),
    );
    const hidden = await inject(api, 'PUT', `/api/v1/clients/${clientId}/contact-moments/${moment?.id ?? ''}`, VALID, '"1"');
    expect(hidden.statusCode).toBe(404);
  });

  it('once Kevin no longer shares his contact moments with a job coach, the external job coach is refused', async () => {
    const mine = await inject(kevinSelf, 'GET', `/api/v1/clients/${kevin}/participation-plan`);
    const { plan, version } = mine.json<{ version: number; plan: { disclosure: { audience: string; sections: string[] }[] } }>();
    const disclosure = plan.disclosure.map((d) =>
      d.audience === 'trajectbegeleider' ? { ...d, sections: d.sections.filter((s) => s !== 'contactMoments') } : d,
    );
    const saved = await inject(
      kevinSelf,
      'PUT',
      `/api/v1/clients/${kevin}/participation-plan`,
      { plan: { ...plan, disclosure } },
      `"${version}"`,
    );
    expect(saved.statusCode).toBe(200);
    for (const method of ['GET', 'POST'] as const) {
      const refused = await inject(lisa, method, url, method === 'POST' ? VALID : undefined);
      expect(refused.statusCode).toBe(403);
      expect(problem(refused).code).toBe('access.not_disclosed');
    }
    expect((await auditOf('contact_moment.create', 'lisa.vos')).at(-1)).toEqual(
      expect.objectContaining({ outcome: 'denied', problem_code: 'access.not_disclosed' }),
    );
    // Mohamed is on Kevin's care team: the disclosure is for those outside it.
    expect((await mohamed.get<{ canRecord: boolean }>(url)).canRecord).toBe(true);
    // Kevin shares them again: on PostgreSQL the other test files read the same demo organisation after this one.
    const restored = await inject(kevinSelf, 'PUT', `/api/v1/clients/${kevin}/participation-plan`, { plan }, `"${version + 1}"`);
    expect(restored.statusCode).toBe(200);
  });
});
