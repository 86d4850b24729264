import type { FastifyInstance } from 'fastify';
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
} from '../testing/test-database.js';
import { insertSrsAdministration } from '../testing/administration-fixture.js';
import { insertTrajectory } from '../testing/trajectory-fixture.js';
import { loadTrajectory } from '../treatment/trajectory-store.js';
import { exportJobsSettled, runExportJob } from './export-job.js';

const BASE = '/api/fhir/R4';
interface Manifest {
  transactionTime: string;
  request: string;
  output: { type: string; url: string; count: number }[];
}
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

/** $export: a background job as its requester, through the one access mechanism, audited as exports. */
describe('FHIR bulk export', { timeout: 180_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let ownClient: string;
  let otherClient: string;
  let therapistId: string;
  let therapist: Session;
  let colleague: Session;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'Export');
    ownClient = await createTestClient(db, orgId, '1958-03-14');
    otherClient = await createTestClient(db, orgId, '1960-01-01');
    const user = await createTestUser(db, orgId, ['vaktherapeut'], 'Therapeut');
    therapistId = user.id;
    const other = await createTestUser(db, orgId, ['vaktherapeut'], 'Collega');
    await addToCareTeam(db, orgId, ownClient, user.id, 'vaktherapeut');
    const trajectoryId = await insertTrajectory(db, orgId, ownClient, {
      therapistId: user.id,
      birthDate: '1958-03-14',
      sessions: ['2026-10-06'],
    });
    const session = (await db.withOrg(orgId, (tx) => loadTrajectory(tx, orgId, ownClient, trajectoryId)))?.trajectory.sessions[0];
    if (!session) throw new Error('the fixture trajectory has no session');
    await insertSrsAdministration(db, orgId, {
      clientId: ownClient,
      trajectoryId,
      sessionId: session.id,
      sessionNumber: 1,
      date: session.date,
      recordedBy: user.id,
    });
    therapist = await signIn(app, user.email, user.password);
    colleague = await signIn(app, other.email, other.password);
  });
  afterAll(async () => {
    await exportJobsSettled();
    await app.close();
    await db.close();
  });

  const get = (url: string, session: Session) =>
    app.inject({ method: 'GET', url, headers: { ...session.headers, prefer: 'respond-async' } });

  async function exportOf(url: string, session: Session): Promise<{ status: string; manifest: Manifest }> {
    const kickOff = await get(url, session);
    expect(kickOff.statusCode, kickOff.body).toBe(202);
    // Bulk Data kick-off: the asked-for asynchronous answer is acknowledged (RFC 7240 Preference-Applied).
    expect(kickOff.headers['preference-applied']).toBe('respond-async');
    const status = String(kickOff.headers['content-location']);
    expect(status).toContain(`${BASE}/$export-status/`);
    await exportJobsSettled();
    const done = await get(pathOf(status), session);
    expect(done.statusCode, done.body).toBe(200);
    return { status, manifest: done.json() as Manifest };
  }

  it('exports what the requester may see, per type as NDJSON, and audits each client as an export', async () => {
    const before = (await auditRows(db, orgId)).length;
    const { manifest } = await exportOf(`${BASE}/$export`, therapist);
    const types = manifest.output.map((o) => o.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'Patient',
        'EpisodeOfCare',
        'Encounter',
        'Goal',
        'CareTeam',
        'Practitioner',
        'QuestionnaireResponse',
        'Observation',
        'Flag',
      ]),
    );
    const observationFile = manifest.output.find((o) => o.type === 'Observation');
    const observations = await get(pathOf(observationFile?.url ?? ''), therapist);
    expect(
      observations.body
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { resourceType: string }).resourceType),
    ).toEqual(['Observation']);
    const patientFile = manifest.output.find((o) => o.type === 'Patient');
    expect(patientFile?.count).toBe(1);
    const file = await get(pathOf(patientFile?.url ?? ''), therapist);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/fhir+ndjson');
    const lines = file.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { resourceType: string; id: string });
    expect(lines).toEqual([expect.objectContaining({ resourceType: 'Patient', id: ownClient })]);
    expect(file.body).not.toContain(otherClient);

    const rows = (await auditRows(db, orgId)).slice(before);
    expect(rows).toContainEqual(
      expect.objectContaining({
        event: 'fhir.export',
        action: 'E',
        outcome: 'success',
        client_id: ownClient,
        user_id: therapistId,
      }),
    );
    expect(rows).toContainEqual(expect.objectContaining({ event: 'fhir.export.download', action: 'E', client_id: ownClient }));
    expect(rows.filter((r) => r['client_id'] === otherClient)).toEqual([]);
  });

  it('a patient export of someone without a care relationship holds nothing, and the refusal is audited', async () => {
    const before = (await auditRows(db, orgId)).length;
    const { manifest } = await exportOf(`${BASE}/Patient/${otherClient}/$export`, therapist);
    expect(manifest.output).toEqual([]);
    const rows = (await auditRows(db, orgId)).slice(before);
    expect(rows).toContainEqual(
      expect.objectContaining({
        event: 'fhir.export',
        action: 'E',
        outcome: 'denied',
        client_id: otherClient,
        problem_code: 'access.forbidden',
      }),
    );
  });

  it('only the requester sees the status and the files', async () => {
    const { status, manifest } = await exportOf(`${BASE}/Patient/${ownClient}/$export?_type=Patient,Encounter`, therapist);
    expect(manifest.output.map((o) => o.type).sort()).toEqual(['Encounter', 'Patient']);
    expect((await get(pathOf(status), colleague)).statusCode).toBe(404);
    expect((await get(pathOf(manifest.output[0]?.url ?? ''), colleague)).statusCode).toBe(404);
  });

  it('a download checks access again: what was withdrawn since stays out, and the refusal is audited', async () => {
    const { manifest } = await exportOf(`${BASE}/Patient/${ownClient}/$export?_type=Encounter`, therapist);
    await db.withOrg(orgId, (tx) =>
      tx.query(`update care_team_members set valid_until = valid_from where client_id = $1 and user_id = $2`, [
        ownClient,
        therapistId,
      ]),
    );
    const before = (await auditRows(db, orgId)).length;
    const file = await get(pathOf(manifest.output[0]?.url ?? ''), therapist);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('');
    const rows = (await auditRows(db, orgId)).slice(before);
    expect(rows).toContainEqual(
      expect.objectContaining({ event: 'fhir.export.download', outcome: 'denied', client_id: ownClient }),
    );
    await db.withOrg(orgId, (tx) =>
      tx.query(`update care_team_members set valid_until = null where client_id = $1 and user_id = $2`, [ownClient, therapistId]),
    );
  });

  it('one job runs once, however many runners start it at the same moment (the database decides)', async () => {
    const [job] = await db.withOrg(orgId, (tx) =>
      tx.query<{ id: string }>(
        `insert into fhir_export_jobs (org_id, requested_by, client_id, types, request_url) values ($1, $2, $3, '{Patient}', 'test') returning id`,
        [orgId, therapistId, ownClient],
      ),
    );
    const jobId = job?.id ?? '';
    const audit = { userId: therapistId, responsibleUserId: therapistId, ip: null, userAgent: null };
    await Promise.all(Array.from({ length: 50 }, () => runExportJob(db, orgId, jobId, audit, 90)));
    const [files] = await db.withOrg(orgId, (tx) =>
      tx.query<{ n: number }>(`select count(*)::int as n from fhir_export_files where job_id = $1`, [jobId]),
    );
    expect(files?.n).toBe(1);
  });

  it('refuses an unknown type, and a request without a session', async () => {
    const unknown = await get(`${BASE}/$export?_type=Patient,Spaceship`, therapist);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ expression: ['/querystring/_type'] }] });
    const anonymous = await app.inject({ method: 'GET', url: `${BASE}/$export` });
    expect(anonymous.statusCode).toBe(401);
  });
});
