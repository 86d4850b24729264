import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/database.js';
import { ApiClient } from '../../testing/api-client.js';
import {
  addToCareTeam,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  linkClientAccount,
  TEST_PASSWORD,
} from '../../testing/test-database.js';

/** Test wording for a licensed instrument: written for the tests, not the licensed text. */
export function testContent(instrumentId: 'ors' | 'srs', itemIds: readonly string[]) {
  const items = Object.fromEntries(
    itemIds.map((id) => [id, { text: `Testvraag ${id}`, anchorLow: 'Slecht (test)', anchorHigh: 'Goed (test)' }]),
  );
  return {
    instrumentId,
    edition: `${instrumentId.toUpperCase()} testeditie`,
    copyright: '© Testlicentie voor de integratietests',
    languages: { nl: { title: `${instrumentId.toUpperCase()} (test)`, instructions: 'Zet een streep (test).', items } },
    scoringKey: null,
  };
}

export const ORS_ITEM_IDS = ['individual', 'interpersonal', 'social', 'overall'];
export const SRS_ITEM_IDS = ['relationship', 'goals_topics', 'approach_method', 'overall'];

export const session = (date: string) => ({
  date,
  form: 'individueel',
  setting: 'instelling',
  directMinutes: 45,
  indirectMinutes: 15,
  activities: 'Beeldend werken',
  observations: 'Rustig',
  sessionEvaluation: 'Goed contact',
  outcomeMeasured: false,
});

const smart = { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true };

export interface MeasurementSetup {
  orgId: string;
  clientId: string;
  base: string;
  beheerder: ApiClient;
  therapist: ApiClient;
  therapistId: string;
  client: ApiClient;
  outsider: ApiClient;
}

/** An organisation with a beheerder, a therapist treating an adult client, the client's own account, and an outsider. */
export async function createMeasurementSetup(
  app: FastifyInstance,
  db: Database,
  birthDate = '1985-03-04',
): Promise<MeasurementSetup> {
  const orgId = await createTestOrganisation(db, 'Meetpraktijk');
  const clientId = await createTestClient(db, orgId, birthDate);
  const [beheerderUser, therapistUser, regieUser, clientUser, outsiderUser] = await Promise.all([
    createTestUser(db, orgId, ['beheerder'], 'Bea Beheer'),
    createTestUser(db, orgId, ['vaktherapeut'], 'Tess Therapeut'),
    createTestUser(db, orgId, ['regiebehandelaar'], 'Rik Regie'),
    createTestUser(db, orgId, ['client'], 'Test Cliënt'),
    createTestUser(db, orgId, ['vaktherapeut'], 'Otto Ander'),
  ]);
  // A referral for beeldende therapie is handled by a beeldend therapeut (001 L26-28).
  await db.withOrg(orgId, (tx) =>
    tx.query(`update users set discipline = 'beeldende_therapie' where id = $1`, [therapistUser.id]),
  );
  await linkClientAccount(db, orgId, clientUser.id, clientId);
  await addToCareTeam(db, orgId, clientId, regieUser.id, 'regiebehandelaar');
  await addToCareTeam(db, orgId, clientId, therapistUser.id, 'vaktherapeut');
  const as = (email: string) => ApiClient.signIn(app, email, TEST_PASSWORD);
  const [beheerder, therapist, regie, client, outsider] = await Promise.all([
    as(beheerderUser.email),
    as(therapistUser.email),
    as(regieUser.email),
    as(clientUser.email),
    as(outsiderUser.email),
  ]);
  const { id } = await regie.post<{ id: string }>(
    `/api/v1/clients/${clientId}/trajectories`,
    {
      discipline: 'beeldende_therapie',
      source: 'regiebehandelaar',
      requestType: 'behandeling',
      funding: 'zvw',
      referrerName: 'Rik Regie',
      question: 'Kan beeldende therapie helpen bij somberheid?',
      therapistId: therapistUser.id,
      regiebehandelaarId: regieUser.id,
      receivedOn: '2026-08-01',
    },
    201,
  );
  const base = `/api/v1/clients/${clientId}/trajectories/${id}`;
  await therapist.post(`${base}/intake`, { date: '2026-08-05' });
  await therapist.post(`${base}/acceptance`, { accepted: true, reasons: 'Past bij de hulpvraag.', contraIndications: [] });
  await therapist.post(`${base}/indication`, { focus: 'somberheid', rationale: 'Stemming verbeteren' });
  await therapist.post(`${base}/goals`, {
    goals: [
      {
        id: 'g1',
        parentId: null,
        description: 'Meer plezier in de dag',
        kind: 'primair',
        term: 'kort',
        aim: 'stabilisatie',
        domain: 'emotioneel',
        transdiagnosticFactor: 'arousal',
        occupationArea: null,
        smart,
        gas: null,
      },
    ],
  });
  await therapist.post(`${base}/plan`, {
    plan: {
      clientView: { vision: 'Ik wil me beter voelen.', reason: 'Somber', helpQuestion: 'Meer plezier', expectation: 'Beter' },
      therapistView: { natureOfProblems: 'Somberheid', maintainingFactors: 'Terugtrekken', conclusion: 'Beeldend' },
      plannedDelivery: { method: 'Beeldend werken', activities: 'Schilderen', period: '12 weken', frequency: 'wekelijks' },
      agreements: 'Wekelijks op dinsdag',
      estimatedDuration: '12 weken',
      startDate: '2026-09-01',
      nextEvaluationDate: '2027-06-01',
      remarks: 'Geen bijzonderheden.',
    },
  });
  await therapist.post(`${base}/evaluation-agreements`, { everyWeeks: 26, firstDate: '2027-06-01', method: 'Gesprek' });
  await therapist.post(`${base}/plan-agreement`, { version: 1, agreedBy: 'client', date: '2026-08-30' });
  return { orgId, clientId, base, beheerder, therapist, therapistId: therapistUser.id, client, outsider };
}

/** Record the licence, load the test wording and switch the instrument on (the beheerder's three steps). */
export async function enableLicensed(beheerder: ApiClient, instrumentId: 'ors' | 'srs', digitalUse = true) {
  const licence = await beheerder.post<{ id: string }>(
    '/api/v1/organisation/instrument-licences',
    { instrumentId, holder: 'Meetpraktijk', reference: 'GL-2026-1', validFrom: '2026-01-01', validUntil: null, digitalUse },
    201,
  );
  const content = await beheerder.post<{ id: string }>(
    '/api/v1/organisation/instrument-contents',
    testContent(instrumentId, instrumentId === 'ors' ? ORS_ITEM_IDS : SRS_ITEM_IDS),
    201,
  );
  return { licenceId: licence.id, contentId: content.id };
}

/** Test wording for MANSA (written for the tests, not the licensed Dutch version): 16 questions, 1-7 anchors. */
export function mansaTestContent() {
  const options = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [String(n), `Antwoord ${n} (test)`]));
  const yesNo = new Set(['item_7', 'item_9', 'item_10', 'item_11']);
  const items = Object.fromEntries(
    Array.from({ length: 16 }, (_, i) => `item_${i + 1}`).map((id, i) => [
      id,
      yesNo.has(id) ? { text: `Testvraag ${i + 1}` } : { text: `Testvraag ${i + 1}`, options },
    ]),
  );
  return {
    instrumentId: 'mansa',
    edition: 'MANSA testeditie',
    copyright: '© Testlicentie voor de integratietests',
    languages: { nl: { title: 'MANSA (test)', instructions: 'Kies bij elke vraag een antwoord (test).', items } },
    scoringKey: null,
  };
}
