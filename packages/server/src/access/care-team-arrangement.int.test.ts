import { isoDateIn } from '@meedoen/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { careNetworkResources } from '../fhir/fhir-client-data.js';
import { loadAccessFactsFor } from './access-facts.js';
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

interface Member {
  id: string;
  userId: string;
  role: string;
  validFrom: string;
  validUntil: string | null;
  active: boolean;
  withdrawn: boolean;
}

/** An ISO date `days` after another. */
const dayAfter = (iso: string, days = 1) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/**
 * Issue 14: arranging a client's care team. Who may add and end (and who is refused, with its code and an
 * audit record), and what the API no longer accepts: the same person twice, ending twice, a professional
 * of another organisation or a deactivated one, and 50 adds at once.
 */
describe('arranging the care team', () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let otherOrgId: string;
  let clientId: string;
  let otherClientId: string;
  const users: Record<string, TestUser> = {};
  const as: Record<string, Session> = {};
  const today = isoDateIn(new Date());

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db);
    otherOrgId = await createTestOrganisation(db, 'Andere praktijk');
    clientId = await createTestClient(db, orgId);
    otherClientId = await createTestClient(db, orgId);
    users.beheerder = await createTestUser(db, orgId, ['beheerder'], 'Beheerder');
    users.coordinator = await createTestUser(db, orgId, ['zorgcoordinator'], 'Zorgcoördinator Zonder Relatie');
    users.lead = await createTestUser(db, orgId, ['regiebehandelaar'], 'Regiebehandelaar In Team');
    users.therapist = await createTestUser(db, orgId, ['vaktherapeut'], 'Vaktherapeut In Team');
    users.supervisor = await createTestUser(db, orgId, ['activiteitenbegeleider'], 'Begeleider In Team');
    users.client = await createTestUser(db, orgId, ['client'], 'De Cliënt Zelf');
    users.otherBeheerder = await createTestUser(db, otherOrgId, ['beheerder'], 'Beheerder Elders');
    users.colleague = await createTestUser(db, orgId, ['vaktherapeut'], 'Nieuwe Collega');
    users.foreigner = await createTestUser(db, otherOrgId, ['vaktherapeut'], 'Therapeut Elders');
    users.leaver = await createTestUser(db, orgId, ['vaktherapeut'], 'Uit Dienst');
    await addToCareTeam(db, orgId, clientId, users.lead.id, 'regiebehandelaar');
    await addToCareTeam(db, orgId, clientId, users.therapist.id, 'vaktherapeut');
    await addToCareTeam(db, orgId, clientId, users.supervisor.id, 'activiteitenbegeleider');
    await linkClientAccount(db, orgId, users.client.id, clientId);
    for (const [key, user] of Object.entries(users))
      if (key !== 'colleague' && key !== 'foreigner' && key !== 'leaver') as[key] = await signIn(app, user.email, user.password);
    await db.withOrg(orgId, (tx) =>
      tx.query(`update users set active = false where org_id = $1 and id = $2`, [orgId, users.leaver?.id]),
    );
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const add = (who: string, payload: object, client = clientId) =>
    app.inject({ method: 'POST', url: `/api/v1/clients/${client}/care-team`, headers: as[who]?.headers, payload });
  const end = (who: string, memberId: string, payload: object = {}, client = clientId) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/clients/${client}/care-team/${memberId}/end`,
      headers: as[who]?.headers,
      payload,
    });
  const withdraw = (who: string, memberId: string, client = clientId) =>
    app.inject({ method: 'POST', url: `/api/v1/clients/${client}/care-team/${memberId}/withdrawal`, headers: as[who]?.headers });
  const team = async (who = 'beheerder', client = clientId): Promise<Member[]> =>
    (await app.inject({ method: 'GET', url: `/api/v1/clients/${client}/care-team`, headers: as[who]?.headers })).json();
  /** The latest audit record of a write (reads of the team are audited too, in between). */
  const lastAudit = async (org = orgId) =>
    (await auditRows(db, org))
      .filter((row) => String(row.event).startsWith('care_team.') && row.event !== 'care_team.read')
      .at(-1);
  const membersOf = async (userId: string) => (await team()).filter((m) => m.userId === userId);

  it('the administrator adds a colleague and ends the membership; both read back and audited', async () => {
    const added = await add('beheerder', { userId: users.colleague?.id, role: 'vaktherapeut', validFrom: today });
    expect(added.statusCode).toBe(201);
    const [member] = await membersOf(users.colleague?.id ?? '');
    expect(member).toMatchObject({ role: 'vaktherapeut', validFrom: today, validUntil: null, active: true });
    expect(await lastAudit()).toMatchObject({
      event: 'care_team.add',
      outcome: 'success',
      client_id: clientId,
      object_type: 'care_team_member',
      object_id: member?.id,
    });

    const ended = await end('beheerder', member?.id ?? '');
    expect(ended.statusCode).toBe(200);
    expect(await membersOf(users.colleague?.id ?? '')).toMatchObject([{ id: member?.id, validUntil: today }]);
    expect(await lastAudit()).toMatchObject({ event: 'care_team.end', outcome: 'success', object_id: member?.id });

    // Ending twice: refused, and the end date stays.
    const again = await end('beheerder', member?.id ?? '', { validUntil: '2099-01-01' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('care_team.already_ended');
    expect(await membersOf(users.colleague?.id ?? '')).toMatchObject([{ validUntil: today }]);
    expect(await lastAudit()).toMatchObject({
      event: 'care_team.end',
      outcome: 'failed',
      problem_code: 'care_team.already_ended',
    });
  });

  it('the same professional twice in the same role for an overlapping period is refused; a later period is not', async () => {
    const first = await add('coordinator', { userId: users.colleague?.id, role: 'vaktherapeut', validFrom: '2030-01-01' });
    expect(first.statusCode).toBe(201);
    const twice = await add('coordinator', { userId: users.colleague?.id, role: 'vaktherapeut', validFrom: '2031-06-01' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'care_team.already_member', errors: [{ path: '/body/userId' }] });
    const before = await add('coordinator', {
      userId: users.colleague?.id,
      role: 'vaktherapeut',
      validFrom: '2029-01-01',
      validUntil: '2030-01-01',
    });
    expect(before.statusCode).toBe(409);
    const earlier = await add('coordinator', {
      userId: users.colleague?.id,
      role: 'vaktherapeut',
      validFrom: '2029-01-01',
      validUntil: '2029-12-31',
    });
    expect(earlier.statusCode).toBe(201);
    expect((await membersOf(users.colleague?.id ?? '')).length).toBe(3);
  });

  it('ending before the membership starts, or someone else’s membership, is refused', async () => {
    const future = (await membersOf(users.colleague?.id ?? '')).find((m) => m.validFrom === '2030-01-01');
    const early = await end('beheerder', future?.id ?? '', { validUntil: '2029-12-31' });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'care_team.end_before_start', errors: [{ path: '/body/validUntil' }] });
    // The membership belongs to another client than the one in the address.
    const elsewhere = await end('beheerder', future?.id ?? '', {}, otherClientId);
    expect(elsewhere.statusCode).toBe(404);
    expect(await lastAudit()).toMatchObject({ event: 'care_team.end', outcome: 'denied', client_id: otherClientId });
    expect((await membersOf(users.colleague?.id ?? '')).find((m) => m.id === future?.id)?.validUntil).toBeNull();
  });

  it('a planned membership withdrawn before it begins never grants access, not even on its first day; read back and audited', async () => {
    const planned = await createTestUser(db, orgId, ['vaktherapeut'], 'Gepland Lid');
    const tomorrow = dayAfter(today);
    expect((await add('coordinator', { userId: planned.id, role: 'vaktherapeut', validFrom: tomorrow })).statusCode).toBe(201);
    const [member] = await membersOf(planned.id);
    expect(member).toMatchObject({ validFrom: tomorrow, validUntil: null, active: false, withdrawn: false });
    const teamRolesOn = async (date: string) =>
      (await db.withOrg(orgId, (tx) => loadAccessFactsFor(tx, orgId, planned.id, [clientId], date))).get(clientId)?.facts
        .teamRoles;
    // As planned, it would open the record tomorrow.
    expect(await teamRolesOn(tomorrow)).toEqual(['vaktherapeut']);

    const withdrawn = await withdraw('coordinator', member?.id ?? '');
    expect(withdrawn.statusCode).toBe(200);
    // Read back: on record as withdrawn, its period empty (it ends the day before it would have begun).
    expect(await membersOf(planned.id)).toEqual([
      expect.objectContaining({ id: member?.id, validFrom: tomorrow, validUntil: today, active: false, withdrawn: true }),
    ]);
    for (const date of [today, tomorrow, dayAfter(today, 30)]) expect(await teamRolesOn(date), date).toEqual([]);
    expect(await lastAudit()).toMatchObject({
      event: 'care_team.withdraw',
      action: 'U',
      outcome: 'success',
      client_id: clientId,
      user_id: users.coordinator?.id,
      object_type: 'care_team_member',
      object_id: member?.id,
    });
    // Not a participant of the FHIR CareTeam either (an empty period is no FHIR Period).
    const resources = await db.withOrg(orgId, (tx) => careNetworkResources({ tx, clientId, orgId, today }));
    const careTeam = resources.find((r) => r.resourceType === 'CareTeam') as { participant: { member: { reference: string } }[] };
    expect(careTeam.participant.map((p) => p.member.reference)).not.toContain(`Practitioner/${planned.id}`);

    // Withdrawing twice is refused and audited; the withdrawn plan holds no days, so the same person can join from today.
    const again = await withdraw('coordinator', member?.id ?? '');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('care_team.already_ended');
    expect(await lastAudit()).toMatchObject({
      event: 'care_team.withdraw',
      outcome: 'failed',
      problem_code: 'care_team.already_ended',
    });
    expect((await add('coordinator', { userId: planned.id, role: 'vaktherapeut', validFrom: today })).statusCode).toBe(201);
    expect(await teamRolesOn(tomorrow)).toEqual(['vaktherapeut']);
  });

  it('a membership under way is not withdrawn but ended; who may not arrange the team cannot withdraw; all audited', async () => {
    const member = (await team()).find((m) => m.userId === users.therapist?.id && m.active);
    const started = await withdraw('beheerder', member?.id ?? '');
    expect(started.statusCode).toBe(409);
    expect(started.json().code).toBe('care_team.already_started');
    expect(await lastAudit()).toMatchObject({
      event: 'care_team.withdraw',
      outcome: 'failed',
      problem_code: 'care_team.already_started',
      object_id: member?.id,
    });
    const planned = (await team()).find((m) => m.validFrom > today && !m.withdrawn);
    expect(planned).toBeDefined();
    for (const [who, code] of [
      ['client', 'care_team.arranger_not_allowed'],
      ['therapist', 'access.forbidden'],
      ['otherBeheerder', 'access.forbidden'],
    ] as const) {
      const refused = await withdraw(who, planned?.id ?? '');
      expect(refused.statusCode, who).toBe(403);
      expect(refused.json().code, who).toBe(code);
      expect(await lastAudit(who === 'otherBeheerder' ? otherOrgId : orgId)).toMatchObject({
        event: 'care_team.withdraw',
        outcome: 'denied',
      });
    }
    // The membership of another client than the one in the address is not there.
    expect((await withdraw('beheerder', planned?.id ?? '', otherClientId)).statusCode).toBe(404);
    expect((await team()).find((m) => m.id === planned?.id)).toMatchObject({ withdrawn: false, validUntil: planned?.validUntil });
    expect((await team()).find((m) => m.id === member?.id)).toMatchObject({ active: true, validUntil: null });
  });

  it('a professional of another organisation, a deactivated one, or one without the role is not a professional here', async () => {
    for (const [userId, role] of [
      [users.foreigner?.id, 'vaktherapeut'],
      [users.leaver?.id, 'vaktherapeut'],
      [users.colleague?.id, 'regiebehandelaar'],
      [users.client?.id, 'vaktherapeut'],
    ] as const) {
      const response = await add('beheerder', { userId, role });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ code: 'care_team.not_a_professional', errors: [{ path: '/body/userId' }] });
      expect(await lastAudit()).toMatchObject({ event: 'care_team.add', outcome: 'failed' });
    }
    expect((await team()).some((m) => m.userId === users.foreigner?.id || m.userId === users.leaver?.id)).toBe(false);
  });

  it('the client themself, a therapist and a supervisor on the team are refused with a code, and audited', async () => {
    const member = (await team()).find((m) => m.userId === users.therapist?.id);
    for (const [who, code] of [
      ['client', 'care_team.arranger_not_allowed'],
      ['therapist', 'access.forbidden'],
      ['supervisor', 'access.forbidden'],
    ] as const) {
      const added = await add(who, { userId: users.leaver?.id, role: 'vaktherapeut' });
      expect(added.statusCode, who).toBe(403);
      expect(added.json().code, who).toBe(code);
      expect(await lastAudit()).toMatchObject({
        event: 'care_team.add',
        outcome: 'denied',
        client_id: clientId,
        problem_code: code,
      });
      const ended = await end(who, member?.id ?? '');
      expect(ended.statusCode, who).toBe(403);
      expect(ended.json().code, who).toBe(code);
      expect(await lastAudit()).toMatchObject({ event: 'care_team.end', outcome: 'denied', problem_code: code });
    }
    expect((await team()).find((m) => m.id === member?.id)?.validUntil).toBeNull();
  });

  it('another organisation’s administrator and an outsider are refused; the other organisation audits its own attempt', async () => {
    const member = (await team()).find((m) => m.userId === users.therapist?.id);
    const foreign = await add('otherBeheerder', { userId: users.foreigner?.id, role: 'vaktherapeut' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('access.forbidden');
    expect(await lastAudit(otherOrgId)).toMatchObject({ event: 'care_team.add', outcome: 'denied', client_id: null });
    const foreignEnd = await end('otherBeheerder', member?.id ?? '');
    expect(foreignEnd.statusCode).toBe(403);
    expect(await lastAudit(otherOrgId)).toMatchObject({ event: 'care_team.end', outcome: 'denied' });
    const outsider = await app.inject({
      method: 'POST',
      url: `/api/v1/clients/${clientId}/care-team`,
      payload: { userId: users.leaver?.id, role: 'vaktherapeut' },
    });
    expect(outsider.statusCode).toBe(401);
    expect(outsider.json().code).toBe('auth.unauthenticated');
    expect((await team()).find((m) => m.id === member?.id)?.validUntil).toBeNull();
  });

  it('the regiebehandelaar on the team arranges it; the record says who may', async () => {
    const psychologist = await createTestUser(db, orgId, ['ergotherapeut'], 'Ergotherapeut Erbij');
    const added = await add('lead', { userId: psychologist.id, role: 'ergotherapeut' });
    expect(added.statusCode).toBe(201);
    const abilities = async (who: string) =>
      (await app.inject({ method: 'GET', url: `/api/v1/clients/${clientId}`, headers: as[who]?.headers })).json().abilities
        .arrangeCareTeam;
    expect(await abilities('beheerder')).toBe(true);
    expect(await abilities('coordinator')).toBe(true);
    expect(await abilities('lead')).toBe(true);
    expect(await abilities('therapist')).toBe(false);
    expect(await abilities('supervisor')).toBe(false);
    expect(await abilities('client')).toBe(false);
  });

  it('50 adds of the same professional at once make one member', async () => {
    const newcomer = await createTestUser(db, orgId, ['ergotherapeut'], 'Vijftig Keer');
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => add('beheerder', { userId: newcomer.id, role: 'ergotherapeut' }, otherClientId)),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toEqual([201]);
    expect(statuses.filter((s) => s === 409).length).toBe(49);
    expect((await team('beheerder', otherClientId)).filter((m) => m.userId === newcomer.id).length).toBe(1);
  });

  it('50 withdrawals of the same plan at once withdraw it once, with one audit record of success', async () => {
    const planned = await createTestUser(db, orgId, ['vaktherapeut'], 'Vijftig Keer Ingetrokken');
    expect(
      (await add('beheerder', { userId: planned.id, role: 'vaktherapeut', validFrom: dayAfter(today, 7) }, otherClientId))
        .statusCode,
    ).toBe(201);
    const [member] = (await team('beheerder', otherClientId)).filter((m) => m.userId === planned.id);
    const seqBefore = Math.max(0, ...(await auditRows(db, orgId)).map((r) => Number(r['seq'])));
    const responses = await Promise.all(Array.from({ length: 50 }, () => withdraw('beheerder', member?.id ?? '', otherClientId)));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200).length).toBe(1);
    expect(statuses.filter((s) => s === 409).length).toBe(49);
    const audited = (await auditRows(db, orgId)).filter(
      (r) => Number(r['seq']) > seqBefore && r['event'] === 'care_team.withdraw' && r['object_id'] === member?.id,
    );
    expect(audited.filter((r) => r['outcome'] === 'success').length).toBe(1);
    expect(audited.length).toBe(50);
    expect((await team('beheerder', otherClientId)).find((m) => m.id === member?.id)).toMatchObject({ withdrawn: true });
  });

  it('switching an account off ends its memberships under way today and withdraws planned ones, each audited; an ended one stays', async () => {
    const departing = await createTestUser(db, orgId, ['vaktherapeut'], 'Gaat Weg');
    await addToCareTeam(db, orgId, clientId, departing.id, 'vaktherapeut');
    await addToCareTeam(db, orgId, otherClientId, departing.id, 'vaktherapeut');
    const later = dayAfter(today, 60);
    await db.withOrg(orgId, (tx) =>
      tx.query(`insert into user_roles (org_id, user_id, role) values ($1, $2, 'ergotherapeut')`, [orgId, departing.id]),
    );
    expect((await add('beheerder', { userId: departing.id, role: 'ergotherapeut', validFrom: later })).statusCode).toBe(201);
    const [earlier] = await db.withOrg(orgId, (tx) =>
      tx.query<{ id: string }>(
        `insert into care_team_members (org_id, client_id, user_id, role, valid_from, valid_until, added_by)
         values ($1, $2, $3, 'vaktherapeut', '2019-01-01', '2019-06-30', $3) returning id`,
        [orgId, otherClientId, departing.id],
      ),
    );
    const seqBefore = Math.max(0, ...(await auditRows(db, orgId)).map((r) => Number(r['seq'])));
    const off = await app.inject({
      method: 'POST',
      url: `/api/v1/users/${departing.id}/deactivation`,
      headers: as.beheerder?.headers,
      payload: { reason: 'uit dienst' },
    });
    expect(off.statusCode).toBe(200);
    for (const client of [clientId, otherClientId]) {
      const theirs = (await team('beheerder', client)).filter((m) => m.userId === departing.id);
      const current = theirs.find((m) => m.validFrom === '2020-01-01');
      // Ended today: today is their last day in the team.
      expect(current).toMatchObject({ validUntil: today, withdrawn: false });
    }
    const plannedAfter = (await team('beheerder', clientId)).find((m) => m.userId === departing.id && m.validFrom === later);
    expect(plannedAfter).toMatchObject({ validUntil: dayAfter(later, -1), active: false, withdrawn: true });
    const withdrawnAudit = (await auditRows(db, orgId)).filter(
      (r) => Number(r['seq']) > seqBefore && r['event'] === 'care_team.withdraw',
    );
    expect(withdrawnAudit).toEqual([
      expect.objectContaining({ client_id: clientId, object_id: plannedAfter?.id, reason: 'account uitgezet' }),
    ]);
    const stays = (await team('beheerder', otherClientId)).find((m) => m.id === earlier?.id);
    expect(stays).toMatchObject({ validUntil: '2019-06-30', active: false });
    const audited = (await auditRows(db, orgId)).filter((r) => Number(r['seq']) > seqBefore && r['event'] === 'care_team.end');
    expect(audited.map((r) => r['client_id']).sort()).toEqual([clientId, otherClientId].sort());
    expect(audited.every((r) => r['user_id'] === users.beheerder?.id && r['reason'] === 'account uitgezet')).toBe(true);
  });
});
