import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
  type TestUser,
} from '../testing/test-database.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const REFERRER_AGB = '01012345';
const PRACTICE_AGB = '26000001';
const THERAPIST_AGB = '26000002';

const session = (date: string, minutes: number) => ({
  id: randomUUID(),
  date,
  startTime: '10:00',
  form: 'individueel',
  setting: 'praktijk',
  homeVisitReason: null,
  directMinutes: minutes,
  indirectMinutes: 0,
  activities: 'x',
  observations: 'x',
  sessionEvaluation: 'x',
  groupSessionId: null,
  outcomeMeasured: false,
  ergoContactType: 'individuele_zitting',
});

/** An ergotherapie trajectory with one session, as the event stream stores it: referred by the GP, or under DTE. */
async function ergotherapie(
  db: Database,
  orgId: string,
  clientId: string,
  therapist: TestUser,
  referral: { source: string; referrerAgb: string | null },
  sessionId: string,
): Promise<string> {
  const id = randomUUID();
  const events: object[] = [
    {
      type: 'referred',
      referral: {
        discipline: 'ergotherapie',
        requestType: 'behandeling',
        funding: 'zvw',
        referrerName: 'Huisarts Jansen',
        question: 'Hulpvraag',
        therapistId: therapist.id,
        regiebehandelaarId: null,
        receivedOn: '2026-03-01',
        ...referral,
      },
    },
    { type: 'indication_set', focus: 'x', rationale: 'x' },
    { type: 'plan_agreed', version: 1, agreedBy: 'client', date: '2026-03-02' },
    { type: 'session_recorded', session: { ...session('2026-03-10', 30), id: sessionId } },
  ];
  await db.withOrg(orgId, async (tx) => {
    await tx.query(
      `insert into trajectories (id, org_id, client_id, discipline, request_type, therapist_id, state, last_seq)
       values ($1, $2, $3, 'ergotherapie', 'behandeling', $4, 'in_behandeling', $5)`,
      [id, orgId, clientId, therapist.id, events.length],
    );
    for (const [i, data] of events.entries())
      await tx.query(
        `insert into trajectory_events (org_id, trajectory_id, seq, type, data, actor_id, at) values ($1, $2, $3, $4, $5, $6, now())`,
        [orgId, id, i + 1, (data as { type: string }).type, JSON.stringify(data), therapist.id],
      );
  });
  return id;
}

describe(
  'PM304: the referrer’s AGB from the referral, and a funding override that moves a session away',
  { timeout: 600_000 },
  () => {
    let db: Database;
    let app: FastifyInstance;
    let orgId: string;
    let admin: Session;
    let beheerder: TestUser;
    const clients: Record<'referred' | 'dte' | 'selfPaid', string> = { referred: '', dte: '', selfPaid: '' };
    const sessions = { referred: randomUUID(), dte: randomUUID(), selfPaid: randomUUID() };

    const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: object = {}) => {
      const response = await app.inject({
        method,
        url,
        headers: { ...admin.headers, ...headers },
        ...(payload ? { payload } : {}),
      });
      const json = String(response.headers['content-type'] ?? '').includes('json');
      return { status: response.statusCode, body: (json ? response.json() : {}) as Json, text: response.body };
    };

    beforeAll(async () => {
      db = await openTestDatabase();
      app = await buildTestApp(db);
      orgId = await createTestOrganisation(db, 'Verwijzer en keuze');
      beheerder = await createTestUser(db, orgId, ['beheerder'], 'Beheerder');
      const ergotherapist = await createTestUser(db, orgId, ['ergotherapeut'], 'Ergotherapeut');
      admin = await signIn(app, beheerder.email, beheerder.password);
      await db.withOrg(orgId, (tx) =>
        tx.query(
          `update users set discipline = 'ergotherapie', agb_code = $2, register = 'kwaliteitsregister_paramedici',
           registration_number = 'KP-1' where id = $1`,
          [ergotherapist.id, THERAPIST_AGB],
        ),
      );
      const org = await call('GET', '/api/v1/organisation/agb');
      expect(
        (await call('PUT', '/api/v1/organisation/agb', { agbCode: PRACTICE_AGB }, { 'if-match': `"${org.body.version}"` }))
          .status,
      ).toBe(200);
      const bsns = { referred: '111222333', dte: '123456782', selfPaid: '100000009' };
      for (const key of ['referred', 'dte', 'selfPaid'] as const) {
        clients[key] = await createTestClient(db, orgId, '1970-01-01');
        const saved = await call(
          'PUT',
          `/api/v1/clients/${clients[key]}/entitlements`,
          {
            bsn: bsns[key],
            entitlements: {
              wlz: [],
              wmo: [],
              jeugdwet: [],
              participatiewet: [],
              insurance: [
                { from: '2026-01-01', until: null, uzovi: '3311', insuredNumber: '987654321', supplementaryPolicyId: null },
              ],
            },
          },
          { 'if-match': '"0"' },
        );
        expect(saved.status).toBe(200);
      }
      await ergotherapie(
        db,
        orgId,
        clients.referred,
        ergotherapist,
        { source: 'huisarts_poh', referrerAgb: REFERRER_AGB },
        sessions.referred,
      );
      await ergotherapie(db, orgId, clients.dte, ergotherapist, { source: 'zelf_dte', referrerAgb: null }, sessions.dte);
      const selfPaid = await ergotherapie(
        db,
        orgId,
        clients.selfPaid,
        ergotherapist,
        { source: 'huisarts_poh', referrerAgb: REFERRER_AGB },
        sessions.selfPaid,
      );
      // The person chose to pay the ergotherapie themselves (001 L2500-2502), recorded with a reason.
      await db.withOrg(orgId, (tx) =>
        tx.query(
          `insert into funding_decisions (org_id, client_id, trajectory_id, seq, derived_frame, chosen_frame, reason, decided_by)
         values ($1, $2, $3, 1, 'zvw', 'particulier', 'Wil het eigen risico niet aanspreken', $4)`,
          [orgId, clients.selfPaid, selfPaid, beheerder.id],
        ),
      );
    });

    afterAll(async () => {
      await app?.close();
      await db?.close();
    });

    it('the classification shows the derived payer and the override with its reason and who recorded it', async () => {
      const shown = await call(
        'GET',
        `/api/v1/clients/${clients.selfPaid}/services/session/${sessions.selfPaid}/classification?date=2026-03-10`,
      );
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({
        frame: 'particulier',
        payer: 'client',
        derived: { frame: 'zvw', payer: 'insurer', route: 'pm304' },
        override: {
          frame: 'particulier',
          payer: 'client',
          reason: 'Wil het eigen risico niet aanspreken',
          decidedBy: 'Beheerder',
          applied: true,
        },
      });
      expect((shown.body.reasons as { code: string }[]).map((r) => r.code)).toContain('funding_overridden');
      const plain = await call(
        'GET',
        `/api/v1/clients/${clients.referred}/services/session/${sessions.referred}/classification?date=2026-03-10`,
      );
      expect(plain.body).toMatchObject({ frame: 'zvw', payer: 'insurer', override: null, derived: { frame: 'zvw' } });
      // The month overview uses the overridden payer.
      const month = await call('GET', `/api/v1/clients/${clients.selfPaid}/financing/months/2026-03`);
      expect(month.status).toBe(200);
      expect(month.body.lines).toEqual([
        expect.objectContaining({ serviceId: sessions.selfPaid, payer: 'client', frame: 'particulier' }),
      ]);
    });

    it('the PM304 names the referrer’s AGB for the referred session, none under DTE, and leaves the self-paid session out', async () => {
      const built = await call('POST', '/api/v1/declarations/runs', { route: 'pm304', month: '2026-03', date: '2026-04-02' });
      expect(built.status).toBe(201);
      const runs = (await call('GET', '/api/v1/declarations?month=2026-03&route=pm304')).body as Json[];
      expect(runs).toHaveLength(1);
      const run = (await call('GET', `/api/v1/declarations/${runs[0]?.id}`)).body;
      const lines = run.lines as Json[];
      expect(lines.map((l) => l.clientId ?? l.personId).sort()).toEqual([clients.referred, clients.dte].sort());
      // No AGB finding: practice and practitioner codes are there.
      expect(JSON.stringify(run.findings ?? run.check ?? [])).not.toContain('agb_missing');
      const file = await call('GET', `/api/v1/declarations/${runs[0]?.id}/file`);
      expect(file.status).toBe(200);
      const prestaties = file.text.split('\r\n').filter((r) => r.startsWith('04'));
      expect(prestaties).toHaveLength(2);
      // The referred person's record names the referrer; the DTE record has zeros there. Both name the practitioner.
      const referred = prestaties.find((r) => r.includes('111222333'));
      const direct = prestaties.find((r) => r.includes('123456782'));
      expect(referred).toContain(REFERRER_AGB);
      expect(direct).toBeDefined();
      expect(direct).not.toContain(REFERRER_AGB);
      for (const r of prestaties) expect(r).toContain(THERAPIST_AGB);
    });
  },
);
