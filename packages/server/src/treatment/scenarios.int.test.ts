import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { DEMO_ORGANISATION, DEMO_PASSWORD, demoClientId, demoUserId } from '../demo/demo-organisation.js';
import { seedDemo } from '../demo/seed-demo.js';
import { ApiClient } from '../testing/api-client.js';
import { buildTestApp } from '../testing/test-app.js';
import { auditRows, openTestDatabase } from '../testing/test-database.js';

const smart = { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true };
const gas = (weight = 1) => ({ levels: { '-2': 'a', '-1': 'b', '0': 'c', '1': 'd', '2': 'e' }, weight, baseline: -2 });
const goal = (id: string, description: string, extra: object = {}) => ({
  id,
  parentId: null,
  description,
  kind: 'primair',
  term: 'kort',
  aim: 'stabilisatie',
  domain: 'emotioneel',
  transdiagnosticFactor: 'arousal',
  occupationArea: null,
  smart,
  gas: gas(),
  ...extra,
});
const plan = (next: string) => ({
  clientView: {
    vision: 'Via familie: zij zingt graag.',
    reason: 'Muziek bereikt haar nog.',
    helpQuestion: 'Minder onrust.',
    expectation: 'Rustiger momenten op de dag.',
  },
  therapistView: {
    natureOfProblems: 'Onrust en loopdrang bij FTD',
    maintainingFactors: 'Prikkelrijke huiskamer',
    conclusion: 'Muziektherapie individueel',
  },
  plannedDelivery: {
    method: 'Receptief en actief zingen op haar kamer',
    activities: 'Bekende liederen, ritme',
    period: '8 weken',
    frequency: '2x per week 30 min',
  },
  agreements: 'De therapeut benadert mevrouw als zij op de gang loopt.',
  estimatedDuration: '8 weken',
  startDate: '2026-09-01',
  nextEvaluationDate: next,
  remarks: 'Muziekagoog blijft de huiskamergroep doen (welzijn, geen behandeling).',
});
const evaluation = (decision: number, extra: object = {}) => ({
  kind: decision === 1 ? 'eind' : 'periodiek',
  date: '2026-10-27',
  process: {
    attunement: 'Goed',
    fitWithHelpQuestion: 'Past',
    fitWithCharacteristics: 'Past bij FTD',
    individualOrGroup: 'Individueel',
    choiceOfDiscipline: 'Muziek bereikt haar',
  },
  results: [{ goalId: 'g1', gasLevel: 1, note: 'Loopt minder na het zingen.' }],
  satisfaction: 'Dochter is tevreden; mevrouw glimlacht bij het zingen.',
  participants: ['client', 'vaktherapeut', 'regiebehandelaar', 'naaste'],
  discussedWithClient: true,
  decision,
  handOver: false,
  referralTarget: null,
  nextEvaluationDate: null,
  ...extra,
});

describe('treatment scenarios on the demo organisation', () => {
  let db: Database;
  let app: FastifyInstance;
  let annemiek: ApiClient;
  let thomas: ApiClient;
  let fatima: ApiClient;
  let pieter: ApiClient;
  let lotte: ApiClient;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db);
    app = await buildTestApp(db);
    const as = (key: string) => ApiClient.signIn(app, `${key}@delinde.example`, DEMO_PASSWORD);
    [annemiek, thomas, fatima, pieter, lotte] = await Promise.all([
      as('annemiek.dewit'),
      as('thomas.degroot'),
      as('fatima.yilmaz'),
      as('pieter.vandijk'),
      as('lotte.hendriks'),
    ]);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('music therapy with frontotemporal dementia (000 case 1): from referral to decision 1 and a closing report', async () => {
    const base = `/api/v1/clients/${demoClientId('ria')}/trajectories`;
    const { id } = await annemiek.post<{ id: string }>(
      base,
      {
        discipline: 'muziektherapie',
        source: 'regiebehandelaar',
        requestType: 'behandeling',
        funding: 'wlz',
        referrerName: 'Annemiek de Wit, specialist ouderengeneeskunde',
        question: 'Mevrouw is onrustig met veel loopdrang; kan muziektherapie de onrust verminderen?',
        therapistId: demoUserId('thomas.degroot'),
        regiebehandelaarId: demoUserId('annemiek.dewit'),
        receivedOn: '2026-08-01',
      },
      201,
    );
    const t = `${base}/${id}`;
    await thomas.post(`${t}/naasten`, { name: 'Els Jansen', relation: 'dochter', basis: 'indicatie_professional' });
    await thomas.post(`${t}/intake`, { date: '2026-08-05' });
    await thomas.post(`${t}/acceptance`, {
      accepted: true,
      reasons: 'Muziek bereikt mevrouw nog; geen contra-indicaties.',
      contraIndications: [],
    });
    await thomas.post(`${t}/indication`, { focus: 'arousal', rationale: 'Onrust verminderen' });
    await thomas.post(`${t}/goals`, { goals: [goal('g1', 'Mevrouw komt tot rust tijdens en na het zingen.')] });
    await thomas.post(`${t}/plan`, { plan: plan('2026-10-27') });
    await thomas.post(`${t}/evaluation-agreements`, {
      everyWeeks: 8,
      firstDate: '2026-10-27',
      method: 'Met dochter en SO; observatie',
    });
    // Mevrouw cannot follow the plan herself; her legal representative agrees.
    await thomas.post(`${t}/plan-agreement`, { version: 1, agreedBy: 'wettelijk_vertegenwoordiger', date: '2026-08-30' });
    await thomas.post(`${t}/sessions`, {
      session: {
        date: '2026-09-02',
        form: 'individueel',
        setting: 'instelling',
        directMinutes: 30,
        indirectMinutes: 10,
        activities: 'Zingen op haar kamer',
        observations: 'Zakt in haar stoel, ontspant',
        sessionEvaluation: 'Glimlacht',
        outcomeMeasured: false,
      },
    });
    const closed = await thomas.post<{ state: string; naasten: unknown[]; warnings: { code: string }[] }>(`${t}/evaluations`, {
      evaluation: evaluation(1),
    });
    expect(closed.state).toBe('afgesloten');
    expect(closed.naasten).toHaveLength(1);
    await thomas.post(`${t}/closing-notes`, {
      advice: 'Zorg zingt bij onrust de liederen uit het plan; muziekagoog houdt de huiskamergroep.',
      relapsePrevention: 'Bij toename van loopdrang opnieuw verwijzen; liedjeslijst staat in het zorgdossier.',
    });
    const report = await thomas.get<{
      clientName: string;
      lastDecision: string;
      sessions: { count: number };
      goals: { lastLevel: number }[];
      advice: string;
    }>(`${t}/closing-report`);
    expect(report).toMatchObject({
      clientName: 'Ria Jansen-Bakker',
      lastDecision: 'stoppen',
      sessions: { count: 1 },
      goals: [{ lastLevel: 1 }],
    });
    expect(report.advice).toContain('liederen');

    const pdf = await app.inject({ method: 'GET', url: `${t}/closing-report.pdf`, headers: thomas.session.headers });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Downloading is an export, audited as such (NEN 7513).
    expect((await auditRows(db, DEMO_ORGANISATION.id)).at(-1)).toMatchObject({
      event: 'closing_report.export',
      action: 'E',
      user_id: demoUserId('thomas.degroot'),
    });
  });

  it('first-line ergotherapie that starts with a DTE screening (004), at home with its medical necessity', async () => {
    const base = `/api/v1/clients/${demoClientId('joke')}/trajectories`;
    const { id, state } = await fatima.post<{ id: string; state: string }>(
      base,
      {
        discipline: 'ergotherapie',
        source: 'zelf_dte',
        requestType: 'dte_screening',
        funding: 'zvw',
        referrerName: 'Joke Smit (zelf aangemeld)',
        question: 'Na mijn burn-out krijg ik het huishouden en mijn dag niet rond.',
        therapistId: demoUserId('fatima.yilmaz'),
        regiebehandelaarId: null,
        receivedOn: '2026-11-02',
      },
      201,
    );
    expect(state).toBe('aangemeld');
    const t = `${base}/${id}`;
    await fatima.post(`${t}/intake`, { date: '2026-11-03' });
    await fatima.post(`${t}/acceptance`, {
      accepted: true,
      reasons: 'DTE-screening: ergotherapie geïndiceerd, geen rode vlaggen; huisarts geïnformeerd.',
      contraIndications: [],
    });
    await fatima.post(`${t}/diagnostics`, { findings: 'Activiteitenweger: te veel zware taken in de ochtend.' });
    await fatima.post(`${t}/indication`, { focus: 'huishouden', rationale: 'Dagindeling en energieverdeling' });
    await fatima.post(`${t}/goals`, {
      goals: [
        goal('g1', 'Joke verdeelt haar huishoudelijke taken over de week.', {
          transdiagnosticFactor: null,
          occupationArea: 'huishouden',
          domain: 'gedragsmatig',
        }),
      ],
    });
    await fatima.post(`${t}/plan`, { plan: plan('2026-12-15') });
    await fatima.post(`${t}/evaluation-agreements`, {
      everyWeeks: 6,
      firstDate: '2026-12-15',
      method: 'Mondeling, activiteitenweger opnieuw',
    });
    await fatima.post(`${t}/plan-agreement`, { version: 1, agreedBy: 'client', date: '2026-11-10' });
    const atHome = {
      date: '2026-11-17',
      form: 'individueel',
      setting: 'aan_huis',
      directMinutes: 45,
      indirectMinutes: 15,
      activities: 'Oefenen in eigen keuken',
      observations: 'Rust beter in',
      sessionEvaluation: 'Goed',
      outcomeMeasured: true,
    };
    const blocked = await fatima.post<{ code: string; errors: { source: string }[] }>(`${t}/sessions`, { session: atHome }, 422);
    expect(blocked.code).toBe('treatment.home_visit_reason_required');
    expect(blocked.errors[0]?.source).toBe('004 L112; REFERENCE.md §7.1');
    const done = await fatima.post<{ sessions: { homeVisitReason: string }[] }>(`${t}/sessions`, {
      session: { ...atHome, homeVisitReason: 'Handelen moet in de eigen keuken geoefend worden; reizen kost te veel energie.' },
    });
    expect(done.sessions[0]?.homeVisitReason).toContain('eigen keuken');
  });

  it('a diagnostics-only referral reports back to the referrer and closes (001 L1338-1350)', async () => {
    const base = `/api/v1/clients/${demoClientId('samira')}/trajectories`;
    const { id } = await pieter.post<{ id: string }>(
      base,
      {
        discipline: 'beeldende_therapie',
        source: 'regiebehandelaar',
        requestType: 'alleen_diagnostiek',
        funding: 'zvw',
        referrerName: 'dr. Pieter van Dijk, psychiater',
        question: 'Graag beeldend-diagnostisch onderzoek: hoe staat het met emotieregulatie en zelfbeeld?',
        therapistId: demoUserId('lotte.hendriks'),
        regiebehandelaarId: demoUserId('pieter.vandijk'),
      },
      201,
    );
    const t = `${base}/${id}`;
    await lotte.post(`${t}/intake`, { date: '2026-10-06' });
    await lotte.post(`${t}/acceptance`, {
      accepted: true,
      reasons: 'Diagnostische vraag past bij beeldende therapie.',
      contraIndications: [],
    });
    await lotte.post(`${t}/diagnostics`, {
      findings: 'Drie beeldende opdrachten: vermijdt kleur, werkt klein, sterk zelfkritisch.',
    });
    const noGoals = await lotte.post<{ code: string }>(`${t}/indication`, { focus: 'emotieregulatie', rationale: 'x' }, 422);
    expect(noGoals.code).toBe('treatment.diagnostics_report_required');
    const reported = await lotte.post<{ state: string; diagnosticsReport: { sentTo: string } }>(`${t}/diagnostics-report`, {
      report:
        'Beeldend-diagnostisch verslag: beperkte emotionele expressie, negatief zelfbeeld; advies: beeldende therapie gericht op emotieregulatie.',
      sentTo: 'dr. Pieter van Dijk',
    });
    expect(reported.state).toBe('diagnostiek_afgerond');
    expect(reported.diagnosticsReport.sentTo).toBe('dr. Pieter van Dijk');
    // Closed: nothing further happens on this trajectory.
    await lotte.post(`${t}/goals`, { goals: [goal('g1', 'x')] }, 422);
  });

  it('a group session is documented once and recorded on each participant’s trajectory; an MDO records its decisions', async () => {
    // Two clients of Marieke in PMT, both in treatment.
    const marieke = await ApiClient.signIn(app, 'marieke.bos@delinde.example', DEMO_PASSWORD);
    const admin = await ApiClient.signIn(app, 'bram.willems@delinde.example', DEMO_PASSWORD);
    await admin.post(
      `/api/v1/clients/${demoClientId('kevin')}/care-team`,
      { userId: demoUserId('marieke.bos'), role: 'vaktherapeut', validFrom: '2026-09-01' },
      201,
    );
    const start = async (clientKey: string) => {
      const base = `/api/v1/clients/${demoClientId(clientKey)}/trajectories`;
      const { id } = await marieke.post<{ id: string }>(
        base,
        {
          discipline: 'psychomotorische_therapie',
          source: 'regiebehandelaar',
          requestType: 'behandeling',
          funding: 'wlz',
          referrerName: 'A. de Wit',
          question: 'Groep PMT',
          therapistId: demoUserId('marieke.bos'),
          regiebehandelaarId: demoUserId('annemiek.dewit'),
          // Received before the intake and the sessions below: a session cannot precede its referral (001 L1269).
          receivedOn: '2026-09-01',
        },
        201,
      );
      const t = `${base}/${id}`;
      for (const [path, body] of [
        ['intake', { date: '2026-09-02' }],
        ['acceptance', { accepted: true, reasons: 'Past in de groep', contraIndications: [] }],
        ['indication', { focus: 'sociaal_functioneren', rationale: 'Groep' }],
        ['goals', { goals: [goal('g1', 'Doet mee in de groep.')] }],
        ['plan', { plan: plan('2026-12-01') }],
        ['evaluation-agreements', { everyWeeks: 6, firstDate: '2026-12-01', method: 'Groepsevaluatie' }],
        ['plan-agreement', { version: 1, agreedBy: 'client', date: '2026-09-10' }],
      ] as const) {
        await marieke.post(`${t}/${path}`, body);
      }
      return { clientId: demoClientId(clientKey), trajectoryId: id };
    };
    const participants = [await start('henk'), await start('kevin')];
    const session = {
      date: '2026-11-19',
      form: 'groep',
      setting: 'instelling',
      directMinutes: 75,
      indirectMinutes: 20,
      activities: 'Samenwerkingsspel met ballen',
      observations: 'Goede sfeer',
      sessionEvaluation: 'Iedereen deed mee',
      outcomeMeasured: true,
    };
    const group = await marieke.post<{ groupSessionId: string; recorded: number }>(
      '/api/v1/group-sessions',
      { session, participants },
      201,
    );
    expect(group.recorded).toBe(2);
    for (const p of participants) {
      const view = await marieke.get<{ sessions: { groupSessionId: string; directMinutes: number }[] }>(
        `/api/v1/clients/${p.clientId}/trajectories/${p.trajectoryId}`,
      );
      expect(view.sessions).toMatchObject([{ groupSessionId: group.groupSessionId, directMinutes: 75 }]);
    }
    // Someone outside a participant's care team cannot document the group: nothing is written for anyone.
    const withSamira = [...participants, { clientId: demoClientId('samira'), trajectoryId: participants[0]?.trajectoryId ?? '' }];
    await marieke.post('/api/v1/group-sessions', { session, participants: withSamira }, 403);
    const after = await marieke.get<{ sessions: unknown[] }>(
      `/api/v1/clients/${participants[0]?.clientId}/trajectories/${participants[0]?.trajectoryId}`,
    );
    expect(after.sessions).toHaveLength(1);

    const caseload = await marieke.get<{ byState: Record<string, number>; items: { clientName: string; state: string }[] }>(
      '/api/v1/caseload',
    );
    expect(caseload.byState['in_behandeling']).toBeGreaterThanOrEqual(2);
    expect(caseload.items.map((i) => i.clientName)).toEqual(expect.arrayContaining(['Henk de Vries', 'Kevin Mulder']));

    const mdo = await marieke.post<{ id: string }>(
      '/api/v1/mdo-meetings',
      {
        heldOn: '2026-11-20',
        participants: ['Marieke Bos', 'Annemiek de Wit', 'Ingrid Meijer'],
        items: participants.map((p) => ({ ...p, decision: 'Continueren; evaluatie 1 december' })),
      },
      201,
    );
    const items = await marieke.get<{ mdoId: string; decision: string }[]>(`/api/v1/clients/${demoClientId('henk')}/mdo-items`);
    expect(items).toMatchObject([{ mdoId: mdo.id, decision: 'Continueren; evaluatie 1 december' }]);
  });
});
