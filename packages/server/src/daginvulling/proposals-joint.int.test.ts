import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createDayGroup, type DayGroup } from '../testing/day-group-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  addToCareTeam,
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  linkClientAccount,
  openTestDatabase,
  TEST_PASSWORD,
} from '../testing/test-database.js';

const TODAY = new Date().toISOString().slice(0, 10);
/** Fourteen on every day of this year: born on 1 January fourteen years ago. */
const FOURTEEN = `${Number(TODAY.slice(0, 4)) - 14}-01-01`;

interface Answer {
  party: string;
  answer: string;
  answeredBy: string;
  reason: string | null;
}
interface Proposal {
  id: string;
  status: string;
  answeredBy: string | null;
  answerReason: string | null;
  requestStatus: string | null;
  answers: Answer[];
  answeredTogether: boolean;
}

/**
 * Issue 14, ages 12 up to 16 (BW 7:450 lid 2): the young person and a parent with authority both answer a proposal.
 * Only two yeses make it an enrolment request; one no declines it; the first answer waits for the other.
 */
describe('a young person of 12 to 15 and their parent answer a proposal together', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let day: DayGroup;
  let teenId: string;
  let coach: Session;
  let coachId: string;
  let teen: Session;
  let mother: Session;
  let father: Session;
  let authorised: Session;
  let coordinatorId: string;

  const propose = async (offerId: string = day.offerId, client: string = teenId) => {
    const made = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${client}/proposals`,
      headers: coach.headers,
      payload: { offerId, message: 'Op woensdagmiddag kun je hier timmeren. Lijkt je dat wat?' },
    });
    expect(made.statusCode, made.body).toBe(201);
    return (made.json() as Proposal).id;
  };
  const act = (proposalId: string, step: 'accept' | 'decline', as: Session, payload: object = {}, client: string = teenId) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/clients/${client}/proposals/${proposalId}/${step}`,
      headers: as.headers,
      payload,
    });
  const shown = async (proposalId: string, as: Session = coach) => {
    const answer = await app.inject({ method: 'GET', url: `/api/v1/clients/${teenId}/proposals`, headers: as.headers });
    expect(answer.statusCode, answer.body).toBe(200);
    return (answer.json() as Proposal[]).find((p) => p.id === proposalId);
  };
  const requestsTo = async (userId: string) =>
    db.withOrg(orgId, (tx) =>
      tx.query<{ kind: string }>(`select kind from notifications where user_id = $1 and kind = 'enrolment_request'`, [userId]),
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'Samen beslissen');
    day = await createDayGroup(db, orgId);
    teenId = await createTestClient(db, orgId, FOURTEEN);
    const admin = await createTestUser(db, orgId, ['beheerder'], 'Beheerder');
    const admin2 = await createTestUser(db, orgId, ['beheerder'], 'Tweede beheerder');
    const coachUser = await createTestUser(db, orgId, ['trajectbegeleider'], 'Mohamed Jobcoach');
    coachId = coachUser.id;
    await addToCareTeam(db, orgId, teenId, coachId, 'trajectbegeleider');
    const coordinatorUser = await createTestUser(db, orgId, ['zorgcoordinator'], 'Ingrid Coördinator');
    coordinatorId = coordinatorUser.id;
    await addToCareTeam(db, orgId, teenId, coordinatorId, 'zorgcoordinator');
    const teenUser = await createTestUser(db, orgId, ['client'], 'Noor');
    await linkClientAccount(db, orgId, teenUser.id, teenId);
    const motherUser = await createTestUser(db, orgId, ['naaste'], 'Moeder van Noor');
    const fatherUser = await createTestUser(db, orgId, ['naaste'], 'Vader van Noor');
    const authorisedUser = await createTestUser(db, orgId, ['naaste'], 'Tante met machtiging');
    await db.withOrg(orgId, async (tx) => {
      for (const parent of [motherUser.id, fatherUser.id])
        await tx.query(
          `insert into client_representatives (org_id, client_id, user_id, relation, valid_from, recorded_by, basis)
           values ($1, $2, $3, 'ouder', '2020-01-01', $4, 'ouderlijk_gezag')`,
          [orgId, teenId, parent, coachId],
        );
      await tx.query(
        `insert into client_representatives (org_id, client_id, user_id, relation, valid_from, recorded_by, basis, document_ref,
                                             approved_by, approved_at)
         values ($1, $2, $3, 'wettelijk_vertegenwoordiger', '2020-01-01', $4, 'schriftelijk_gemachtigde', 'machtiging 2025/3',
                 $5, now())`,
        [orgId, teenId, authorisedUser.id, admin.id, admin2.id],
      );
    });
    coach = await signIn(app, coachUser.email, TEST_PASSWORD);
    teen = await signIn(app, teenUser.email, TEST_PASSWORD);
    mother = await signIn(app, motherUser.email, TEST_PASSWORD);
    father = await signIn(app, fatherUser.email, TEST_PASSWORD);
    authorised = await signIn(app, authorisedUser.email, TEST_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('the young person’s yes waits for the parent; the parent’s yes accepts it and sends one enrolment request', async () => {
    const id = await propose();
    const first = await act(id, 'accept', teen);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'proposed',
      answeredTogether: true,
      requestStatus: null,
      answers: [{ party: 'person', answer: 'accepted', answeredBy: 'Noor', reason: null }],
    });
    // Waiting, on every screen: the parent's and the coordinator's list show the first answer.
    expect((await shown(id, mother))?.answers).toHaveLength(1);
    expect(await shown(id)).toMatchObject({ status: 'proposed', answers: [{ party: 'person', answer: 'accepted' }] });
    expect(await requestsTo(coordinatorId)).toEqual([]);

    // A second tap of the same side changes nothing.
    const again = await act(id, 'accept', teen);
    expect({ status: again.statusCode, code: again.json().code }).toEqual({ status: 409, code: 'proposal.already_answered' });

    const second = await act(id, 'accept', mother);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({
      status: 'accepted',
      answeredBy: 'Moeder van Noor',
      requestStatus: 'open',
      answers: [
        { party: 'person', answer: 'accepted' },
        { party: 'representative', answer: 'accepted', answeredBy: 'Moeder van Noor' },
      ],
    });
    expect(await shown(id, teen)).toMatchObject({ status: 'accepted', requestStatus: 'open' });
    expect(await requestsTo(coordinatorId)).toHaveLength(1);

    // Every answer is audited, the refused one too.
    const audit = (await auditRows(db, orgId)).filter((r) => r['event'] === 'offer_proposal.accept' && r['object_id'] === id);
    expect(audit.map((r) => r['outcome'])).toEqual(['success', 'failed', 'success']);
  });

  it('the parent may answer first; the other parent cannot add a second parent’s answer', async () => {
    const id = await propose(day.otherOfferId);
    expect((await act(id, 'accept', mother)).json()).toMatchObject({
      status: 'proposed',
      answers: [{ party: 'representative', answer: 'accepted' }],
    });
    const byFather = await act(id, 'accept', father);
    expect({ status: byFather.statusCode, code: byFather.json().code }).toEqual({
      status: 409,
      code: 'proposal.already_answered',
    });
    const byTeen = await act(id, 'decline', teen, { reason: 'Ik wil liever sporten.' });
    expect(byTeen.statusCode, byTeen.body).toBe(200);
    // One no declines it; both see who said no and why.
    expect(await shown(id, mother)).toMatchObject({
      status: 'declined',
      answeredBy: 'Noor',
      answerReason: 'Ik wil liever sporten.',
      requestStatus: null,
      answers: [
        { party: 'representative', answer: 'accepted' },
        { party: 'person', answer: 'declined', reason: 'Ik wil liever sporten.' },
      ],
    });
  });

  it('one no of the parent declines it at once; the young person’s later answer finds it closed', async () => {
    const id = await propose(day.otherOfferId);
    const no = await act(id, 'decline', father, { reason: 'Woensdag heeft Noor zwemles.' });
    expect(no.json()).toMatchObject({ status: 'declined', answeredBy: 'Vader van Noor' });
    const late = await act(id, 'accept', teen);
    expect({ status: late.statusCode, code: late.json().code }).toEqual({ status: 409, code: 'proposal.not_open' });
    expect(await requestsTo(coordinatorId)).toHaveLength(1);
  });

  it('someone authorised in writing is no parent with authority: refused, nothing stored', async () => {
    const id = await propose(day.otherOfferId);
    const refused = await act(id, 'accept', authorised);
    expect({ status: refused.statusCode, code: refused.json().code }).toEqual({
      status: 403,
      code: 'proposal.parental_authority_required',
    });
    expect((await shown(id))?.answers).toEqual([]);
    const denied = (await auditRows(db, orgId)).filter(
      (r) => r['event'] === 'offer_proposal.accept' && r['object_id'] === id && r['outcome'] === 'denied',
    );
    expect(denied).toHaveLength(1);
  });

  it('from 16 the person alone decides and the list says so; under 12 and from 16 the answers are stored too', async () => {
    const sixteen = await createTestClient(db, orgId, `${Number(TODAY.slice(0, 4)) - 17}-01-01`);
    await addToCareTeam(db, orgId, sixteen, coachId, 'trajectbegeleider');
    const account = await createTestUser(db, orgId, ['client'], 'Zeventienjarige');
    await linkClientAccount(db, orgId, account.id, sixteen);
    const id = await propose(day.offerId, sixteen);
    const alone = await act(id, 'accept', await signIn(app, account.email, TEST_PASSWORD), {}, sixteen);
    expect(alone.json()).toMatchObject({
      status: 'accepted',
      answeredTogether: false,
      answers: [{ party: 'person', answer: 'accepted' }],
    });
  });

  it('fifty parallel answers of the young person and the parent: accepted once, one enrolment request', async () => {
    const fresh = await createTestClient(db, orgId, FOURTEEN);
    const coordinatorUser = await createTestUser(db, orgId, ['zorgcoordinator'], 'Coördinator van het tweede kind');
    await addToCareTeam(db, orgId, fresh, coordinatorUser.id, 'zorgcoordinator');
    await addToCareTeam(db, orgId, fresh, coachId, 'trajectbegeleider');
    const kid = await createTestUser(db, orgId, ['client'], 'Tweede kind');
    await linkClientAccount(db, orgId, kid.id, fresh);
    const parent = await createTestUser(db, orgId, ['naaste'], 'Ouder van het tweede kind');
    await db.withOrg(orgId, (tx) =>
      tx.query(
        `insert into client_representatives (org_id, client_id, user_id, relation, valid_from, recorded_by, basis)
         values ($1, $2, $3, 'ouder', '2020-01-01', $4, 'ouderlijk_gezag')`,
        [orgId, fresh, parent.id, coachId],
      ),
    );
    const kidSession = await signIn(app, kid.email, TEST_PASSWORD);
    const parentSession = await signIn(app, parent.email, TEST_PASSWORD);
    const id = await propose(day.offerId, fresh);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => act(id, 'accept', i % 2 === 0 ? kidSession : parentSession, {}, fresh)),
    );
    const ok = answers.filter((a) => a.statusCode === 200).map((a) => (a.json() as Proposal).status);
    expect(ok.sort()).toEqual(['accepted', 'proposed']);
    const lost = new Set(answers.filter((a) => a.statusCode !== 200).map((a) => `${a.statusCode} ${a.json().code}`));
    expect([...lost].every((l) => l === '409 proposal.already_answered' || l === '409 proposal.not_open')).toBe(true);
    const rows = await db.withOrg(orgId, (tx) =>
      tx.query<{ status: string; request_status: string; answers: number }>(
        `select p.status, p.request_status,
                (select count(*)::int from offer_proposal_answers a where a.proposal_id = p.id) as answers
           from offer_proposals p where p.client_id = $1`,
        [fresh],
      ),
    );
    expect(rows).toEqual([{ status: 'accepted', request_status: 'open', answers: 2 }]);
    expect(await requestsTo(coordinatorUser.id)).toHaveLength(1);
  });
});
