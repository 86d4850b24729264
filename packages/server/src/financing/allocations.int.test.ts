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
import { wmo301Xml } from '../testing/wmo301-fixture.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const XSD = readFileSync(new URL('./schemas/wmo301.xsd', import.meta.url), 'utf8');
const BSN = '111222333';
const OTHER_BSN = '123456782';
const empty = { wlz: [], wmo: [], jeugdwet: [], participatiewet: [], insurance: [] };

describe('allocations: iWmo 301 import, enrolment link, delivery against the allocation', { timeout: 300_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let clientId: string;
  let enrolmentId: string;
  let planner: Session;
  let supervisor: Session;
  let otherPlanner: Session;
  let otherOrgId: string;

  const call = async (who: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: object = {}) => {
    const response = await app.inject({ method, url, headers: { ...who.headers, ...headers }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: (response.body ? response.json() : null) as Json };
  };
  const importFiles = (who: Session, ...xml: string[]) =>
    call(who, 'POST', '/api/v1/wmo301-imports', { files: xml.map((x, i) => ({ name: `toewijzing-${i}.xml`, xml: x })) });

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Dagbesteding De Brug');
    await db.asOwner((tx) => tx.query(`update organisations set agb_code = '12345678' where id = $1`, [orgId]));
    clientId = await createTestClient(db, orgId, '1980-03-01');
    const plannerUser = await createTestUser(db, orgId, ['planner']);
    const supervisorUser = await createTestUser(db, orgId, ['activiteitenbegeleider']);
    otherOrgId = await createTestOrganisation(db, 'Andere organisatie');
    const otherPlannerUser = await createTestUser(db, otherOrgId, ['planner']);
    await db.withOrg(orgId, async (tx) => {
      const offerId = await insertOffer(tx, orgId, { ...MATRIX_OFFER, access: 'wmo_maatwerk' }, '2026-01-01');
      const [group] = await tx.query<{ id: string }>(
        `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, season_from, supervisor_ids)
         values ($1, $2, 'Houtgroep', '[]', 'x', 10, '2026-01-01', $3) returning id`,
        [orgId, offerId, [supervisorUser.id]],
      );
      const [enrolment] = await tx.query<{ id: string }>(
        `insert into enrolments (org_id, client_id, offer_id, group_id, status, started_on, financer, unit_rule)
         values ($1, $2, $3, $4, 'actief', '2026-01-01', 'wmo', '{"kind":"dagdeel","minMinutes":120,"maxPerDay":2,"countOnline":false}')
         returning id`,
        [orgId, clientId, offerId, group?.id],
      );
      enrolmentId = enrolment?.id ?? '';
      // Three mornings in the first week of March: 2 dagdelen per week are allocated.
      for (const date of ['2026-03-02', '2026-03-03', '2026-03-04']) {
        const [occurrence] = await tx.query<{ id: string }>(
          `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, $3, '09:00', '12:00') returning id`,
          [orgId, group?.id, date],
        );
        await tx.query(
          `insert into attendance_records (org_id, occurrence_id, client_id, status, arrival, departure, minutes, recorded_by)
           values ($1, $2, $3, 'aanwezig', '09:00', '12:00', 180, $4)`,
          [orgId, occurrence?.id, clientId, supervisorUser.id],
        );
      }
    });
    planner = await signIn(app, plannerUser.email, plannerUser.password);
    supervisor = await signIn(app, supervisorUser.email, supervisorUser.password);
    otherPlanner = await signIn(app, otherPlannerUser.email, otherPlannerUser.password);
    const saved = await call(
      planner,
      'PUT',
      `/api/v1/clients/${clientId}/entitlements`,
      { bsn: BSN, entitlements: empty },
      {
        'if-match': '"0"',
      },
    );
    expect(saved.status).toBe(200);
  });

  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('the test message validates against the 301 schema written from the published structure', async () => {
    const validation = await validateXML({
      xml: [{ fileName: 'wmo301.xml', contents: wmo301Xml({ bsn: BSN, products: [{ number: 'TW-1' }] }) }],
      schema: [{ fileName: 'wmo301.xsd', contents: XSD }],
    });
    expect(validation.errors).toEqual([]);
  });

  it('refuses a BSN no client has, per file, and reads in nothing of the other files', async () => {
    const good = wmo301Xml({ bsn: BSN, products: [{ number: 'TW-9' }] });
    const unknown = wmo301Xml({ bsn: OTHER_BSN, products: [{ number: 'TW-8' }] });
    const result = await importFiles(planner, good, unknown);
    expect(result.status).toBe(422);
    expect(result.body.code).toBe('financing.wmo301_unknown_bsn');
    expect(result.body.errors).toEqual([expect.objectContaining({ path: '/body/files/1/Client/Bsn' })]);
    const list = await call(planner, 'GET', `/api/v1/clients/${clientId}/allocations?month=2026-03`);
    expect(list.body.allocations).toEqual([]);
  });

  it('refuses a BSN that fails the eleven test, a file that is no 301, and a message for another provider', async () => {
    const badBsn = await importFiles(planner, wmo301Xml({ bsn: '123456789', products: [{ number: 'TW-2' }] }));
    expect(badBsn.status).toBe(422);
    expect(badBsn.body.errors).toEqual([
      expect.objectContaining({ code: 'financing.bsn_invalid', path: '/body/files/0/Client/Bsn' }),
    ]);
    const notXml = await importFiles(planner, 'dit is geen bericht');
    expect(notXml.status).toBe(422);
    expect(notXml.body.code).toBe('financing.wmo301_invalid');
    const missing = await importFiles(
      planner,
      wmo301Xml({ bsn: BSN, products: [{ number: 'TW-2' }] }).replace(/<Afzender>.*<\/Afzender>/, ''),
    );
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: '/body/files/0/Header/Afzender' })]);
    const elsewhere = await importFiles(planner, wmo301Xml({ bsn: BSN, agb: '87654321', products: [{ number: 'TW-2' }] }));
    expect(elsewhere.body.code).toBe('financing.wmo301_wrong_receiver');
  });

  it('only the financial administration reads in allocations', async () => {
    const result = await importFiles(supervisor, wmo301Xml({ bsn: BSN, products: [{ number: 'TW-2' }] }));
    expect(result.status).toBe(403);
  });

  it('reads in a good file into the client’s allocations, audited, and a re-import changes nothing', async () => {
    const xml = wmo301Xml({ bsn: BSN, products: [{ number: 'TW-0363-1', volume: 2, unit: '16', frequency: '2' }] });
    const before = (await auditRows(db, orgId)).length;
    const first = await importFiles(planner, xml);
    expect(first.status).toBe(200);
    expect(first.body.files).toEqual([
      {
        name: 'toewijzing-0.xml',
        messageId: 'TW-301-1',
        clientId,
        allocations: [{ municipalityCode: '0363', allocationNumber: 'TW-0363-1', status: 'imported' }],
      },
    ]);
    const audits = (await auditRows(db, orgId)).slice(before);
    expect(audits).toEqual(
      expect.arrayContaining([expect.objectContaining({ event: 'wmo301.import', client_id: clientId, outcome: 'success' })]),
    );

    const entitlements = await call(planner, 'GET', `/api/v1/clients/${clientId}/entitlements`);
    expect(entitlements.body.entitlements.wmo).toEqual([
      expect.objectContaining({ allocationNumber: 'TW-0363-1', municipalityCode: '0363', productCategory: '07', volume: 2 }),
    ]);
    const version = entitlements.body.version;

    const again = await importFiles(planner, xml);
    expect(again.status).toBe(200);
    expect(again.body.files[0].allocations[0].status).toBe('unchanged');
    expect((await call(planner, 'GET', `/api/v1/clients/${clientId}/entitlements`)).body.version).toBe(version);

    // The same number with another volume is no re-import: 409, nothing changes.
    const changed = await importFiles(planner, wmo301Xml({ bsn: BSN, products: [{ number: 'TW-0363-1', volume: 5 }] }));
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('financing.wmo301_conflict');
  });

  it('two parallel imports of one message: one reads it in, the other finds it', async () => {
    const xml = wmo301Xml({ bsn: BSN, id: 'TW-301-2', products: [{ number: 'TW-0363-2', volume: 1, frequency: '4' }] });
    const results = await Promise.all([importFiles(planner, xml), importFiles(planner, xml)]);
    const statuses = results.map((r) => (r.status === 200 ? r.body.files[0].allocations[0].status : r.body.code)).sort();
    // On PostgreSQL the second waits on the unique key; a lost version race is a 409 the caller may retry.
    expect(statuses[0] === 'imported' || statuses[1] === 'imported').toBe(true);
    expect(statuses.filter((s) => s === 'imported')).toHaveLength(1);
    const [count] = await db.asOwner((tx) =>
      tx.query<{ n: number }>(`select count(*)::int as n from wmo301_receipts where allocation_number = 'TW-0363-2'`),
    );
    expect(count?.n).toBe(1);
  });

  it('another organisation cannot see the allocations or find the client by BSN', async () => {
    const list = await call(otherPlanner, 'GET', `/api/v1/clients/${clientId}/allocations?month=2026-03`);
    expect(list.status).toBe(403);
    const result = await importFiles(otherPlanner, wmo301Xml({ bsn: BSN, products: [{ number: 'TW-X' }] }));
    expect(result.body.code).toBe('financing.wmo301_unknown_bsn');
    // Row-level security: the other organisation's transaction sees no receipt of this one.
    const rows = await db.withOrg(otherOrgId, (tx) => tx.query(`select 1 from wmo301_receipts`));
    expect(rows).toEqual([]);
  });

  it('links the enrolment to its allocation and warns when attendance goes beyond it', async () => {
    const unknown = await call(planner, 'PUT', `/api/v1/clients/${clientId}/enrolments/${enrolmentId}/allocation`, {
      allocation: { municipalityCode: '0363', allocationNumber: 'NOPE' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('financing.allocation_missing');
    const linked = await call(planner, 'PUT', `/api/v1/clients/${clientId}/enrolments/${enrolmentId}/allocation`, {
      allocation: { municipalityCode: '0363', allocationNumber: 'TW-0363-1' },
    });
    expect(linked.status).toBe(204);
    const list = await call(planner, 'GET', `/api/v1/clients/${clientId}/allocations?month=2026-03`);
    expect(list.status).toBe(200);
    const allocation = list.body.allocations.find((a: Json) => a.allocationNumber === 'TW-0363-1');
    expect(allocation).toMatchObject({ source: 'wmo301', enrolmentIds: [enrolmentId] });
    // 3 mornings in one week, 2 dagdelen a week allowed over the 6 calendar weeks March 2026 touches (it starts on a Sunday, IV077): within.
    expect(allocation.use).toMatchObject({ delivered: 3, allowed: 12, exceededBy: 0 });
    // Linked to the allocation of 1 dagdeel a month: the three mornings go beyond it.
    await call(planner, 'PUT', `/api/v1/clients/${clientId}/enrolments/${enrolmentId}/allocation`, {
      allocation: { municipalityCode: '0363', allocationNumber: 'TW-0363-2' },
    });
    const over = await call(planner, 'GET', `/api/v1/clients/${clientId}/allocations?month=2026-03`);
    expect(over.body.allocations.find((a: Json) => a.allocationNumber === 'TW-0363-2').use).toMatchObject({
      delivered: 3,
      allowed: 1,
      exceededBy: 2,
    });
    await call(planner, 'PUT', `/api/v1/clients/${clientId}/enrolments/${enrolmentId}/allocation`, {
      allocation: { municipalityCode: '0363', allocationNumber: 'TW-0363-1' },
    });
    expect(list.body.enrolments).toEqual([
      expect.objectContaining({ id: enrolmentId, allocationMunicipalityCode: '0363', allocationNumber: 'TW-0363-1' }),
    ]);
  });
});
