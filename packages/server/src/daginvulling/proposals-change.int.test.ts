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
const YEAR = Number(TODAY.slice(0, 4));
/** Fourteen, or fifteen, on every day of this year: born on 1 January. */
const FOURTEEN = `${YEAR - 14}-01-01`;
const FIFTEEN = `${YEAR - 15}-01-01`;
const SIXTEEN = `${YEAR - 16}-01-01`;

interface Answer {
  party: string;
  answer: string;
  answeredBy: string;
  answeredByMe: boolean;
  reason: string | null;
  replacesEarlier: boolean;
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
 * Issue 14, ages 12 up to 16 (BW 7:450 lid 2): a yes that waits for the other side may still become a no ("Toch
 * niet"), only by the one who said it; once the proposal is accepted or declined the answers stand. A young person who
 * turns 16 while their yes waits decides alone from then on (BW 7:447): their yes on that day accepts it.
 */
describe('a waiting yes of a young person or their parent can become a no', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let day: DayGroup;
  let coach: Session;
  let coachId: string;
  let coordinatorId: string;

  interface Family {
    clientId: string;
    teen: Session;
    mother: Session;
    father: Session;
  }

  /** A young person with an account, on the coach's and the coordinator's care team, and two parents with authority. */
  const family = async (birthDate: string, name: string): Promise<Family> => {
    const clientId = await createTestClient(db, orgId, birthDate);
    await addToCareTeam(db, orgId, clientId, coachId, 'trajectbegeleider');
    await addToCareTeam(db, orgId, clientId, coordinatorId, 'zorgcoordinator');
    const teenUser = await createTestUser(db, orgId, ['client'], name);
    await linkClientAccount(db, orgId, teenUser.id, clientId);
    const motherUser = await createTestUser(db, orgId, ['naaste'], `Moeder van ${name}`);
    const fatherUser = await createTestUser(db, orgId, ['naaste'], `Vader van ${name}`);
    await db.withOrg(orgId, async (tx) => {
      for (const parent of [motherUser.id, fatherUser.id])
        await tx.query(
          `insert into client_representatives (org_id, client_id, user_id, relation, valid_from, recorded_by, basis)
           values ($1, $2, $3, 'ouder', '2020-01-01', $4, 'ouderlijk_gezag')`,
          [orgId, clientId, parent, coachId],
        );
    });
    return {
      clientId,
      teen: await signIn(app, teenUser.email, TEST_PASSWORD),
      mother: await signIn(app, motherUser.email, TEST_PASSWORD),
      father: await signIn(app, fatherUser.email, TEST_PASSWORD),
    };
  };
  const propose = async (f: Family, offerId: string = day.offerId) => {
    const made = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${f.clientId}/proposals`,
      headers: coach.headers,
      payload: { offerId, message: 'Op woensdagmiddag kun je hier timmeren. Lijkt je dat wat?' },
    });
    expect(made.statusCode, made.body).toBe(201);
    return (made.json() as Proposal).id;
  };
  const act = (f: Family, proposalId: string, step: 'accept' | 'decline', as: Session) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/clients/${f.clientId}/proposals/${proposalId}/${step}`,
      headers: as.headers,
      payload: {},
    });
  const change = (f: Family, proposalId: string, side: 'person' | 'representative', as: Session, payload: object = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/clients/${f.clientId}/proposals/${proposalId}/answers/${side}/change-to-no`,
      headers: as.headers,
      payload,
    });
  const code = (response: { statusCode: number; json: () => { code?: string } }) => ({
    status: response.statusCode,
    code: response.json().code,
  });
  const shown = async (f: Family, proposalId: string, as: Session = coach) => {
    const answer = await app.inject({ method: 'GET', url: `/api/v1/clients/${f.clientId}/proposals`, headers: as.headers });
    expect(answer.statusCode, answer.body).toBe(200);
    return (answer.json() as Proposal[]).find((p) => p.id === proposalId);
  };
  const changeAudit = async (proposalId: string) =>
    (await auditRows(db, orgId))
      .filter((r) => r['event'] === 'offer_proposal.change_to_no' && r['object_id'] === proposalId)
      .map((r) => [r['outcome'], r['problem_code']]);
  const requestsTo = async (userId: string) =>
    db.withOrg(orgId, (tx) =>
      tx.query<{ kind: string }>(`select kind from notifications where user_id = $1 and kind = 'enrolment_request'`, [userId]),
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'Toch niet');
    day = await createDayGroup(db, orgId);
    const coachUser = await createTestUser(db, orgId, ['trajectbegeleider'], 'Mohamed Jobcoach');
    coachId = coachUser.id;
    coordinatorId = (await createTestUser(db, orgId, ['zorgcoordinator'], 'Ingrid Coördinator')).id;
    coach = await signIn(app, coachUser.email, TEST_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('the young person’s waiting yes becomes a no: declined, naming them; the yes stays readable; then final', async () => {
    const f = await family(FOURTEEN, 'Noor');
    const id = await propose(f);
    expect((await act(f, id, 'accept', f.teen)).json()).toMatchObject({ status: 'proposed' });
    // The waiting screen knows whose yes it is.
    expect((await shown(f, id, f.teen))?.answers).toEqual([
      expect.objectContaining({ party: 'person', answer: 'accepted', answeredByMe: true, replacesEarlier: false }),
    ]);

    const no = await change(f, id, 'person', f.teen, { reason: 'Ik wil toch liever sporten.' });
    expect(no.statusCode, no.body).toBe(200);
    expect(no.json()).toMatchObject({
      status: 'declined',
      answeredBy: 'Noor',
      answerReason: 'Ik wil toch liever sporten.',
      requestStatus: null,
      answers: [
        { party: 'person', answer: 'accepted', answeredBy: 'Noor', replacesEarlier: false },
        { party: 'person', answer: 'declined', answeredBy: 'Noor', reason: 'Ik wil toch liever sporten.', replacesEarlier: true },
      ],
    });
    // The parent reads who said no; nothing went to the coordinator.
    expect(await shown(f, id, f.mother)).toMatchObject({ status: 'declined', answeredBy: 'Noor' });
    expect(await requestsTo(coordinatorId)).toEqual([]);

    // Declined is final: no second change, and the parent's yes finds it closed.
    expect(code(await change(f, id, 'person', f.teen))).toEqual({ status: 409, code: 'proposal.already_answered' });
    expect(code(await act(f, id, 'accept', f.mother))).toEqual({ status: 409, code: 'proposal.not_open' });
    expect(await changeAudit(id)).toEqual([
      ['success', null],
      ['failed', 'proposal.already_answered'],
    ]);
    const stored = await db.withOrg(orgId, (tx) =>
      tx.query<{ party: string; seq: number; answer: string }>(
        `select party, seq, answer from offer_proposal_answers where org_id = $1 and proposal_id = $2 order by seq`,
        [orgId, id],
      ),
    );
    expect(stored).toEqual([
      { party: 'person', seq: 1, answer: 'accepted' },
      { party: 'person', seq: 2, answer: 'declined' },
    ]);
  });

  it('nobody changes another’s yes: not the other side, not the other parent; each refusal audited', async () => {
    const f = await family(FOURTEEN, 'Sem');
    const id = await propose(f);
    expect((await act(f, id, 'accept', f.mother)).json()).toMatchObject({ status: 'proposed' });

    // The young person says their own no (the decline route); they do not rewrite their mother's yes.
    expect(code(await change(f, id, 'representative', f.teen))).toEqual({ status: 403, code: 'proposal.not_your_answer' });
    // The father is on the same side, but the yes is the mother's word.
    expect(code(await change(f, id, 'representative', f.father))).toEqual({ status: 403, code: 'proposal.not_your_answer' });
    // The mother cannot say the young person's no for them either, even before they answered.
    expect(code(await change(f, id, 'person', f.mother))).toEqual({ status: 403, code: 'proposal.not_your_answer' });
    // A side without a yes has nothing to change: it says no with the decline route.
    expect(code(await change(f, id, 'person', f.teen))).toEqual({ status: 409, code: 'proposal.no_yes_to_change' });
    // A professional never answers, nor changes an answer.
    expect(code(await change(f, id, 'representative', coach))).toEqual({ status: 403, code: 'proposal.only_the_person' });
    expect(await changeAudit(id)).toEqual([
      ['denied', 'proposal.not_your_answer'],
      ['denied', 'proposal.not_your_answer'],
      ['denied', 'proposal.not_your_answer'],
      ['failed', 'proposal.no_yes_to_change'],
      ['denied', 'proposal.only_the_person'],
    ]);
    expect(await shown(f, id)).toMatchObject({ status: 'proposed', answers: [{ party: 'representative', answer: 'accepted' }] });

    // The mother herself may: "Toch niet" declines it and names her.
    const no = await change(f, id, 'representative', f.mother);
    expect(no.json()).toMatchObject({
      status: 'declined',
      answeredBy: 'Moeder van Sem',
      answers: [
        { party: 'representative', answer: 'accepted' },
        { party: 'representative', answer: 'declined', answeredBy: 'Moeder van Sem', replacesEarlier: true },
      ],
    });
  });

  it('someone of another organisation is refused, audited in the organisation of the person; nothing changes', async () => {
    const f = await family(FOURTEEN, 'Lotte');
    const id = await propose(f);
    await act(f, id, 'accept', f.teen);
    const elsewhere = await createTestOrganisation(db, 'Elders');
    const stranger = await createTestUser(db, elsewhere, ['naaste'], 'Vreemde');
    const refused = await change(f, id, 'person', await signIn(app, stranger.email, TEST_PASSWORD));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('access.forbidden');
    expect(refused.body).not.toContain('Lotte');
    const denied = [...(await auditRows(db, orgId)), ...(await auditRows(db, elsewhere))].filter(
      (r) => r['event'] === 'offer_proposal.change_to_no' && r['user_id'] === stranger.id,
    );
    expect(denied.map((r) => [r['outcome'], r['problem_code']])).toEqual([['denied', 'access.forbidden']]);
    expect(await shown(f, id)).toMatchObject({ status: 'proposed', answers: [{ party: 'person', answer: 'accepted' }] });
  });

  it('once accepted, the answers stand', async () => {
    const f = await family(FOURTEEN, 'Daan');
    const id = await propose(f);
    await act(f, id, 'accept', f.teen);
    expect((await act(f, id, 'accept', f.father)).json()).toMatchObject({ status: 'accepted', requestStatus: 'open' });
    expect(code(await change(f, id, 'person', f.teen))).toEqual({ status: 409, code: 'proposal.already_answered' });
    expect(code(await change(f, id, 'representative', f.father))).toEqual({ status: 409, code: 'proposal.already_answered' });
    expect(await shown(f, id)).toMatchObject({ status: 'accepted', requestStatus: 'open' });
  });

  it('turned 16 while the yes waited: the parent no longer answers, the young person’s yes today accepts it', async () => {
    const f = await family(FIFTEEN, 'Mila');
    const id = await propose(f);
    expect((await act(f, id, 'accept', f.teen)).json()).toMatchObject({ status: 'proposed', answeredTogether: true });
    // A yes at 15 (the age on the day of that answer) waits; a second tap then still changes nothing.
    expect(code(await act(f, id, 'accept', f.teen))).toEqual({ status: 409, code: 'proposal.already_answered' });

    // Her birthday: the age is taken on the day of each answer, from the date of birth.
    await db.withOrg(orgId, (tx) =>
      tx.query(`update clients set birth_date = $3 where org_id = $1 and id = $2`, [orgId, f.clientId, SIXTEEN]),
    );
    expect(await shown(f, id, f.teen)).toMatchObject({ status: 'proposed', answeredTogether: false });
    expect(code(await act(f, id, 'accept', f.mother))).toEqual({ status: 403, code: 'proposal.only_the_person' });
    const before = (await requestsTo(coordinatorId)).length;
    const yes = await act(f, id, 'accept', f.teen);
    expect(yes.statusCode, yes.body).toBe(200);
    expect(yes.json()).toMatchObject({
      status: 'accepted',
      answeredBy: 'Mila',
      requestStatus: 'open',
      answers: [
        { party: 'person', answer: 'accepted', replacesEarlier: false },
        { party: 'person', answer: 'accepted', replacesEarlier: true },
      ],
    });
    expect((await requestsTo(coordinatorId)).length - before).toBe(1);
  });

  it('at 16 a waiting yes may still become a no, by the young person only', async () => {
    const g = await family(FIFTEEN, 'Fenna');
    const waiting = await propose(g);
    await act(g, waiting, 'accept', g.mother);
    await db.withOrg(orgId, (tx) =>
      tx.query(`update clients set birth_date = $3 where org_id = $1 and id = $2`, [orgId, g.clientId, SIXTEEN]),
    );
    // From 16 the parent no longer decides, so her earlier yes is no longer hers to change either.
    expect(code(await change(g, waiting, 'representative', g.mother))).toEqual({
      status: 403,
      code: 'proposal.only_the_person',
    });
    // Fenna decides alone now: her no declines it.
    expect((await act(g, waiting, 'decline', g.teen)).json()).toMatchObject({ status: 'declined', answeredBy: 'Fenna' });
  });

  it('fifty parallel requests: the young person’s "Toch niet" and the parent’s yes; exactly one outcome', async () => {
    const f = await family(FOURTEEN, 'Tijn');
    const id = await propose(f);
    await act(f, id, 'accept', f.teen);
    const before = (await requestsTo(coordinatorId)).length;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? change(f, id, 'person', f.teen) : act(f, id, 'accept', f.mother))),
    );
    const ok = answers.filter((a) => a.statusCode === 200).map((a) => (a.json() as Proposal).status);
    // One request changes the proposal; whichever came first under the row lock. The others are told why not.
    expect(ok).toHaveLength(1);
    const lost = new Set(answers.filter((a) => a.statusCode !== 200).map((a) => `${a.statusCode} ${a.json().code}`));
    expect(
      [...lost].every((l) => ['409 proposal.already_answered', '409 proposal.not_open'].includes(l)),
      [...lost].join(', '),
    ).toBe(true);
    const rows = await db.withOrg(orgId, (tx) =>
      tx.query<{ status: string; request_status: string | null; answers: number }>(
        `select p.status, p.request_status,
                (select count(*)::int from offer_proposal_answers a where a.org_id = p.org_id and a.proposal_id = p.id) as answers
           from offer_proposals p where p.org_id = $1 and p.id = $2`,
        [orgId, id],
      ),
    );
    expect(rows).toEqual([
      ok[0] === 'declined'
        ? { status: 'declined', request_status: null, answers: 2 }
        : { status: 'accepted', request_status: 'open', answers: 2 },
    ]);
    expect((await requestsTo(coordinatorId)).length - before).toBe(ok[0] === 'accepted' ? 1 : 0);

    // Fifty of the same change at once: one stored no.
    const g = await family(FOURTEEN, 'Saar');
    const other = await propose(g);
    await act(g, other, 'accept', g.teen);
    const changes = await Promise.all(Array.from({ length: 50 }, () => change(g, other, 'person', g.teen)));
    expect(changes.filter((c) => c.statusCode === 200)).toHaveLength(1);
    expect(new Set(changes.filter((c) => c.statusCode !== 200).map((c) => `${c.statusCode} ${c.json().code}`))).toEqual(
      new Set(['409 proposal.already_answered']),
    );
    const stored = await db.withOrg(orgId, (tx) =>
      tx.query<{ n: number }>(
        `select count(*)::int as n from offer_proposal_answers where org_id = $1 and proposal_id = $2 and answer = 'declined'`,
        [orgId, other],
      ),
    );
    expect(stored).toEqual([{ n: 1 }]);
  });
});
