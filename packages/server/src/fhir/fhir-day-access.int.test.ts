import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createClientRecord, secret, type ClientRecordFixture } from '../testing/client-record-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  auditRows,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
  type TestUser,
} from '../testing/test-database.js';
import { insertTrajectory } from '../testing/trajectory-fixture.js';
import { exportJobsSettled } from './export-job.js';

const BASE = '/api/fhir/R4';
interface Entry {
  resource: { resourceType: string; id: string; status?: string; type?: { coding?: { code?: string }[] }[] } & Record<
    string,
    unknown
  >;
  search: { mode: string };
}
interface Bundle {
  total: number;
  entry?: Entry[];
}
const codeOf = (body: string) =>
  (JSON.parse(body) as { issue: { details: { coding: { code: string }[] } }[] }).issue[0]?.details.coding[0]?.code;
const kindOf = (r: Entry['resource']) =>
  (r.type ?? [])
    .flatMap((t) => t.coding ?? [])
    .map((c) => c.code)
    .find((code) => code === 'behandelsessie' || code === 'dagactiviteit');
const categoryOf = (r: Entry['resource']) =>
  ((r['category'] as { coding?: { code?: string }[] }[] | undefined) ?? []).flatMap((c) => c.coding ?? [])[0]?.code;

/**
 * Day-activity data is its own category, not health data (DOMAIN.md §7; 003 L1912-1915). An Encounter is a
 * treatment session or an attendance, a CarePlan the treatment plan or the participation plan: each part is
 * checked and audited on its own, so whoever may see one part gets exactly that part, in search, read and export.
 */
describe('FHIR R4: day activities and treatment as separate parts of Encounter and CarePlan', { timeout: 180_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let record: ClientRecordFixture;
  let clientId: string;
  let trajectoryId: string;
  let firstRecordId: string;
  let absenceId: string;
  /** On the care team as activity supervisor: day activities and the plan, no treatment. */
  let supervisor: Session;
  /** On the care team as therapist: treatment, and the day activities to read. */
  let treater: Session;
  /** Outside the team, with the client's consent to treatment data only. */
  let consulted: TestUser;
  let consultedSession: Session;
  /** External, with consent to everything; the client shared strengths and steps with their kind of party, not attendance. */
  let workCoach: TestUser;
  let workCoachSession: Session;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'FHIR-dag');
    record = await createClientRecord(db, orgId, [
      { audience: 'werkbegeleider', mayKnow: secret('disclosure'), sections: ['strengths', 'steps'] },
    ]);
    clientId = record.clientId;
    const therapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Therapeut');
    await addToCareTeam(db, orgId, clientId, therapist.id, 'vaktherapeut');
    trajectoryId = await insertTrajectory(db, orgId, clientId, {
      therapistId: therapist.id,
      birthDate: '1990-03-03',
      sessions: ['2026-10-06', '2026-10-13'],
    });
    consulted = await createTestUser(db, orgId, ['vaktherapeut'], 'Geraadpleegde therapeut');
    workCoach = await createTestUser(db, orgId, ['werkbegeleider'], 'Werkbegeleider');
    await db.withOrg(orgId, async (tx) => {
      await tx.query(
        `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, given_by, recorded_by, recorded_how)
         values ($1, $2, $3, '{personalia,treatment}', 'read', '2020-01-01', 'client', $3, 'in_person'),
                ($1, $2, $4, '{personalia,day_activities,participation_plan}', 'read', '2020-01-01', 'client', $4, 'in_person')`,
        [orgId, clientId, consulted.id, workCoach.id],
      );
      // A second day: first recorded present, then corrected to ill (a correction supersedes; nothing is overwritten).
      const [occurrence] = await tx.query<{ id: string }>(
        `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, '2026-01-08', '09:00', '12:00') returning id`,
        [orgId, record.groupId],
      );
      const [first] = await tx.query<{ id: string }>(
        `insert into attendance_records (org_id, occurrence_id, client_id, status, arrival, departure, minutes, recorded_by)
         values ($1, $2, $3, 'aanwezig', '09:00', '12:00', 180, $4) returning id`,
        [orgId, occurrence?.id, clientId, record.supervisor.id],
      );
      await tx.query(
        `insert into attendance_records (org_id, occurrence_id, client_id, status, minutes, supersedes, recorded_by)
         values ($1, $2, $3, 'ziek', 0, $4, $5)`,
        [orgId, occurrence?.id, clientId, first?.id, record.supervisor.id],
      );
      absenceId = first?.id ?? '';
      const [present] = await tx.query<{ id: string }>(
        `select id from attendance_records where occurrence_id = $1 and client_id = $2`,
        [record.occurrenceId, clientId],
      );
      firstRecordId = present?.id ?? '';
    });
    supervisor = await signIn(app, record.supervisor.email, record.supervisor.password);
    treater = await signIn(app, therapist.email, therapist.password);
    consultedSession = await signIn(app, consulted.email, consulted.password);
    workCoachSession = await signIn(app, workCoach.email, workCoach.password);
  });
  afterAll(async () => {
    await exportJobsSettled();
    await app.close();
    await db.close();
  });

  const get = (url: string, session: Session) =>
    app.inject({ method: 'GET', url: url.startsWith('/api') ? url : `${BASE}${url}`, headers: session.headers });
  const search = async (url: string, session: Session) => {
    const response = await get(url, session);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as Bundle).entry?.filter((e) => e.search.mode === 'match').map((e) => e.resource) ?? [];
  };
  const newAudit = async (before: number) => (await auditRows(db, orgId)).slice(before);

  it('the CapabilityStatement names the parts of Encounter and CarePlan and the parameter that narrows to one', async () => {
    const response = await app.inject({ method: 'GET', url: `${BASE}/metadata` });
    const resources = (
      response.json() as {
        rest: { resource: { type: string; documentation?: string; searchParam?: { name: string }[] }[] }[];
      }
    ).rest[0]?.resource;
    const encounter = resources?.find((r) => r.type === 'Encounter');
    expect(encounter?.documentation).toContain('treatment (type=behandelsessie), day_activities (type=dagactiviteit)');
    expect(encounter?.searchParam?.map((p) => p.name)).toEqual(expect.arrayContaining(['patient', 'date', 'status', 'type']));
    expect(resources?.find((r) => r.type === 'CarePlan')?.documentation).toContain(
      'participation_plan (category=participatieplan)',
    );
    expect(resources?.find((r) => r.type === 'Goal')?.documentation).toBeUndefined();
  });

  it('the activity supervisor gets the attendance, not the sessions; the refused part is audited', async () => {
    const before = (await auditRows(db, orgId)).length;
    const encounters = await search(`/Encounter?patient=${clientId}`, supervisor);
    expect(encounters.map(kindOf)).toEqual(['dagactiviteit', 'dagactiviteit']);
    expect(encounters.map((e) => [e.id, e.status])).toEqual([
      [firstRecordId, 'finished'],
      [absenceId, 'cancelled'],
    ]);
    expect(JSON.stringify(encounters)).not.toContain(trajectoryId);
    const rows = await newAudit(before);
    expect(rows).toEqual([
      expect.objectContaining({
        event: 'fhir.Encounter.search',
        outcome: 'denied',
        object_type: 'treatment',
        client_id: clientId,
        problem_code: 'access.forbidden',
      }),
      expect.objectContaining({
        event: 'fhir.Encounter.search',
        outcome: 'success',
        object_type: 'day_activities',
        client_id: clientId,
        basis: 'care_team',
      }),
    ]);
  });

  it('the consulted therapist gets the sessions, not the attendance; the refused part is audited', async () => {
    const before = (await auditRows(db, orgId)).length;
    const encounters = await search(`/Encounter?patient=${clientId}`, consultedSession);
    expect(encounters.map(kindOf)).toEqual(['behandelsessie', 'behandelsessie']);
    expect(encounters.every((e) => e.id.startsWith(`${trajectoryId}.`))).toBe(true);
    const rows = await newAudit(before);
    expect(rows).toEqual([
      expect.objectContaining({ outcome: 'success', object_type: 'treatment', basis: 'consent', user_id: consulted.id }),
      expect.objectContaining({
        outcome: 'denied',
        object_type: 'day_activities',
        problem_code: 'access.forbidden',
        user_id: consulted.id,
      }),
    ]);
    // And CarePlan alike: the treatment plan only.
    const plans = await search(`/CarePlan?patient=${clientId}`, consultedSession);
    expect(plans.map(categoryOf)).toEqual(['behandelplan']);
  });

  it('the care team’s therapist gets both kinds', async () => {
    const encounters = await search(`/Encounter?patient=${clientId}`, treater);
    expect(encounters.map(kindOf).sort()).toEqual(['behandelsessie', 'behandelsessie', 'dagactiviteit', 'dagactiviteit']);
    const plans = await search(`/CarePlan?patient=${clientId}`, treater);
    expect(plans.map(categoryOf).sort()).toEqual(['behandelplan', 'participatieplan']);
  });

  it('a search naming one kind checks only that part: allowed, or refused and audited', async () => {
    const before = (await auditRows(db, orgId)).length;
    const days = await search(`/Encounter?patient=${clientId}&type=dagactiviteit`, supervisor);
    expect(days).toHaveLength(2);
    const sessions = await get(`/Encounter?patient=${clientId}&type=behandelsessie`, supervisor);
    expect(sessions.statusCode).toBe(403);
    expect(codeOf(sessions.body)).toBe('access.forbidden');
    expect((await newAudit(before)).map((r) => [r['object_type'], r['outcome']])).toEqual([
      ['day_activities', 'success'],
      ['treatment', 'denied'],
    ]);
    // Another value of the parameter (not a kind) may match within either part, so both are asked.
    const ill = await search(`/Encounter?patient=${clientId}&type=ziek`, treater);
    expect(ill.map((e) => e.id)).toEqual([absenceId]);
  });

  it('searches attendance by status and date', async () => {
    const cancelled = await search(`/Encounter?patient=${clientId}&type=dagactiviteit&status=cancelled`, supervisor);
    expect(cancelled.map((e) => e.id)).toEqual([absenceId]);
    const onTheSixth = await search(`/Encounter?patient=${clientId}&date=2026-01-06`, supervisor);
    expect(onTheSixth.map((e) => e.id)).toEqual([firstRecordId]);
    const participation = await search(`/CarePlan?patient=${clientId}&category=participatieplan`, supervisor);
    expect(participation.map((p) => p.id)).toEqual([clientId]);
  });

  it('a corrected roll call is one Encounter: the first record’s id, the correction’s content and version', async () => {
    const response = await get(`/Encounter/${absenceId}`, supervisor);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: absenceId,
      meta: { versionId: '2' },
      status: 'cancelled',
      subject: { reference: `Patient/${clientId}` },
      participant: [{ individual: { reference: `Practitioner/${record.supervisor.id}` } }],
      location: [{ location: { reference: `Location/${record.offerId}` } }],
    });
  });

  it('read by id is decided by the part the id belongs to, in both directions, and every refusal audited', async () => {
    const sessionId = (await search(`/Encounter?patient=${clientId}&type=behandelsessie`, treater))[0]?.id ?? '';
    const before = (await auditRows(db, orgId)).length;
    expect((await get(`/Encounter/${firstRecordId}`, supervisor)).statusCode).toBe(200);
    const session = await get(`/Encounter/${sessionId}`, supervisor);
    expect(session.statusCode).toBe(403);
    expect((await get(`/Encounter/${sessionId}`, consultedSession)).statusCode).toBe(200);
    expect((await get(`/Encounter/${firstRecordId}`, consultedSession)).statusCode).toBe(403);
    expect((await get(`/CarePlan/${trajectoryId}`, supervisor)).statusCode).toBe(403);
    expect((await get(`/CarePlan/${clientId}`, supervisor)).statusCode).toBe(200);
    expect((await get(`/CarePlan/${clientId}`, consultedSession)).statusCode).toBe(403);
    const rows = await newAudit(before);
    expect(rows.map((r) => [r['event'], r['object_type'], r['object_id'], r['outcome']])).toEqual([
      ['fhir.Encounter.read', 'day_activities', firstRecordId, 'success'],
      ['fhir.Encounter.read', 'treatment', sessionId, 'denied'],
      ['fhir.Encounter.read', 'treatment', sessionId, 'success'],
      ['fhir.Encounter.read', 'day_activities', firstRecordId, 'denied'],
      ['fhir.CarePlan.read', 'treatment', trajectoryId, 'denied'],
      ['fhir.CarePlan.read', 'participation_plan', clientId, 'success'],
      ['fhir.CarePlan.read', 'participation_plan', clientId, 'denied'],
    ]);
  });

  it('_include stays inside the part that was granted', async () => {
    const response = await get(`/Encounter?patient=${clientId}&_include=Encounter:episode-of-care`, supervisor);
    const entries = (response.json() as Bundle).entry ?? [];
    expect(entries.filter((e) => e.search.mode === 'include')).toEqual([]);
    const treated = (await get(`/Encounter?patient=${clientId}&_include=Encounter:episode-of-care`, treater)).json() as Bundle;
    expect(treated.entry?.filter((e) => e.search.mode === 'include').map((e) => e.resource.id)).toEqual([trajectoryId]);
  });

  it('an external party sees only what the client shared: the plan’s shared sections, no attendance (003 L1912-1915)', async () => {
    const before = (await auditRows(db, orgId)).length;
    const plan = await get(`/CarePlan/${clientId}`, workCoachSession);
    expect(plan.statusCode).toBe(200);
    expect(plan.body).toContain(secret('strengths'));
    expect(plan.body).toContain(secret('steps'));
    for (const hidden of ['dreams', 'perspective', 'signalPlan', 'network', 'comments', 'disclosure', 'portfolio'])
      expect(plan.body, hidden).not.toContain(secret(hidden));
    const attendance = await get(`/Encounter?patient=${clientId}&type=dagactiviteit`, workCoachSession);
    expect(attendance.statusCode).toBe(403);
    expect(codeOf(attendance.body)).toBe('access.not_disclosed');
    expect((await newAudit(before)).map((r) => [r['object_type'], r['outcome'], r['problem_code']])).toEqual([
      ['participation_plan', 'success', null],
      ['day_activities', 'denied', 'access.not_disclosed'],
    ]);
  });

  async function exported(url: string, session: Session): Promise<Map<string, Entry['resource'][]>> {
    const kickOff = await get(url, session);
    expect(kickOff.statusCode, kickOff.body).toBe(202);
    await exportJobsSettled();
    const status = new URL(String(kickOff.headers['content-location']));
    const manifest = (await get(status.pathname, session)).json() as { output: { type: string; url: string }[] };
    const files = new Map<string, Entry['resource'][]>();
    for (const output of manifest.output) {
      const file = await get(new URL(output.url).pathname, session);
      expect(file.statusCode).toBe(200);
      files.set(
        output.type,
        file.body
          .split('\n')
          .filter((line) => line.length > 0)
          .map((line) => JSON.parse(line) as Entry['resource']),
      );
    }
    return files;
  }

  it('the export holds each caller’s own parts only, the refused parts audited', async () => {
    const before = (await auditRows(db, orgId)).length;
    const day = await exported(`${BASE}/Patient/${clientId}/$export?_type=Encounter,CarePlan`, supervisor);
    expect(day.get('Encounter')?.map(kindOf)).toEqual(['dagactiviteit', 'dagactiviteit']);
    expect(day.get('CarePlan')?.map(categoryOf)).toEqual(['participatieplan']);
    const treatment = await exported(`${BASE}/Patient/${clientId}/$export?_type=Encounter,CarePlan`, consultedSession);
    expect(treatment.get('Encounter')?.map(kindOf)).toEqual(['behandelsessie', 'behandelsessie']);
    expect(treatment.get('CarePlan')?.map(categoryOf)).toEqual(['behandelplan']);
    const rows = (await newAudit(before)).filter((r) => r['event'] === 'fhir.export');
    expect(rows.map((r) => [r['user_id'], r['object_type'], r['outcome']])).toEqual(
      expect.arrayContaining([
        [record.supervisor.id, 'treatment', 'denied'],
        [record.supervisor.id, 'day_activities', 'success'],
        [record.supervisor.id, 'participation_plan', 'success'],
        [consulted.id, 'treatment', 'success'],
        [consulted.id, 'day_activities', 'denied'],
        [consulted.id, 'participation_plan', 'denied'],
      ]),
    );
  });

  it('an export download refuses a plan built from a section the client no longer shares', async () => {
    const kickOff = await get(`${BASE}/Patient/${clientId}/$export?_type=CarePlan`, workCoachSession);
    expect(kickOff.statusCode).toBe(202);
    await exportJobsSettled();
    const manifest = (await get(new URL(String(kickOff.headers['content-location'])).pathname, workCoachSession)).json() as {
      output: { type: string; url: string }[];
    };
    const url = new URL(manifest.output[0]?.url ?? '').pathname;
    const shared = await get(url, workCoachSession);
    expect(shared.body).toContain(secret('steps'));
    expect(shared.body).not.toContain(secret('dreams'));
    // The client now shares only strengths with the workplace.
    await db.withOrg(orgId, (tx) =>
      tx.query(
        `update participation_plans set document = jsonb_set(document, '{disclosure,0,sections}', '["strengths"]') where client_id = $1`,
        [clientId],
      ),
    );
    const before = (await auditRows(db, orgId)).length;
    const later = await get(url, workCoachSession);
    expect(later.statusCode).toBe(200);
    expect(later.body).toBe('');
    expect(await newAudit(before)).toEqual([
      expect.objectContaining({
        event: 'fhir.export.download',
        outcome: 'denied',
        object_type: 'participation_plan',
        problem_code: 'access.not_disclosed',
      }),
    ]);
  });
});
