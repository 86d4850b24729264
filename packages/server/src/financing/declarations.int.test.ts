import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
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
} from '../testing/test-database.js';
import { parseWmo325 } from './iwmo-xml.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const XSD = readFileSync(new URL('./schemas/wmo323.xsd', import.meta.url), 'utf8');

const allocation = (municipalityCode: string, number: string) => ({
  from: '2026-01-01',
  until: '2026-12-31',
  allocationNumber: number,
  municipalityCode,
  productCategory: '07',
  productCode: '07A01',
  volume: 3,
  unit: '16',
  frequency: '2',
  tariffCents: 5000,
});
const entitlements = (wmo: object[]) => ({ wlz: [], wmo, jeugdwet: [], participatiewet: [], insurance: [] });

/** A 325 answer rejecting one prestatie (9321: volume above the allocation); 0200 elsewhere means no remark. */
function answer325(declarationNumber: string, bsn: string, rejectedReference: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Bericht xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo325/schema">
  <Header>
    <BerichtCode>485</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie>
    <Afzender>0193</Afzender><Ontvanger>12345678</Ontvanger>
    <BerichtIdentificatie><Identificatie>A1</Identificatie><Dagtekening>2026-04-10</Dagtekening></BerichtIdentificatie>
    <XsdVersie><BasisschemaXsdVersie>1.0.0</BasisschemaXsdVersie><BerichtXsdVersie>1.0.0</BerichtXsdVersie></XsdVersie>
    <DeclaratieIdentificatie><Identificatie>${declarationNumber}</Identificatie><Dagtekening>2026-04-02</Dagtekening></DeclaratieIdentificatie>
    <RetourCodes><RetourCode>0200</RetourCode></RetourCodes>
  </Header>
  <DeclaratieAntwoord>
    <DeclaratieNummer>${declarationNumber}</DeclaratieNummer>
    <TotaalIngediendBedrag><TotaalBedrag>10000</TotaalBedrag><DebetCredit>D</DebetCredit></TotaalIngediendBedrag>
    <TotaalToegekendBedrag><TotaalBedrag>0</TotaalBedrag><DebetCredit>D</DebetCredit></TotaalToegekendBedrag>
    <Clienten><Client><Bsn>${bsn}</Bsn>
      <Prestaties><Prestatie>
        <ProductReferentie><ReferentieNummer>${rejectedReference}</ReferentieNummer></ProductReferentie>
        <ToewijzingNummer>T-0193-1</ToewijzingNummer><ProductCategorie>07</ProductCategorie><ProductCode>07A01</ProductCode>
        <ProductPeriode><Begindatum>2026-03-01</Begindatum><Einddatum>2026-03-31</Einddatum></ProductPeriode>
        <GeleverdVolume>2</GeleverdVolume><Eenheid>16</Eenheid>
        <IngediendBedrag><Bedrag>10000</Bedrag><DebetCredit>D</DebetCredit></IngediendBedrag>
        <RetourCodes><RetourCode>9321</RetourCode></RetourCodes>
      </Prestatie></Prestaties>
      <RetourCodes><RetourCode>0200</RetourCode></RetourCodes>
    </Client></Clienten>
    <RetourCodes><RetourCode>0200</RetourCode></RetourCodes>
  </DeclaratieAntwoord>
</Bericht>`;
}

describe('declarations: iWmo 323 runs, checks with return codes, file, send, 325 answer', { timeout: 300_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let admin: Session;
  let therapistSession: Session;
  let cleanClient: string;
  let doubleClient: string;

  const call = async (who: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: object = {}) => {
    const response = await app.inject({ method, url, headers: { ...who.headers, ...headers }, ...(payload ? { payload } : {}) });
    const json = String(response.headers['content-type'] ?? '').includes('json');
    return { status: response.statusCode, body: (json ? response.json() : {}) as Json, text: response.body };
  };
  const build = () =>
    call(admin, 'POST', '/api/v1/declarations/runs', { route: 'iwmo_323', month: '2026-03', date: '2026-04-02' });

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Declaraties');
    const beheerder = await createTestUser(db, orgId, ['beheerder']);
    const agogue = await createTestUser(db, orgId, ['activiteitenbegeleider']);
    const therapist = await createTestUser(db, orgId, ['vaktherapeut']);
    await db.withOrg(orgId, (tx) => tx.query(`update users set discipline = 'muziektherapie' where id = $1`, [therapist.id]));
    await db.asOwner((tx) =>
      tx.query(`update users set register = 'register_vaktherapie', registration_number = '1' where id = $1`, [therapist.id]),
    );
    cleanClient = await createTestClient(db, orgId, '1970-01-01');
    doubleClient = await createTestClient(db, orgId, '1971-01-01');
    admin = await signIn(app, beheerder.email, beheerder.password);
    therapistSession = await signIn(app, therapist.email, therapist.password);
    for (const [clientId, bsn, wmo] of [
      [cleanClient, '111222333', allocation('0193', 'T-0193-1')],
      [doubleClient, '123456782', allocation('0200', 'T-0200-1')],
    ] as const) {
      const saved = await call(
        admin,
        'PUT',
        `/api/v1/clients/${clientId}/entitlements`,
        { bsn, entitlements: entitlements([wmo]) },
        {
          'if-match': '"0"',
        },
      );
      expect(saved.status).toBe(200);
    }
    await db.withOrg(orgId, async (tx) => {
      const offerId = await insertOffer(tx, orgId, { ...MATRIX_OFFER, access: 'wmo_maatwerk' }, '2026-01-01');
      const [group] = await tx.query<{ id: string }>(
        `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, supervisor_ids, season_from)
         values ($1, $2, 'Werkplaats', '[]', 'Zaal', 10, $3, '2026-01-01') returning id`,
        [orgId, offerId, [agogue.id]],
      );
      for (const date of ['2026-03-03', '2026-03-10']) {
        const [occurrence] = await tx.query<{ id: string }>(
          `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, $3, '09:00', '13:00') returning id`,
          [orgId, group?.id, date],
        );
        for (const clientId of [cleanClient, doubleClient])
          await tx.query(
            `insert into attendance_records (org_id, occurrence_id, client_id, status, arrival, departure, minutes, recorded_by)
             values ($1, $2, $3, 'aanwezig', '09:00', '13:00', 240, $4)`,
            [orgId, occurrence?.id, clientId, agogue.id],
          );
      }
      // The same morning, a treatment session paid by the insurer: one minute may not be paid twice.
      const trajectoryId = randomUUID();
      const events = [
        {
          type: 'referred',
          referral: {
            discipline: 'muziektherapie',
            source: 'regiebehandelaar',
            requestType: 'behandeling',
            funding: 'zvw',
            referrerName: 'x',
            question: 'x',
            therapistId: therapist.id,
            regiebehandelaarId: therapist.id,
            receivedOn: '2026-01-02',
          },
        },
        { type: 'indication_set', focus: 'x', rationale: 'x' },
        { type: 'plan_agreed', version: 1, agreedBy: 'client', date: '2026-01-05' },
        {
          type: 'session_recorded',
          session: {
            id: randomUUID(),
            date: '2026-03-10',
            startTime: '10:00',
            form: 'individueel',
            setting: 'praktijk',
            homeVisitReason: null,
            directMinutes: 45,
            indirectMinutes: 0,
            activities: 'x',
            observations: 'x',
            sessionEvaluation: 'x',
            groupSessionId: null,
            outcomeMeasured: false,
          },
        },
      ];
      await tx.query(
        `insert into trajectories (id, org_id, client_id, discipline, request_type, therapist_id, state, last_seq)
         values ($1, $2, $3, 'muziektherapie', 'behandeling', $4, 'in_behandeling', $5)`,
        [trajectoryId, orgId, doubleClient, therapist.id, events.length],
      );
      for (const [i, data] of events.entries())
        await tx.query(
          `insert into trajectory_events (org_id, trajectory_id, seq, type, data, actor_id, at) values ($1, $2, $3, $4, $5, $6, now())`,
          [orgId, trajectoryId, i + 1, data.type, JSON.stringify(data), therapist.id],
        );
    });
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('only the financial administration declares', async () => {
    const refused = await call(therapistSession, 'POST', '/api/v1/declarations/runs', {
      route: 'iwmo_323',
      month: '2026-03',
      date: '2026-04-02',
    });
    expect([refused.status, refused.body.code]).toEqual([403, 'access.forbidden']);
  });

  it('without the organisation’s AGB code every run is blocked with the receiver’s return code; sending is refused', async () => {
    const built = await build();
    expect(built.status).toBe(201);
    expect(built.body.runs.map((r: Json) => r.receiver)).toEqual(['0193', '0200']);
    for (const run of built.body.runs) {
      expect(run.checks.blocked).toBe(true);
      expect(run.checks.findings).toContainEqual(expect.objectContaining({ problem: 'financing.agb_missing', level: 'message' }));
    }
    const again = await build();
    expect([again.status, again.body.code]).toEqual([409, 'financing.already_declared']);
    const send = await call(admin, 'POST', `/api/v1/declarations/${built.body.runs[0].id}/send`, {});
    expect([send.status, send.body.code]).toEqual([422, 'financing.agb_missing']);
    for (const run of built.body.runs)
      expect((await call(admin, 'POST', `/api/v1/declarations/${run.id}/discard`, {})).body.status).toBe('discarded');
  });

  it('the build as a background job (issue 16): 202 with the job, one job for 50 asks, the runs as its result', async () => {
    const ask = (who: Session = admin) =>
      call(who, 'POST', '/api/v1/declarations/runs/jobs', { route: 'iwmo_323', month: '2026-03', date: '2026-04-02' });
    const refused = await ask(therapistSession);
    expect([refused.status, refused.body.code]).toEqual([403, 'access.forbidden']);
    const asked = await Promise.all(Array.from({ length: 50 }, () => ask()));
    expect(asked.map((a) => a.status)).toEqual(Array.from({ length: 50 }, () => 202));
    expect(new Set(asked.map((a) => a.body.id)).size).toBe(1);
    const jobId = asked[0]?.body.id as string;
    expect(asked[0]?.body).toMatchObject({ kind: 'declaration.build', status: 'queued', attempts: 0 });
    await app.jobs.runDueJobs();
    const done = await call(admin, 'GET', `/api/v1/jobs/${jobId}`);
    expect(done.body).toMatchObject({ status: 'succeeded', attempts: 1, error: null, progress: { done: 1, total: 1 } });
    const runIds = done.body.result.runIds as string[];
    expect(runIds).toHaveLength(2);
    const runs = (await call(admin, 'GET', '/api/v1/declarations?month=2026-03')).body as Json[];
    expect(
      runs
        .filter((r) => r.status === 'draft')
        .map((r) => r.id)
        .sort(),
    ).toEqual([...runIds].sort());
    expect(await auditRows(db, orgId)).toContainEqual(
      expect.objectContaining({ event: 'declaration.build', action: 'C', object_id: runIds[0], client_id: cleanClient }),
    );
    // The month is declared now: a new job fails with the refusal's code, once (a refusal is not retried).
    const again = await ask();
    expect(again.body.id).not.toBe(jobId);
    await app.jobs.runDueJobs();
    const failed = await call(admin, 'GET', `/api/v1/jobs/${again.body.id}`);
    expect(failed.body).toMatchObject({ status: 'failed', attempts: 1, error: 'financing.already_declared' });
    // The therapist sees neither job.
    expect((await call(therapistSession, 'GET', `/api/v1/jobs/${jobId}`)).status).toBe(404);
    for (const id of runIds)
      expect((await call(admin, 'POST', `/api/v1/declarations/${id}/discard`, {})).body.status).toBe('discarded');
  });

  it('50 parallel builds of one month: one set of drafts, the others 409', async () => {
    await db.asOwner((tx) => tx.query(`update organisations set agb_code = '12345678' where id = $1`, [orgId]));
    const results = await Promise.all(Array.from({ length: 50 }, () => build()));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
      Array.from({ length: 49 }, () => 'financing.already_declared'),
    );
  });

  it('a month with a double-funded minute is blocked; the clean municipality is not', async () => {
    const runs = (await call(admin, 'GET', '/api/v1/declarations?month=2026-03')).body as Json[];
    const drafts = runs.filter((r) => r.status === 'draft');
    const blocked = drafts.find((r) => r.receiver === '0200');
    const clean = drafts.find((r) => r.receiver === '0193');
    expect(blocked?.checks.findings.map((f: Json) => f.problem)).toContain('financing.double_funding_overlap');
    expect(clean?.checks).toEqual({ findings: [], blocked: false });
    const send = await call(admin, 'POST', `/api/v1/declarations/${blocked?.id}/send`, {});
    expect([send.status, send.body.code]).toEqual([422, 'financing.double_funding_overlap']);
  });

  it('the 323 file validates against the schema, is sent once, and the 325 answer reopens the rejected line', async () => {
    const runs = (await call(admin, 'GET', '/api/v1/declarations?month=2026-03')).body as Json[];
    const run = runs.find((r) => r.status === 'draft' && r.receiver === '0193') as Json;
    const file = await call(admin, 'GET', `/api/v1/declarations/${run.id}/file`);
    expect(file.status).toBe(200);
    const validation = await validateXML({
      xml: [{ fileName: 'wmo323.xml', contents: file.text }],
      schema: [{ fileName: 'wmo323.xsd', contents: XSD }],
    });
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(file.text).toContain('<Bsn>111222333</Bsn>');
    const before = (await auditRows(db, orgId)).length;

    const detail = await call(admin, 'GET', `/api/v1/declarations/${run.id}`);
    expect(detail.body.lines).toHaveLength(1);
    expect(detail.body.lines[0]).toMatchObject({ bsn: '******333', productCategory: '07', unit: '16', direction: 'D' });
    expect(JSON.stringify(detail.body)).not.toContain('111222333');

    const sent = await call(admin, 'POST', `/api/v1/declarations/${run.id}/send`, {});
    expect([sent.status, sent.body.status]).toEqual([200, 'sent']);
    const twice = await call(admin, 'POST', `/api/v1/declarations/${run.id}/send`, {});
    expect([twice.status, twice.body.code]).toEqual([409, 'financing.declaration_immutable']);
    // The database itself refuses a change to a sent run.
    await expect(
      db.withOrg(orgId, (tx) => tx.query(`update declaration_runs set status = 'draft' where id = $1`, [run.id])),
    ).rejects.toThrow(/financing.declaration_immutable/);

    const reference = detail.body.lines[0].reference as string;
    const answered = await call(admin, 'POST', `/api/v1/declarations/${run.id}/answers`, {
      xml: answer325(run.declarationNumber, '111222333', reference),
    });
    expect(answered.status).toBe(200);
    expect(answered.body.outcome.rejected).toEqual([{ reference, codes: [expect.objectContaining({ code: '9321' })] }]);
    expect(answered.body.reopened[0].reason.nl).toContain('9321');
    const after = await call(admin, 'GET', `/api/v1/declarations/${run.id}`);
    expect(after.body.run.status).toBe('answered');
    expect(after.body.lines[0].outcome).toEqual({ status: 'rejected', returnCodes: ['9321'] });

    const audits = (await auditRows(db, orgId)).slice(before);
    expect(audits.map((a) => a.event)).toEqual(
      expect.arrayContaining(['declaration.read', 'declaration.send', 'declaration.answer']),
    );
    expect(audits.every((a) => a.client_id === cleanClient)).toBe(true);
  });

  it('an unreadable answer is refused with the field path', async () => {
    const runs = (await call(admin, 'GET', '/api/v1/declarations?month=2026-03')).body as Json[];
    const answered = await call(admin, 'POST', `/api/v1/declarations/${runs[0]?.id}/answers`, { xml: '<nope/>' });
    expect([answered.status, answered.body.code, answered.body.errors[0].path]).toEqual([400, 'request.invalid', '/body/xml']);
    expect(() => parseWmo325('<Bericht><Header><BerichtCode>484</BerichtCode></Header></Bericht>')).toThrow();
  });
});
