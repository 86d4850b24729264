import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../access/session-store.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import { createTestOrganisation, createTestUser, openTestDatabase, type TestUser } from '../testing/test-database.js';
import type { Database } from './database.js';
import { claimIdentity, lookupIdentity, releaseIdentities } from './identity-directory.js';

/** The directory rows of one kind that point at an organisation, as the owner sees them. */
async function entries(db: Database, kind: string, orgId: string): Promise<string[]> {
  const rows = await db.asOwner((tx) =>
    tx.query<{ key: string }>(`select key from identity_directory where kind = $1 and org_id = $2 order by key`, [kind, orgId]),
  );
  return rows.map((row) => row.key);
}

describe('global identities live in one directory; the rows in their organisation (issue 16, migration 0033)', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgA: string;
  let orgB: string;
  let adminA: TestUser;
  let adminB: TestUser;
  let sessionA: Session;
  let sessionB: Session;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgA = await createTestOrganisation(db, 'Directory A');
    orgB = await createTestOrganisation(db, 'Directory B');
    adminA = await createTestUser(db, orgA, ['beheerder']);
    adminB = await createTestUser(db, orgB, ['beheerder']);
    sessionA = await signIn(app, adminA.email, adminA.password);
    sessionB = await signIn(app, adminB.email, adminB.password);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const createUser = (session: Session, email: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: session.headers,
      payload: { email, displayName: 'Nieuw Account', roles: ['activiteitenbegeleider'] },
    });

  it('an e-mail address is one account across all organisations: the directory refuses it in another organisation', async () => {
    const email = `een-adres-${Date.now()}@test.example`;
    expect((await createUser(sessionA, email)).statusCode).toBe(201);
    const again = await createUser(sessionB, email);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'users.email_taken', errors: [{ path: '/body/email' }] });
    expect(await entries(db, 'email', orgA)).toContain(email);
    expect(await entries(db, 'email', orgB)).not.toContain(email);
    // Nothing of the refused attempt stays in organisation B.
    const rows = await db.asOwner((tx) => tx.query(`select 1 from users where email = $1`, [email]));
    expect(rows).toHaveLength(1);
  });

  it('50 parallel creations of one e-mail address in two organisations: exactly one account, the others users.email_taken', async () => {
    const email = `tegelijk-${Date.now()}@test.example`;
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => createUser(i % 2 === 0 ? sessionA : sessionB, email)));
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(49);
    for (const refused of answers.filter((a) => a.statusCode === 409))
      expect(refused.json()).toMatchObject({ code: 'users.email_taken' });
    const users = await db.asOwner((tx) => tx.query(`select org_id from users where email = $1`, [email]));
    const directory = await db.asOwner((tx) =>
      tx.query<{ org_id: string }>(`select org_id from identity_directory where kind = 'email' and key = $1`, [email]),
    );
    expect(users).toHaveLength(1);
    expect(directory).toEqual(users);
  });

  it('a session is in the directory while it lasts; signing out removes it; a stale entry finds no session', async () => {
    const user = await createTestUser(db, orgA, ['activiteitenbegeleider']);
    const session = await signIn(app, user.email, user.password);
    const token = session.cookie.replace(/^meedoen_session=/, '').split(';')[0] ?? '';
    expect(await entries(db, 'session', orgA)).toContain(hashToken(token));
    const out = await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect(await entries(db, 'session', orgA)).not.toContain(hashToken(token));

    // A session row removed behind the application's back leaves a stale entry: the lookup finds the organisation
    // but no session in it, and the cookie counts as unknown.
    const second = await signIn(app, user.email, user.password);
    await db.asOwner((tx) => tx.query(`delete from sessions where org_id = $1 and user_id = $2`, [orgA, user.id]));
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: second.headers })).statusCode).toBe(401);
  });

  it('a read by a directory key (every request’s session check, one round trip on PostgreSQL) is bound to the organisation the key names, under row-level security', async () => {
    const tokenHash = hashToken(sessionA.cookie.replace(/^meedoen_session=/, '').split(';')[0] ?? '');
    const lookup = (key: string) => `select org_id from identity_lookup('session', '${key}')`;
    // The read sees the organisation the directory names, as the application role: no session of B, however asked.
    const seen = await db.readByDirectoryKey<{ orgs: string[]; role: string; bound: string }>(
      lookup(tokenHash),
      (org) => `select array(select distinct org_id::text from sessions) as orgs, current_user as role, ${org}::text as bound`,
    );
    expect(seen).toEqual([{ orgs: [orgA], role: 'meedoen_app', bound: orgA }]);
    // An unknown key binds no organisation: no tenant row is visible at all.
    const unknown = await db.readByDirectoryKey<{ n: number }>(
      lookup('0'.repeat(64)),
      () => `select count(*)::int as n from sessions`,
    );
    expect(unknown.length === 0 || unknown[0]?.n === 0).toBe(true);
    // A failing read leaves nothing behind on the pooled connection: the next transactions run as before.
    await expect(db.readByDirectoryKey(lookup(tokenHash), () => `select 1 / 0`)).rejects.toThrow(/division by zero/);
    const after = await Promise.all(
      Array.from({ length: 4 }, () =>
        db.withOrg(orgB, (tx) => tx.query<{ n: number }>(`select count(*)::int as n from sessions where org_id = $1`, [orgA])),
      ),
    );
    for (const rows of after) expect(rows).toEqual([{ n: 0 }]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: sessionB.headers })).statusCode).toBe(200);
  });

  it('ending an account’s sessions (new roles) removes their directory entries too', async () => {
    const user = await createTestUser(db, orgA, ['activiteitenbegeleider']);
    await signIn(app, user.email, user.password);
    await signIn(app, user.email, user.password);
    const owned = () =>
      db.asOwner((tx) =>
        tx.query(
          `select 1 from identity_directory d join sessions s on s.org_id = d.org_id and s.id = d.owner_id
            where d.kind = 'session' and s.user_id = $1`,
          [user.id],
        ),
      );
    expect(await owned()).toHaveLength(2);
    const hashes = await db.asOwner((tx) =>
      tx.query<{ token_hash: string }>(`select token_hash from sessions where user_id = $1`, [user.id]),
    );
    const changed = await app.inject({
      method: 'PUT',
      url: `/api/v1/users/${user.id}/roles`,
      headers: sessionA.headers,
      payload: { roles: ['planner'] },
    });
    expect(changed.statusCode).toBe(200);
    const left = await entries(db, 'session', orgA);
    for (const { token_hash } of hashes) expect(left).not.toContain(token_hash);
    expect(await owned()).toHaveLength(0);
  });

  it('the application role reaches the directory only through its functions, and only for its own organisation', async () => {
    // No direct read: the e-mail addresses of every organisation are in it.
    await expect(db.withOrg(orgA, (tx) => tx.query(`select * from identity_directory`))).rejects.toThrow(/permission denied/);
    await expect(
      db.withOrg(orgA, (tx) => tx.query(`insert into identity_directory values ('email', 'x@y.example', $1, $1)`, [orgA])),
    ).rejects.toThrow(/permission denied/);
    // A claim needs a bound organisation, and is always for that organisation.
    await expect(db.withOrg(null, (tx) => claimIdentity(tx, 'email', `los-${Date.now()}@test.example`, orgA))).rejects.toThrow(
      /bound to an organisation/,
    );
    // Organisation B cannot release organisation A's key.
    await db.withOrg(orgB, (tx) => releaseIdentities(tx, 'email', [adminA.email]));
    expect(await db.withOrg(null, (tx) => lookupIdentity(tx, 'email', adminA.email))).toEqual({
      orgId: orgA,
      ownerId: adminA.id,
    });
  });

  it('a calendar link is in the directory until it is revoked', async () => {
    const made = await app.inject({ method: 'POST', url: '/api/v1/agenda/feed', headers: sessionA.headers });
    expect(made.statusCode).toBe(201);
    const { path } = made.json() as { path: string };
    const file = path.split('/').pop() ?? '';
    const hash = hashToken(file.replace(/\.ics$/, ''));
    expect(await entries(db, 'feed', orgA)).toContain(hash);
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/agenda/feed', headers: sessionA.headers })).statusCode).toBe(204);
    expect(await entries(db, 'feed', orgA)).not.toContain(hash);
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
  });
});
