import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOffer } from '../daginvulling/offer-store.js';
import type { Database } from '../db/database.js';
import { MATRIX_OFFER } from '../testing/client-record-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
} from '../testing/test-database.js';
import { insertTrajectory } from '../testing/trajectory-fixture.js';

const BASE = '/api/fhir/R4';
const REASON = 'Cliënt onwel op de groep, behandelplan nagaan';

interface Bundle {
  resourceType: string;
  total: number;
  link: { relation: string; url: string }[];
  entry?: { fullUrl: string; resource: { resourceType: string; id: string }; search: { mode: string } }[];
}
const codeOf = (body: string) =>
  (JSON.parse(body) as { issue: { details: { coding: { code: string }[] } }[] }).issue[0]?.details.coding[0]?.code;

/** The FHIR facade is not a side door: the same access check, the same audit, the same answers. */
describe('FHIR R4 facade: access and audit', { timeout: 120_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let clientId: string;
  let trajectoryId: string;
  let treater: Session;
  let outsider: Session;
  let outsiderId: string;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'FHIR');
    clientId = await createTestClient(db, orgId, '1958-03-14');
    const therapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Therapeut');
    const other = await createTestUser(db, orgId, ['vaktherapeut'], 'Andere therapeut');
    outsiderId = other.id;
    await addToCareTeam(db, orgId, clientId, therapist.id, 'vaktherapeut');
    trajectoryId = await insertTrajectory(db, orgId, clientId, {
      therapistId: therapist.id,
      birthDate: '1958-03-14',
      sessions: ['2026-10-06', '2026-10-13', '2026-10-20'],
    });
    treater = await signIn(app, therapist.email, therapist.password);
    outsider = await signIn(app, other.email, other.password);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const get = (url: string, session?: Session) =>
    app.inject({ method: 'GET', url: `${BASE}${url}`, ...(session ? { headers: session.headers } : {}) });

  it('publishes a CapabilityStatement without a session', async () => {
    const response = await get('/metadata');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/fhir+json');
    const statement = response.json() as { fhirVersion: string; rest: { resource: { type: string }[] }[] };
    expect(statement.fhirVersion).toBe('4.0.1');
    expect(statement.rest[0]?.resource.map((r) => r.type)).toEqual(
      expect.arrayContaining(['Patient', 'EpisodeOfCare', 'Encounter', 'AuditEvent', 'HealthcareService']),
    );
  });

  it('answers without a session with 401 as an OperationOutcome', async () => {
    const response = await get(`/EpisodeOfCare?patient=${clientId}`);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] });
    expect(codeOf(response.body)).toBe('auth.unauthenticated');
  });

  it('the care team reads through FHIR, and each read is audited like the JSON API', async () => {
    const before = (await auditRows(db, orgId)).length;
    const response = await get(`/EpisodeOfCare?patient=Patient/${clientId}`, treater);
    expect(response.statusCode).toBe(200);
    const bundle = response.json() as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', total: 1 });
    expect(bundle.entry?.[0]?.resource).toMatchObject({ resourceType: 'EpisodeOfCare', id: trajectoryId });

    const read = await get(`/CarePlan/${trajectoryId}`, treater);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ resourceType: 'CarePlan', status: 'active' });

    const rows = (await auditRows(db, orgId)).slice(before);
    expect(rows).toEqual([
      expect.objectContaining({
        event: 'fhir.EpisodeOfCare.search',
        action: 'R',
        outcome: 'success',
        client_id: clientId,
        basis: 'care_team',
      }),
      expect.objectContaining({
        event: 'fhir.CarePlan.read',
        action: 'R',
        outcome: 'success',
        client_id: clientId,
        object_id: trajectoryId,
      }),
    ]);
  });

  it('someone without a care relationship gets 403 and an audit record, through search and read alike', async () => {
    const before = (await auditRows(db, orgId)).length;
    const search = await get(`/Encounter?patient=${clientId}`, outsider);
    expect(search.statusCode).toBe(403);
    expect(codeOf(search.body)).toBe('access.forbidden');
    const read = await get(`/Patient/${clientId}`, outsider);
    expect(read.statusCode).toBe(403);
    expect(read.body).not.toContain('Cliënt');
    const rows = (await auditRows(db, orgId)).slice(before);
    // An Encounter is a treatment session or a day-activity attendance: each part is refused and audited on its own.
    expect(rows).toEqual([
      expect.objectContaining({
        event: 'fhir.Encounter.search',
        outcome: 'denied',
        object_type: 'treatment',
        client_id: clientId,
        user_id: outsiderId,
        problem_code: 'access.forbidden',
      }),
      expect.objectContaining({
        event: 'fhir.Encounter.search',
        outcome: 'denied',
        object_type: 'day_activities',
        client_id: clientId,
        user_id: outsiderId,
        problem_code: 'access.forbidden',
      }),
      expect.objectContaining({
        event: 'fhir.Patient.read',
        outcome: 'denied',
        client_id: clientId,
        user_id: outsiderId,
        problem_code: 'access.forbidden',
      }),
    ]);
  });

  it('an id nobody knows gets the same 403, and is audited', async () => {
    const before = (await auditRows(db, orgId)).length;
    const response = await get('/EpisodeOfCare/00000000-0000-4000-8000-00000000abcd', treater);
    expect(response.statusCode).toBe(403);
    expect(codeOf(response.body)).toBe('access.forbidden');
    const rows = (await auditRows(db, orgId)).slice(before);
    expect(rows).toEqual([expect.objectContaining({ outcome: 'denied', problem_code: 'access.forbidden' })]);
  });

  it('break-glass opens FHIR reads too, audited with the reason', async () => {
    const opened = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/break-glass`,
      headers: outsider.headers,
      payload: { reason: REASON },
    });
    expect(opened.statusCode).toBe(201);
    const before = (await auditRows(db, orgId)).length;
    const response = await get(`/Goal?patient=${clientId}`, outsider);
    expect(response.statusCode).toBe(200);
    expect((response.json() as Bundle).total).toBe(2);
    const rows = (await auditRows(db, orgId)).slice(before);
    expect(rows).toEqual([
      expect.objectContaining({
        event: 'fhir.Goal.search',
        outcome: 'success',
        break_glass: true,
        reason: REASON,
        user_id: outsiderId,
      }),
    ]);
  });

  it('pages with next and previous links, and includes what a match references', async () => {
    const first = await get(`/Encounter?patient=${clientId}&_count=2&_include=Encounter:episode-of-care`, treater);
    const page1 = first.json() as Bundle;
    expect(page1.total).toBe(3);
    expect(page1.entry?.filter((e) => e.search.mode === 'match')).toHaveLength(2);
    expect(page1.entry?.filter((e) => e.search.mode === 'include').map((e) => e.resource.id)).toEqual([trajectoryId]);
    const next = page1.link.find((l) => l.relation === 'next')?.url ?? '';
    expect(next).toContain('_offset=2');
    const second = await app.inject({
      method: 'GET',
      url: new URL(next).pathname + new URL(next).search,
      headers: treater.headers,
    });
    const page2 = second.json() as Bundle;
    expect(page2.entry?.filter((e) => e.search.mode === 'match')).toHaveLength(1);
    expect(page2.link.map((l) => l.relation)).toContain('previous');
    expect(page2.link.map((l) => l.relation)).not.toContain('next');
  });

  it('searches by date and status', async () => {
    const october = (await get(`/Encounter?patient=${clientId}&date=ge2026-10-10&date=le2026-10-31`, treater)).json() as Bundle;
    expect(october.total).toBe(2);
    const finished = (await get(`/EpisodeOfCare?patient=${clientId}&status=finished`, treater)).json() as Bundle;
    expect(finished.total).toBe(0);
    const category = (await get(`/Goal?patient=${clientId}&lifecycle-status=active`, treater)).json() as Bundle;
    expect(category.total).toBe(2);
  });

  it('refuses a bad date or an unknown parameter with 400 and the parameter’s path', async () => {
    const date = await get(`/Encounter?patient=${clientId}&date=2026-13-45`, treater);
    expect(date.statusCode).toBe(400);
    expect(codeOf(date.body)).toBe('request.invalid');
    expect(date.json()).toMatchObject({ issue: [{ expression: ['/querystring/date'] }] });
    const unknown = await get(`/Encounter?patient=${clientId}&colour=blue`, treater);
    expect(unknown.statusCode).toBe(400);
    const noPatient = await get('/Encounter', treater);
    expect(noPatient.statusCode).toBe(400);
  });

  it('the organisation’s own data follows the JSON API’s permissions', async () => {
    const practitioners = await get('/Practitioner', treater);
    expect(practitioners.statusCode).toBe(200);
    expect((practitioners.json() as Bundle).total).toBe(2);
    const organisation = (await get('/Organization', treater)).json() as Bundle;
    expect(organisation.entry?.map((e) => e.resource.id)).toEqual([orgId]);
  });

  it('offers on the social map with their place, for everyone signed in', async () => {
    const offerId = await db.withOrg(orgId, (tx) => insertOffer(tx, orgId, MATRIX_OFFER, '2026-11-01'));
    const offers = (
      await get('/HealthcareService?name=werkplaats&_include=HealthcareService:location', outsider)
    ).json() as Bundle;
    expect(offers.total).toBe(1);
    expect(offers.entry?.map((e) => [e.resource.resourceType, e.resource.id, e.search.mode])).toEqual([
      ['HealthcareService', offerId, 'match'],
      ['Location', offerId, 'include'],
    ]);
  });
});
