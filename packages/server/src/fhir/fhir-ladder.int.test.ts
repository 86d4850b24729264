import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createClientRecord, secret, type ClientRecordFixture } from '../testing/client-record-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import { auditRows, createTestOrganisation, createTestUser, openTestDatabase } from '../testing/test-database.js';

const BASE = '/api/fhir/R4';
interface Observation {
  resourceType: string;
  id: string;
  valueInteger?: number;
  category: { coding: { code: string }[] }[];
  component: { code: { coding: { code: string }[] }; valueInteger?: number; valueBoolean?: boolean }[];
}
interface Bundle {
  entry?: { resource: Observation; search: { mode: string } }[];
}
const codeOf = (body: string) =>
  (JSON.parse(body) as { issue: { details: { coding: { code: string }[] } }[] }).issue[0]?.details.coding[0]?.code;

/**
 * Issue 15, the ladder over FHIR: a recorded position on the participation ladder (REFERENCE.md §5;
 * 003 L1540-1544) is an Observation of the participation-plan part, next to the instruments' scores (measurements).
 * It is checked under its own category and the client's disclosure of the ladder (003 L1912-1915), searched
 * apart by category, read by id, and every read or refusal is audited.
 */
describe('FHIR R4: the participation ladder as an Observation of its own part', { timeout: 180_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let record: ClientRecordFixture;
  let ladderId: string;
  /** On the care team as activity supervisor: the plan and its ladder. */
  let supervisor: Session;
  /** External with consent to the plan; the client shared strengths and steps with their kind of party, not the ladder. */
  let workCoach: Session;
  let workCoachId: string;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'FHIR-ladder');
    record = await createClientRecord(db, orgId, [
      { audience: 'werkbegeleider', mayKnow: secret('disclosure'), sections: ['strengths', 'steps'] },
    ]);
    const coach = await createTestUser(db, orgId, ['werkbegeleider'], 'Werkbegeleider');
    workCoachId = coach.id;
    await db.withOrg(orgId, async (tx) => {
      await tx.query(
        `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, given_by, recorded_by, recorded_how)
         values ($1, $2, $3, '{personalia,participation_plan}', 'read', '2020-01-01', 'client', $3, 'in_person')`,
        [orgId, record.clientId, coach.id],
      );
      const [ladder] = await tx.query<{ id: string }>(
        `insert into ladder_positions (org_id, client_id, date, rung, within_rung_step, target_rung, wants_to_stay, note, recorded_by)
         values ($1, $2, '2026-10-01', 3, 2, 4, false, 'Wil naar vrijwilligerswerk.', $3) returning id`,
        [orgId, record.clientId, record.supervisor.id],
      );
      ladderId = ladder?.id ?? '';
    });
    supervisor = await signIn(app, record.supervisor.email, record.supervisor.password);
    workCoach = await signIn(app, coach.email, coach.password);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const get = (url: string, session: Session) => app.inject({ method: 'GET', url: `${BASE}${url}`, headers: session.headers });
  const matches = (body: string) =>
    ((JSON.parse(body) as Bundle).entry ?? []).filter((e) => e.search.mode === 'match').map((e) => e.resource);

  it('gives the supervisor the position with its rung, growth, own target and wish, found by category', async () => {
    const response = await get(`/Observation?patient=${record.clientId}&category=social-history`, supervisor);
    expect(response.statusCode, response.body).toBe(200);
    const found = matches(response.body);
    // The record fixture holds a position of its own too; every match is a ladder position.
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.every((r) => r.category[0]?.coding[0]?.code === 'social-history')).toBe(true);
    const ladder = found.find((r) => r.id === ladderId);
    expect(ladder).toMatchObject({ resourceType: 'Observation', id: ladderId, valueInteger: 3 });
    expect(ladder?.component.map((c) => c.valueInteger ?? c.valueBoolean)).toEqual([2, 4, false]);
    const read = await get(`/Observation/${ladderId}`, supervisor);
    expect(read.statusCode, read.body).toBe(200);
  });

  it('keeps the ladder out of a search for the instruments’ scores, without checking or auditing its part', async () => {
    const before = (await auditRows(db, orgId)).length;
    const response = await get(`/Observation?patient=${record.clientId}&category=survey`, supervisor);
    expect(JSON.stringify(matches(response.body))).not.toContain(ladderId);
    const audited = (await auditRows(db, orgId)).slice(before);
    expect(audited.map((a) => a['object_type'])).not.toContain('participation_plan');
  });

  it('refuses the ladder to a party the client did not share it with, and audits the refusal', async () => {
    const before = (await auditRows(db, orgId)).length;
    const search = await get(`/Observation?patient=${record.clientId}&category=social-history`, workCoach);
    expect(search.statusCode).toBe(403);
    expect(codeOf(search.body)).toBe('access.not_disclosed');
    const read = await get(`/Observation/${ladderId}`, workCoach);
    expect(read.statusCode).toBe(403);
    const denials = (await auditRows(db, orgId))
      .slice(before)
      .filter((a) => a['outcome'] === 'denied' && a['user_id'] === workCoachId);
    expect(denials.length).toBeGreaterThanOrEqual(2);
    expect(denials.every((a) => a['client_id'] === record.clientId)).toBe(true);
  });
});
