import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../packages/server/src/access/password.js';
import type { AuditEntry } from '../packages/server/src/access/audit-log.js';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import type { Database, Queryable } from '../packages/server/src/db/database.js';
import { claimIdentity } from '../packages/server/src/db/identity-directory.js';

const PASSWORD = 'bench password long enough';

/**
 * An organisation for the throughput benches: an activity supervisor (activiteitenbegeleider) in the care
 * team of `people` clients, all enrolled in two groups of one offer, with `occurrences` past days in each group —
 * one group's days for the API, the other's for the bare driver, so both write first records (no corrections).
 */
export interface BenchOrganisation {
  orgId: string;
  supervisorId: string;
  clientIds: string[];
  apiOccurrences: string[];
  bareOccurrences: string[];
  /** The groups the two sides' days belong to. */
  apiGroupId: string;
  bareGroupId: string;
}

export async function createBenchOrganisation(db: Database, people: number, occurrences: number): Promise<BenchOrganisation> {
  const orgId = randomUUID();
  const supervisorId = randomUUID();
  const password = await hashPassword(PASSWORD);
  await db.asOwner((tx) => tx.query(`insert into organisations (id, name, kind) values ($1, 'Bench', 'zorgaanbieder')`, [orgId]));
  return db.withOrg(orgId, async (tx) => {
    await tx.query(`insert into users (id, org_id, email, display_name, password_hash) values ($1, $2, $3, 'AB', $4)`, [
      supervisorId,
      orgId,
      `ab-${orgId}@bench.example`,
      password,
    ]);
    await claimIdentity(tx, 'email', `ab-${orgId}@bench.example`, supervisorId);
    await tx.query(`insert into user_roles (org_id, user_id, role) values ($1, $2, 'activiteitenbegeleider')`, [
      orgId,
      supervisorId,
    ]);
    const [offer] = await tx.query<{ id: string }>(
      `insert into offers (org_id, name, provider, internal, description, form, access, level, group_or_individual, schedule, social_safety, last_confirmed_on, search)
       values ($1, 'Werkplaats', 'Bench', true, 'x', 'arbeidsmatige_dagbesteding', 'geen', 'vmbo', 'groep', '[]', '{}', '2026-01-01', to_tsvector('dutch', 'x'))
       returning id`,
      [orgId],
    );
    const group = async (name: string) => {
      const [row] = await tx.query<{ id: string }>(
        `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, season_from)
         values ($1, $2, $3, '[]', 'x', 30, '2012-01-01') returning id`,
        [orgId, offer?.id, name],
      );
      return row?.id ?? '';
    };
    // Past days only (presence cannot be recorded ahead): one a day from 1 January 2012 (some 5,000 before today).
    const days = async (groupId: string) =>
      (
        await tx.query<{ id: string }>(
          `insert into occurrences (org_id, group_id, date, starts, ends)
           select $1, $2, date '2012-01-01' + g, '09:00', '15:00' from generate_series(0, $3::int - 1) g returning id`,
          [orgId, groupId, occurrences],
        )
      ).map((row) => row.id);
    const apiGroup = await group('API');
    const bareGroup = await group('Bare');
    const clientIds = (
      await tx.query<{ id: string }>(
        `insert into clients (org_id, given_name, family_name, birth_date, care_setting)
         select $1, 'Deelnemer', 'Nummer ' || g, date '1980-01-01' + g, 'thuis' from generate_series(1, $2::int) g returning id`,
        [orgId, people],
      )
    ).map((row) => row.id);
    await tx.query(
      `insert into care_team_members (org_id, client_id, user_id, role, valid_from, added_by)
       select $1, c, $2, 'activiteitenbegeleider', '2011-01-01', $2 from unnest($3::uuid[]) c`,
      [orgId, supervisorId, clientIds],
    );
    await tx.query(
      `insert into enrolments (org_id, client_id, offer_id, group_id, status, started_on, financer, unit_rule)
       select $1, c, $2, g, 'actief', '2011-01-01', 'wmo', '{"kind":"minuut","countOnline":true}'
         from unnest($3::uuid[]) c cross join unnest($4::uuid[]) g`,
      [orgId, offer?.id, clientIds, [apiGroup, bareGroup]],
    );
    return {
      orgId,
      supervisorId,
      clientIds,
      apiOccurrences: await days(apiGroup),
      bareOccurrences: await days(bareGroup),
      apiGroupId: apiGroup,
      bareGroupId: bareGroup,
    };
  });
}

export interface SignedInApp {
  app: FastifyInstance;
  /** Cookie and CSRF token of the supervisor's session. */
  headers: Record<string, string>;
}

/** The real application on `db` (every hook, access decision and audit record), the supervisor signed in. */
export async function signedInApp(db: Database, org: BenchOrganisation): Promise<SignedInApp> {
  const app = await buildApp({
    config: { ...loadConfig({}), logLevel: 'silent', loginAttemptsPerMinute: 100_000, secretKey: 'be7c'.repeat(16) },
    db,
    logger: false,
  });
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { email: `ab-${org.orgId}@bench.example`, password: PASSWORD },
  });
  if (signIn.statusCode !== 200) throw new Error(`bench sign-in failed: ${signIn.statusCode} ${signIn.body}`);
  const cookie = `meedoen_session=${signIn.cookies.find((c) => c.name === 'meedoen_session')?.value}`;
  return { app, headers: { cookie, 'x-csrf-token': (signIn.json() as { csrfToken: string }).csrfToken } };
}

/**
 * The audit rows the law asks for (NEN 7513: who, which client, what, when), written plainly by the bare
 * baseline: the same columns as the trail, without the hash chain, its head row lock or its checkpoints —
 * those, like the access decision, are the mechanism the ratio measures. Sequence numbers far above the
 * API's, so both can write into one organisation.
 */
export function plainAuditWriter(orgId: string): (tx: Queryable, entries: readonly AuditEntry[]) => Promise<void> {
  let seq = 1_000_000_000;
  return async (tx, entries) => {
    const columns = 20;
    const placeholders = entries
      .map((_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`)
      .join(', ');
    const now = new Date().toISOString();
    await tx.query(
      `insert into audit_events (org_id, seq, occurred_at, event, action, outcome, client_id, user_id, responsible_user_id,
         user_role, basis, break_glass, reason, object_type, object_id, ip, user_agent, problem_code, prev_hash, hash) values ${placeholders}`,
      entries.flatMap((e) => [
        orgId,
        seq++,
        now,
        e.event,
        e.action,
        e.outcome,
        e.clientId,
        e.userId,
        e.responsibleUserId,
        e.role,
        e.basis,
        e.breakGlass,
        e.reason,
        e.objectType,
        e.objectId,
        e.ip,
        e.userAgent,
        e.problemCode ?? null,
        'plain',
        'plain',
      ]),
    );
  };
}

/** The entry the access mechanism writes for this supervisor reading or writing a client's data. */
export function auditEntryFor(org: BenchOrganisation, clientId: string, event: string, action: 'C' | 'R'): AuditEntry {
  return {
    event,
    action,
    outcome: 'success',
    clientId,
    userId: org.supervisorId,
    responsibleUserId: org.supervisorId,
    role: 'activiteitenbegeleider',
    basis: 'care_team',
    breakGlass: false,
    reason: null,
    objectType: 'occurrence',
    objectId: null,
    ip: '127.0.0.1',
    userAgent: 'lightMyRequest',
  };
}
