import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
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

/**
 * Issue 11, finding 1: consent self-grant and representation by roles without a care relationship.
 * Each attack first, with the code it is refused with and its audit record; then the legitimate ways.
 */
describe('who may record a consent or a representative', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let adult: string;
  let child: string;
  let therapist: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let clientUser: TestUser;
  let parent: TestUser;
  let mentor: TestUser;
  const as: Record<string, Session> = {};
  let users: Record<string, TestUser> = {};

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db);
    adult = await createTestClient(db, orgId, '1990-02-02');
    child = await createTestClient(db, orgId, '2017-04-09');
    therapist = await createTestUser(db, orgId, ['regiebehandelaar'], 'Behandelaar In Team');
    colleague = await createTestUser(db, orgId, ['zorgcoordinator'], 'Zorgcoördinator In Team');
    supervisor = await createTestUser(db, orgId, ['werkbegeleider'], 'Werkbegeleider Extern');
    clientUser = await createTestUser(db, orgId, ['client'], 'De Cliënt Zelf');
    parent = await createTestUser(db, orgId, ['naaste'], 'Ouder Van Het Kind');
    mentor = await createTestUser(db, orgId, ['naaste'], 'Mentor Van De Cliënt');
    await linkClientAccount(db, orgId, clientUser.id, adult);
    await linkClientAccount(db, orgId, parent.id, child);
    await linkClientAccount(db, orgId, mentor.id, adult);
    for (const id of [adult, child]) {
      await addToCareTeam(db, orgId, id, therapist.id, 'regiebehandelaar');
      await addToCareTeam(db, orgId, id, colleague.id, 'zorgcoordinator');
    }
    const plannerOnTeam = await createTestUser(db, orgId, ['planner'], 'Planner In Team');
    await addToCareTeam(db, orgId, adult, plannerOnTeam.id, 'planner');
    users = {
      therapist,
      colleague,
      supervisor,
      client: clientUser,
      parent,
      mentor,
      plannerOnTeam,
      beheerder: await createTestUser(db, orgId, ['beheerder'], 'Beheerder'),
      planner: await createTestUser(db, orgId, ['planner'], 'Planner'),
      zorgcoordinator: await createTestUser(db, orgId, ['zorgcoordinator'], 'Zorgcoördinator Zonder Relatie'),
    };
    for (const [key, user] of Object.entries(users)) as[key] = await signIn(app, user.email, user.password);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const post = (who: string, url: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: as[who]?.headers, payload });
  const readRecord = (who: string, id: string) =>
    app.inject({ method: 'GET', url: `/api/v1/clients/${id}`, headers: as[who]?.headers });
  const consentOf = (granteeUserId: string, extra: object = {}) => ({
    granteeUserId,
    categories: ['treatment'],
    level: 'read',
    givenBy: 'client',
    recordedHow: 'in_person',
    ...extra,
  });

  it('beheerder, planner and zorgcoördinator without a care relationship cannot record a consent — not to themselves, not to a werkbegeleider; refused with its own code and audited', async () => {
    for (const who of ['beheerder', 'planner', 'zorgcoordinator']) {
      for (const granteeId of [supervisor.id, users[who]?.id ?? '']) {
        const before = (await auditRows(db, orgId)).length;
        const self = await post(who, `/api/v1/clients/${adult}/consents`, consentOf(granteeId));
        expect(self.statusCode, who).toBe(403);
        expect(self.json().code, who).toBe('consent.recorder_not_in_care_team');
        const rows = (await auditRows(db, orgId)).slice(before);
        expect(rows).toMatchObject([
          { event: 'consent.grant', outcome: 'denied', client_id: adult, problem_code: 'consent.recorder_not_in_care_team' },
        ]);
      }
    }
    // And so the werkbegeleider still cannot read treatment data.
    expect((await readRecord('supervisor', adult)).statusCode).toBe(403);
  });

  it('a role on the care team that does not record consents is refused with its own code', async () => {
    const response = await post('plannerOnTeam', `/api/v1/clients/${adult}/consents`, consentOf(supervisor.id));
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('consent.recorder_role_not_allowed');
    // A vaktherapeut on the team may read the care network, not arrange it (the permission table).
    const vaktherapeut = await createTestUser(db, orgId, ['vaktherapeut'], 'Vaktherapeut In Team');
    await addToCareTeam(db, orgId, adult, vaktherapeut.id, 'vaktherapeut');
    const session = await signIn(app, vaktherapeut.email, vaktherapeut.password);
    const byTherapist = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${adult}/consents`,
      headers: session.headers,
      payload: consentOf(supervisor.id),
    });
    expect(byTherapist.statusCode).toBe(403);
    expect((await readRecord('supervisor', adult)).statusCode).toBe(403);
  });

  it('a professional on the team never records a consent with themselves as grantee', async () => {
    const response = await post('therapist', `/api/v1/clients/${adult}/consents`, consentOf(therapist.id));
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('consent.self_grant_forbidden');
    expect((await auditRows(db, orgId)).at(-1)).toMatchObject({
      outcome: 'denied',
      problem_code: 'consent.self_grant_forbidden',
    });
  });

  it('a professional records how the client gave it: a signed form needs its reference; the portal is the client’s', async () => {
    const url = `/api/v1/clients/${adult}/consents`;
    const noForm = await post('therapist', url, consentOf(supervisor.id, { recordedHow: 'signed_form' }));
    expect(noForm.statusCode).toBe(422);
    expect(noForm.json()).toMatchObject({ code: 'consent.document_required' });
    expect(noForm.json().errors).toContainEqual(expect.objectContaining({ path: '/body/documentRef' }));
    const portal = await post('therapist', url, consentOf(supervisor.id, { recordedHow: 'portal' }));
    expect(portal.statusCode).toBe(422);
    expect(portal.json().code).toBe('consent.recorded_how_invalid');
    const byClientInPerson = await post('client', url, consentOf(supervisor.id));
    expect(byClientInPerson.json().code).toBe('consent.recorded_how_invalid');

    const recorded = await post(
      'therapist',
      url,
      consentOf(supervisor.id, {
        recordedHow: 'signed_form',
        documentRef: 'Formulier 2026-114, dossierkast B',
        categories: ['personalia'],
      }),
    );
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({
      recordedBy: therapist.id,
      recordedByName: 'Behandelaar In Team',
      recordedHow: 'signed_form',
      documentRef: 'Formulier 2026-114, dossierkast B',
    });
    // The client sees who recorded it, and withdraws it; both are audited.
    const seen = await app.inject({ method: 'GET', url, headers: as['client']?.headers });
    expect(seen.json()).toContainEqual(
      expect.objectContaining({ id: recorded.json().id, recordedByName: 'Behandelaar In Team' }),
    );
    const revoked = await post('client', `${url}/${recorded.json().id}/revocation`, { reason: 'Liever niet meer' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ active: false });
    const events = (await auditRows(db, orgId)).filter((r) => r.object_id === recorded.json().id).map((r) => r.event);
    expect(events).toEqual(expect.arrayContaining(['consent.grant', 'consent.revoke']));
  });

  it('a naaste cannot be made legal representative by a role without a care relationship', async () => {
    for (const who of ['beheerder', 'planner', 'zorgcoordinator']) {
      const response = await post(who, `/api/v1/clients/${adult}/representatives`, {
        userId: mentor.id,
        basis: 'mentor',
        documentRef: 'Beschikking 2025/811',
      });
      expect(response.statusCode, who).toBe(403);
      expect(response.json().code, who).toBe('representation.recorder_not_in_care_team');
      expect((await auditRows(db, orgId)).at(-1)).toMatchObject({
        event: 'representative.add',
        outcome: 'denied',
        problem_code: 'representation.recorder_not_in_care_team',
      });
    }
    expect((await readRecord('mentor', adult)).statusCode).toBe(403);
  });

  it('parental authority is derived from the date of birth: it holds at once for a child, never for an adult', async () => {
    expect((await readRecord('parent', child)).statusCode).toBe(403);
    const added = await post('therapist', `/api/v1/clients/${child}/representatives`, {
      userId: parent.id,
      basis: 'ouderlijk_gezag',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toContainEqual(
      expect.objectContaining({
        userId: parent.id,
        relation: 'ouder',
        validUntil: '2035-04-08',
        active: true,
        awaitingApproval: false,
      }),
    );
    expect((await readRecord('parent', child)).statusCode).toBe(200);

    const adultParent = await post('therapist', `/api/v1/clients/${adult}/representatives`, {
      userId: mentor.id,
      basis: 'ouderlijk_gezag',
    });
    expect(adultParent.statusCode).toBe(422);
    expect(adultParent.json().code).toBe('representation.parental_authority_ended');
  });

  it('a naaste of another client, or yourself, is no representative', async () => {
    const other = await post('therapist', `/api/v1/clients/${adult}/representatives`, {
      userId: parent.id,
      basis: 'schriftelijk_gemachtigde',
      documentRef: 'Machtiging',
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('representation.not_a_naaste');
    const self = await post('therapist', `/api/v1/clients/${adult}/representatives`, {
      userId: therapist.id,
      basis: 'schriftelijk_gemachtigde',
      documentRef: 'Machtiging',
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('representation.self_forbidden');
  });

  it('a mentor needs the document and a second professional’s approval; until then it grants nothing', async () => {
    const url = `/api/v1/clients/${adult}/representatives`;
    const noDocument = await post('therapist', url, { userId: mentor.id, basis: 'mentor' });
    expect(noDocument.statusCode).toBe(422);
    expect(noDocument.json()).toMatchObject({ code: 'representation.document_required' });

    const added = await post('therapist', url, { userId: mentor.id, basis: 'mentor', documentRef: 'Beschikking rb. 2025/811' });
    expect(added.statusCode).toBe(201);
    const pending = (added.json() as { id: string; userId: string; awaitingApproval: boolean; active: boolean }[]).find(
      (r) => r.userId === mentor.id,
    );
    expect(pending).toMatchObject({ awaitingApproval: true, active: false, recordedByName: 'Behandelaar In Team' });
    expect((await readRecord('mentor', adult)).statusCode).toBe(403);

    const own = await post('therapist', `${url}/${pending?.id}/approval`, {});
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('representation.second_person_required');
    const byPlanner = await post('planner', `${url}/${pending?.id}/approval`, {});
    expect(byPlanner.statusCode).toBe(403);
    expect(byPlanner.json().code).toBe('representation.recorder_not_in_care_team');
    expect((await readRecord('mentor', adult)).statusCode).toBe(403);

    const approved = await post('colleague', `${url}/${pending?.id}/approval`, {});
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toContainEqual(
      expect.objectContaining({
        id: pending?.id,
        active: true,
        awaitingApproval: false,
        approvedByName: 'Zorgcoördinator In Team',
      }),
    );
    expect((await readRecord('mentor', adult)).statusCode).toBe(200);
    const twice = await post('colleague', `${url}/${pending?.id}/approval`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('representation.approval_not_needed');
    expect(
      (await auditRows(db, orgId)).filter((r) => r.event === 'representative.approve' && r.outcome === 'success'),
    ).toHaveLength(1);
  });
});
