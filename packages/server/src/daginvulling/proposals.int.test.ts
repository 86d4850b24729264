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

interface Proposal {
  id: string;
  status: string;
  offerName: string;
  proposedBy: string;
  answeredBy: string | null;
  answerReason: string | null;
  requestStatus: string | null;
  requestDeclineReason: string | null;
  enrolmentId: string | null;
}

/**
 * Issue 14, matches are actionable: a job coach proposes an offer, the person answers in the portal (their wish leads,
 * 003 L21), an acceptance becomes an enrolment request on the coordinator's work list, who places or declines.
 */
describe('proposing an offer to the person', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let day: DayGroup;
  let clientId: string;
  let otherClientId: string;
  let coach: Session;
  let coachId: string;
  let person: Session;
  let personId: string;
  let otherPerson: Session;
  let naasteWithPlanConsent: Session;
  let naasteWithout: Session;
  let representative: Session;
  let coordinator: Session;
  let coordinatorId: string;
  let outsideCoordinator: Session;
  let colleague: Session;

  const propose = (offerId: string, as: Session = coach, extra: object = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/proposals`,
      headers: as.headers,
      payload: { offerId, message: 'Dit lijkt me iets voor jou: werken met hout, op maandag.', ...extra },
    });
  const act = (proposalId: string, step: string, as: Session, payload: object = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/proposals/${proposalId}/${step}`,
      headers: as.headers,
      payload,
    });
  const list = async (as: Session = coach) => {
    const answer = await app.inject({ method: 'GET', url: `/api/v1/clients/${clientId}/proposals`, headers: as.headers });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as Proposal[];
  };
  const worklist = async (as: Session) => {
    const answer = await app.inject({ method: 'GET', url: '/api/v1/worklist', headers: as.headers });
    expect(answer.statusCode, answer.body).toBe(200);
    return (answer.json() as { items: { kind: string; clientId: string | null; label: string; link: string }[] }).items;
  };
  const notifications = async (userId: string) =>
    db.withOrg(orgId, (tx) =>
      tx.query<{ kind: string; client_id: string; link: string }>(
        `select kind, client_id, link from notifications where user_id = $1 order by created_at`,
        [userId],
      ),
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db, { loginAttemptsPerMinute: 10_000 });
    orgId = await createTestOrganisation(db, 'Voorstellen');
    day = await createDayGroup(db, orgId);
    clientId = await createTestClient(db, orgId, '1995-04-04');
    otherClientId = await createTestClient(db, orgId, '1996-04-04');
    const admin = await createTestUser(db, orgId, ['beheerder'], 'Beheerder');
    const admin2 = await createTestUser(db, orgId, ['beheerder'], 'Tweede beheerder');
    const coachUser = await createTestUser(db, orgId, ['trajectbegeleider'], 'Mohamed Jobcoach');
    coachId = coachUser.id;
    await addToCareTeam(db, orgId, clientId, coachUser.id, 'trajectbegeleider');
    const coordinatorUser = await createTestUser(db, orgId, ['zorgcoordinator'], 'Ingrid Coördinator');
    coordinatorId = coordinatorUser.id;
    await addToCareTeam(db, orgId, clientId, coordinatorUser.id, 'zorgcoordinator');
    // Another professional on the team who may write day activities, but did not propose.
    const colleagueUser = await createTestUser(db, orgId, ['activiteitenbegeleider'], 'Sanne Begeleider');
    await addToCareTeam(db, orgId, clientId, colleagueUser.id, 'activiteitenbegeleider');
    // A zorgcoordinator not on this person's team: the request goes to the one on the team.
    const outside = await createTestUser(db, orgId, ['zorgcoordinator'], 'Andere Coördinator');
    const personUser = await createTestUser(db, orgId, ['client'], 'Test Cliënt');
    personId = personUser.id;
    await linkClientAccount(db, orgId, personUser.id, clientId);
    const otherUser = await createTestUser(db, orgId, ['client'], 'Andere Cliënt');
    await linkClientAccount(db, orgId, otherUser.id, otherClientId);
    const naasteA = await createTestUser(db, orgId, ['naaste'], 'Zus met inzage');
    const naasteB = await createTestUser(db, orgId, ['naaste'], 'Buurman');
    const rep = await createTestUser(db, orgId, ['naaste'], 'Mentor');
    await db.withOrg(orgId, async (tx) => {
      // The sister may even edit the plan by the person's consent; saying yes to an offer stays the person's.
      await tx.query(
        `insert into consent_grants (org_id, client_id, grantee_user_id, categories, level, valid_from, given_by, naaste_basis,
                                     recorded_by, recorded_how)
         values ($1, $2, $3, '{participation_plan,day_activities}', 'write', '2020-01-01', 'client', 'verzoek_client', $4, 'in_person')`,
        [orgId, clientId, naasteA.id, admin.id],
      );
      await tx.query(
        `insert into client_representatives (org_id, client_id, user_id, relation, valid_from, recorded_by, basis, document_ref,
                                             approved_by, approved_at)
         values ($1, $2, $3, 'wettelijk_vertegenwoordiger', '2020-01-01', $4, 'mentor', 'beschikking 2024/12', $5, now())`,
        [orgId, clientId, rep.id, admin.id, admin2.id],
      );
    });
    coach = await signIn(app, coachUser.email, TEST_PASSWORD);
    person = await signIn(app, personUser.email, TEST_PASSWORD);
    otherPerson = await signIn(app, otherUser.email, TEST_PASSWORD);
    naasteWithPlanConsent = await signIn(app, naasteA.email, TEST_PASSWORD);
    naasteWithout = await signIn(app, naasteB.email, TEST_PASSWORD);
    representative = await signIn(app, rep.email, TEST_PASSWORD);
    coordinator = await signIn(app, coordinatorUser.email, TEST_PASSWORD);
    outsideCoordinator = await signIn(app, outside.email, TEST_PASSWORD);
    colleague = await signIn(app, colleagueUser.email, TEST_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('the job coach proposes; the person sees it and is told in the portal; a second open proposal is refused', async () => {
    const made = await propose(day.offerId, coach, { groupId: day.groupId });
    expect(made.statusCode, made.body).toBe(201);
    const proposal = made.json() as Proposal & { groupName: string };
    expect(proposal).toMatchObject({
      status: 'proposed',
      offerName: 'Houtwerkplaats',
      groupName: 'Maandaggroep',
      proposedBy: 'Mohamed Jobcoach',
      requestStatus: null,
    });
    expect((await list(person)).map((p) => p.id)).toContain(proposal.id);
    expect(await notifications(personId)).toEqual([{ kind: 'offer_proposed', client_id: clientId, link: '/mijn-voorstellen' }]);

    const again = await propose(day.offerId);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'proposal.already_open', errors: [{ path: '/body/offerId' }] });

    const audit = (await auditRows(db, orgId)).filter((r) => r['event'] === 'offer_proposal.create');
    expect(audit.map((r) => r['outcome'])).toEqual(['success', 'failed']);
    expect(audit[0]).toMatchObject({
      client_id: clientId,
      user_id: coachId,
      object_type: 'offer_proposal',
      object_id: proposal.id,
    });
  });

  it('refuses an unknown offer and a group of another offer, naming the field', async () => {
    const unknown = await propose(crypto.randomUUID());
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'proposal.offer_unknown', errors: [{ path: '/body/offerId' }] });
    const mismatch = await propose(day.otherOfferId, coach, { groupId: day.groupId });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json()).toMatchObject({ code: 'proposal.group_offer_mismatch', errors: [{ path: '/body/groupId' }] });
  });

  it('only the person or their legal representative answers: not a naaste, not another client, not the job coach', async () => {
    const [open] = (await list()).filter((p) => p.status === 'proposed');
    if (!open) throw new Error('no open proposal');
    const byNaaste = await act(open.id, 'accept', naasteWithout);
    expect({ status: byNaaste.statusCode, code: byNaaste.json().code }).toEqual({ status: 403, code: 'access.forbidden' });
    const byConsentedNaaste = await act(open.id, 'accept', naasteWithPlanConsent);
    expect({ status: byConsentedNaaste.statusCode, code: byConsentedNaaste.json().code }).toEqual({
      status: 403,
      code: 'proposal.only_the_person',
    });
    const byOther = await act(open.id, 'accept', otherPerson);
    expect({ status: byOther.statusCode, code: byOther.json().code }).toEqual({ status: 403, code: 'access.forbidden' });
    const byCoach = await act(open.id, 'accept', coach);
    expect({ status: byCoach.statusCode, code: byCoach.json().code }).toEqual({ status: 403, code: 'proposal.only_the_person' });
    expect((await list()).find((p) => p.id === open.id)?.status).toBe('proposed');
    const denied = (await auditRows(db, orgId)).filter(
      (r) => r['event'] === 'offer_proposal.accept' && r['outcome'] === 'denied',
    );
    expect(denied).toHaveLength(4);
  });

  it('the person accepts: an enrolment request on the coordinator’s work list and in their messages; placement closes it', async () => {
    const [open] = (await list()).filter((p) => p.status === 'proposed');
    if (!open) throw new Error('no open proposal');
    const accepted = await act(open.id, 'accept', person);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', answeredBy: 'Test Cliënt', requestStatus: 'open' });
    // Answered once: a second answer (a double tap) is refused, nothing changes.
    expect((await act(open.id, 'decline', person)).json()).toMatchObject({ code: 'proposal.not_open' });

    const items = (await worklist(coordinator)).filter((i) => i.kind === 'enrolment_request');
    expect(items).toEqual([expect.objectContaining({ clientId, label: 'Houtwerkplaats', link: `/clienten/${clientId}/aanbod` })]);
    expect((await worklist(outsideCoordinator)).filter((i) => i.kind === 'enrolment_request')).toEqual([]);
    expect((await notifications(coordinatorId)).map((n) => n.kind)).toEqual(['enrolment_request']);
    // While the request is open the same offer cannot be proposed again.
    expect((await propose(day.offerId)).statusCode).toBe(409);

    const placed = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/enrolments`,
      headers: coordinator.headers,
      payload: {
        offerId: day.offerId,
        groupId: day.groupId,
        agreedDays: ['ma'],
        status: 'aangemeld',
        startedOn: '2026-12-07',
        financer: 'wmo',
        indication: null,
      },
    });
    expect(placed.statusCode, placed.body).toBe(201);
    const shown = (await list(person)).find((p) => p.id === open.id);
    expect(shown).toMatchObject({ requestStatus: 'placed', enrolmentId: (placed.json() as { id: string }).id });
    expect((await worklist(coordinator)).filter((i) => i.kind === 'enrolment_request')).toEqual([]);
  });

  it('the person declines with a reason; the representative may answer for them; the coordinator may decline a request', async () => {
    const declinedOne = (await propose(day.otherOfferId)).json() as Proposal;
    const declined = await act(declinedOne.id, 'decline', person, { reason: 'Ik wil liever buiten werken.' });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({
      status: 'declined',
      answerReason: 'Ik wil liever buiten werken.',
      requestStatus: null,
    });

    const second = (await propose(day.otherOfferId)).json() as Proposal;
    const byRep = await act(second.id, 'accept', representative);
    expect(byRep.statusCode, byRep.body).toBe(200);
    expect(byRep.json()).toMatchObject({ status: 'accepted', answeredBy: 'Mentor', requestStatus: 'open' });

    expect((await act(second.id, 'request-decline', outsideCoordinator, { reason: 'Vol' })).statusCode).toBe(403);
    const noRoom = await act(second.id, 'request-decline', coordinator, { reason: 'De groep is tot maart vol.' });
    expect(noRoom.statusCode, noRoom.body).toBe(200);
    expect((await list(person)).find((p) => p.id === second.id)).toMatchObject({
      status: 'accepted',
      requestStatus: 'declined',
      requestDeclineReason: 'De groep is tot maart vol.',
    });
    expect((await act(second.id, 'request-decline', coordinator, { reason: 'nog eens' })).json()).toMatchObject({
      code: 'proposal.request_not_open',
    });
  });

  it('the job coach withdraws an unanswered proposal with a reason; the person sees it; it cannot be accepted', async () => {
    const made = (await propose(day.otherOfferId)).json() as Proposal;
    expect((await act(made.id, 'withdraw', coach, {})).statusCode).toBe(400);
    expect((await act(made.id, 'withdraw', coach, { reason: '   ' })).json()).toMatchObject({ code: 'request.blank_text' });
    const withdrawn = await act(made.id, 'withdraw', coach, { reason: 'De groep stopt in januari.' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await list(person)).find((p) => p.id === made.id)).toMatchObject({
      status: 'withdrawn',
      withdrawnBy: 'Mohamed Jobcoach',
      withdrawReason: 'De groep stopt in januari.',
    });
    expect((await act(made.id, 'accept', person)).json()).toMatchObject({ code: 'proposal.not_open' });
    expect((await act(made.id, 'withdraw', coach, { reason: 'nog eens' })).json()).toMatchObject({ code: 'proposal.not_open' });
  });

  it('only the proposer or the coordinator on the team withdraws, and only while unanswered', async () => {
    const made = (await propose(day.otherOfferId)).json() as Proposal;
    // Another professional on the team with day-activities write access, the person, a naaste with consent: not theirs.
    for (const [who, code] of [
      [colleague, 'proposal.not_the_proposer'],
      [person, 'access.forbidden'],
      [naasteWithPlanConsent, 'proposal.not_the_proposer'],
    ] as const) {
      const refused = await act(made.id, 'withdraw', who, { reason: 'Niet meer nodig.' });
      expect({ status: refused.statusCode, code: refused.json().code }).toEqual({ status: 403, code });
    }
    expect((await list()).find((p) => p.id === made.id)?.status).toBe('proposed');
    const byCoordinator = await act(made.id, 'withdraw', coordinator, { reason: 'Past niet bij de indicatie.' });
    expect(byCoordinator.json()).toMatchObject({ status: 'withdrawn', withdrawnBy: 'Ingrid Coördinator' });

    const answered = (await propose(day.otherOfferId)).json() as Proposal;
    await act(answered.id, 'decline', person, { reason: 'Nee, dank je.' });
    const late = await act(answered.id, 'withdraw', coach, { reason: 'Toch niet.' });
    expect({ status: late.statusCode, code: late.json().code }).toEqual({ status: 409, code: 'proposal.not_open' });
    const audit = (await auditRows(db, orgId)).filter((r) => r['event'] === 'offer_proposal.withdraw');
    expect(audit.filter((r) => r['outcome'] === 'denied').length).toBeGreaterThanOrEqual(3);
  });

  it('under 12 the parent answers, not the child; from 16 a parent no longer answers (WGBO)', async () => {
    const child = await createTestClient(db, orgId, '2017-04-09');
    const seventeen = await createTestClient(db, orgId, `${Number(TODAY.slice(0, 4)) - 17}-01-01`);
    const parentOfChild = await createTestUser(db, orgId, ['naaste'], 'Moeder van het kind');
    const parentOfSeventeen = await createTestUser(db, orgId, ['naaste'], 'Vader van de jongere');
    const childAccount = await createTestUser(db, orgId, ['client'], 'Het kind');
    await linkClientAccount(db, orgId, childAccount.id, child);
    for (const [client, parent] of [
      [child, parentOfChild.id],
      [seventeen, parentOfSeventeen.id],
    ] as const) {
      await addToCareTeam(db, orgId, client, coachId, 'trajectbegeleider');
      await db.withOrg(orgId, (tx) =>
        tx.query(
          `insert into client_representatives (org_id, client_id, user_id, relation, valid_from, recorded_by, basis)
           values ($1, $2, $3, 'ouder', '2020-01-01', $4, 'ouderlijk_gezag')`,
          [orgId, client, parent, coachId],
        ),
      );
    }
    const proposeTo = async (client: string) => {
      const made = await app.inject({
        method: 'POST',
        url: `/api/v1/clients/${client}/proposals`,
        headers: coach.headers,
        payload: { offerId: day.offerId, message: 'Iets voor jou?' },
      });
      expect(made.statusCode, made.body).toBe(201);
      return (made.json() as Proposal).id;
    };
    const answerAs = (client: string, proposalId: string, as: Session) =>
      app.inject({
        method: 'POST',
        url: `/api/v1/clients/${client}/proposals/${proposalId}/accept`,
        headers: as.headers,
        payload: {},
      });

    const forChild = await proposeTo(child);
    const byChild = await answerAs(child, forChild, await signIn(app, childAccount.email, TEST_PASSWORD));
    expect({ status: byChild.statusCode, code: byChild.json().code }).toEqual({
      status: 403,
      code: 'proposal.representative_decides',
    });
    const byMother = await answerAs(child, forChild, await signIn(app, parentOfChild.email, TEST_PASSWORD));
    expect(byMother.json()).toMatchObject({ status: 'accepted', answeredBy: 'Moeder van het kind' });

    const forSeventeen = await proposeTo(seventeen);
    const byFather = await answerAs(seventeen, forSeventeen, await signIn(app, parentOfSeventeen.email, TEST_PASSWORD));
    expect({ status: byFather.statusCode, code: byFather.json().code }).toEqual({
      status: 403,
      code: 'proposal.only_the_person',
    });
  });

  it('another client’s proposals are not theirs to read', async () => {
    const answer = await app.inject({
      method: 'GET',
      url: `/api/v1/clients/${clientId}/proposals`,
      headers: otherPerson.headers,
    });
    expect(answer.statusCode).toBe(403);
  });

  it('fifty parallel proposals of one offer: exactly one is stored, the others are told it is already open', async () => {
    const fresh = await createTestClient(db, orgId, '1990-01-01');
    await addToCareTeam(db, orgId, fresh, coachId, 'trajectbegeleider');
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        app.inject({
          method: 'POST',
          url: `/api/v1/clients/${fresh}/proposals`,
          headers: coach.headers,
          payload: { offerId: day.offerId, message: 'Zullen we dit proberen?' },
        }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const rows = await db.withOrg(orgId, (tx) => tx.query(`select id from offer_proposals where client_id = $1`, [fresh]));
    expect(rows).toHaveLength(1);
  });

  it('fifty parallel requests to withdraw and to accept one proposal: exactly one wins, the others are told it is not open', async () => {
    const fresh = await createTestClient(db, orgId, '1988-02-02');
    await addToCareTeam(db, orgId, fresh, coachId, 'trajectbegeleider');
    const account = await createTestUser(db, orgId, ['client'], 'Snelle Cliënt');
    await linkClientAccount(db, orgId, account.id, fresh);
    const freshPerson = await signIn(app, account.email, TEST_PASSWORD);
    const made = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${fresh}/proposals`,
      headers: coach.headers,
      payload: { offerId: day.offerId, message: 'Zullen we dit proberen?' },
    });
    const proposalId = (made.json() as Proposal).id;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        app.inject({
          method: 'POST',
          url: `/api/v1/clients/${fresh}/proposals/${proposalId}/${i % 2 === 0 ? 'withdraw' : 'accept'}`,
          headers: (i % 2 === 0 ? coach : freshPerson).headers,
          payload: i % 2 === 0 ? { reason: 'Toch niet.' } : {},
        }),
      ),
    );
    const won = answers.filter((a) => a.statusCode === 200);
    expect(won).toHaveLength(1);
    const lost = answers.filter((a) => a.statusCode !== 200).map((a) => [a.statusCode, a.json().code]);
    expect(lost).toEqual(Array.from({ length: 49 }, () => [409, 'proposal.not_open']));
    const [row] = await db.withOrg(orgId, (tx) =>
      tx.query<{ status: string; request_status: string | null; withdrawn_at: unknown; answered_at: unknown }>(
        `select status, request_status, withdrawn_at, answered_at from offer_proposals where id = $1`,
        [proposalId],
      ),
    );
    const winner = (won[0]?.json() as Proposal).status;
    expect(row?.status).toBe(winner);
    // Never both: a withdrawn proposal has no answer and no enrolment request, an accepted one was not withdrawn.
    if (winner === 'withdrawn') expect(row).toMatchObject({ answered_at: null, request_status: null });
    else expect(row).toMatchObject({ status: 'accepted', withdrawn_at: null, request_status: 'open' });
  });
});
