import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import { auditRows, createTestOrganisation, createTestUser, openTestDatabase, type TestUser } from '../testing/test-database.js';

interface Registration {
  agbCode: string | null;
  register: string | null;
  registrationNumber: string | null;
  profession: string | null;
  registrationVersion: number;
}

describe('the administrator enters AGB codes and registrations (issue 12)', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let admin: TestUser;
  let adminSession: Session;
  let therapist: TestUser;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'AGB-praktijk');
    admin = await createTestUser(db, orgId, ['beheerder'], 'Beheerder AGB');
    adminSession = await signIn(app, admin.email, admin.password);
    therapist = await createTestUser(db, orgId, ['ergotherapeut'], 'Ergo Therapeut');
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const put = (session: Session, url: string, payload: unknown, version?: number) =>
    app.inject({
      method: 'PUT',
      url,
      headers: { ...session.headers, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
      payload: payload as object,
    });
  const registration = {
    agbCode: '26001234',
    register: 'kwaliteitsregister_paramedici',
    registrationNumber: 'KP-0042',
    profession: 'ergotherapeut',
  };

  it('sets the organisation’s AGB code with If-Match, reads it back, refuses a stale version and a bad code, audits it', async () => {
    const read = await app.inject({ method: 'GET', url: '/api/v1/organisation/agb', headers: adminSession.headers });
    expect(read.statusCode).toBe(200);
    const { version } = read.json() as { version: number };
    expect(read.headers.etag).toBe(`"${version}"`);
    const noMatch = await put(adminSession, '/api/v1/organisation/agb', { agbCode: '12345678' });
    expect(noMatch.statusCode).toBe(400);
    expect(noMatch.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: '/headers/if-match' }] });
    const bad = await put(adminSession, '/api/v1/organisation/agb', { agbCode: '1234-567' }, version);
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'registration.agb_invalid', errors: [{ path: '/body/agbCode' }] });
    const saved = await put(adminSession, '/api/v1/organisation/agb', { agbCode: ' 12345678 ' }, version);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ agbCode: '12345678', version: version + 1 });
    const stale = await put(adminSession, '/api/v1/organisation/agb', { agbCode: '87654321' }, version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'resource.version_conflict' });
    const again = await app.inject({ method: 'GET', url: '/api/v1/organisation/agb', headers: adminSession.headers });
    expect(again.json()).toEqual({ agbCode: '12345678', version: version + 1 });
    const rows = await auditRows(db, orgId);
    expect(rows.find((r) => r.event === 'organisation.agb')).toMatchObject({
      outcome: 'success',
      user_id: admin.id,
      action: 'U',
      object_type: 'organisation',
      object_id: orgId,
    });
  });

  it('sets a professional’s AGB code, register, number and profession; the list shows them; stale versions get 409', async () => {
    const saved = await put(adminSession, `/api/v1/users/${therapist.id}/registration`, registration, 1);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ ...registration, registrationVersion: 2 });
    expect(saved.headers.etag).toBe('"2"');
    const list = await app.inject({ method: 'GET', url: '/api/v1/users', headers: adminSession.headers });
    const shown = (list.json() as (Registration & { id: string })[]).find((u) => u.id === therapist.id);
    expect(shown).toMatchObject({ ...registration, registrationVersion: 2 });
    const stale = await put(adminSession, `/api/v1/users/${therapist.id}/registration`, { ...registration, agbCode: null }, 1);
    expect(stale.statusCode).toBe(409);
    const rows = await auditRows(db, orgId);
    expect(rows.find((r) => r.event === 'user.registration' && r.object_id === therapist.id)).toMatchObject({
      outcome: 'success',
      user_id: admin.id,
      action: 'U',
    });
  });

  it('checks in core: eight digits, register with number, a BIG number of eleven digits — each with its field path', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ agbCode: '2600123' }, 'registration.agb_invalid', '/body/agbCode'],
      [{ agbCode: 'abcdefgh' }, 'registration.agb_invalid', '/body/agbCode'],
      [{ registrationNumber: null }, 'registration.incomplete', '/body/registrationNumber'],
      [{ register: null }, 'registration.incomplete', '/body/register'],
      [{ register: 'big', registrationNumber: '1234' }, 'registration.number_invalid', '/body/registrationNumber'],
    ];
    for (const [change, code, path] of cases) {
      const refused = await put(adminSession, `/api/v1/users/${therapist.id}/registration`, { ...registration, ...change }, 2);
      expect(refused.statusCode, code).toBe(422);
      expect(refused.json()).toMatchObject({ code, errors: [{ path }] });
    }
    const unknown = await put(
      adminSession,
      `/api/v1/users/${therapist.id}/registration`,
      { ...registration, register: 'FVB' },
      2,
    );
    // Not one of the registers: the schema refuses it before core sees it.
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('/body/register');
  });

  it('a therapist cannot set their own AGB code, nor the organisation’s (403, audited)', async () => {
    const session = await signIn(app, therapist.email, therapist.password);
    const own = await put(session, `/api/v1/users/${therapist.id}/registration`, { ...registration, agbCode: '26009999' }, 2);
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({ code: 'access.forbidden' });
    const org = await put(session, '/api/v1/organisation/agb', { agbCode: '26009999' }, 1);
    expect(org.statusCode).toBe(403);
    const stored = await db.withOrg(orgId, (tx) =>
      tx.query<{ agb_code: string }>(`select agb_code from users where id = $1`, [therapist.id]),
    );
    expect(stored[0]?.agb_code).toBe('26001234');
    const rows = await auditRows(db, orgId);
    expect(rows.some((r) => r.user_id === therapist.id && r.outcome !== 'success' && r.problem_code === 'access.forbidden')).toBe(
      true,
    );
  });

  it('another organisation’s administrator cannot reach these professionals or this organisation’s code', async () => {
    const otherOrg = await createTestOrganisation(db, 'Andere praktijk');
    const otherAdmin = await createTestUser(db, otherOrg, ['beheerder']);
    const session = await signIn(app, otherAdmin.email, otherAdmin.password);
    const foreign = await put(session, `/api/v1/users/${therapist.id}/registration`, { ...registration, agbCode: '26007777' }, 2);
    expect(foreign.statusCode).toBe(404);
    // Their own organisation's code is theirs; ours stays as it was.
    const theirs = await app.inject({ method: 'GET', url: '/api/v1/organisation/agb', headers: session.headers });
    expect(theirs.json()).toMatchObject({ agbCode: null });
    await put(session, '/api/v1/organisation/agb', { agbCode: '11111111' }, (theirs.json() as { version: number }).version);
    const ours = await db.withOrg(orgId, (tx) =>
      tx.query<{ agb_code: string; tu: string }>(
        `select o.agb_code, (select agb_code from users where id = $1) as tu from organisations o`,
        [therapist.id],
      ),
    );
    expect(ours[0]).toEqual({ agb_code: '12345678', tu: '26001234' });
  });

  it('fifty parallel changes on one version: exactly one wins, the others get 409', async () => {
    const current = await db.withOrg(orgId, (tx) =>
      tx.query<{ v: number }>(`select registration_version as v from users where id = $1`, [therapist.id]),
    );
    const version = current[0]?.v ?? 0;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        put(
          adminSession,
          `/api/v1/users/${therapist.id}/registration`,
          { ...registration, agbCode: String(26100000 + i) },
          version,
        ),
      ),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);
    const after = await db.withOrg(orgId, (tx) =>
      tx.query<{ v: number }>(`select registration_version as v from users where id = $1`, [therapist.id]),
    );
    expect(after[0]?.v).toBe(version + 1);
  });
});
