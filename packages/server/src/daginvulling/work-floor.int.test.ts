import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { DEMO_PASSWORD, demoClientId, demoUserId } from '../demo/demo-organisation.js';
import { seedDemo } from '../demo/seed-demo.js';
import { stableId } from '../demo/stable-id.js';
import { ApiClient } from '../testing/api-client.js';
import { buildTestApp } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';

/**
 * Issue 14, the job coach's and the werkbegeleider's day: each sees only the part of Kevin's plan he shared with
 * their kind of party (003 L1912-1915); the werkbegeleider keeps Kevin's presence on the kringloop's work floor
 * (003 L1805-1807) and reads it back; nobody records for a person who did not open that to them.
 */
describe('the job coach and the werkbegeleider on the demo organisation', () => {
  let db: Database;
  let app: FastifyInstance;
  let gerrit: ApiClient;
  let lisa: ApiClient;
  const kevin = demoClientId('kevin');
  // A past Friday of the kringloop group (demo season from 2026-11-06), used by this file only.
  const occurrence = stableId('occ:kringloop:2026-11-13');

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db);
    app = await buildTestApp(db);
    gerrit = await ApiClient.signIn(app, 'gerrit.post@delinde.example', DEMO_PASSWORD);
    lisa = await ApiClient.signIn(app, 'lisa.vos@delinde.example', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('lists the persons each supports, through Kevin’s consent', async () => {
    for (const coach of [gerrit, lisa]) {
      const list = await coach.get<{ items: { id: string; relation: string }[] }>('/api/v1/clients');
      expect(list.items.map((c) => [c.id, c.relation])).toEqual([[kevin, 'consent']]);
    }
  });

  it('the external job coach gets only the sections Kevin opened to a job coach; the rest is absent from the answer', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${kevin}/participation-plan`,
      headers: lisa.session.headers,
    });
    expect(response.statusCode).toBe(200);
    const view = response.json<{ complete: boolean; plan: Record<string, unknown>; comments: unknown[] }>();
    expect(view.complete).toBe(false);
    expect(Object.keys(view.plan).sort()).toEqual(
      ['competences', 'dreams', 'perspective', 'preferences', 'steps', 'strengths', 'supportNeeds'].sort(),
    );
    // Not merely hidden in the screen: the signal plan, his network and his disclosure choices are not in the bytes.
    expect(response.body).not.toContain('Ik blijf in bed');
    expect(response.body).not.toContain('Helpt met de planning');
    expect(response.body).not.toContain('mayKnow');
    expect(view.comments).toEqual([]);
    // Read only: Kevin gave her no write consent; even a whole, valid plan is refused.
    const kevinSelf = await ApiClient.signIn(app, 'kevin.mulder@delinde.example', DEMO_PASSWORD);
    const own = await kevinSelf.get<{ version: number; plan: Record<string, unknown> }>(
      `/api/v1/clients/${kevin}/participation-plan`,
    );
    const put = await app.inject({
      method: 'PUT',
      url: `/api/v1/clients/${kevin}/participation-plan`,
      headers: { ...lisa.session.headers, 'if-match': `"${own.version}"` },
      payload: { plan: { ...own.plan, dreams: 'Iets anders' } },
    });
    expect(put.statusCode).toBe(403);
    expect(put.json<{ code: string }>().code).toBe('access.forbidden');
    // And no attendance: Kevin lets her keep their contact moments (day activities), but did not open attendance to a job coach.
    const attendance = await lisa.get<{ code: string }>(`/api/v1/clients/${kevin}/attendance?month=2026-11`, 403);
    expect(attendance.code).toBe('access.not_disclosed');
  });

  it('the werkbegeleider sees his shared sections, without the signal plan', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${kevin}/participation-plan`,
      headers: gerrit.session.headers,
    });
    const view = response.json<{ plan: Record<string, unknown> }>();
    expect(Object.keys(view.plan).sort()).toEqual(['preferences', 'steps', 'strengths', 'supportNeeds']);
    expect(response.body).not.toContain('Ik blijf in bed');
    expect(response.body).not.toContain('fietsenmaker worden');
  });

  it('the werkbegeleider records Kevin on the work floor, audited, and reads back his own record', async () => {
    const fridays = await gerrit.get<{ id: string; date: string; groupName: string }[]>(
      '/api/v1/occurrences?from=2026-11-09&until=2026-11-15',
    );
    expect(fridays.map((o) => [o.id, o.groupName])).toEqual([[occurrence, 'Kringloop Zwolle, fietsenhoek vr']]);
    const before = await gerrit.get<{ participants: { clientId: string; record: unknown }[] }>(
      `/api/v1/occurrences/${occurrence}/roll-call`,
    );
    expect(before.participants).toEqual([expect.objectContaining({ clientId: kevin, record: null })]);
    expect(
      await gerrit.post(`/api/v1/occurrences/${occurrence}/roll-call`, {
        records: [{ clientId: kevin, status: 'aanwezig', arrival: '09:15', departure: '14:00' }],
      }),
    ).toEqual({ recorded: 1, corrected: 0, unchanged: 0 });

    const month = await gerrit.get<
      { offerName: string; attendance: { date: string; status: string; recordedByMe: boolean }[] }[]
    >(`/api/v1/clients/${kevin}/attendance?month=2026-11`);
    const kringloop = month.find((m) => m.offerName === 'Kringloop Zwolle, sorteerafdeling');
    expect(kringloop?.attendance).toEqual([expect.objectContaining({ status: 'aanwezig', recordedByMe: true })]);
    expect(String(kringloop?.attendance[0]?.date)).toContain('2026-11-13');
    // The houtwerkplaats days were kept by the activity supervisor, not by him.
    const spaander = month.find((m) => m.offerName !== 'Kringloop Zwolle, sorteerafdeling');
    expect(spaander?.attendance.length).toBeGreaterThan(0);
    expect(spaander?.attendance.every((d) => !d.recordedByMe)).toBe(true);

    const [audit] = await db.asOwner((tx) =>
      tx.query<{ outcome: string; basis: string; client_id: string }>(
        `select outcome, basis, client_id from audit_events where event = 'attendance.roll_call' and user_id = $1 and object_id = $2`,
        [demoUserId('gerrit.post'), occurrence],
      ),
    );
    expect(audit).toEqual({ outcome: 'success', basis: 'consent', client_id: kevin });
  });

  it('refuses the werkbegeleider for a person he does not support, with its code, and audits the refusal', async () => {
    const other = demoClientId('deelnemer-1');
    const spaanderDay = stableId('occ:spaander:2026-11-12');
    const refused = await gerrit.post<{ code: string }>(
      `/api/v1/occurrences/${spaanderDay}/roll-call`,
      { records: [{ clientId: other, status: 'aanwezig' }] },
      403,
    );
    expect(refused.code).toBe('access.forbidden');
    // Reading the houtwerkplaats's roll call (people he does not support) is refused as a whole.
    await gerrit.get(`/api/v1/occurrences/${spaanderDay}/roll-call`, 403);
    const denied = await db.asOwner((tx) =>
      tx.query<{ outcome: string; problem_code: string }>(
        `select outcome, problem_code from audit_events where event = 'attendance.roll_call' and user_id = $1 and client_id = $2`,
        [demoUserId('gerrit.post'), other],
      ),
    );
    expect(denied).toEqual([{ outcome: 'denied', problem_code: 'access.forbidden' }]);
  });

  it('refuses the job coach, to whom Kevin did not open his presence, and the werkbegeleider once attendance is no longer shared', async () => {
    const refused = await lisa.post<{ code: string }>(
      `/api/v1/occurrences/${occurrence}/roll-call`,
      { records: [{ clientId: kevin, status: 'ziek' }] },
      403,
    );
    expect(refused.code).toBe('access.not_disclosed');

    // Kevin takes attendance out of what the work floor may know: the werkbegeleider's write consent alone is not enough.
    const kevinSelf = await ApiClient.signIn(app, 'kevin.mulder@delinde.example', DEMO_PASSWORD);
    const own = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${kevin}/participation-plan`,
      headers: kevinSelf.session.headers,
    });
    const { plan, version } = own.json<{ version: number; plan: { disclosure: { audience: string; sections: string[] }[] } }>();
    const disclosure = plan.disclosure.map((d) =>
      d.audience === 'werkbegeleider' ? { ...d, sections: d.sections.filter((s) => s !== 'attendance') } : d,
    );
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/v1/clients/${kevin}/participation-plan`,
      headers: { ...kevinSelf.session.headers, 'if-match': `"${version}"` },
      payload: { plan: { ...plan, disclosure } },
    });
    expect(saved.statusCode).toBe(200);
    const hidden = await gerrit.post<{ code: string }>(
      `/api/v1/occurrences/${stableId('occ:kringloop:2026-11-20')}/roll-call`,
      { records: [{ clientId: kevin, status: 'aanwezig' }] },
      403,
    );
    expect(hidden.code).toBe('access.not_disclosed');
    expect((await gerrit.get<{ code: string }>(`/api/v1/clients/${kevin}/attendance?month=2026-11`, 403)).code).toBe(
      'access.not_disclosed',
    );
    // Kevin shares it again: on PostgreSQL the other test files read the same demo organisation after this one.
    const restored = await app.inject({
      method: 'PUT',
      url: `/api/v1/clients/${kevin}/participation-plan`,
      headers: { ...kevinSelf.session.headers, 'if-match': `"${version + 1}"` },
      payload: { plan },
    });
    expect(restored.statusCode).toBe(200);
  });
});
