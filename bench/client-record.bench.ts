import { isoDateIn } from '@meedoen/core';
import { listCareTeam, listConsents, listRepresentatives } from '../packages/server/src/access/care-network-store.js';
import type { Database } from '../packages/server/src/db/database.js';
import { loadClient } from '../packages/server/src/people/client-store.js';
import type { BenchResult } from './measure.js';
import { auditEntryFor, createBenchOrganisation, plainAuditWriter, signedInApp } from './bench-organisation.js';
import { describeDriverCalls, recordDriverCalls, replayer } from './statement-replay.js';
import { compareThroughput, type ThroughputOptions } from './throughput-ratio.js';

/** Issue 16: the API at least 0.7× the bare driver's throughput. */
const MIN_THROUGHPUT_RATIO = 0.7;
// Rounds of a few seconds and a long warm-up: the server's code runs compiled and optimised (a server runs warm),
// and a round spans its collections of garbage, so one pause or one slow WAL flush does not decide a round.
const OPTIONS: ThroughputOptions = { callers: 10, operations: 1000, warmup: 3000, rounds: 7 };

/**
 * Opening a client record (issue 16) as throughput with 10 callers at once (see roll-call.bench.ts for why).
 *
 * API: `GET /api/v1/clients/:id` — what the web's client record page asks first — through the whole application:
 * session, access decision, row-level security, the record's reads, the hash-chained audit record.
 * Bare (the baseline, "the same SQL via a bare driver call"): the statements one API call sent, recorded at
 * the driver and sent again through it — the same transactions, texts and values, another client's id swapped in —
 * so the ratio is what the application costs above the database's own work.
 * Reference, in the same rounds: the record's SELECTs and one plain audit row alone, on the driver as the owner
 * (no session check, access decision or hash chain) — how much database work the access mechanism itself adds.
 * The callers cycle over 25 clients.
 */
export async function benchClientRecord(db: Database): Promise<BenchResult> {
  const org = await createBenchOrganisation(db, 25, 0);
  const { app, headers } = await signedInApp(db, org);
  const writeAudit = plainAuditWriter(org.orgId);
  const clientOf = (i: number) => org.clientIds[i % org.clientIds.length] as string;
  const recordOnly = (i: number) =>
    db.asOwner(async (tx) => {
      const clientId = clientOf(i);
      const today = isoDateIn(new Date());
      const client = await loadClient(tx, org.orgId, clientId);
      await tx.query(
        `select reason, expires_at from break_glass_accesses
          where org_id = $3 and user_id = $1 and client_id = $2 and expires_at > now() order by opened_at desc limit 1`,
        [org.supervisorId, clientId, org.orgId],
      );
      await listCareTeam(tx, org.orgId, clientId, today);
      await listRepresentatives(tx, org.orgId, clientId, today);
      await listConsents(tx, org.orgId, clientId, today);
      if (!client) throw new Error('bench client missing');
      await writeAudit(tx, [{ ...auditEntryFor(org, clientId, 'client.read', 'R'), objectType: 'personalia' }]);
    });
  const api = async (i: number) => {
    const response = await app.inject({ method: 'GET', url: `/api/v1/clients/${clientOf(i)}`, headers });
    if (response.statusCode !== 200) throw new Error(`client record failed: ${response.statusCode} ${response.body}`);
  };
  try {
    const recorded = await recordDriverCalls(db, () => api(0));
    const replay = replayer(db, recorded);
    const recordedClient = clientOf(0);
    const bare = (i: number) => replay(new Map([[recordedClient, clientOf(i)]]));
    return await compareThroughput(
      `client record: API vs the same SQL via the bare driver, ${OPTIONS.callers} callers`,
      bare,
      api,
      OPTIONS,
      MIN_THROUGHPUT_RATIO,
      `${describeDriverCalls(db, recorded)}, on both sides`,
      { op: recordOnly, describe: "for the record's SELECTs and a plain audit row alone (8 round trips, no access check)" },
    );
  } finally {
    await app.close();
  }
}
