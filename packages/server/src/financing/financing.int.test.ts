import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { insertOffer } from '../daginvulling/offer-store.js';
import { MATRIX_OFFER } from '../testing/client-record-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  linkClientAccount,
  openTestDatabase,
  type TestUser,
} from '../testing/test-database.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const session = (date: string, extra: object = {}) => ({
  id: randomUUID(),
  date,
  form: 'individueel',
  setting: 'praktijk',
  homeVisitReason: null,
  directMinutes: 60,
  indirectMinutes: 0,
  activities: 'x',
  observations: 'x',
  sessionEvaluation: 'x',
  groupSessionId: null,
  outcomeMeasured: false,
  startTime: '10:00',
  ...extra,
});

/** A trajectory as the event stream stores it: referred, indication set, plan agreed, then the sessions. */
async function insertTrajectory(
  db: Database,
  orgId: string,
  clientId: string,
  therapist: TestUser,
  discipline: string,
  sessions: object[],
  referral: { source?: string; requestType?: string; funding?: string; regiebehandelaarId?: string | null } = {},
): Promise<string> {
  const id = randomUUID();
  const events: object[] = [
    {
      type: 'referred',
      referral: {
        discipline,
        source: referral.source ?? 'huisarts_poh',
        requestType: referral.requestType ?? 'behandeling',
        funding: referral.funding ?? 'zvw',
        referrerName: 'Huisarts',
        question: 'Hulpvraag',
        therapistId: therapist.id,
        regiebehandelaarId: referral.regiebehandelaarId ?? null,
        receivedOn: '2026-01-02',
      },
    },
    { type: 'indication_set', focus: 'x', rationale: 'x' },
    { type: 'plan_agreed', version: 1, agreedBy: 'client', date: '2026-01-05' },
    ...sessions.map((s) => ({ type: 'session_recorded', session: s })),
  ];
  await db.withOrg(orgId, async (tx) => {
    await tx.query(
      `insert into trajectories (id, org_id, client_id, discipline, request_type, therapist_id, state, last_seq)
       values ($1, $2, $3, $4, $5, $6, 'in_behandeling', $7)`,
      [id, orgId, clientId, discipline, referral.requestType ?? 'behandeling', therapist.id, events.length],
    );
    for (const [i, data] of events.entries())
      await tx.query(
        `insert into trajectory_events (org_id, trajectory_id, seq, type, data, actor_id, at) values ($1, $2, $3, $4, $5, $6, now())`,
        [orgId, id, i + 1, (data as { type: string }).type, JSON.stringify(data), therapist.id],
      );
  });
  return id;
}

async function registerTherapist(db: Database, orgId: string, user: TestUser, discipline: string, profession?: string) {
  await db.withOrg(orgId, (tx) =>
    tx.query(`update users set discipline = $2 where id = $1`, [user.id, discipline === 'none' ? null : discipline]),
  );
  await db.asOwner((tx) =>
    tx.query(
      `update users set register = 'register_vaktherapie', registration_number = '123456', profession = $2 where id = $1`,
      [user.id, profession ?? null],
    ),
  );
}

describe('financing: entitlements, classification, month overview, funding, ergotherapie', { timeout: 300_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let adultId: string;
  let childId: string;
  let planner: Session;
  let therapist: Session;
  let supervisorSession: Session;
  let clientSelf: Session;
  let musicTherapist: TestUser;
  let ergotherapist: TestUser;
  let musicTrajectory: string;
  let childTrajectory: string;
  let attendanceId: string;
  let sessionId: string;

  const send = async (who: Session, method: 'GET' | 'PUT', url: string, payload?: object, headers: object = {}) => {
    const response = await app.inject({
      method,
      url,
      headers: { ...who.headers, ...headers },
      ...(payload ? { payload } : {}),
    });
    return { status: response.statusCode, body: response.json() as Json, etag: response.headers.etag };
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Financiering');
    adultId = await createTestClient(db, orgId, '1980-03-01');
    childId = await createTestClient(db, orgId, '2012-06-15');
    const plannerUser = await createTestUser(db, orgId, ['planner']);
    musicTherapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Muziektherapeut');
    ergotherapist = await createTestUser(db, orgId, ['ergotherapeut'], 'Ergotherapeut');
    const agogue = await createTestUser(db, orgId, ['activiteitenbegeleider'], 'Muziekagoog');
    const clientUser = await createTestUser(db, orgId, ['client']);
    await linkClientAccount(db, orgId, clientUser.id, adultId);
    await registerTherapist(db, orgId, musicTherapist, 'muziektherapie');
    await registerTherapist(db, orgId, ergotherapist, 'ergotherapie');
    await db.asOwner((tx) => tx.query(`update users set profession = 'agoog' where id = $1`, [agogue.id]));
    for (const client of [adultId, childId]) {
      await addToCareTeam(db, orgId, client, musicTherapist.id, 'vaktherapeut');
      await addToCareTeam(db, orgId, client, agogue.id, 'activiteitenbegeleider');
    }
    await addToCareTeam(db, orgId, adultId, ergotherapist.id, 'ergotherapeut');

    // Seed 000's question: "Muziek" as treatment by a registered music therapist, and as a day activity with a music agogue.
    const musicSession = session('2026-03-10', { startTime: '10:00' });
    sessionId = musicSession.id;
    musicTrajectory = await insertTrajectory(db, orgId, adultId, musicTherapist, 'muziektherapie', [musicSession], {
      regiebehandelaarId: musicTherapist.id,
    });
    childTrajectory = await insertTrajectory(db, orgId, childId, musicTherapist, 'muziektherapie', [session('2026-03-11')]);
    await db.withOrg(orgId, async (tx) => {
      const offerId = await insertOffer(
        tx,
        orgId,
        { ...MATRIX_OFFER, name: 'Muziek', form: 'belevingsgerichte_dagbesteding' },
        '2026-01-01',
      );
      const [group] = await tx.query<{ id: string }>(
        `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, supervisor_ids, season_from)
         values ($1, $2, 'Muziek', '[]', 'Zaal', 10, $3, '2026-01-01') returning id`,
        [orgId, offerId, [agogue.id]],
      );
      const [occurrence] = await tx.query<{ id: string }>(
        `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, '2026-03-12', '13:00', '15:00') returning id`,
        [orgId, group?.id],
      );
      const [attendance] = await tx.query<{ id: string }>(
        `insert into attendance_records (org_id, occurrence_id, client_id, status, arrival, departure, minutes, recorded_by)
         values ($1, $2, $3, 'aanwezig', '13:00', '15:00', 120, $4) returning id`,
        [orgId, occurrence?.id, adultId, agogue.id],
      );
      attendanceId = attendance?.id ?? '';
    });

    planner = await signIn(app, plannerUser.email, plannerUser.password);
    therapist = await signIn(app, musicTherapist.email, musicTherapist.password);
    supervisorSession = await signIn(app, agogue.email, agogue.password);
    clientSelf = await signIn(app, clientUser.email, clientUser.password);
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  const entitlements = (extra: object = {}) => ({
    wlz: [],
    wmo: [],
    jeugdwet: [],
    participatiewet: [],
    insurance: [{ from: '2026-01-01', until: null, uzovi: '3311', insuredNumber: '12345', supplementaryPolicyId: null }],
    ...extra,
  });

  it('entitlements: saved as a new version, BSN masked, stale and parallel writes refused', async () => {
    const url = `/api/v1/clients/${adultId}/entitlements`;
    const empty = await send(planner, 'GET', url);
    expect(empty.body).toMatchObject({ version: 0, bsnMasked: null });
    const saved = await send(planner, 'PUT', url, { bsn: '111222333', entitlements: entitlements() }, { 'if-match': '"0"' });
    expect(saved.status).toBe(200);
    const read = await send(planner, 'GET', url);
    expect(read.body.bsnMasked).toBe('******333');
    expect(JSON.stringify(read.body)).not.toContain('111222333');
    expect(read.body.entitlements.insurance[0]).toMatchObject({ uzovi: '3311', from: '2026-01-01', until: null });
    const stale = await send(planner, 'PUT', url, { entitlements: entitlements() }, { 'if-match': '"0"' });
    expect([stale.status, stale.body.code]).toEqual([409, 'resource.version_conflict']);
    // Without a BSN in the body, the current one stays.
    const kept = await send(planner, 'PUT', url, { entitlements: entitlements() }, { 'if-match': '"1"' });
    expect(kept.status).toBe(200);
    expect((await send(planner, 'GET', url)).body.bsnMasked).toBe('******333');

    const parallel = await Promise.all(
      Array.from({ length: 50 }, () => send(planner, 'PUT', url, { entitlements: entitlements() }, { 'if-match': '"2"' })),
    );
    expect(parallel.filter((r) => r.status === 200)).toHaveLength(1);
    expect(parallel.filter((r) => r.status === 409)).toHaveLength(49);
  });

  it('entitlements: a BSN that fails the eleven test and a broken allocation answer with their codes and paths', async () => {
    const url = `/api/v1/clients/${childId}/entitlements`;
    const bad = await send(planner, 'PUT', url, { bsn: '123456789', entitlements: entitlements() }, { 'if-match': '"0"' });
    expect([bad.status, bad.body.code, bad.body.errors[0].path]).toEqual([422, 'financing.bsn_invalid', '/body/bsn']);
    const allocation = {
      from: '2026-01-01',
      until: '2026-12-31',
      allocationNumber: 'A1',
      municipalityCode: '0193',
      productCategory: '99',
      productCode: null,
      volume: 8,
      unit: '16',
      frequency: '2',
      tariffCents: 5000,
    };
    const broken = await send(planner, 'PUT', url, { entitlements: entitlements({ wmo: [allocation] }) }, { 'if-match': '"0"' });
    expect([broken.status, broken.body.code]).toEqual([422, 'financing.allocation_invalid']);
    expect(broken.body.errors[0].path).toMatch(/^\/body\/entitlements\/wmo\/0\//);
  });

  it('entitlements: the treating therapist reads but does not write; a day-activity supervisor sees nothing', async () => {
    const url = `/api/v1/clients/${adultId}/entitlements`;
    expect((await send(therapist, 'GET', url)).status).toBe(200);
    const write = await send(therapist, 'PUT', url, { entitlements: entitlements() }, { 'if-match': '"3"' });
    expect([write.status, write.body.code]).toEqual([403, 'access.forbidden']);
    const read = await send(supervisorSession, 'GET', url);
    expect([read.status, read.body.code]).toEqual([403, 'access.forbidden']);
  });

  it('classifies the same activity as treatment (registered therapist, plan) and as day activity (agogue), with reasons from seed 000', async () => {
    const treatment = await send(
      therapist,
      'GET',
      `/api/v1/clients/${adultId}/services/session/${sessionId}/classification?date=2026-03-10`,
    );
    expect(treatment.status).toBe(200);
    expect(treatment.body).toMatchObject({ kind: 'behandeling', frame: 'zvw', payer: 'insurer' });
    expect(treatment.body.reasons.some((r: Json) => String(r.source).startsWith('000'))).toBe(true);

    const day = await send(
      planner,
      'GET',
      `/api/v1/clients/${adultId}/services/attendance/${attendanceId}/classification?date=2026-03-12`,
    );
    expect(day.status).toBe(200);
    expect(day.body.kind).toBe('daginvulling');
    expect(day.body.reasons.some((r: Json) => String(r.source).startsWith('000'))).toBe(true);

    const missing = await send(
      planner,
      'GET',
      `/api/v1/clients/${adultId}/services/session/${randomUUID()}/classification?date=2026-03-10`,
    );
    expect([missing.status, missing.body.code]).toEqual([404, 'resource.not_found']);
  });

  it('the month overview lists each line with kind, frame, payer and reasons; audited once', async () => {
    const before = (await auditRows(db, orgId)).length;
    const month = await send(planner, 'GET', `/api/v1/clients/${adultId}/financing/months/2026-03`);
    expect(month.status).toBe(200);
    expect(month.body.lines.map((l: Json) => [l.date, l.kind])).toEqual([
      ['2026-03-10', 'behandeling'],
      ['2026-03-12', 'daginvulling'],
    ]);
    for (const line of month.body.lines) expect(line.reasons.length).toBeGreaterThan(0);
    expect(month.body.blockers).toEqual([]);
    const audits = (await auditRows(db, orgId)).slice(before);
    expect(audits.map((a) => [a.event, a.outcome])).toEqual([['financing.month_read', 'success']]);
    const bad = await send(planner, 'GET', `/api/v1/clients/${adultId}/financing/months/2026-13`);
    expect(bad.status).toBe(400);
  });

  it('a minute paid twice blocks declaring the month (the same hour to the insurer and to the client)', async () => {
    const clientId = await createTestClient(db, orgId, '1975-01-01');
    await addToCareTeam(db, orgId, clientId, musicTherapist.id, 'vaktherapeut');
    const first = session('2026-04-07', { startTime: '10:00' });
    const second = session('2026-04-07', { startTime: '10:30' });
    await insertTrajectory(db, orgId, clientId, musicTherapist, 'muziektherapie', [first], {
      regiebehandelaarId: musicTherapist.id,
    });
    // The same hour again under another trajectory, paid privately (no regiebehandelaar, no supplementary cover).
    await insertTrajectory(db, orgId, clientId, musicTherapist, 'muziektherapie', [second]);
    const month = await send(planner, 'GET', `/api/v1/clients/${clientId}/financing/months/2026-04`);
    expect(month.status).toBe(200);
    expect(month.body.blockers.map((b: Json) => b.code)).toContain('financing.double_funding_overlap');
  });

  it('funding: derived and shown; under 18 the Zvw is refused; another frame needs a reason, audited with it', async () => {
    const url = `/api/v1/clients/${childId}/trajectories/${childTrajectory}/funding`;
    const shown = await send(therapist, 'GET', url);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ version: 0, referralFunding: 'zvw', chosen: 'jeugdwet', overridden: false });
    expect(shown.body.derived.frame).toBe('jeugdwet');

    const zvw = await send(therapist, 'PUT', url, { frame: 'zvw', reason: 'verwijzer schreef Zvw' }, { 'if-match': '"0"' });
    expect([zvw.status, zvw.body.code]).toEqual([422, 'financing.payer_not_allowed_for_age']);

    const alternative = shown.body.alternatives[0] as string;
    expect(alternative).toBeDefined();
    {
      const noReason = await send(therapist, 'PUT', url, { frame: alternative, reason: null }, { 'if-match': '"0"' });
      expect([noReason.status, noReason.body.code]).toEqual([422, 'financing.override_reason_required']);
      const before = (await auditRows(db, orgId)).length;
      const chosen = await send(
        therapist,
        'PUT',
        url,
        { frame: alternative, reason: 'Ouders betalen zelf' },
        { 'if-match': '"0"' },
      );
      expect(chosen.status).toBe(200);
      expect(chosen.body).toMatchObject({ version: 1, chosen: alternative, overridden: true, reason: 'Ouders betalen zelf' });
      const audits = (await auditRows(db, orgId)).slice(before);
      expect(audits.map((a) => [a.event, a.outcome, a.reason])).toEqual([['funding.decide', 'success', 'Ouders betalen zelf']]);
      // The month follows the override: the session's line goes to the chosen frame, and says why.
      const month = await send(planner, 'GET', `/api/v1/clients/${childId}/financing/months/2026-03`);
      const line = month.body.lines.find((l: Json) => l.date === '2026-03-11');
      expect(line.frame).toBe(alternative);
      const overridden = line.reasons.find((r: Json) => r.code === 'funding_overridden');
      expect(overridden.nl).toContain('Met reden gewijzigd');
      expect(overridden.nl).toContain('Ouders betalen zelf');
    }
    const refusedWrite = await send(supervisorSession, 'GET', url);
    expect([refusedWrite.status, refusedWrite.body.code]).toEqual([403, 'access.forbidden']);
  });

  it('funding: an adult under a regiebehandelaar is Zvw; parallel decisions on one version, one wins', async () => {
    const url = `/api/v1/clients/${adultId}/trajectories/${musicTrajectory}/funding`;
    const shown = await send(therapist, 'GET', url);
    expect(shown.body.derived).toMatchObject({ frame: 'zvw', eigenRisico: true });
    const frame = shown.body.alternatives[0] as string;
    expect(frame).toBeDefined();
    const parallel = await Promise.all(
      Array.from({ length: 50 }, () => send(therapist, 'PUT', url, { frame, reason: 'Cliënt kiest' }, { 'if-match': '"0"' })),
    );
    expect(parallel.filter((r) => r.status === 200)).toHaveLength(1);
    expect(parallel.filter((r) => r.status === 409)).toHaveLength(49);
  });

  it('ergotherapie: 10 hours basic cover, quarter 41 is self-pay; the client reads their own statement', async () => {
    const hours = Array.from({ length: 11 }, (_, i) =>
      session(`2026-02-${String(i + 2).padStart(2, '0')}`, { startTime: '09:00', ergoContactType: 'individuele_zitting' }),
    );
    await insertTrajectory(db, orgId, adultId, ergotherapist, 'ergotherapie', hours);
    const statement = await send(clientSelf, 'GET', `/api/v1/clients/${adultId}/ergotherapie/statement?year=2026`);
    expect(statement.status).toBe(200);
    expect(statement.body).toMatchObject({
      year: 2026,
      basic: { limit: 40, used: 40, left: 0 },
      selfPay: { quarters: 4 },
      hoursUsed: 10,
      hoursLeft: 0,
      eigenRisicoApplies: true,
    });
    const month = await send(planner, 'GET', `/api/v1/clients/${adultId}/financing/months/2026-02`);
    const covers = month.body.lines.map((l: Json) => l.frame);
    expect(covers).toContain('particulier');
    const none = await send(planner, 'GET', `/api/v1/clients/${adultId}/ergotherapie/statement?year=1999`);
    expect(none.status).toBe(400);
  });

  it('ergotherapie preview before a session: quarter 40 is still covered, quarter 41 is self-pay with a warning', async () => {
    const fresh = await createTestClient(db, orgId, '1975-05-05');
    await addToCareTeam(db, orgId, fresh, ergotherapist.id, 'ergotherapeut');
    // 9 hours and 45 minutes used: 39 of the 40 quarters of basic cover (004 L109-110).
    const used = Array.from({ length: 10 }, (_, i) =>
      session(`2026-04-${String(i + 1).padStart(2, '0')}`, {
        startTime: '09:00',
        ergoContactType: 'individuele_zitting',
        directMinutes: i === 9 ? 45 : 60,
      }),
    );
    await insertTrajectory(db, orgId, fresh, ergotherapist, 'ergotherapie', used);
    const ergo = await signIn(app, ergotherapist.email, ergotherapist.password);
    const preview = (minutes: number) =>
      send(ergo, 'GET', `/api/v1/clients/${fresh}/ergotherapie/preview?date=2026-05-04&minutes=${minutes}`);
    const fortieth = await preview(15);
    expect(fortieth.status).toBe(200);
    expect(fortieth.body).toEqual({ quarters: 1, basis: 1, aanvullend: 0, eigen_betaling: 0, warning: null });
    const fortyFirst = await preview(30);
    expect(fortyFirst.body).toMatchObject({ quarters: 2, basis: 1, aanvullend: 0, eigen_betaling: 1 });
    expect(fortyFirst.body.warning).toMatchObject({ code: 'cover_will_be_exceeded', source: '004 L109-110' });
    // Nothing was written: the statement still shows 39 quarters used.
    const statement = await send(ergo, 'GET', `/api/v1/clients/${fresh}/ergotherapie/statement?year=2026`);
    expect(statement.body.basic).toMatchObject({ used: 39, left: 1 });
    const noParameters = await preview(0);
    expect(noParameters.status).toBe(400);
  });
});
