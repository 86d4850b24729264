import type { Database } from '../packages/server/src/db/database.js';
import { insertAttendanceRecords } from '../packages/server/src/daginvulling/attendance-store.js';
import type { BenchResult } from './measure.js';
import { auditEntryFor, createBenchOrganisation, plainAuditWriter, signedInApp } from './bench-organisation.js';
import { describeDriverCalls, recordDriverCalls, replayer } from './statement-replay.js';
import { compareThroughput, operationsNeeded, type ThroughputOptions } from './throughput-ratio.js';

const PEOPLE = 25;
/** Issue 16: the API at least 0.7× the bare driver's throughput. */
const MIN_THROUGHPUT_RATIO = 0.7;
// Rounds of about a second or more and a warm-up, for the reasons in client-record.bench.ts.
const OPTIONS: ThroughputOptions = { callers: 10, operations: 150, warmup: 400, rounds: 9 };

/**
 * A supervisor's roll call of 25 people at the door (issue 16), as throughput with 10 callers at once — a
 * group's supervisors save in parallel at the start of the day; throughput under parallel callers is the
 * capacity the target is about, where sequential calls would measure round-trip latency.
 *
 * API: `POST /api/v1/occurrences/:id/roll-call` through the whole application (session, CSRF, validation, access
 * decision per person, row-level security, occurrence lock, the current records, the 25 attendance records, the
 * hash-chained audit trail), each call on a day of its own so every call writes 25 first records.
 * Bare (the baseline, "the same SQL via a bare driver call"): the statements one API call sent, recorded at
 * the driver and sent again through it — the same transactions, texts and values, on a day of the other group — so
 * the ratio is what the application costs above the database's own work.
 * Reference, in the same rounds: one transaction on the driver as the owner writing the same 25 attendance rows
 * with the same statement and the 25 audit rows NEN 7513 requires, written plainly (no session check, access
 * decision, lock or chain) — how much database work the mechanism itself adds.
 */
export async function benchRollCall(db: Database): Promise<BenchResult> {
  // Per group a day for each operation of a side, and one spare: the API's days in one group; in the other, the
  // replay's days and after them the reference's.
  const perSide = operationsNeeded(OPTIONS);
  const org = await createBenchOrganisation(db, PEOPLE, 2 * perSide + 1);
  const { app, headers } = await signedInApp(db, org);
  const writeAudit = plainAuditWriter(org.orgId);
  const payload = { records: org.clientIds.map((clientId) => ({ clientId, status: 'aanwezig' })) };
  const plainRollCall = (i: number) =>
    db.asOwner(async (tx) => {
      const occurrenceId = org.bareOccurrences[perSide + i] as string;
      await insertAttendanceRecords(
        tx,
        org.orgId,
        org.clientIds.map((clientId) => ({
          occurrenceId,
          clientId,
          status: 'aanwezig',
          arrival: '09:00',
          departure: '15:00',
          minutes: 360,
          note: null,
          transport: null,
          supersedes: null,
          recordedBy: org.supervisorId,
        })),
      );
      await writeAudit(
        tx,
        org.clientIds.map((clientId) => ({
          ...auditEntryFor(org, clientId, 'attendance.roll_call', 'C'),
          objectId: occurrenceId,
        })),
      );
    });
  const api = async (i: number) => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/occurrences/${org.apiOccurrences[i]}/roll-call`,
      headers,
      payload,
    });
    const body = response.json() as { recorded?: number };
    if (response.statusCode !== 200 || body.recorded !== PEOPLE)
      throw new Error(`roll call failed: ${response.statusCode} ${response.body}`);
  };
  try {
    // One call on the spare last day, recorded: what a roll call sends to the database.
    const spare = 2 * perSide;
    const recorded = await recordDriverCalls(db, () => api(spare));
    const replay = replayer(db, recorded);
    const recordedDay = org.apiOccurrences[spare] as string;
    const bare = (i: number) =>
      replay(
        new Map([
          [recordedDay, org.bareOccurrences[i] as string],
          [org.apiGroupId, org.bareGroupId],
        ]),
      );
    return await compareThroughput(
      `roll call of ${PEOPLE} people: API vs the same SQL via the bare driver, ${OPTIONS.callers} callers`,
      bare,
      api,
      OPTIONS,
      MIN_THROUGHPUT_RATIO,
      `${describeDriverCalls(db, recorded)}, on both sides`,
      { op: plainRollCall, describe: 'for the attendance and plain audit rows alone (4 round trips, no access check)' },
    );
  } finally {
    await app.close();
  }
}
