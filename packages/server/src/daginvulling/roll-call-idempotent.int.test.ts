import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createDayGroup, enrol, type DayGroup } from '../testing/day-group-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
  TEST_PASSWORD,
} from '../testing/test-database.js';

/**
 * Issue 14, the tablet roll call on a slow connection: one tap saves one person at once, and a double tap
 * or a retried request (its answer lost) repeats what is already current. Such a repeat is acknowledged
 * without a second record, also when the repeats arrive in parallel (PostgreSQL with DATABASE_URL).
 */
describe('the roll call is idempotent for repeated and retried saves', () => {
  let db: Database;
  let app: FastifyInstance;
  let day: DayGroup;
  let begeleider: Session;
  const clients: string[] = [];

  const save = (records: object[]) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/occurrences/${day.pastOccurrenceId}/roll-call`,
      headers: begeleider.headers,
      payload: { records },
    });
  const recordsOf = (clientId: string) =>
    db.asOwner((tx) =>
      tx.query<{ status: string; arrival: string | null; supersedes: string | null }>(
        `select status, arrival, supersedes from attendance_records where occurrence_id = $1 and client_id = $2 order by recorded_at`,
        [day.pastOccurrenceId, clientId],
      ),
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    const orgId = await createTestOrganisation(db, 'Dagbesteding');
    day = await createDayGroup(db, orgId);
    const user = await createTestUser(db, orgId, ['activiteitenbegeleider'], 'Begeleider');
    for (let i = 0; i < 2; i++) {
      const clientId = await createTestClient(db, orgId, '1990-01-01');
      await addToCareTeam(db, orgId, clientId, user.id, 'activiteitenbegeleider');
      await enrol(db, orgId, clientId, day);
      clients.push(clientId);
    }
    begeleider = await signIn(app, user.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('ten parallel copies of one tap make one record; each is answered 200', async () => {
    const [first] = clients;
    const answers = await Promise.all(Array.from({ length: 10 }, () => save([{ clientId: first, status: 'aanwezig' }])));
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);
    const bodies = answers.map((a) => a.json() as { recorded: number; unchanged: number });
    expect(bodies.filter((b) => b.recorded === 1)).toHaveLength(1);
    expect(bodies.filter((b) => b.unchanged === 1)).toHaveLength(9);
    expect(await recordsOf(first ?? '')).toEqual([{ status: 'aanwezig', arrival: '10:00', supersedes: null }]);
  });

  it('a retry after a change is a correction once, and retrying the correction adds nothing', async () => {
    const [, second] = clients;
    expect((await save([{ clientId: second, status: 'aanwezig' }])).json()).toEqual({ recorded: 1, corrected: 0, unchanged: 0 });
    // The arrival time is a change: one correction.
    const late = { clientId: second, status: 'aanwezig', arrival: '10:20' };
    expect((await save([late])).json()).toEqual({ recorded: 1, corrected: 1, unchanged: 0 });
    expect((await save([late])).json()).toEqual({ recorded: 0, corrected: 0, unchanged: 1 });
    // Sick after all, sent twice: one more correction.
    expect((await save([{ clientId: second, status: 'ziek' }])).json()).toMatchObject({ corrected: 1 });
    expect((await save([{ clientId: second, status: 'ziek' }])).json()).toMatchObject({ recorded: 0, unchanged: 1 });
    const rows = await recordsOf(second ?? '');
    expect(rows.map((r) => [r.status, r.arrival])).toEqual([
      ['aanwezig', '10:00'],
      ['aanwezig', '10:20'],
      ['ziek', null],
    ]);
  });
});
