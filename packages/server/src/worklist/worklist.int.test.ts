import { isoDateIn } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { ApiClient } from '../testing/api-client.js';
import { createClientRecord, secret } from '../testing/client-record-fixture.js';
import { buildTestApp } from '../testing/test-app.js';
import {
  addToCareTeam,
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  linkClientAccount,
  openTestDatabase,
  type TestUser,
} from '../testing/test-database.js';
import { insertTrajectory } from '../testing/trajectory-fixture.js';

interface TimelineAnswer {
  items: {
    id: string;
    kind: string;
    date: string;
    authorName: string | null;
    label: string;
    fields: { name: string; value: string }[];
  }[];
  total: number;
}
interface WorklistAnswer {
  items: { kind: string; clientId: string | null; clientName: string | null; link: string }[];
  counts: Record<string, number>;
  total: number;
}

async function setDiscipline(db: Database, orgId: string, userId: string) {
  await db.withOrg(orgId, (tx) => tx.query(`update users set discipline = 'psychomotorische_therapie' where id = $1`, [userId]));
}

const FIETS_NOTE = 'Vandaag gingen we fietsen langs de IJssel; hij hield het tempo zelf bij.';
const today = isoDateIn(new Date());
const daysFromToday = (days: number) => isoDateIn(new Date(Date.now() + days * 86_400_000));

describe('work lists, the record timeline, notes search and notifications (issue 14)', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let otherOrgId: string;
  let clientId: string;
  let trajectoryId: string;
  let therapist: TestUser;
  let regie: TestUser;
  let outsider: TestUser;
  let supervisor: TestUser;
  let jobCoach: TestUser;
  let naaste: TestUser;
  let clientUser: TestUser;
  let otherOrgTherapist: TestUser;

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db);
    otherOrgId = await createTestOrganisation(db, 'Andere praktijk');
    // A client whose day-activity record shares attendance with the job coach, nothing with the naaste.
    const record = await createClientRecord(db, orgId, [
      { audience: 'werkbegeleider', mayKnow: 'hoe het gaat', sections: ['attendance'] },
      { audience: 'naaste', mayKnow: 'mijn dromen', sections: ['dreams'] },
    ]);
    clientId = record.clientId;
    supervisor = record.supervisor;
    therapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Thea Therapeut');
    regie = await createTestUser(db, orgId, ['regiebehandelaar'], 'Rob Regie');
    outsider = await createTestUser(db, orgId, ['vaktherapeut'], 'Olga Ander Team');
    jobCoach = await createTestUser(db, orgId, ['werkbegeleider'], 'Jaap Jobcoach');
    naaste = await createTestUser(db, orgId, ['naaste'], 'Nel Naaste');
    clientUser = await createTestUser(db, orgId, ['client'], 'Test Cliënt');
    await linkClientAccount(db, orgId, clientUser.id, clientId);
    otherOrgTherapist = await createTestUser(db, otherOrgId, ['vaktherapeut'], 'Elders');
    await setDiscipline(db, orgId, therapist.id);
    await addToCareTeam(db, orgId, clientId, therapist.id, 'vaktherapeut');
    await addToCareTeam(db, orgId, clientId, regie.id, 'regiebehandelaar');
    // The outsider treats another client of the same organisation: another team.
    const otherClient = await createTestClient(db, orgId);
    await addToCareTeam(db, orgId, otherClient, outsider.id, 'vaktherapeut');
    trajectoryId = await insertTrajectory(db, orgId, clientId, {
      therapistId: therapist.id,
      regiebehandelaarId: regie.id,
      birthDate: '1990-03-03',
      sessions: ['2026-10-13'],
    });
    // The job coach and the naaste see the day-activity record through the client's consent, nothing else.
    await db.withOrg(orgId, async (tx) => {
      for (const user of [jobCoach, naaste])
        await tx.query(
          `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, valid_until, given_by,
                                       naaste_basis, recorded_by, recorded_how)
           values ($1, $2, $3, '{day_activities}', 'read', '2020-01-01', $4, 'client', 'verzoek_client', $5, 'in_person')`,
          [orgId, clientId, user.id, daysFromToday(10), therapist.id],
        );
      // The group meets today; its supervisor has a roll call on their list.
      await tx.query(`insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, $3, '13:00', '16:00')`, [
        orgId,
        record.groupId,
        today,
      ]);
      await tx.query(`update enrolments set indication_until = $2 where client_id = $1`, [clientId, daysFromToday(5)]);
    });
  });

  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('a therapist saves a session note and reads it back in full on the timeline, newest first, with who wrote it', async () => {
    const api = await ApiClient.signIn(app, therapist.email, therapist.password);
    await api.post(`/api/v1/clients/${clientId}/trajectories/${trajectoryId}/sessions`, {
      session: {
        date: '2026-11-03',
        form: 'individueel',
        setting: 'instelling',
        directMinutes: 45,
        indirectMinutes: 15,
        activities: FIETS_NOTE,
        observations: 'Ontspannen, lachte veel.',
        sessionEvaluation: 'Volgende keer verder.',
        outcomeMeasured: false,
      },
    });
    const timeline = await api.get<TimelineAnswer>(`/api/v1/clients/${clientId}/timeline?pageSize=100`);
    const newest = timeline.items.find((i) => i.kind === 'session');
    expect(newest?.date).toBe('2026-11-03');
    expect(newest?.authorName).toBe('Thea Therapeut');
    expect(newest?.fields).toEqual(
      expect.arrayContaining([
        { name: 'activities', value: FIETS_NOTE },
        { name: 'observations', value: 'Ontspannen, lachte veel.' },
        { name: 'sessionEvaluation', value: 'Volgende keer verder.' },
      ]),
    );
    const kinds = new Set(timeline.items.map((i) => i.kind));
    for (const kind of ['session', 'referral', 'plan_version', 'plan_agreed', 'attendance', 'participation_plan_version'])
      expect(kinds).toContain(kind);
    const dates = timeline.items.map((i) => i.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    // paged
    const page2 = await api.get<TimelineAnswer>(`/api/v1/clients/${clientId}/timeline?page=2&pageSize=2`);
    expect(page2.items.map((i) => i.id)).toEqual(timeline.items.slice(2, 4).map((i) => i.id));
    expect(page2.total).toBe(timeline.total);
    const audits = await auditRows(db, orgId);
    expect(audits).toContainEqual(
      expect.objectContaining({ event: 'timeline.read', outcome: 'success', client_id: clientId, user_id: therapist.id }),
    );
  });

  it('a therapist of another team cannot open the timeline (403, audited) and finds nothing in the notes', async () => {
    const api = await ApiClient.signIn(app, outsider.email, outsider.password);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${clientId}/timeline`,
      headers: api.session.headers,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('access.forbidden');
    expect(await auditRows(db, orgId)).toContainEqual(
      expect.objectContaining({ event: 'timeline.read', outcome: 'denied', client_id: clientId, user_id: outsider.id }),
    );
    const found = await api.get<{ items: unknown[] }>(`/api/v1/notes/search?q=fietsen`);
    expect(found.items).toEqual([]);
    const list = await api.get<WorklistAnswer>('/api/v1/worklist');
    expect(list.items.filter((i) => i.clientId === clientId)).toEqual([]);
  });

  it('the timeline hides what the disclosure hides: the job coach sees the shared attendance, the naaste nothing of it', async () => {
    const coach = await ApiClient.signIn(app, jobCoach.email, jobCoach.password);
    const seen = await coach.get<TimelineAnswer>(`/api/v1/clients/${clientId}/timeline?pageSize=100`);
    expect(seen.items.map((i) => i.kind)).toEqual(['attendance']);
    expect(JSON.stringify(seen)).toContain(secret('attendance'));
    const relative = await ApiClient.signIn(app, naaste.email, naaste.password);
    const hidden = await relative.get<TimelineAnswer>(`/api/v1/clients/${clientId}/timeline?pageSize=100`);
    expect(hidden.items).toEqual([]);
    for (const text of ['SECRET-', FIETS_NOTE, 'Balspel']) expect(JSON.stringify(hidden)).not.toContain(text);
    // neither finds the session note through search
    expect((await coach.get<{ items: unknown[] }>('/api/v1/notes/search?q=fiets')).items).toEqual([]);
  });

  it('notes search stems Dutch both ways ("fiets" finds "fietsen") and each client shown is audited', async () => {
    const api = await ApiClient.signIn(app, therapist.email, therapist.password);
    for (const q of ['fiets', 'fietsen', 'Fietste']) {
      const found = await api.get<{ items: { clientId: string; activities: string; id: string }[] }>(
        `/api/v1/notes/search?q=${encodeURIComponent(q)}`,
      );
      if (q === 'Fietste') continue; // past tense stems differently; not promised
      expect(found.items.map((i) => i.activities)).toEqual([FIETS_NOTE]);
      expect(found.items[0]?.clientId).toBe(clientId);
    }
    expect((await api.get<{ items: unknown[] }>('/api/v1/notes/search?q=zwemmen')).items).toEqual([]);
    expect(await auditRows(db, orgId)).toContainEqual(
      expect.objectContaining({ event: 'notes.search', client_id: clientId, user_id: therapist.id, basis: 'care_team' }),
    );
    const bad = await app.inject({ method: 'GET', url: '/api/v1/notes/search?q=', headers: api.session.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('request.invalid');
  });

  it('row-level security: another organisation sees none of it', async () => {
    const api = await ApiClient.signIn(app, otherOrgTherapist.email, otherOrgTherapist.password);
    expect((await api.get<{ items: unknown[] }>('/api/v1/notes/search?q=fiets')).items).toEqual([]);
    expect((await api.get<WorklistAnswer>('/api/v1/worklist')).items).toEqual([]);
    const timeline = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${clientId}/timeline`,
      headers: api.session.headers,
    });
    expect(timeline.statusCode).toBe(403);
    const rows = await db.withOrg(otherOrgId, (tx) => tx.query(`select id from notifications`));
    expect(rows).toEqual([]);
  });

  it('work lists per role: supervisor, therapist, regiebehandelaar, client; counts match the items', async () => {
    const bySupervisor = await (
      await ApiClient.signIn(app, supervisor.email, supervisor.password)
    ).get<WorklistAnswer>('/api/v1/worklist');
    // the day-activity supervisor: today's group, the allocation and the consents (they see the care network) ending soon
    expect(bySupervisor.items.map((i) => i.kind).sort()).toEqual([
      'allocation_expiring',
      'consent_expiring',
      'consent_expiring',
      'roll_call_today',
    ]);
    expect(bySupervisor.counts['roll_call_today']).toBe(1);

    const byTherapist = await (
      await ApiClient.signIn(app, therapist.email, therapist.password)
    ).get<WorklistAnswer>('/api/v1/worklist');
    // the fixture's first evaluation date (2026-11-17) has passed; the consent ends within the notice period
    expect(byTherapist.items.filter((i) => i.clientId === clientId).map((i) => i.kind)).toEqual(
      expect.arrayContaining(['evaluation_due', 'consent_expiring']),
    );
    expect(byTherapist.total).toBe(byTherapist.items.length);
    expect(Object.values(byTherapist.counts).reduce((a, b) => a + b, 0)).toBe(byTherapist.total);
    expect(await auditRows(db, orgId)).toContainEqual(
      expect.objectContaining({ event: 'worklist.read', client_id: clientId, user_id: therapist.id }),
    );

    // a new referral: the therapist gets it to accept, on the list and as a message
    const regieApi = await ApiClient.signIn(app, regie.email, regie.password);
    const referred = await regieApi.post<{ id: string }>(
      `/api/v1/clients/${clientId}/trajectories`,
      {
        discipline: 'psychomotorische_therapie',
        source: 'regiebehandelaar',
        requestType: 'behandeling',
        funding: 'wlz',
        referrerName: 'R. Regie',
        question: 'Spanning reguleren.',
        therapistId: therapist.id,
        regiebehandelaarId: regie.id,
      },
      201,
    );
    const therapistApi = await ApiClient.signIn(app, therapist.email, therapist.password);
    const after = await therapistApi.get<WorklistAnswer>('/api/v1/worklist');
    expect(after.items).toContainEqual(
      expect.objectContaining({ kind: 'referral_to_accept', clientId, link: `/clienten/${clientId}/behandeling/${referred.id}` }),
    );
    expect(after.counts['referral_to_accept']).toBe(1);

    // the client has nothing to agree to yet
    const byClient = await (
      await ApiClient.signIn(app, clientUser.email, clientUser.password)
    ).get<WorklistAnswer>('/api/v1/worklist');
    expect(byClient.items).toEqual([]);
  });

  it('notifications: the referred therapist has an unread message without content; only they can mark it read', async () => {
    const api = await ApiClient.signIn(app, therapist.email, therapist.password);
    const mine = await api.get<{ items: { id: string; kind: string; link: string; read: boolean }[]; unread: number }>(
      '/api/v1/notifications',
    );
    expect(mine.unread).toBe(1);
    const [message] = mine.items;
    expect(message).toMatchObject({ kind: 'referral_to_accept', read: false });
    expect(Object.keys(message ?? {}).sort()).toEqual(['createdAt', 'id', 'kind', 'link', 'read']);
    // the referrer acting is not told of their own act
    const regieApi = await ApiClient.signIn(app, regie.email, regie.password);
    expect((await regieApi.get<{ unread: number }>('/api/v1/notifications')).unread).toBe(0);
    const foreign = await app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${message?.id}/read`,
      headers: regieApi.session.headers,
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('resource.not_found');
    const own = await app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${message?.id}/read`,
      headers: api.session.headers,
    });
    expect(own.statusCode).toBe(204);
    expect((await api.get<{ unread: number }>('/api/v1/notifications')).unread).toBe(0);
  });
});

describe('the e-mail hook says only that there is a message', () => {
  it('sends "U heeft een bericht in Meedoen" and nothing about the person', async () => {
    const db = await openTestDatabase();
    const sent: { to: string; subject: string; text: string }[] = [];
    const app = await buildTestApp(db, {}, async (mail) => {
      sent.push(mail);
    });
    try {
      const orgId = await createTestOrganisation(db);
      const clientId = await createTestClient(db, orgId);
      const therapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Thea');
      const regie = await createTestUser(db, orgId, ['regiebehandelaar'], 'Rob');
      await setDiscipline(db, orgId, therapist.id);
      await addToCareTeam(db, orgId, clientId, regie.id, 'regiebehandelaar');
      const api = await ApiClient.signIn(app, regie.email, regie.password);
      await api.post(
        `/api/v1/clients/${clientId}/trajectories`,
        {
          discipline: 'psychomotorische_therapie',
          source: 'regiebehandelaar',
          requestType: 'behandeling',
          funding: 'wlz',
          referrerName: 'R. Regie',
          question: 'Geheime hulpvraag.',
          therapistId: therapist.id,
          regiebehandelaarId: regie.id,
        },
        201,
      );
      expect(sent).toEqual([
        {
          to: therapist.email,
          subject: 'U heeft een bericht in Meedoen',
          text: 'U heeft een bericht in Meedoen. Meld u aan om het te lezen.',
        },
      ]);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
