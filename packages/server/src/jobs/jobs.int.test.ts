import { randomUUID } from 'node:crypto';
import { isoDateIn } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudits } from '../access/audit-log.js';
import { auditSigning, checkSignature } from '../access/audit-checkpoints.js';
import type { Database } from '../db/database.js';
import { ApiClient } from '../testing/api-client.js';
import { createClientRecord } from '../testing/client-record-fixture.js';
import { buildTestApp } from '../testing/test-app.js';
import { auditRows, createTestOrganisation, createTestUser, openTestDatabase, type TestUser } from '../testing/test-database.js';
import { sendDailyReminders } from '../worklist/reminders.js';
import { queueScheduledJobs } from './job-schedule.js';
import { createJobService, type JobService } from './job-service.js';
import type { JobView } from './job-store.js';

type Job = JobView & { result: Record<string, unknown> | null };

/** One audit record for the organisation, as any request would leave. */
async function someAuditRecord(db: Database, orgId: string, userId: string) {
  await db.withOrg(orgId, (tx) =>
    appendAudits(tx, orgId, [
      {
        event: 'test.event',
        action: 'R',
        outcome: 'success',
        clientId: null,
        userId,
        responsibleUserId: userId,
        role: null,
        basis: null,
        breakGlass: false,
        reason: null,
        objectType: null,
        objectId: null,
        ip: null,
        userAgent: null,
      },
    ]),
  );
}

describe('background jobs (issue 16): queue in the transaction, retries, status and progress, schedule, two instances', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let otherOrgId: string;
  let therapist: TestUser;
  let colleague: TestUser;
  let beheerder: TestUser;
  let otherOrgBeheerder: TestUser;
  const enqueue = (kind: string, requestedBy: string | null, payload: Record<string, unknown> = {}, maxAttempts = 3) =>
    db.withOrg(orgId, (tx) => app.jobs.enqueue(tx, orgId, { kind, requestedBy, payload, maxAttempts }));

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Achtergrond');
    otherOrgId = await createTestOrganisation(db, 'Elders');
    therapist = await createTestUser(db, orgId, ['vaktherapeut']);
    colleague = await createTestUser(db, orgId, ['vaktherapeut']);
    beheerder = await createTestUser(db, orgId, ['beheerder']);
    otherOrgBeheerder = await createTestUser(db, otherOrgId, ['beheerder']);
    const tries = new Map<string, number>();
    app.jobs.define('test.flaky', async ({ job, progress }) => {
      const n = (tries.get(job.id) ?? 0) + 1;
      tries.set(job.id, n);
      await progress(n, 3);
      if (n < 3) throw new Error(`attempt ${n} failed`);
      return { tries: n };
    });
    app.jobs.define('test.broken', async () => {
      throw new Error('the receiver is unreachable');
    });
    app.jobs.define('test.noop', async () => ({ ok: true }));
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('a job exists only if the transaction that queued it commits', async () => {
    const marker = randomUUID();
    await expect(
      db.withOrg(orgId, async (tx) => {
        await app.jobs.enqueue(tx, orgId, { kind: 'test.noop', requestedBy: therapist.id, payload: { marker } });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    const rows = await db.withOrg(orgId, (tx) =>
      tx.query(`select id from background_jobs where payload->>'marker' = $1`, [marker]),
    );
    expect(rows).toEqual([]);
    await app.jobs.runDueJobs();
    expect(rows).toEqual([]);
  });

  it('a task that fails twice ends succeeded after 3 attempts; one that always fails ends failed with its error', async () => {
    const flaky = (await enqueue('test.flaky', therapist.id)).job;
    const broken = (await enqueue('test.broken', therapist.id)).job;
    expect(flaky).toMatchObject({ status: 'queued', attempts: 0, maxAttempts: 3, progress: { done: 0, total: null } });
    await app.jobs.runDueJobs({ skipBackoff: true });
    const api = await ApiClient.signIn(app, therapist.email, therapist.password);
    expect(await api.get<Job>(`/api/v1/jobs/${flaky.id}`)).toMatchObject({
      status: 'succeeded',
      attempts: 3,
      error: null,
      progress: { done: 3, total: 3 },
      result: { tries: 3 },
    });
    const failed = await api.get<Job>(`/api/v1/jobs/${broken.id}`);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, error: 'the receiver is unreachable', result: null });
    expect(failed.finishedAt).not.toBeNull();
  });

  it('status is visible to the requester and the beheerder only; another organisation sees nothing', async () => {
    const own = (await enqueue('test.noop', therapist.id)).job;
    const scheduled = (await enqueue('test.noop', null)).job;
    const mine = await (await ApiClient.signIn(app, therapist.email, therapist.password)).get<Job[]>('/api/v1/jobs');
    expect(mine.map((j) => j.id)).toContain(own.id);
    expect(mine.every((j) => j.requestedBy === therapist.id)).toBe(true);
    const other = await ApiClient.signIn(app, colleague.email, colleague.password);
    expect(await other.get<Job[]>('/api/v1/jobs')).toEqual([]);
    const refused = await app.inject({ method: 'GET', url: `/api/v1/jobs/${own.id}`, headers: other.session.headers });
    expect([refused.statusCode, refused.json().code]).toEqual([404, 'resource.not_found']);
    const admin = await ApiClient.signIn(app, beheerder.email, beheerder.password);
    expect((await admin.get<Job[]>('/api/v1/jobs?limit=200')).map((j) => j.id)).toEqual(
      expect.arrayContaining([own.id, scheduled.id]),
    );
    expect(await admin.get<Job>(`/api/v1/jobs/${scheduled.id}`)).toMatchObject({ requestedBy: null, status: 'queued' });
    const elsewhere = await ApiClient.signIn(app, otherOrgBeheerder.email, otherOrgBeheerder.password);
    expect(await elsewhere.get<Job[]>('/api/v1/jobs')).toEqual([]);
    await elsewhere.get(`/api/v1/jobs/${own.id}`, 404);
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/jobs' });
    expect(anonymous.statusCode).toBe(401);
    const bad = await admin.get<{ code: string }>('/api/v1/jobs?status=lost', 400);
    expect(bad.code).toBe('request.invalid');
    await app.jobs.runDueJobs();
  });

  it('audit checkpoints on a schedule: once per interval per organisation, signed with the configured key', async () => {
    await someAuditRecord(db, orgId, beheerder.id);
    // 06:00 in the Netherlands, before the reminder hour (23): only the checkpoint is due.
    const now = new Date('2026-12-02T05:00:00Z');
    const config = { auditCheckpointMinutes: 60, reminderHour: 23 };
    expect(await queueScheduledJobs(db, app.jobs, config, now, [orgId])).toBe(1);
    // A second instance ticking in the same slot queues nothing.
    expect(await queueScheduledJobs(db, app.jobs, config, new Date(now.getTime() + 30_000), [orgId])).toBe(0);
    await app.jobs.runDueJobs();
    const [head] = await db.withOrg(orgId, (tx) =>
      tx.query<{ last_seq: number; last_hash: string }>(`select last_seq::int as last_seq, last_hash from audit_chain_heads`),
    );
    const [checkpoint] = await db.withOrg(orgId, (tx) =>
      tx.query<{ seq: number; head_hash: string; key_id: string; signature: string }>(
        `select seq::int as seq, head_hash, key_id, signature from audit_checkpoints where seq = $1`,
        [head?.last_seq],
      ),
    );
    expect(checkpoint).toMatchObject({ seq: head?.last_seq, head_hash: head?.last_hash });
    expect(
      checkSignature(auditSigning().keyring, {
        orgId,
        seq: checkpoint?.seq ?? 0,
        hash: checkpoint?.head_hash ?? '',
        keyId: checkpoint?.key_id ?? '',
        signature: checkpoint?.signature ?? '',
      }),
    ).toBe('valid');
    const admin = await ApiClient.signIn(app, beheerder.email, beheerder.password);
    const listed = await admin.get<Job[]>('/api/v1/jobs?kind=audit.checkpoint');
    expect(listed[0]).toMatchObject({ status: 'succeeded', requestedBy: null, result: { signedSeq: head?.last_seq } });
    // The next interval: the sign-in since is a new record, so the head is signed again.
    expect(await queueScheduledJobs(db, app.jobs, config, new Date(now.getTime() + 3_600_000), [orgId])).toBe(1);
    await app.jobs.runDueJobs();
  });

  it('daily reminders: a content-free message per person with work due, once a day however often it runs', async () => {
    const record = await createClientRecord(db, orgId, [
      { audience: 'werkbegeleider', mayKnow: 'hoe het gaat', sections: ['attendance'] },
    ]);
    const now = new Date();
    // The client's day-activity allocation ends in five days: due on the supervisor's work list.
    await db.withOrg(orgId, (tx) =>
      tx.query(`update enrolments set indication_until = $2 where client_id = $1`, [
        record.clientId,
        isoDateIn(new Date(now.getTime() + 5 * 86_400_000)),
      ]),
    );
    const config = { auditCheckpointMinutes: 60, reminderHour: 0 };
    await queueScheduledJobs(db, app.jobs, config, now, [orgId]);
    expect(await queueScheduledJobs(db, app.jobs, config, now, [orgId])).toBe(0);
    await app.jobs.runDueJobs();
    const supervisor = await ApiClient.signIn(app, record.supervisor.email, record.supervisor.password);
    const messages = await supervisor.get<{ items: { kind: string; link: string }[] }>('/api/v1/notifications');
    expect(messages.items.filter((m) => m.kind === 'work_due')).toEqual([
      expect.objectContaining({ kind: 'work_due', link: '/' }),
    ]);
    // Run again the same day (a retry, another instance): no second message, enforced by the database.
    const day = isoDateIn(now);
    const again = await db.withOrg(orgId, (tx) =>
      sendDailyReminders(tx, orgId, day, randomUUID(), { expiryNoticeDays: 28, notesToWriteDays: 7 }),
    );
    expect(again.notified).toBe(0);
    const stored = await db.withOrg(orgId, (tx) =>
      tx.query<{ client_id: string | null }>(`select client_id from notifications where user_id = $1 and kind = 'work_due'`, [
        record.supervisor.id,
      ]),
    );
    expect(stored).toEqual([{ client_id: null }]);
    // Deriving it read the client's work-list facts: audited (NEN 7513), as the system.
    expect(await auditRows(db, orgId)).toContainEqual(
      expect.objectContaining({
        event: 'reminders.derive',
        client_id: record.clientId,
        user_id: null,
        object_type: 'background_job',
      }),
    );
  });

  it('two instances on one database: 50 jobs, two runners, each job executed exactly once', async () => {
    // On PostgreSQL the second instance has its own pool; on PGlite "two instances" share the one embedded database.
    const second = db.engine === 'postgresql' ? await openTestDatabase() : null;
    const secondDb = second ?? db;
    const taskName = `meedoen_two_${randomUUID().replaceAll('-', '')}`;
    const runs = new Map<string, number>();
    const make = (on: Database): JobService => {
      const service = createJobService(on, { concurrency: 1, taskName, staleMinutes: 30 });
      service.define('test.count', async ({ job }) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      });
      return service;
    };
    const one = make(db);
    const two = make(secondDb);
    try {
      const ids: string[] = [];
      for (let i = 0; i < 50; i++) {
        const { job } = await db.withOrg(orgId, (tx) => one.enqueue(tx, orgId, { kind: 'test.count', requestedBy: null }));
        ids.push(job.id);
      }
      await Promise.all([one.runDueJobs(), two.runDueJobs(), one.runDueJobs(), two.runDueJobs()]);
      expect([...runs.keys()].sort()).toEqual([...ids].sort());
      expect([...runs.values()].every((n) => n === 1)).toBe(true);
      const statuses = await db.withOrg(orgId, (tx) =>
        tx.query<{ status: string; attempts: number }>(
          `select status, attempts from background_jobs where id = any($1::uuid[])`,
          [ids],
        ),
      );
      expect(statuses).toHaveLength(50);
      expect(statuses.every((s) => s.status === 'succeeded' && s.attempts === 1)).toBe(true);
    } finally {
      await one.stop();
      await two.stop();
      await second?.close();
    }
  });
});
