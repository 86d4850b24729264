import { randomUUID } from 'node:crypto';
import { claimIdentity } from '../packages/server/src/db/identity-directory.js';
import type { Database } from '../packages/server/src/db/database.js';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { hashPassword } from '../packages/server/src/access/password.js';
import { compare, medianMs, type BenchResult } from './measure.js';

const PEOPLE = 25;
/** medianMs below: 15 measured rounds after 3 warm-up rounds. */
const BASELINE_ROUNDS = 18;

/**
 * A supervisor's roll call for 25 people at the door, through the API in one request (access check,
 * audit record and attendance record per person, one transaction), against the bare baseline of writing
 * the same 25 attendance rows in one transaction without checks or audit. Target: at most 6× the
 * baseline, i.e. the access mechanism and the audit trail must not dominate.
 */
export async function benchRollCall(db: Database): Promise<BenchResult> {
  const orgId = randomUUID();
  const supervisor = randomUUID();
  const clients = Array.from({ length: PEOPLE }, () => randomUUID());
  const password = await hashPassword('bench password long enough');
  const offerId = randomUUID();
  const groupId = randomUUID();
  const occurrenceId = randomUUID();
  const baselineOccurrences: string[] = [];
  await db.asOwner((tx) => tx.query(`insert into organisations (id, name, kind) values ($1, 'Bench', 'zorgaanbieder')`, [orgId]));
  await db.withOrg(orgId, async (tx) => {
    await tx.query(`insert into users (id, org_id, email, display_name, password_hash) values ($1, $2, $3, 'AB', $4)`, [
      supervisor,
      orgId,
      `ab-${orgId}@bench.example`,
      password,
    ]);
    await claimIdentity(tx, 'email', `ab-${orgId}@bench.example`, supervisor);
    await tx.query(`insert into user_roles (org_id, user_id, role) values ($1, $2, 'activiteitenbegeleider')`, [
      orgId,
      supervisor,
    ]);
    await tx.query(
      `insert into offers (id, org_id, name, provider, internal, description, form, access, level, group_or_individual, schedule, social_safety, last_confirmed_on, search)
       values ($1, $2, 'Werkplaats', 'Bench', true, 'x', 'arbeidsmatige_dagbesteding', 'geen', 'vmbo', 'groep', '[]', '{}', '2026-01-01', to_tsvector('dutch', 'x'))`,
      [offerId, orgId],
    );
    await tx.query(
      `insert into activity_groups (id, org_id, offer_id, name, schedule, location, capacity, season_from) values ($1, $2, $3, 'g', '[]', 'x', 30, '2026-01-01')`,
      [groupId, orgId, offerId],
    );
    await tx.query(
      `insert into occurrences (id, org_id, group_id, date, starts, ends) values ($1, $2, $3, '2026-06-02', '09:00', '15:00')`,
      [occurrenceId, orgId, groupId],
    );
    // The baseline writes first records, and there is one first record per person per occurrence
    // (migration 0010): each baseline round gets an occurrence of its own.
    for (let day = 0; day < BASELINE_ROUNDS; day++) {
      const [row] = await tx.query<{ id: string }>(
        `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, date '2026-03-01' + $3::int, '09:00', '15:00') returning id`,
        [orgId, groupId, day],
      );
      baselineOccurrences.push(row?.id ?? '');
    }
    for (const id of clients) {
      await tx.query(
        `insert into clients (id, org_id, given_name, family_name, birth_date, care_setting) values ($1, $2, 'D', 'N', '1990-01-01', 'thuis')`,
        [id, orgId],
      );
      await tx.query(
        `insert into care_team_members (org_id, client_id, user_id, role, valid_from, added_by) values ($1, $2, $3, 'activiteitenbegeleider', '2020-01-01', $3)`,
        [orgId, id, supervisor],
      );
      await tx.query(
        `insert into enrolments (org_id, client_id, offer_id, group_id, status, started_on, financer, unit_rule) values ($1, $2, $3, $4, 'actief', '2026-01-01', 'wmo', '{"kind":"minuut","countOnline":true}')`,
        [orgId, id, offerId, groupId],
      );
    }
  });
  const app = await buildApp({
    config: { ...loadConfig({}), logLevel: 'silent', loginAttemptsPerMinute: 1000, secretKey: 'be7c'.repeat(16) },
    db,
    logger: false,
  });
  try {
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: `ab-${orgId}@bench.example`, password: 'bench password long enough' },
    });
    const cookie = `meedoen_session=${signIn.cookies.find((c) => c.name === 'meedoen_session')?.value}`;
    const headers = { cookie, 'x-csrf-token': (signIn.json() as { csrfToken: string }).csrfToken };
    const payload = { records: clients.map((clientId) => ({ clientId, status: 'aanwezig' })) };
    let round = 0;
    const baselineMs = await medianMs(
      () =>
        db.withOrg(orgId, async (tx) => {
          const baselineOccurrence = baselineOccurrences[round++];
          for (const clientId of clients) {
            await tx.query(
              `insert into attendance_records (org_id, occurrence_id, client_id, status, minutes, recorded_by) values ($1, $2, $3, 'aanwezig', 360, $4)`,
              [orgId, baselineOccurrence, clientId, supervisor],
            );
          }
        }),
      15,
      3,
    );
    const candidateMs = await medianMs(
      async () => {
        const response = await app.inject({
          method: 'POST',
          url: `/api/v1/occurrences/${occurrenceId}/roll-call`,
          headers,
          payload,
        });
        if (response.statusCode !== 200) throw new Error(`roll call failed: ${response.statusCode} ${response.body}`);
      },
      15,
      3,
    );
    return compare(
      `roll call of ${PEOPLE} people in one request (API, access + audit) vs bare inserts`,
      baselineMs,
      candidateMs,
      6,
    );
  } finally {
    await app.close();
  }
}
