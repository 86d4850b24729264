import { FINANCING_PARAMETERS_2026 } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import { auditRows, createTestOrganisation, createTestUser, openTestDatabase, type TestUser } from '../testing/test-database.js';
import { loadFinancingParameters } from './entitlement-store.js';

const URL = '/api/v1/financing/parameter-sets';
const { id: _defaultId, ...base } = FINANCING_PARAMETERS_2026;

/** A set for one year: the 2026 values with the year's period and a contract tariff, as an administrator enters it. */
function setFor(year: number, change: Partial<typeof base> = {}) {
  return {
    ...base,
    validFrom: `${year}-01-01`,
    validUntil: `${year}-12-31`,
    ergotherapie: { ...base.ergotherapie, tariffsCents: { ...base.ergotherapie.tariffsCents, '5000': 1750 } },
    sources: { 'ergotherapie.tariffsCents': `contract Zorgverzekeraar ${year} nr. ZV-${year}-01` },
    ...change,
  };
}

interface StoredSet {
  id: string;
  version: number;
  parameters: { id: string; validFrom: string; ergotherapie: { tariffsCents: Record<string, number> } };
  createdByName: string | null;
  updatedByName: string | null;
}

describe('the administrator keeps the organisation’s contracts and tariffs (issue 14, financing parameters of issue 12)', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let admin: TestUser;
  let adminSession: Session;
  let created: StoredSet;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'Contractpraktijk');
    admin = await createTestUser(db, orgId, ['beheerder'], 'Beheerder Contracten');
    adminSession = await signIn(app, admin.email, admin.password);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const send = (session: Session | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, version?: number) =>
    app.inject({
      method,
      url,
      headers: { ...(session?.headers ?? {}), ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('without own sets the defaults are in force; a set for 2027 is added, read back and audited, 2026 keeps its defaults', async () => {
    const before = await send(adminSession, 'GET', URL);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ sets: [], usingDefaults: true, defaults: [{ id: 'nl-2026' }] });
    const post = await send(adminSession, 'POST', URL, setFor(2027));
    expect(post.statusCode).toBe(201);
    created = post.json() as StoredSet;
    expect(post.headers.etag).toBe('"1"');
    expect(created).toMatchObject({
      version: 1,
      parameters: { id: created.id, validFrom: '2027-01-01', ergotherapie: { tariffsCents: { '5000': 1750 } } },
      createdByName: 'Beheerder Contracten',
      updatedByName: null,
    });
    const after = (await send(adminSession, 'GET', URL)).json() as { sets: StoredSet[]; usingDefaults: boolean };
    expect(after.sets.map((s) => s.id)).toEqual([created.id]);
    expect(after.usingDefaults).toBe(true);
    const inForce = await db.withOrg(orgId, (tx) => loadFinancingParameters(tx));
    expect(inForce.map((p) => p.id)).toEqual(['nl-2026', created.id]);
    const audit = (await auditRows(db, orgId)).find((r) => r.event === 'organisation.financing_parameters');
    expect(audit).toMatchObject({
      action: 'C',
      outcome: 'success',
      user_id: admin.id,
      object_type: 'financing_parameter_set',
      object_id: created.id,
    });
  });

  it('a change needs the version read: it makes version 2, keeps version 1, and a stale or missing If-Match is refused', async () => {
    const changed = setFor(2027, {
      ergotherapie: { ...base.ergotherapie, tariffsCents: { ...base.ergotherapie.tariffsCents, '5000': 1800 } },
    });
    const noMatch = await send(adminSession, 'PUT', `${URL}/${created.id}`, changed);
    expect(noMatch.statusCode).toBe(400);
    expect(noMatch.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: '/headers/if-match' }] });
    const put = await send(adminSession, 'PUT', `${URL}/${created.id}`, changed, 1);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      version: 2,
      updatedByName: 'Beheerder Contracten',
      parameters: { ergotherapie: { tariffsCents: { '5000': 1800 } } },
    });
    const stale = await send(adminSession, 'PUT', `${URL}/${created.id}`, setFor(2027), 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'resource.version_conflict' });
    const versions = await db.withOrg(orgId, (tx) =>
      tx.query<{ version: number; tariff: number; recorded_by: string }>(
        `select version, (document #>> '{ergotherapie,tariffsCents,5000}')::int as tariff, recorded_by
           from financing_parameter_set_versions where org_id = $1 and set_id = $2 order by version`,
        [orgId, created.id],
      ),
    );
    expect(versions).toEqual([
      { version: 1, tariff: 1750, recorded_by: admin.id },
      { version: 2, tariff: 1800, recorded_by: admin.id },
    ]);
    const audit = (await auditRows(db, orgId)).filter((r) => r.event === 'organisation.financing_parameters');
    expect(audit.map((r) => r.action)).toEqual(['C', 'U']);
    expect(audit[1]?.reason).toContain('version 1 → 2');
  });

  it('core’s rules refuse a bad set with the field’s path (422): a period backwards, a negative tariff, an overlap', async () => {
    const cases: [unknown, string][] = [
      [setFor(2029, { validUntil: '2028-12-31' }), '/body/validUntil'],
      [
        setFor(2029, {
          ergotherapie: { ...base.ergotherapie, tariffsCents: { ...base.ergotherapie.tariffsCents, '5000': -1 } },
        }),
        '/body/ergotherapie/tariffsCents/5000',
      ],
      [setFor(2029, { eigenRisico: { amountCents: 385.5 } }), '/body/eigenRisico/amountCents'],
      [setFor(2027, { validFrom: '2027-06-01', validUntil: '2028-05-31' }), '/body/validFrom'],
    ];
    for (const [payload, path] of cases) {
      const refused = await send(adminSession, 'POST', URL, payload);
      expect(refused.statusCode, path).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'financing.parameters_invalid' });
      expect((refused.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
    }
    // A change that would overlap another set is refused the same way.
    const other = (await send(adminSession, 'POST', URL, setFor(2030))).json() as StoredSet;
    const overlap = await send(adminSession, 'PUT', `${URL}/${other.id}`, setFor(2027), 1);
    expect(overlap.statusCode).toBe(422);
    expect(overlap.json()).toMatchObject({ code: 'financing.parameters_invalid', errors: [{ path: '/body/validFrom' }] });
    const shown = (await send(adminSession, 'GET', URL)).json() as { sets: StoredSet[] };
    expect(shown.sets.map((s) => s.parameters.validFrom)).toEqual(['2027-01-01', '2030-01-01']);
  });

  it('a planner, a therapist and an outsider are refused (403 / 401); the refusals are audited and nothing changes', async () => {
    for (const role of ['planner', 'ergotherapeut'] as const) {
      const user = await createTestUser(db, orgId, [role]);
      const session = await signIn(app, user.email, user.password);
      const attempts = [
        await send(session, 'GET', URL),
        await send(session, 'POST', URL, setFor(2031)),
        await send(session, 'PUT', `${URL}/${created.id}`, setFor(2027), 2),
      ];
      for (const a of attempts) {
        expect(a.statusCode, role).toBe(403);
        expect(a.json()).toMatchObject({ code: 'access.forbidden' });
      }
      const denials = (await auditRows(db, orgId)).filter((r) => r.user_id === user.id && r.outcome === 'denied');
      expect(denials.map((r) => [r.action, r.problem_code])).toEqual([
        ['R', 'access.forbidden'],
        ['C', 'access.forbidden'],
        ['U', 'access.forbidden'],
      ]);
    }
    const outsider = await send(null, 'POST', URL, setFor(2031));
    expect(outsider.statusCode).toBe(401);
    const stored = await db.withOrg(orgId, (tx) =>
      tx.query<{ n: number }>(`select count(*)::int as n from financing_parameter_sets where org_id = $1`, [orgId]),
    );
    expect(stored[0]?.n).toBe(2);
  });

  it('another organisation’s administrator sees none of these sets and cannot change one (404, audited)', async () => {
    const otherOrg = await createTestOrganisation(db, 'Andere praktijk');
    const otherAdmin = await createTestUser(db, otherOrg, ['beheerder']);
    const session = await signIn(app, otherAdmin.email, otherAdmin.password);
    const theirs = await send(session, 'GET', URL);
    expect(theirs.json()).toMatchObject({ sets: [], usingDefaults: true });
    const foreign = await send(session, 'PUT', `${URL}/${created.id}`, setFor(2027), 2);
    expect(foreign.statusCode).toBe(404);
    const denial = (await auditRows(db, otherOrg)).find((r) => r.user_id === otherAdmin.id && r.outcome === 'denied');
    expect(denial).toMatchObject({ action: 'U', problem_code: 'resource.not_found' });
    // Their own 2027 set does not clash with ours: periods are checked per organisation.
    expect((await send(session, 'POST', URL, setFor(2027))).statusCode).toBe(201);
    const ours = (await send(adminSession, 'GET', URL)).json() as { sets: StoredSet[] };
    expect(ours.sets.find((s) => s.id === created.id)).toMatchObject({ version: 2 });
  });

  it('twenty parallel creates of overlapping periods: exactly one is saved, the others are refused as overlapping', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send(adminSession, 'POST', URL, setFor(2035, { validFrom: `2035-01-${String(i + 1).padStart(2, '0')}` })),
      ),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 422)).toHaveLength(19);
    const in2035 = await db.withOrg(orgId, (tx) =>
      tx.query<{ n: number }>(
        `select count(*)::int as n from financing_parameter_sets where org_id = $1 and valid_until = '2035-12-31'`,
        [orgId],
      ),
    );
    expect(in2035[0]?.n).toBe(1);
  });

  it('a contract from 1 July leaves the defaults in force for January to June, listed as such and used for March', async () => {
    const halfOrg = await createTestOrganisation(db, 'Halfjaarcontract');
    const halfAdmin = await createTestUser(db, halfOrg, ['beheerder'], 'Beheerder Halfjaar');
    const session = await signIn(app, halfAdmin.email, halfAdmin.password);
    const post = await send(session, 'POST', URL, { ...setFor(2026), validFrom: '2026-07-01' });
    expect(post.statusCode).toBe(201);
    const listed = (await send(session, 'GET', URL)).json() as {
      usingDefaults: boolean;
      defaults: { id: string; validFrom: string; validUntil: string }[];
    };
    expect(listed.usingDefaults).toBe(true);
    expect(listed.defaults.map((d) => [d.id, d.validFrom, d.validUntil])).toEqual([
      ['nl-2026:2026-01-01', '2026-01-01', '2026-06-30'],
    ]);
    const inForce = await db.withOrg(halfOrg, (tx) => loadFinancingParameters(tx));
    expect(inForce.map((p) => [p.validFrom, p.validUntil])).toEqual([
      ['2026-01-01', '2026-06-30'],
      ['2026-07-01', '2026-12-31'],
    ]);
  });
});
