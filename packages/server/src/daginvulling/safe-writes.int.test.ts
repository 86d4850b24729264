import { connect } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import { createDayGroup, enrol, type DayGroup } from '../testing/day-group-fixture.js';
import {
  addToCareTeam,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
  TEST_PASSWORD,
} from '../testing/test-database.js';

/**
 * Issue 11, findings 5, 6 and 7 on the day-activity side: one current attendance record per
 * participant under parallel saves, bad input answered with a 4xx problem (never a 500), and the
 * day-activity writes that must be refused with codes of their own. Runs on PGlite and, with
 * DATABASE_URL, on PostgreSQL (where parallel saves really run in parallel).
 */

const problemOf = (response: LightMyRequestResponse) => ({
  status: response.statusCode,
  type: String(response.headers['content-type']).split(';')[0],
  code: (response.json() as { code: string }).code,
});

describe('safe writes on the day-activity side', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let day: DayGroup;
  let begeleider: Session;
  const clients: string[] = [];

  const request = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method,
      url,
      headers: { ...begeleider.headers, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { uploadMaxFileBytes: 2048, uploadQuotaBytes: 3000 });
    orgId = await createTestOrganisation(db, 'Dagbesteding');
    day = await createDayGroup(db, orgId);
    const user = await createTestUser(db, orgId, ['activiteitenbegeleider'], 'Begeleider');
    for (let i = 0; i < 3; i++) {
      const clientId = await createTestClient(db, orgId, '1990-01-01');
      await addToCareTeam(db, orgId, clientId, user.id, 'activiteitenbegeleider');
      await enrol(db, orgId, clientId, day);
      clients.push(clientId);
    }
    begeleider = await signIn(app, user.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  describe('finding 5: one current attendance record per participant', () => {
    it('50 parallel saves of one roll call end with one current record each, the minutes of the last acknowledged save', async () => {
      const [first, second] = clients;
      const acknowledged: number[] = [];
      const saves = Array.from({ length: 50 }, async (_, i) => {
        const minutes = i + 1;
        const response = await request('POST', `/api/v1/occurrences/${day.pastOccurrenceId}/roll-call`, {
          records: [
            { clientId: first, status: 'aanwezig', minutes },
            { clientId: second, status: 'online', minutes },
          ],
        });
        expect(response.statusCode, response.body).toBe(200);
        acknowledged.push(minutes);
      });
      await Promise.all(saves);
      const rows = await db.asOwner((tx) =>
        tx.query<{ client_id: string; current: number; total: number; minutes: number[] }>(
          `select r.client_id, count(*) filter (where not exists (select 1 from attendance_records s where s.supersedes = r.id))::int as current,
                  count(*)::int as total,
                  array_agg(r.minutes) filter (where not exists (select 1 from attendance_records s where s.supersedes = r.id)) as minutes
             from attendance_records r where r.occurrence_id = $1 group by r.client_id order by r.client_id`,
          [day.pastOccurrenceId],
        ),
      );
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        expect(row).toMatchObject({ current: 1, total: 50, minutes: [acknowledged.at(-1)] });
      }
      // The roll call shows the same.
      const rollCall = (await request('GET', `/api/v1/occurrences/${day.pastOccurrenceId}/roll-call`)).json() as {
        participants: { clientId: string; record: { minutes: number } | null }[];
      };
      expect(rollCall.participants.find((p) => p.clientId === first)?.record?.minutes).toBe(acknowledged.at(-1));
    });

    it('the database itself refuses a second first record and a second correction of the same record', async () => {
      const third = clients[2];
      await db.withOrg(orgId, (tx) =>
        tx.query(
          `insert into attendance_records (org_id, occurrence_id, client_id, status, minutes, recorded_by) values ($1, $2, $3, 'ziek', 0, $3)`,
          [orgId, day.pastOccurrenceId, third],
        ),
      );
      const again = db.withOrg(orgId, (tx) =>
        tx.query(
          `insert into attendance_records (org_id, occurrence_id, client_id, status, minutes, recorded_by) values ($1, $2, $3, 'ziek', 0, $3)`,
          [orgId, day.pastOccurrenceId, third],
        ),
      );
      await expect(again).rejects.toThrow(/attendance_records_one_first/);
      const [root] = await db.asOwner((tx) =>
        tx.query<{ id: string }>(`select id from attendance_records where client_id = $1`, [third]),
      );
      const correct = () =>
        db.withOrg(orgId, (tx) =>
          tx.query<{ id: string }>(
            `insert into attendance_records (org_id, occurrence_id, client_id, status, minutes, supersedes, recorded_by)
             values ($1, $2, $3, 'afwezig_gemeld', 0, $4, $3) returning id`,
            [orgId, day.pastOccurrenceId, third, root?.id],
          ),
        );
      const [correction] = await correct();
      await expect(correct()).rejects.toThrow(/attendance_records_superseded_once/);
      // A record can only correct a record of the same occurrence and participant.
      const foreign = db.withOrg(orgId, (tx) =>
        tx.query(
          `insert into attendance_records (org_id, occurrence_id, client_id, status, minutes, supersedes, recorded_by)
           values ($1, $2, $3, 'ziek', 0, $4, $3)`,
          [orgId, day.pastOccurrenceId, clients[0], correction?.id],
        ),
      );
      await expect(foreign).rejects.toThrow(/attendance_records_same_chain/);
    });
  });

  describe('finding 7: day-activity writes refused with codes of their own', () => {
    it('refuses more minutes than the session lasts (1,440 for 10:00-11:00), also through arrival and departure', async () => {
      const tooMany = await request('POST', `/api/v1/occurrences/${day.pastOccurrenceId}/roll-call`, {
        records: [{ clientId: clients[0], status: 'aanwezig', minutes: 1440 }],
      });
      expect(problemOf(tooMany)).toEqual({
        status: 422,
        type: 'application/problem+json',
        code: 'attendance.minutes_exceed_session',
      });
      expect((tooMany.json() as { errors: { path: string }[] }).errors[0]?.path).toBe('/body/records/0/minutes');
      const longStay = await request('POST', `/api/v1/occurrences/${day.pastOccurrenceId}/roll-call`, {
        records: [{ clientId: clients[0], status: 'aanwezig', arrival: '08:00', departure: '16:00' }],
      });
      expect(problemOf(longStay).code).toBe('attendance.minutes_exceed_session');
      // Exactly the session is fine.
      const whole = await request('POST', `/api/v1/occurrences/${day.pastOccurrenceId}/roll-call`, {
        records: [{ clientId: clients[0], status: 'aanwezig', minutes: 60 }],
      });
      expect(whole.statusCode).toBe(200);
    });

    it('refuses presence on a future date, but takes an absence reported in advance', async () => {
      const future = await request('POST', `/api/v1/occurrences/${day.futureOccurrenceId}/roll-call`, {
        records: [{ clientId: clients[0], status: 'aanwezig' }],
      });
      expect(problemOf(future)).toEqual({ status: 422, type: 'application/problem+json', code: 'attendance.future_date' });
      const notice = await request('POST', `/api/v1/occurrences/${day.futureOccurrenceId}/roll-call`, {
        records: [{ clientId: clients[0], status: 'afwezig_gemeld', note: 'Naar de tandarts' }],
      });
      expect(notice.statusCode).toBe(200);
    });

    it('refuses the same person twice in one roll call', async () => {
      const twice = await request('POST', `/api/v1/occurrences/${day.pastOccurrenceId}/roll-call`, {
        records: [
          { clientId: clients[1], status: 'aanwezig' },
          { clientId: clients[1], status: 'ziek' },
        ],
      });
      expect(problemOf(twice).code).toBe('attendance.duplicate_participant');
      expect((twice.json() as { errors: { path: string }[] }).errors[0]?.path).toBe('/body/records/1/clientId');
    });

    it('refuses an enrolment whose offer differs from the group’s offer; the database refuses it too', async () => {
      const body = (offerId: string) => ({
        offerId,
        groupId: day.groupId,
        agreedDays: ['ma'],
        status: 'actief',
        startedOn: '2024-01-01',
        financer: 'wmo',
        indication: null,
      });
      const mismatch = await request('POST', `/api/v1/clients/${clients[2]}/enrolments`, body(day.otherOfferId));
      expect(problemOf(mismatch)).toEqual({
        status: 422,
        type: 'application/problem+json',
        code: 'enrolment.group_offer_mismatch',
      });
      expect((mismatch.json() as { errors: { path: string }[] }).errors[0]?.path).toBe('/body/groupId');
      expect((await request('POST', `/api/v1/clients/${clients[2]}/enrolments`, body(day.offerId))).statusCode).toBe(201);
      const direct = db.withOrg(orgId, (tx) =>
        tx.query(
          `insert into enrolments (org_id, client_id, offer_id, group_id, status, started_on, financer, unit_rule)
           values ($1, $2, $3, $4, 'actief', '2024-01-01', 'wmo', '{"kind":"minuut","countOnline":true}')`,
          [orgId, clients[2], day.otherOfferId, day.groupId],
        ),
      );
      await expect(direct).rejects.toThrow(/enrolments_group_of_offer/);
    });
  });

  describe('finding 6: bad input is a 4xx problem, never a 500', () => {
    it('refuses a NUL character in a text, a property name, a query and a path, with its field path', async () => {
      const inText = await request('POST', `/api/v1/clients/${clients[0]}/participation-plan/comments`, { text: 'a\u0000b' });
      expect(problemOf(inText)).toEqual({ status: 400, type: 'application/problem+json', code: 'request.nul_character' });
      expect((inText.json() as { errors: { path: string }[] }).errors[0]?.path).toBe('/body/text');
      const inKey = await request('POST', `/api/v1/clients/${clients[0]}/participation-plan/comments`, { 'te\u0000xt': 'x' });
      expect(problemOf(inKey).code).toBe('request.nul_character');
      const inQuery = await request('GET', `/api/v1/clients/${clients[0]}/attendance?month=2024%00-03`);
      expect(problemOf(inQuery).code).toBe('request.nul_character');
      const inPath = await request('GET', `/api/v1/occurrences/abc%00/roll-call`);
      expect(problemOf(inPath).code).toBe('request.nul_character');
    });

    it('refuses a required text of only spaces, and an upload named "   "', async () => {
      const blank = await request('POST', `/api/v1/clients/${clients[0]}/participation-plan/comments`, { text: ' \t\n ' });
      expect(problemOf(blank)).toEqual({ status: 400, type: 'application/problem+json', code: 'request.blank_text' });
      expect((blank.json() as { errors: { path: string }[] }).errors[0]?.path).toBe('/body/text');
      const upload = await request('POST', `/api/v1/clients/${clients[0]}/portfolio-files`, {
        name: '   ',
        contentType: 'application/pdf',
        dataBase64: Buffer.from('%PDF-1.4 test').toString('base64'),
      });
      expect(problemOf(upload).status).toBe(400);
      expect((upload.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain('/body/name');
      const slashed = await request('POST', `/api/v1/clients/${clients[0]}/portfolio-files`, {
        name: '../../etc/passwd',
        contentType: 'application/pdf',
        dataBase64: Buffer.from('%PDF-1.4 test').toString('base64'),
      });
      expect(problemOf(slashed)).toMatchObject({ status: 400, code: 'request.invalid' });
    });

    it('refuses integers beyond the column type', async () => {
      const huge = await request('POST', `/api/v1/occurrences/${day.pastOccurrenceId}/roll-call`, {
        records: [{ clientId: clients[0], status: 'aanwezig', minutes: 2 ** 31 }],
      });
      expect(problemOf(huge)).toMatchObject({ status: 400, code: 'request.invalid' });
      const volume = await request('POST', `/api/v1/clients/${clients[2]}/enrolments`, {
        offerId: day.offerId,
        groupId: null,
        agreedDays: [],
        status: 'aangemeld',
        startedOn: '2024-01-01',
        financer: 'wmo',
        indication: { from: '2024-01-01', until: null, volume: 1e12, per: 'week' },
      });
      expect(problemOf(volume)).toMatchObject({ status: 400, code: 'request.invalid' });
    });

    it('refuses an empty participation plan and keeps reads working when a stored plan is damaged', async () => {
      const empty = await request('PUT', `/api/v1/clients/${clients[1]}/participation-plan`, { plan: {} }, { 'if-match': '"0"' });
      expect(problemOf(empty)).toEqual({ status: 400, type: 'application/problem+json', code: 'document.invalid' });
      const wrongType = await request(
        'PUT',
        `/api/v1/clients/${clients[1]}/participation-plan`,
        { plan: { preferences: 'alles' } },
        { 'if-match': '"0"' },
      );
      expect(problemOf(wrongType)).toMatchObject({ status: 400 });
      // A row stored before the schema was checked: its sections may be of the wrong kind.
      await db.asOwner((tx) =>
        tx.query(
          `insert into participation_plans (client_id, org_id, version, document, updated_by)
           values ($1, $2, 1, '{"dreams":"Buiten werken","preferences":{},"ladder":{},"disclosure":[],"readiness":{},"signalPlan":{}}', $1)`,
          [clients[1], orgId],
        ),
      );
      const read = await request('GET', `/api/v1/clients/${clients[1]}/participation-plan`);
      expect(read.statusCode).toBe(200);
      const view = read.json() as { plan: { dreams: string }; damaged: string[] };
      expect(view.plan.dreams).toBe('Buiten werken');
      expect(view.damaged).toEqual(expect.arrayContaining(['preferences', 'ladder', 'readiness']));
      const matching = await request('GET', `/api/v1/clients/${clients[1]}/matches`);
      expect(matching.statusCode).toBeLessThan(500);
      // The whole document, shown with its damaged sections emptied, can be saved again.
      const saved = await request(
        'PUT',
        `/api/v1/clients/${clients[1]}/participation-plan`,
        { plan: view.plan },
        { 'if-match': '"1"' },
      );
      expect(saved.statusCode, saved.body).toBe(200);
      // The database refuses a document that is not a plan at all.
      const direct = db.asOwner((tx) =>
        tx.query(`update participation_plans set document = '{}' where client_id = $1`, [clients[1]]),
      );
      await expect(direct).rejects.toThrow(/participation_plans_document_shape/);
    });

    it('answers a malformed address, a too long address and too large headers with problem+json', async () => {
      const badUrl = await app.inject({ method: 'GET', url: '/api/v1/clients/%E0%A4%A/enrolments', headers: begeleider.headers });
      expect(problemOf(badUrl)).toEqual({ status: 400, type: 'application/problem+json', code: 'request.bad_url' });
      const longUrl = await app.inject({
        method: 'GET',
        url: `/api/v1/offers?q=${'a'.repeat(9000)}`,
        headers: begeleider.headers,
      });
      expect(problemOf(longUrl)).toEqual({ status: 414, type: 'application/problem+json', code: 'request.url_too_long' });
      // Too large headers never reach Fastify: Node's parser refuses them on a real connection.
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      const port = Number(new URL(address).port);
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(`GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`);
        });
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 431 /);
      expect(raw).toContain('application/problem+json');
      expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).code).toBe('request.headers_too_large');
    });

    it('refuses a file past the per-file limit and uploads past the organisation’s quota with 413', async () => {
      const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF'), Buffer.alloc(bytes - 4, 1)]).toString('base64');
      const upload = (bytes: number) =>
        request('POST', `/api/v1/clients/${clients[0]}/portfolio-files`, {
          name: 'Certificaat.pdf',
          contentType: 'application/pdf',
          dataBase64: pdf(bytes),
        });
      expect(problemOf(await upload(4096))).toEqual({
        status: 413,
        type: 'application/problem+json',
        code: 'upload.file_too_large',
      });
      expect((await upload(1500)).statusCode).toBe(201);
      expect(problemOf(await upload(1600))).toEqual({
        status: 413,
        type: 'application/problem+json',
        code: 'upload.quota_exceeded',
      });
      expect((await upload(1400)).statusCode).toBe(201);
    });
  });
});
