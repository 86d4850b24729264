import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { ApiClient } from '../testing/api-client.js';
import { buildTestApp } from '../testing/test-app.js';
import {
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
} from '../testing/test-database.js';
import { insertOffer, type OfferInputData } from './offer-store.js';
import { problemCodeInOutcome } from '../fhir/fhir-http.js';

const OFFER: OfferInputData = {
  name: 'Werkplaats',
  provider: 'Test',
  internal: false,
  description: 'Test',
  form: 'arbeidsmatige_dagbesteding',
  access: 'geen',
  conditions: '',
  forWhom: '',
  interests: [],
  learn: [],
  level: 'vmbo',
  groupOrIndividual: 'groep',
  schedule: [{ day: 'di', from: '09:00', to: '12:00' }],
  eveningsWeekends: false,
  openInHolidays: false,
  capacity: 40,
  address: null,
  lat: 52.52,
  lon: 6.05,
  online: false,
  publicTransport: 'Bus 3, halte om de hoek',
  wheelchairAccessible: true,
  lowStimulus: false,
  smallScale: false,
  socialSafety: { contactPerson: true, buddy: false, houseRules: true },
  costPerMonth: 0,
  compensationPerHour: null,
  benefitEffect: '',
  roles: ['deelnemer'],
  expertsByExperience: false,
  partners: '',
  results: '',
};

interface Overview {
  municipalities: string[];
  rows: { municipality: string | null; neighbourhood: string | null }[];
  columns: (number | 'unknown')[];
  offers: { total: number };
  occupied: { cells: (number | null)[][]; rowTotals: (number | null)[]; total: number | null };
  placesFree: { cells: (number | null)[][] };
  waiting: { cells: (number | null)[][]; total: number | null };
  unmetNeeds: { cells: (number | null)[][]; total: number | null };
  markers: { name: string }[];
}

describe('the municipal overview', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let officer: ApiClient;
  let officerId: string;
  let admin: ApiClient;
  const clientIds: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { municipalMinCellSize: 10 });
    orgId = await createTestOrganisation(db, 'Gemeentezicht');
    const gemeente = await createTestUser(db, orgId, ['gemeente'], 'Wmo-consulent');
    const beheerder = await createTestUser(db, orgId, ['beheerder']);
    officerId = gemeente.id;
    officer = await ApiClient.signIn(app, gemeente.email, gemeente.password);
    admin = await ApiClient.signIn(app, beheerder.email, beheerder.password);
    // 12 take part in Stadshagen (rung 3), 3 volunteer in Holtenbroek (rung 4), 2 wait in Stadshagen,
    // 30 take part in Kampen (not bound to the officer); 11 in Zwolle have a need no offer met.
    for (let i = 0; i < 58; i++) clientIds.push(await createTestClient(db, orgId, `19${50 + (i % 40)}-01-01`));
    await db.withOrg(orgId, async (tx) => {
      const werkplaats = await insertOffer(
        tx,
        orgId,
        { ...OFFER, municipality: 'Zwolle', neighbourhood: 'Stadshagen' },
        '2026-01-01',
      );
      const vrijwillig = await insertOffer(
        tx,
        orgId,
        {
          ...OFFER,
          name: 'Buurthuis',
          form: 'vrijwilligerswerk',
          roles: ['vrijwilliger'],
          municipality: 'Zwolle',
          neighbourhood: 'Holtenbroek',
        },
        '2026-01-01',
      );
      const kampen = await insertOffer(
        tx,
        orgId,
        { ...OFFER, name: 'Kampen werkt', municipality: 'Kampen', neighbourhood: 'Centrum' },
        '2026-01-01',
      );
      const enrol = (client: string, offer: string, status: string) =>
        tx.query(
          `insert into enrolments (org_id, client_id, offer_id, status, started_on, financer, unit_rule)
           values ($1, $2, $3, $4, '2026-01-01', 'wmo', '{"kind":"minuut","countOnline":true}')`,
          [orgId, client, offer, status],
        );
      let n = 0;
      const next = () => clientIds[n++] as string;
      for (let i = 0; i < 12; i++) await enrol(next(), werkplaats, 'actief');
      for (let i = 0; i < 3; i++) await enrol(next(), vrijwillig, 'actief');
      for (let i = 0; i < 2; i++) await enrol(next(), werkplaats, 'aangemeld');
      for (let i = 0; i < 30; i++) await enrol(next(), kampen, 'actief');
      for (let i = 0; i < 11; i++)
        await tx.query(
          `insert into unmet_needs (org_id, client_id, sought, area, why_nothing_fitted, municipality, recorded_by)
           values ($1, $2, 'tuinieren', 'Stadshagen', 'te ver', 'Zwolle', $3)`,
          [orgId, next(), officerId],
        );
    });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('shows nothing before the officer is bound to a municipality; the administrator binds only a gemeente user', async () => {
    const before = await officer.get<Overview>('/api/v1/municipal-overview');
    expect(before.municipalities).toEqual([]);
    expect(before.rows).toEqual([]);
    const put = (userId: string, municipalities: string[]) =>
      app.inject({
        method: 'PUT',
        url: `/api/v1/users/${userId}/municipalities`,
        headers: admin.session.headers,
        payload: { municipalities },
      });
    const [beheerderId] = await db.withOrg(orgId, (tx) =>
      tx.query<{ user_id: string }>(`select user_id from user_roles where role = 'beheerder'`),
    );
    const refused = await put(beheerderId?.user_id ?? '', ['Zwolle']);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'municipality.not_a_municipality_user',
      errors: [{ path: '/params/userId' }],
    });
    expect((await put('00000000-0000-4000-8000-000000000001', ['Zwolle'])).json().code).toBe('resource.not_found');
    const bound = await put(officerId, ['Zwolle']);
    expect(bound.statusCode).toBe(200);
    expect(bound.json()).toEqual({ municipalities: ['Zwolle'] });
  });

  it('keeps one whole list when 50 administrators replace the binding at once (row lock)', async () => {
    const lists = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? ['Zwolle'] : ['Zwolle', `Wijk ${i}`]));
    const responses = await Promise.all(
      lists.map((municipalities) =>
        app.inject({
          method: 'PUT',
          url: `/api/v1/users/${officerId}/municipalities`,
          headers: admin.session.headers,
          payload: { municipalities },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(lists.map(() => 200));
    const stored = await db.withOrg(orgId, (tx) =>
      tx.query<{ municipality: string }>(`select municipality from user_municipalities where user_id = $1 order by 1`, [
        officerId,
      ]),
    );
    const final = stored.map((r) => r.municipality);
    expect(lists.some((l) => JSON.stringify([...l].sort()) === JSON.stringify(final))).toBe(true);
    // back to Zwolle alone for the next tests
    const reset = await app.inject({
      method: 'PUT',
      url: `/api/v1/users/${officerId}/municipalities`,
      headers: admin.session.headers,
      payload: { municipalities: ['Zwolle'] },
    });
    expect(reset.statusCode).toBe(200);
  });

  it('gives per neighbourhood and rung the counts, suppressing cells under 10 persons and the sums that would reveal them', async () => {
    const view = await officer.get<Overview>('/api/v1/municipal-overview');
    expect(view.municipalities).toEqual(['Zwolle']);
    expect(view.rows.map((r) => r.neighbourhood)).toEqual(['Holtenbroek', 'Stadshagen']); // not Kampen
    const stadshagen = view.rows.findIndex((r) => r.neighbourhood === 'Stadshagen');
    const holtenbroek = view.rows.findIndex((r) => r.neighbourhood === 'Holtenbroek');
    const rung3 = view.columns.indexOf(3);
    const rung4 = view.columns.indexOf(4);
    expect(view.offers.total).toBe(2);
    // 12 persons: shown; 3 persons: suppressed, with the places free that would give them away
    expect(view.occupied.cells[stadshagen]?.[rung3]).toBe(12);
    expect(view.occupied.cells[holtenbroek]?.[rung4]).toBeNull();
    expect(view.placesFree.cells[holtenbroek]?.[rung4]).toBeNull();
    expect(view.placesFree.cells[stadshagen]?.[rung3]).toBe(28);
    // complementary: the grand total 15 minus the visible 12 would give the 3 away, so it is hidden too
    expect(view.occupied.rowTotals[holtenbroek]).toBeNull();
    expect(view.occupied.total).toBeNull();
    // 2 waiting: suppressed; 11 unmet needs in Stadshagen (rung unknown): shown
    expect(view.waiting.cells[stadshagen]?.[rung3]).toBeNull();
    expect(view.waiting.total).toBeNull();
    expect(view.unmetNeeds.total).toBe(11);
    expect(view.markers.map((m) => m.name).sort()).toEqual(['Buurthuis', 'Werkplaats']);
  });

  it('names no client and records the reading in the audit trail', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/municipal-overview', headers: officer.session.headers });
    for (const id of clientIds) expect(response.body).not.toContain(id);
    const audit = await auditRows(db, orgId);
    const reads = audit.filter((r) => r.event === 'municipal_overview.read');
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.at(-1)).toMatchObject({
      user_id: officerId,
      client_id: null,
      object_type: 'municipality',
      object_id: 'Zwolle',
      outcome: 'success',
    });
    expect(audit.some((r) => r.event === 'user.municipalities' && r.object_id === officerId)).toBe(true);
  });

  it('lets the municipality read no client route: every one refuses', async () => {
    const clientRoutes = app.declaredRoutes.filter(
      (r) => (r.access.kind === 'client' || r.access.kind === 'client_parts') && r.method === 'GET',
    );
    expect(clientRoutes.length).toBeGreaterThan(10);
    const someId = '00000000-0000-4000-8000-00000000abcd';
    let forbidden = 0;
    for (const route of clientRoutes) {
      const url = route.url.replace(':clientId', clientIds[0] as string).replace(/:[a-zA-Z]+/g, someId);
      const response = await app.inject({ method: 'GET', url, headers: officer.session.headers });
      // A route of a client's record refuses with access.forbidden; one that needs a query parameter
      // refuses the request first (400), one by another object's id finds no such object (404).
      // A FHIR route answers with an OperationOutcome that carries the same code.
      const body = response.json() as { code?: string; resourceType?: string; entry?: unknown[] };
      const code = body.code ?? problemCodeInOutcome(body);
      const refused = route.url.includes(':clientId')
        ? code === 'access.forbidden' || code === 'request.invalid'
        : [403, 404].includes(response.statusCode) || code === 'request.invalid' || isEmptyBundle(body);
      expect({ url: route.url, refused }).toEqual({ url: route.url, refused: true });
      if (code === 'access.forbidden') forbidden++;
    }
    expect(forbidden).toBeGreaterThan(10);
    const list = await app.inject({ method: 'GET', url: '/api/v1/clients', headers: officer.session.headers });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({ items: [] }); // no relationship with any client, no directory
  });
});

/** A FHIR search across patients answers with the patients one may see: for the municipality, none. */
function isEmptyBundle(body: { resourceType?: string; entry?: unknown[] }): boolean {
  return body.resourceType === 'Bundle' && (body.entry ?? []).length === 0;
}
