import { randomUUID } from 'node:crypto';
import { AW319_LAYOUT, AW320_LAYOUT, FINANCING_PARAMETERS_2026, PM304_LAYOUT, PM305_LAYOUT, renderEiReturn } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { insertOffer } from '../daginvulling/offer-store.js';
import { MATRIX_OFFER } from '../testing/client-record-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
  type TestUser,
} from '../testing/test-database.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Record layouts as published, written here on their own (not read from core's table), positions 1-based and
 * inclusive: PM304 v3.2 (vektis.nl PM304-3.2) and the AW319 v1.4 prestatie record (see core ei-layouts.ts for the
 * sources and what is UNCONFIRMED). A generated file that puts a field elsewhere fails here.
 */
const PM304_POSITIONS = {
  '01': { message: [3, 5], uzovi: [27, 30], practice: [47, 54], start: [65, 72], end: [73, 80], invoice: [81, 92] },
  '02': { bsn: [15, 23], uzovi: [24, 27], insured: [28, 42], birth: [54, 61] },
  '04': {
    date: [59, 66],
    list: [67, 69],
    code: [70, 75],
    count: [76, 79],
    practitioner: [128, 135],
    amount: [183, 190],
    dc: [191, 191],
    reference: [192, 211],
    previous: [212, 231],
  },
  '99': { prestaties: [15, 20], total: [34, 44], dc: [45, 45] },
} as const;
const AW319_POSITIONS = {
  '01': { message: [3, 5], receiver: [27, 30], practice: [47, 54] },
  '04': {
    start: [106, 113],
    end: [114, 121],
    code: [125, 129],
    count: [130, 133],
    unit: [134, 135],
    amount: [186, 193],
    dc: [194, 194],
    reference: [195, 214],
    previous: [215, 234],
  },
} as const;

/** Every record of a file as {kind, field → text}, read at the published positions; every record 310 long. */
function readAt(text: string, positions: Record<string, Record<string, readonly [number, number]>>) {
  const records = text.split('\r\n').filter((l) => l.length > 0);
  for (const r of records) expect(r).toHaveLength(310);
  return records.map((r) => {
    const kind = r.slice(0, 2);
    const fields = Object.fromEntries(
      Object.entries(positions[kind] ?? {}).map(([k, [from, to]]) => [k, r.slice(from - 1, to).trim()]),
    );
    return { kind, fields, raw: r };
  });
}

const session = (date: string, minutes: number, extra: object = {}) => ({
  id: randomUUID(),
  date,
  startTime: '10:00',
  form: 'individueel',
  setting: 'praktijk',
  homeVisitReason: null,
  directMinutes: minutes,
  indirectMinutes: 0,
  activities: 'x',
  observations: 'x',
  sessionEvaluation: 'x',
  groupSessionId: null,
  outcomeMeasured: false,
  ...extra,
});

/** An ergotherapie trajectory under direct access (DTE), with its sessions, as the event stream stores it. */
async function ergotherapie(db: Database, orgId: string, clientId: string, therapist: TestUser, sessions: object[]) {
  const id = randomUUID();
  const events: object[] = [
    {
      type: 'referred',
      referral: {
        discipline: 'ergotherapie',
        source: 'zelf_dte',
        requestType: 'behandeling',
        funding: 'zvw',
        referrerName: 'Zelf',
        question: 'Hulpvraag',
        therapistId: therapist.id,
        regiebehandelaarId: null,
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
       values ($1, $2, $3, 'ergotherapie', 'behandeling', $4, 'in_behandeling', $5)`,
      [id, orgId, clientId, therapist.id, events.length],
    );
    for (const [i, data] of events.entries())
      await tx.query(
        `insert into trajectory_events (org_id, trajectory_id, seq, type, data, actor_id, at) values ($1, $2, $3, $4, $5, $6, now())`,
        [orgId, id, i + 1, (data as { type: string }).type, JSON.stringify(data), therapist.id],
      );
  });
}

const insurance = (uzovi: string) => ({
  from: '2026-01-01',
  until: null,
  uzovi,
  insuredNumber: '987654321',
  supplementaryPolicyId: null,
});
const wlzIndication = (zorgkantoor: string | null) => ({
  from: '2026-01-01',
  until: null,
  deliveryForm: 'mpt',
  withTreatment: false,
  stayByThisOrganisation: false,
  dagbestedingInStay: false,
  ...(zorgkantoor ? { zorgkantoor } : {}),
});

describe('declarations: PM304 per insurer and Wlz per zorgkantoor, through the same run lifecycle', { timeout: 600_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let admin: Session;
  let therapistSession: Session;
  let ergotherapist: TestUser;
  let joke: string;
  let selfPayer: string;
  let uninsured: string;
  let wlzClient: string;
  let wlzNoOffice: string;

  const call = async (who: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: object = {}) => {
    const response = await app.inject({ method, url, headers: { ...who.headers, ...headers }, ...(payload ? { payload } : {}) });
    const json = String(response.headers['content-type'] ?? '').includes('json');
    return {
      status: response.statusCode,
      body: (json ? response.json() : {}) as Json,
      text: response.body,
      headers: response.headers,
    };
  };
  const build = (route: 'pm304' | 'wlz', month = '2026-03', date = '2026-04-02') =>
    call(admin, 'POST', '/api/v1/declarations/runs', { route, month, date });
  const runsOf = async (route: string, month = '2026-03') =>
    (await call(admin, 'GET', `/api/v1/declarations?month=${month}&route=${route}`)).body as Json[];
  const detail = async (runId: string) => (await call(admin, 'GET', `/api/v1/declarations/${runId}`)).body;
  const saveEntitlements = async (clientId: string, bsn: string, e: object) => {
    const saved = await call(
      admin,
      'PUT',
      `/api/v1/clients/${clientId}/entitlements`,
      { bsn, entitlements: { wlz: [], wmo: [], jeugdwet: [], participatiewet: [], insurance: [], ...e } },
      { 'if-match': '"0"' },
    );
    expect(saved.status).toBe(200);
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Declaraties ergo en Wlz');
    const beheerder = await createTestUser(db, orgId, ['beheerder']);
    ergotherapist = await createTestUser(db, orgId, ['ergotherapeut'], 'Ergotherapeut');
    const agogue = await createTestUser(db, orgId, ['activiteitenbegeleider']);
    await db.withOrg(orgId, (tx) => tx.query(`update users set discipline = 'ergotherapie' where id = $1`, [ergotherapist.id]));
    admin = await signIn(app, beheerder.email, beheerder.password);
    therapistSession = await signIn(app, ergotherapist.email, ergotherapist.password);
    joke = await createTestClient(db, orgId, '1971-03-02');
    selfPayer = await createTestClient(db, orgId, '1975-05-05');
    uninsured = await createTestClient(db, orgId, '1980-01-01');
    wlzClient = await createTestClient(db, orgId, '1958-02-10');
    wlzNoOffice = await createTestClient(db, orgId, '1960-06-06');
    await saveEntitlements(joke, '111222333', { insurance: [insurance('3311')] });
    await saveEntitlements(selfPayer, '123456782', { insurance: [insurance('3311')] });
    await saveEntitlements(uninsured, '999999990', {});
    await saveEntitlements(wlzClient, '100000009', { wlz: [wlzIndication('5501')] });
    await saveEntitlements(wlzNoOffice, '100000010', { wlz: [wlzIndication(null)] });
    // The year's parameters with a Wlz prestatiecode and tariff: a deployment's configuration (the real H-codes
    // are UNCONFIRMED, REFERENCE.md §12), here a test value.
    await db.withOrg(orgId, (tx) =>
      tx.query(
        `insert into financing_parameter_sets (org_id, valid_from, valid_until, document, created_by)
         values ($1, '2026-01-01', '2026-12-31', $2, $3)`,
        [
          orgId,
          JSON.stringify({
            ...FINANCING_PARAMETERS_2026,
            wlz: { ...FINANCING_PARAMETERS_2026.wlz, dagbestedingCode: 'H000', dagbestedingTariffCents: 5000 },
          }),
          beheerder.id,
        ],
      ),
    );
    // Joke: a DTE screening, and a session at home with its reason (screening 5002, 5000 × 3 quarters, surcharge 5001).
    await ergotherapie(db, orgId, joke, ergotherapist, [
      session('2026-03-02', 15, { ergoContactType: 'dte_screening' }),
      session('2026-03-09', 45, { setting: 'aan_huis', homeVisitReason: 'Angst om de deur uit te gaan' }),
    ]);
    // Ten hours in January and February use the basic cover; the March half hour is self-pay, not the insurer's.
    await ergotherapie(db, orgId, selfPayer, ergotherapist, [
      ...Array.from({ length: 10 }, (_, i) => session(`2026-0${i < 5 ? 1 : 2}-${String(5 + (i % 5)).padStart(2, '0')}`, 60)),
      session('2026-03-04', 30),
    ]);
    await ergotherapie(db, orgId, uninsured, ergotherapist, [session('2026-03-05', 30)]);
    // Two Wlz clients at a day activity: two mornings of four hours each in March.
    await db.withOrg(orgId, async (tx) => {
      const offerId = await insertOffer(tx, orgId, { ...MATRIX_OFFER, access: 'wlz' }, '2026-01-01');
      const [group] = await tx.query<{ id: string }>(
        `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, supervisor_ids, season_from)
         values ($1, $2, 'Houtwerkplaats', '[]', 'Zaal', 10, $3, '2026-01-01') returning id`,
        [orgId, offerId, [agogue.id]],
      );
      for (const date of ['2026-03-03', '2026-03-10']) {
        const [occurrence] = await tx.query<{ id: string }>(
          `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, $3, '09:00', '13:00') returning id`,
          [orgId, group?.id, date],
        );
        for (const clientId of [wlzClient, wlzNoOffice])
          await tx.query(
            `insert into attendance_records (org_id, occurrence_id, client_id, status, arrival, departure, minutes, recorded_by)
             values ($1, $2, $3, 'aanwezig', '09:00', '13:00', 240, $4)`,
            [orgId, occurrence?.id, clientId, agogue.id],
          );
      }
    });
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('only the financial administration declares, on any route', async () => {
    for (const route of ['pm304', 'wlz']) {
      const refused = await call(therapistSession, 'POST', '/api/v1/declarations/runs', {
        route,
        month: '2026-03',
        date: '2026-04-02',
      });
      expect([refused.status, refused.body.code]).toEqual([403, 'access.forbidden']);
    }
  });

  it('PM304 without AGB codes: every run blocked (practice and practitioner), sending refused with the code', async () => {
    const built = await build('pm304');
    expect(built.status).toBe(201);
    expect(built.body.runs.map((r: Json) => [r.route, r.receiver])).toEqual([
      ['pm304', '0000'],
      ['pm304', '3311'],
    ]);
    for (const run of built.body.runs) {
      expect(run.checks.blocked).toBe(true);
      expect(run.checks.findings.filter((f: Json) => f.problem === 'financing.agb_missing').map((f: Json) => f.path)).toEqual(
        expect.arrayContaining([expect.stringMatching(/practiceAgb$/), expect.stringMatching(/practitionerAgb$/)]),
      );
    }
    const send = await call(admin, 'POST', `/api/v1/declarations/${built.body.runs[1].id}/send`, {});
    expect([send.status, send.body.code]).toEqual([422, 'financing.agb_missing']);
    for (const run of built.body.runs)
      expect((await call(admin, 'POST', `/api/v1/declarations/${run.id}/discard`, {})).body.status).toBe('discarded');
  });

  it('50 parallel PM304 builds of one month: one set of drafts, 49 × 409', async () => {
    await db.asOwner(async (tx) => {
      await tx.query(`update organisations set agb_code = '12345678' where id = $1`, [orgId]);
      await tx.query(`update users set agb_code = '04000002' where id = $1`, [ergotherapist.id]);
    });
    const results = await Promise.all(Array.from({ length: 50 }, () => build('pm304')));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
      Array.from({ length: 49 }, () => 'financing.already_declared'),
    );
    expect((await runsOf('pm304')).filter((r) => r.status === 'draft').map((r) => r.receiver)).toEqual(['0000', '3311']);
  });

  it('the insurer’s run: screening, quarters and surcharge with the eigen-risico mark; self-pay not declared; no insurance blocks', async () => {
    const drafts = (await runsOf('pm304')).filter((r) => r.status === 'draft');
    const noInsurer = drafts.find((r) => r.receiver === '0000') as Json;
    expect(noInsurer.checks.findings.map((f: Json) => f.problem)).toEqual(['financing.entitlement_missing']);
    const insurer = drafts.find((r) => r.receiver === '3311') as Json;
    expect(insurer.checks).toEqual({ findings: [], blocked: false });
    const { lines } = await detail(insurer.id);
    expect(
      lines.map((l: Json) => [l.productCode, l.volume, l.unit, l.amountCents, l.detail.eigenRisico, l.detail.cover]),
    ).toEqual([
      ['5002', 1, 'kwartier', 1668, true, 'basis'],
      ['5000', 3, 'kwartier', 3 * 1668, true, 'basis'],
      ['5001', 1, 'toeslag', 2682, true, 'basis'],
    ]);
    expect(lines.every((l: Json) => l.personId === joke && l.bsn === '******333')).toBe(true);
    // On screen: no insured number, birth date or AGB codes (they go only into the file, an audited export).
    expect(JSON.stringify(lines)).not.toMatch(/987654321|1971-03-02|insuredNumber|birthDate/);
    expect(insurer.totalCents).toBe(1668 + 3 * 1668 + 2682);
    // The person past the cover: the March half hour is hers to pay, in no run for the insurer.
    const all = await Promise.all(drafts.map((r) => detail(r.id)));
    expect(all.flatMap((d) => d.lines).some((l: Json) => l.personId === selfPayer)).toBe(false);
  });

  it('the PM304 file at the published positions; sent once; the PM305 answer reopens the rejected line', async () => {
    const run = (await runsOf('pm304')).find((r) => r.status === 'draft' && r.receiver === '3311') as Json;
    const before = (await auditRows(db, orgId)).length;
    const file = await call(admin, 'GET', `/api/v1/declarations/${run.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain('PM304-3311-');
    const records = readAt(file.text, PM304_POSITIONS);
    expect(records.map((r) => r.kind)).toEqual(['01', '02', '04', '04', '04', '98', '99']);
    expect(records[0]?.fields).toEqual({
      message: '107',
      uzovi: '3311',
      practice: '12345678',
      start: '20260301',
      end: '20260331',
      invoice: run.declarationNumber,
    });
    expect(records[1]?.fields).toEqual({ bsn: '111222333', uzovi: '3311', insured: '987654321', birth: '19710302' });
    expect(records.filter((r) => r.kind === '04').map((r) => [r.fields.code, r.fields.count, r.fields.practitioner])).toEqual([
      ['5002', '0001', '04000002'],
      ['5000', '0003', '04000002'],
      ['5001', '0001', '04000002'],
    ]);
    expect(records[5]?.raw).toContain('Angst om de deur uit te gaan');
    expect(records[6]?.fields).toEqual({ prestaties: '000003', total: String(run.totalCents).padStart(11, '0'), dc: 'D' });
    expect((await auditRows(db, orgId)).slice(before).map((a) => [a.event, a.client_id])).toContainEqual([
      'declaration.export',
      joke,
    ]);

    const sent = await call(admin, 'POST', `/api/v1/declarations/${run.id}/send`, {});
    expect([sent.status, sent.body.status]).toEqual([200, 'sent']);
    const twice = await call(admin, 'POST', `/api/v1/declarations/${run.id}/send`, {});
    expect([twice.status, twice.body.code]).toEqual([409, 'financing.declaration_immutable']);
    await expect(
      db.withOrg(orgId, (tx) => tx.query(`update declaration_runs set status = 'draft' where id = $1`, [run.id])),
    ).rejects.toThrow(/financing.declaration_immutable/);

    // An answer that is not a PM305 for this file is refused with the field path.
    const wrong = await call(admin, 'POST', `/api/v1/declarations/${run.id}/answers`, { content: file.text });
    expect([wrong.status, wrong.body.code, wrong.body.errors[0].path]).toEqual([400, 'request.invalid', '/body/content']);

    const surcharge = records[4]?.fields.reference as string;
    const answer = renderEiReturn(PM304_LAYOUT, PM305_LAYOUT, file.text, { [surcharge]: ['0461'] });
    const answered = await call(admin, 'POST', `/api/v1/declarations/${run.id}/answers`, { content: answer });
    expect(answered.status).toBe(200);
    expect(answered.body.outcome.rejected).toEqual([{ reference: surcharge, codes: [{ code: '0461', text: null }] }]);
    expect(answered.body.reopened[0].reason.nl).toContain('0461');
    const after = await detail(run.id);
    expect(after.run).toMatchObject({ status: 'answered', awardedCents: 1668 + 3 * 1668 });
    expect(after.lines.map((l: Json) => l.outcome)).toEqual([
      { status: 'accepted', returnCodes: [] },
      { status: 'accepted', returnCodes: [] },
      { status: 'rejected', returnCodes: ['0461'] },
    ]);
    const again = await call(admin, 'POST', `/api/v1/declarations/${run.id}/answers`, { content: answer });
    expect([again.status, again.body.code]).toEqual([409, 'financing.declaration_immutable']);
  });

  it('PM304 corrections: credit + new line for an accepted line, the rejected line declared again, once each', async () => {
    const answered = (await runsOf('pm304')).find((r) => r.status === 'answered') as Json;
    const { lines } = await detail(answered.id);
    const [, sessionLine, surchargeLine] = lines as Json[];
    const refused = await call(admin, 'POST', `/api/v1/declarations/lines/${surchargeLine?.id}/credit`, { reason: 'x' });
    expect([refused.status, refused.body.code]).toEqual([422, 'financing.credit_without_debet']);
    const reason = 'Het waren twee kwartier, niet drie';
    const credit = await call(admin, 'POST', `/api/v1/declarations/lines/${sessionLine?.id}/credit`, { reason });
    expect(credit.status).toBe(201);
    const twice = await call(admin, 'POST', `/api/v1/declarations/lines/${sessionLine?.id}/credit`, { reason });
    expect([twice.status, twice.body.code]).toEqual([409, 'financing.already_credited']);

    // The uninsured person's draft is in the way of a new March build: discard it first (fix the data, build again).
    const blocked = (await runsOf('pm304')).find((r) => r.status === 'draft') as Json;
    await call(admin, 'POST', `/api/v1/declarations/${blocked.id}/discard`, {});
    const rebuilt = await build('pm304');
    expect(rebuilt.status).toBe(201);
    const next = rebuilt.body.runs.find((r: Json) => r.receiver === '3311');
    const nextLines = (await detail(next.id)).lines as Json[];
    expect(
      nextLines.map((l) => [l.productCode, l.direction, l.previousReference, l.reference === surchargeLine?.reference]),
    ).toEqual([
      ['5001', 'D', null, false],
      ['5000', 'C', sessionLine?.reference, false],
      ['5000', 'D', null, false],
    ]);
    expect(next.totalCents).toBe(2682);
    const file = await call(admin, 'GET', `/api/v1/declarations/${next.id}/file`);
    const credited = readAt(file.text, PM304_POSITIONS).find((r) => r.kind === '04' && r.fields.dc === 'C');
    expect(credited?.fields.previous).toBe(sessionLine?.reference);
    const audits = (await auditRows(db, orgId)).filter((a) => a.event === 'declaration.credit');
    expect(audits.map((a) => [a.client_id, a.reason])).toEqual([[joke, reason]]);
  });

  it('Wlz: 50 parallel builds, one set of drafts; dagdelen per zorgkantoor; no zorgkantoor blocks', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => build('wlz')));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
      Array.from({ length: 49 }, () => 'financing.already_declared'),
    );
    const drafts = (await runsOf('wlz')).filter((r) => r.status === 'draft');
    expect(drafts.map((r) => r.receiver)).toEqual(['0000', '5501']);
    expect(drafts[0]?.checks.findings.map((f: Json) => f.problem)).toEqual(['financing.entitlement_missing']);
    expect(drafts[1]?.checks).toEqual({ findings: [], blocked: false });
    const { lines } = await detail(drafts[1]?.id);
    expect(lines.map((l: Json) => [l.personId, l.productCode, l.volume, l.unit, l.amountCents])).toEqual([
      [wlzClient, 'H000', 2, '16', 10000],
    ]);
  });

  it('Wlz: the AW319 file at its positions, sent, the AW320 answer applied, then credit + new line', async () => {
    const run = (await runsOf('wlz')).find((r) => r.status === 'draft' && r.receiver === '5501') as Json;
    const file = await call(admin, 'GET', `/api/v1/declarations/${run.id}/file`);
    const records = readAt(file.text, AW319_POSITIONS);
    expect(records.map((r) => r.kind)).toEqual(['01', '02', '04', '99']);
    expect(records[0]?.fields).toEqual({ message: '187', receiver: '5501', practice: '12345678' });
    expect(records[2]?.fields).toMatchObject({
      start: '20260301',
      end: '20260331',
      code: 'H000',
      count: '0002',
      unit: '16',
      amount: '00010000',
      dc: 'D',
    });
    expect((await call(admin, 'POST', `/api/v1/declarations/${run.id}/send`, {})).body.status).toBe('sent');
    const answer = renderEiReturn(AW319_LAYOUT, AW320_LAYOUT, file.text, {});
    const answered = await call(admin, 'POST', `/api/v1/declarations/${run.id}/answers`, { content: answer });
    expect(answered.status).toBe(200);
    expect(answered.body.outcome).toMatchObject({ rejected: [], awardedCents: 10000 });
    const after = await detail(run.id);
    expect(after.run).toMatchObject({ status: 'answered', awardedCents: 10000 });

    const credit = await call(admin, 'POST', `/api/v1/declarations/lines/${after.lines[0].id}/credit`, {
      reason: 'Dagdelen opnieuw geteld',
    });
    expect(credit.status).toBe(201);
    const blocked = (await runsOf('wlz')).find((r) => r.status === 'draft') as Json;
    await call(admin, 'POST', `/api/v1/declarations/${blocked.id}/discard`, {});
    const rebuilt = await build('wlz');
    const next = rebuilt.body.runs.find((r: Json) => r.receiver === '5501');
    const nextLines = (await detail(next.id)).lines as Json[];
    expect(nextLines.map((l) => [l.direction, l.previousReference, l.volume])).toEqual([
      ['C', after.lines[0].reference, 2],
      ['D', null, 2],
    ]);
    expect([next.totalCents, next.totalDirection]).toEqual([0, 'D']);
  });
});
