import { isoDateIn } from '@meedoen/core';
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
  type TestUser,
} from '../testing/test-database.js';

interface Item {
  id: string;
  clientId: string;
  clientName: string;
  granteeName: string;
  categories: string[];
  validUntil: string | null;
  status: string;
  recordedByName: string;
  revokedAt: string | null;
  revokedByName: string | null;
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}

/** Issue 14: the privacy officer's overview of consents across persons, of her own organisation only. */
describe('the consent overview across persons', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let otherOrg: string;
  let anna: string;
  let bram: string;
  let elsewhereClient: string;
  let therapist: TestUser;
  let supervisor: TestUser;
  let officerUser: TestUser;
  let officer: Session;
  let otherOfficer: Session;
  let therapistSession: Session;
  let administrator: Session;
  const ids: Record<string, string> = {};
  const today = isoDateIn(new Date());
  const inDays = (days: number) => {
    const date = new Date(`${today}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  };

  const named = async (org: string, id: string, given: string, family: string) =>
    db.asOwner((tx) =>
      tx.query(`update clients set given_name = $3, family_name = $4 where org_id = $1 and id = $2`, [org, id, given, family]),
    );
  /** A consent as a professional on the care team records it, through the API. */
  const record = async (clientId: string, extra: object) => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/consents`,
      headers: therapistSession.headers,
      payload: { granteeUserId: supervisor.id, level: 'read', givenBy: 'client', recordedHow: 'in_person', ...extra },
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  };
  const overview = (session: Session | undefined, query = '') =>
    app.inject({ method: 'GET', url: `/api/v1/consents${query}`, headers: session?.headers ?? {} });

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Toestemmingen');
    otherOrg = await createTestOrganisation(db, 'Elders');
    anna = await createTestClient(db, orgId, '1990-02-02');
    bram = await createTestClient(db, orgId, '1985-07-07');
    elsewhereClient = await createTestClient(db, otherOrg, '1970-01-01');
    await named(orgId, anna, 'Anna', 'Bakker');
    await named(orgId, bram, 'Bram', 'de Wit');
    await named(otherOrg, elsewhereClient, 'Cora', 'Elders');
    therapist = await createTestUser(db, orgId, ['regiebehandelaar'], 'Regie Behandelaar');
    supervisor = await createTestUser(db, orgId, ['werkbegeleider'], 'Werk Begeleider');
    for (const id of [anna, bram]) await addToCareTeam(db, orgId, id, therapist.id, 'regiebehandelaar');
    officerUser = await createTestUser(db, orgId, ['privacyfunctionaris'], 'Privacy Functionaris');
    officer = await signIn(app, officerUser.email, officerUser.password);
    therapistSession = await signIn(app, therapist.email, therapist.password);
    const admin = await createTestUser(db, orgId, ['beheerder'], 'Functioneel Beheerder');
    administrator = await signIn(app, admin.email, admin.password);

    ids['expiring'] = await record(anna, { categories: ['personalia'], validUntil: inDays(10) });
    ids['open'] = await record(anna, { categories: ['participation_plan'] });
    ids['revoked'] = await record(bram, { categories: ['personalia', 'participation_plan'] });
    const revoked = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${bram}/consents/${ids['revoked']}/revocation`,
      headers: therapistSession.headers,
      payload: { reason: 'Cliënt wil dit niet meer' },
    });
    expect(revoked.statusCode).toBe(200);
    // A consent that ran out last year: the API records no period in the past, so it is written as history.
    const [expired] = await db.withOrg(orgId, (tx) =>
      tx.query<{ id: string }>(
        `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, valid_until, given_by,
                                     recorded_by, recorded_how, recorded_at)
         values ($1, $2, $3, '{day_activities}', 'read', $4, $5, 'client', $6, 'in_person', now() - interval '400 days')
         returning id`,
        [orgId, bram, supervisor.id, inDays(-400), inDays(-30), therapist.id],
      ),
    );
    ids['expired'] = expired?.id ?? '';

    const otherOfficerUser = await createTestUser(db, otherOrg, ['privacyfunctionaris'], 'Andere Functionaris');
    otherOfficer = await signIn(app, otherOfficerUser.email, otherOfficerUser.password);
    const otherTherapist = await createTestUser(db, otherOrg, ['regiebehandelaar'], 'Andere Behandelaar');
    const otherGrantee = await createTestUser(db, otherOrg, ['werkbegeleider'], 'Andere Werkbegeleider');
    const [elsewhere] = await db.withOrg(otherOrg, (tx) =>
      tx.query<{ id: string }>(
        `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, given_by, recorded_by, recorded_how)
         values ($1, $2, $3, '{personalia}', 'read', $4, 'client', $5, 'in_person') returning id`,
        [otherOrg, elsewhereClient, otherGrantee.id, today, otherTherapist.id],
      ),
    );
    ids['elsewhere'] = elsewhere?.id ?? '';
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('shows the privacy officer every consent of her organisation — person, grantee, parts, period, who recorded — and none of another', async () => {
    const response = await overview(officer);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as Page;
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((item) => item.id).sort()).toEqual(
      [ids['expiring'], ids['open'], ids['revoked'], ids['expired']].sort(),
    );
    expect(page.items.find((item) => item.id === ids['expiring'])).toMatchObject({
      clientId: anna,
      clientName: 'Anna Bakker',
      granteeName: 'Werk Begeleider',
      categories: ['personalia'],
      validUntil: inDays(10),
      status: 'active',
      recordedByName: 'Regie Behandelaar',
      revokedAt: null,
      revokedByName: null,
    });
    expect(page.items.find((item) => item.id === ids['expired'])).toMatchObject({ status: 'expired' });
    // Names only: no BSN or any other identifier of the person is in the answer.
    expect(response.body).not.toMatch(/bsn/i);

    const theirs = (await overview(otherOfficer)).json() as Page;
    expect(theirs.items.map((item) => item.id)).toEqual([ids['elsewhere']]);
  });

  it('records the read in the audit trail: one record per person shown, naming the purpose', async () => {
    const before = (await auditRows(db, orgId)).length;
    expect((await overview(officer, '?name=anna')).statusCode).toBe(200);
    const rows = (await auditRows(db, orgId)).slice(before);
    expect(rows).toEqual([
      expect.objectContaining({
        event: 'consent.overview',
        action: 'R',
        outcome: 'success',
        client_id: anna,
        user_id: officerUser.id,
        user_role: 'privacyfunctionaris',
        basis: 'organisation',
        reason: expect.stringContaining('toezicht op toestemmingen'),
        object_type: 'consent',
      }),
    ]);
    const everyone = (await auditRows(db, orgId)).length;
    expect((await overview(officer)).statusCode).toBe(200);
    const all = (await auditRows(db, orgId)).slice(everyone);
    expect(all.map((row) => row.client_id).sort()).toEqual([anna, bram].sort());
  });

  it('refuses a therapist and the administrator with a stable code, and audits each refusal; an outsider is not let in', async () => {
    for (const session of [therapistSession, administrator]) {
      const before = (await auditRows(db, orgId)).length;
      const response = await overview(session);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'access.forbidden' });
      expect((await auditRows(db, orgId)).slice(before)).toEqual([
        expect.objectContaining({
          event: 'permission.consents.overview',
          outcome: 'denied',
          problem_code: 'access.forbidden',
          object_id: 'GET /api/v1/consents',
        }),
      ]);
    }
    const anonymous = await overview(undefined);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'auth.unauthenticated' });
  });

  it('filters on status, on consents that end soon and on the person’s name', async () => {
    const revoked = (await overview(officer, '?status=revoked')).json() as Page;
    expect(revoked.items).toEqual([
      expect.objectContaining({
        id: ids['revoked'],
        clientName: 'Bram de Wit',
        status: 'revoked',
        revokedByName: 'Regie Behandelaar',
        revokedAt: expect.any(String),
      }),
    ]);
    const expiring = (await overview(officer, '?expiringWithinDays=30')).json() as Page;
    expect(expiring.items.map((item) => item.id)).toEqual([ids['expiring']]);
    expect(((await overview(officer, '?expiringWithinDays=5')).json() as Page).items).toEqual([]);
    const expired = (await overview(officer, '?status=expired')).json() as Page;
    expect(expired.items.map((item) => item.id)).toEqual([ids['expired']]);
    const active = (await overview(officer, '?status=active')).json() as Page;
    expect(active.items.map((item) => item.id).sort()).toEqual([ids['expiring'], ids['open']].sort());
    const byName = (await overview(officer, `?name=${encodeURIComponent('DE wit')}`)).json() as Page;
    expect(new Set(byName.items.map((item) => item.clientId))).toEqual(new Set([bram]));
    // Another organisation's person is not found by name either.
    expect(((await overview(officer, '?name=cora')).json() as Page).items).toEqual([]);
  });

  it('pages in a stable order, newest recorded first, and refuses a cursor it did not give out', async () => {
    const all = ((await overview(officer)).json() as Page).items.map((item) => item.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await overview(officer, query)).json() as Page;
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all.at(-1)).toBe(ids['expired']);

    const bad = await overview(officer, '?cursor=bm90LWEtY3Vyc29y');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'consent_overview.cursor_invalid' });
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ path: '/query/cursor' }));
  });
});
