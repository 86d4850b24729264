import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import { insertTrajectory } from '../testing/trajectory-fixture.js';
import {
  addToCareTeam,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
  TEST_PASSWORD,
} from '../testing/test-database.js';

interface Meeting {
  id: string;
  heldOn: string;
  notes: string | null;
  notesWithheld: boolean;
  items: { clientId: string; trajectoryId: string; decision: string }[];
  othersDiscussed: number;
}

/**
 * Issue 14, the MDO list across persons: a therapist sees the meetings that discussed the people whose treatment
 * she may read, with their decisions; the others discussed are counted, never named, and the meeting's own notes
 * (which may be about anyone discussed) are withheld from her. A job coach on the same care team reads no treatment
 * data, so sees no meeting. Every person shown is an audited read.
 */
describe('the MDO list across persons', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let mine: { clientId: string; trajectoryId: string };
  let other: { clientId: string; trajectoryId: string };
  let regie: Session;
  let therapist: Session;
  let therapistId: string;
  let coach: Session;
  let meetingId: string;

  const list = async (session: Session, query = '') => {
    const answer = await app.inject({ method: 'GET', url: `/api/v1/mdo-meetings${query}`, headers: session.headers });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as Meeting[];
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'MDO');
    const regieUser = await createTestUser(db, orgId, ['regiebehandelaar'], 'Regie');
    const therapistUser = await createTestUser(db, orgId, ['vaktherapeut'], 'Therapeut A');
    const otherTherapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Therapeut B');
    const coachUser = await createTestUser(db, orgId, ['trajectbegeleider'], 'Jobcoach');
    therapistId = therapistUser.id;
    const make = async (treater: string) => {
      const clientId = await createTestClient(db, orgId);
      await addToCareTeam(db, orgId, clientId, treater, 'vaktherapeut');
      await addToCareTeam(db, orgId, clientId, regieUser.id, 'regiebehandelaar');
      const trajectoryId = await insertTrajectory(db, orgId, clientId, {
        therapistId: treater,
        regiebehandelaarId: regieUser.id,
        birthDate: '1980-05-05',
      });
      return { clientId, trajectoryId };
    };
    mine = await make(therapistUser.id);
    other = await make(otherTherapist.id);
    await addToCareTeam(db, orgId, mine.clientId, coachUser.id, 'trajectbegeleider');
    regie = await signIn(app, regieUser.email, TEST_PASSWORD);
    therapist = await signIn(app, therapistUser.email, TEST_PASSWORD);
    coach = await signIn(app, coachUser.email, TEST_PASSWORD);
    const recorded = await app.inject({
      method: 'POST',
      url: '/api/v1/mdo-meetings',
      headers: regie.headers,
      payload: {
        heldOn: '2026-11-20',
        participants: ['Regie', 'Therapeut A', 'Therapeut B'],
        notes: 'Algemeen: wachtlijst PMT besproken.',
        items: [
          { ...mine, decision: 'PMT voortzetten.' },
          { ...other, decision: 'Afronden na de evaluatie.' },
        ],
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    meetingId = (recorded.json() as { id: string }).id;
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('shows the regiebehandelaar, who may read everyone discussed, the whole meeting', async () => {
    const [meeting] = await list(regie, '?from=2026-11-01&until=2026-11-30');
    expect(meeting).toMatchObject({ id: meetingId, heldOn: '2026-11-20', notes: 'Algemeen: wachtlijst PMT besproken.' });
    expect(meeting?.notesWithheld).toBe(false);
    expect(meeting?.othersDiscussed).toBe(0);
    expect(meeting?.items.map((i) => i.decision).sort()).toEqual(['Afronden na de evaluatie.', 'PMT voortzetten.']);
  });

  it('shows a therapist only her own person’s decision, counts the other and withholds the meeting notes', async () => {
    const [meeting] = await list(therapist, '?from=2026-11-01&until=2026-11-30');
    expect(meeting?.items).toEqual([expect.objectContaining({ ...mine, decision: 'PMT voortzetten.' })]);
    expect(meeting?.othersDiscussed).toBe(1);
    expect(meeting?.notes).toBeNull();
    expect(meeting?.notesWithheld).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain(other.clientId);
  });

  it('audits each person shown, and nobody who was not', async () => {
    const audited = await db.asOwner((tx) =>
      tx.query<{ client_id: string }>(
        `select client_id from audit_events where org_id = $1 and event = 'mdo.list' and user_id = $2`,
        [orgId, therapistId],
      ),
    );
    expect(audited.map((a) => a.client_id)).toEqual([mine.clientId]);
  });

  it('shows a job coach on the same care team no meeting: MDO decisions are treatment data', async () => {
    expect(await list(coach, '?from=2026-11-01&until=2026-11-30')).toEqual([]);
  });

  it('keeps to the period asked for, and refuses a period that ends before it starts', async () => {
    expect(await list(regie, '?from=2026-12-01&until=2026-12-31')).toEqual([]);
    const wrong = await app.inject({
      method: 'GET',
      url: '/api/v1/mdo-meetings?from=2026-12-01&until=2026-11-01',
      headers: regie.headers,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'request.invalid', errors: [{ path: '/querystring/from' }] });
  });
});
