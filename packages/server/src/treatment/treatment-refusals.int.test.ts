import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { DEMO_PASSWORD, demoClientId, demoUserId } from '../demo/demo-organisation.js';
import { seedDemo } from '../demo/seed-demo.js';
import { ApiClient } from '../testing/api-client.js';
import { buildTestApp } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';

/**
 * Issue 11, findings 7 (treatment side) and 11: treatment writes that must be refused, each with a
 * code of its own, over HTTP on the demo organisation. Daan is 9 (born 2017-04-09).
 */
const smart = { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true };
const goal = {
  id: 'g1',
  parentId: null,
  description: 'Daan trekt zelf zijn jas aan voor school.',
  kind: 'primair',
  term: 'kort',
  aim: 'stabilisatie',
  domain: 'gedragsmatig',
  transdiagnosticFactor: null,
  occupationArea: 'zelfverzorging',
  smart,
  gas: { levels: { '-2': 'a', '-1': 'b', '0': 'c', '1': 'd', '2': 'e' }, weight: 1, baseline: -2 },
};
const plan = {
  clientView: { vision: 'Zelf aankleden', reason: 'Ochtenden zijn onrustig', helpQuestion: 'Sneller klaar', expectation: 'Rust' },
  therapistView: {
    natureOfProblems: 'Fijne motoriek',
    maintainingFactors: 'Haast',
    conclusion: 'Ergotherapie thuis en op school',
  },
  plannedDelivery: {
    method: 'Oefenen in de dagelijkse situatie',
    activities: 'Jas, knopen',
    period: '8 weken',
    frequency: '1x per week',
  },
  agreements: 'Ouders oefenen mee.',
  estimatedDuration: '8 weken',
  startDate: '2026-09-15',
  nextEvaluationDate: '2026-11-10',
  remarks: 'Geen',
};
const session = (date: string) => ({
  session: {
    date,
    form: 'individueel',
    setting: 'praktijk',
    directMinutes: 30,
    indirectMinutes: 10,
    activities: 'Jas aantrekken oefenen',
    observations: 'Lukt met hulp',
    sessionEvaluation: 'Trots',
    outcomeMeasured: false,
  },
});

describe('treatment writes refused with a code of their own', () => {
  let db: Database;
  let app: FastifyInstance;
  let pieter: ApiClient;
  let fatima: ApiClient;
  const daan = `/api/v1/clients/${demoClientId('daan')}/trajectories`;
  const referral = (over: object = {}) => ({
    discipline: 'ergotherapie',
    source: 'huisarts_poh',
    requestType: 'behandeling',
    funding: 'zvw',
    referrerName: 'Huisarts Jansen',
    question: 'Aankleden en fijne motoriek',
    therapistId: demoUserId('fatima.yilmaz'),
    regiebehandelaarId: null,
    receivedOn: '2026-09-01',
    ...over,
  });
  const refused = async (client: ApiClient, url: string, payload: object, code: string, path?: string) => {
    const body = await client.post<{ code: string; errors?: { path: string; code?: string }[] }>(url, payload, 422);
    expect(body.code).toBe(code);
    if (path) expect(body.errors).toContainEqual(expect.objectContaining({ path, code }));
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db);
    app = await buildTestApp(db);
    pieter = await ApiClient.signIn(app, 'pieter.vandijk@delinde.example', DEMO_PASSWORD);
    fatima = await ApiClient.signIn(app, 'fatima.yilmaz@delinde.example', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('a referral for one discipline is not handled by a therapist of another', async () => {
    // Anouk is a speltherapeut: a referral for muziektherapie handled by her is refused.
    await refused(
      pieter,
      daan,
      referral({
        discipline: 'muziektherapie',
        therapistId: demoUserId('anouk.vermeulen'),
        funding: 'jeugdwet',
        regiebehandelaarId: demoUserId('pieter.vandijk'),
      }),
      'treatment.therapist_discipline_mismatch',
      '/body/therapistId',
    );
  });

  it('an activiteitenbegeleider (or any role but regiebehandelaar) is not accepted as regiebehandelaar, with a code that says so', async () => {
    await refused(
      pieter,
      daan,
      referral({
        discipline: 'speltherapie',
        therapistId: demoUserId('anouk.vermeulen'),
        funding: 'jeugdwet',
        regiebehandelaarId: demoUserId('sanne.peters'),
      }),
      'treatment.regiebehandelaar_not_eligible',
      '/body/regiebehandelaarId',
    );
    await refused(
      pieter,
      daan,
      referral({
        discipline: 'speltherapie',
        therapistId: demoUserId('anouk.vermeulen'),
        funding: 'jeugdwet',
        regiebehandelaarId: demoUserId('marieke.bos'),
      }),
      'treatment.vaktherapeut_cannot_be_regiebehandelaar',
    );
  });

  it('ergotherapie for a 9-year-old: parents consent to the intake and agree the plan; sessions only after agreement, dated between referral and today', async () => {
    const { id } = await pieter.post<{ id: string }>(daan, referral(), 201);
    const t = `${daan}/${id}`;
    // Under 16, also for ergotherapie: the parents' consent before the intake.
    await refused(fatima, `${t}/intake`, { date: '2026-09-02' }, 'treatment.parental_consent_required');
    await fatima.post(`${t}/parental-consent`, { givenBy: 'ouder', name: 'Marloes Visser', date: '2026-09-02' });
    await fatima.post(`${t}/intake`, { date: '2026-09-02' });
    await fatima.post(`${t}/acceptance`, { accepted: true, reasons: 'Hulpvraag past bij ergotherapie', contraIndications: [] });
    await fatima.post(`${t}/indication`, { focus: 'zelfverzorging', rationale: 'Aankleden' });
    await fatima.post(`${t}/goals`, { goals: [goal] });
    await fatima.post(`${t}/plan`, { plan });
    await fatima.post(`${t}/evaluation-agreements`, { everyWeeks: 6, firstDate: '2026-11-10', method: 'Met ouders' });

    // Finding 11: a session before the plan is agreed names the missing agreement.
    await refused(fatima, `${t}/sessions`, session('2026-09-20'), 'treatment.plan_not_agreed');
    // Finding 7: a 9-year-old does not agree alone; nor with a parent named as the second (the parent decides).
    await refused(
      fatima,
      `${t}/plan-agreement`,
      { version: 1, agreedBy: 'client', date: '2026-09-15' },
      'treatment.plan_agreement_by_representative',
      '/body/agreedBy',
    );
    await fatima.post(`${t}/plan-agreement`, { version: 1, agreedBy: 'ouder', alsoAgreedBy: 'client', date: '2026-09-15' });

    await refused(fatima, `${t}/sessions`, session('2026-08-20'), 'treatment.session_before_referral', '/body/session/date');
    await refused(fatima, `${t}/sessions`, session('2031-01-01'), 'treatment.session_in_future', '/body/session/date');
    const done = await fatima.post<{ sessions: unknown[] }>(`${t}/sessions`, session('2026-09-22'));
    expect(done.sessions).toHaveLength(1);
  });
});
