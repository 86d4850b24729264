import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { DEMO_PASSWORD, demoClientId, demoUserId } from '../demo/demo-organisation.js';
import { seedDemo } from '../demo/seed-demo.js';
import { ApiClient } from '../testing/api-client.js';
import { buildTestApp } from '../testing/test-app.js';
import { openTestDatabase } from '../testing/test-database.js';

/**
 * 000, case 2: a man in his late sixties in a nursing home after a stroke; the specialist
 * ouderengeneeskunde refers him for PMT; the psychomotor therapist takes him from intake to an
 * agreed plan, sessions, and an evaluation with a decision.
 */
describe('scenario: PMT after a stroke in a nursing home (000 case 2)', () => {
  let db: Database;
  let app: FastifyInstance;
  let annemiek: ApiClient;
  let marieke: ApiClient;
  const henk = demoClientId('henk');
  const base = `/api/v1/clients/${henk}/trajectories`;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedDemo(db);
    app = await buildTestApp(db);
    annemiek = await ApiClient.signIn(app, 'annemiek.dewit@delinde.example', DEMO_PASSWORD);
    marieke = await ApiClient.signIn(app, 'marieke.bos@delinde.example', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('goes from referral to an evaluation decision, with every rule kept and the history intact', async () => {
    // The regiebehandelaar refers (Wlz, nursing home; De Linde is a GGZ institution, so she is named).
    const referred = await annemiek.post<{ id: string; state: string }>(
      base,
      {
        discipline: 'psychomotorische_therapie',
        source: 'regiebehandelaar',
        requestType: 'behandeling',
        funding: 'wlz',
        referrerName: 'Annemiek de Wit, specialist ouderengeneeskunde',
        question:
          'Meneer is sinds zijn CVA snel gefrustreerd en agressief bij de verzorging. Kan PMT helpen spanning te reguleren?',
        therapistId: demoUserId('marieke.bos'),
        regiebehandelaarId: demoUserId('annemiek.dewit'),
        receivedOn: '2026-09-01',
      },
      201,
    );
    expect(referred.state).toBe('aangemeld');
    const t = `${base}/${referred.id}`;

    await marieke.post(`${t}/intake`, { date: '2026-09-08' });
    const accepted = await marieke.post<{ state: string }>(`${t}/acceptance`, {
      accepted: true,
      reasons: 'Hulpvraag (spanningsregulatie) past bij PMT; meneer is gemotiveerd om te bewegen; geen contra-indicaties.',
      contraIndications: [],
    });
    expect(accepted.state).toBe('diagnostiek');
    await marieke.post(`${t}/diagnostics`, {
      findings: 'Bewegingsobservatie: hoge spierspanning, snelle escalatie bij falen, rechtszijdige parese.',
    });
    await marieke.post(`${t}/indication`, { focus: 'arousal', rationale: 'Eerst arousalregulatie; emotieregulatie volgt.' });
    await marieke.post(`${t}/goals`, {
      goals: [
        {
          id: 'g1',
          parentId: null,
          description: 'Meneer herkent oplopende spanning en kan die zonder agressie ontladen.',
          kind: 'primair',
          term: 'lang',
          aim: 'verandering',
          domain: 'gedragsmatig',
          transdiagnosticFactor: 'arousal',
          occupationArea: null,
          smart: { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true },
          gas: {
            levels: {
              '-2': 'Slaat bij frustratie',
              '-1': 'Benoemt spanning achteraf',
              '0': 'Vraagt zelf om pauze',
              '1': 'Doet zelf een ontspanningsoefening',
              '2': 'Voorkomt escalatie zonder hulp',
            },
            weight: 2,
            baseline: -2,
          },
        },
        {
          id: 'g2',
          parentId: null,
          description: 'Meneer ervaart plezier in bewegen ondanks de parese.',
          kind: 'secundair',
          term: 'kort',
          aim: 'acceptatie',
          domain: 'emotioneel',
          transdiagnosticFactor: 'verlies',
          occupationArea: null,
          smart: { specific: true, measurable: false, acceptable: true, realistic: true, timeBound: true },
          gas: {
            levels: {
              '-2': 'Weigert te bewegen',
              '-1': 'Beweegt alleen met aandringen',
              '0': 'Komt uit zichzelf naar de sessie',
              '1': 'Vraagt om extra beweegmomenten',
              '2': 'Beweegt ook buiten de sessie',
            },
            weight: 1,
            baseline: -2,
          },
        },
      ],
    });

    // The plan is drafted without the therapist's view: agreeing it is blocked, naming the missing part.
    const draft = {
      clientView: {
        vision: 'Ik word gek van mezelf.',
        reason: 'Sporten hielp me vroeger.',
        helpQuestion: 'Rustiger worden.',
        expectation: 'Minder ruzie met de zusters.',
      },
      therapistView: null,
      plannedDelivery: {
        method: 'Individuele PMT, ervaringsgericht',
        activities: 'Balspel, boksen op kussen, ademhaling, ontspanning',
        period: '12 weken',
        frequency: 'wekelijks 45 minuten',
      },
      agreements: 'Dinsdagochtend in de beweegzaal; zorg brengt meneer.',
      estimatedDuration: '12 weken',
      startDate: '2026-10-06',
      nextEvaluationDate: '2026-11-17',
      remarks: 'Geen',
    };
    const v1 = await marieke.post<{ plans: unknown[]; planCompleteness: { missing: string[] } }>(`${t}/plan`, { plan: draft });
    expect(v1.planCompleteness.missing).toEqual(['therapistView', 'clientAgreement']);
    const blocked = await marieke.post<{ code: string; errors: { path: string; code: string; source: string }[] }>(
      `${t}/plan-agreement`,
      { version: 1, agreedBy: 'client', date: '2026-10-05' },
      422,
    );
    expect(blocked.code).toBe('treatment.plan_incomplete');
    expect(blocked.errors).toContainEqual(
      expect.objectContaining({ path: '/body/plan/therapistView', source: '001 L1722-1747' }),
    );
    expect(blocked.errors).toContainEqual(
      expect.objectContaining({ code: 'treatment.evaluation_agreements_required', source: '001 L1714-1716' }),
    );

    const v2 = await marieke.post<{ planCompleteness: { missing: string[] } }>(`${t}/plan`, {
      plan: {
        ...draft,
        therapistView: {
          natureOfProblems: 'Verhoogde arousal en frustratie na CVA',
          maintainingFactors: 'Afasie, verlies van autonomie',
          conclusion: 'PMT geïndiceerd gericht op arousalregulatie',
        },
      },
    });
    expect(v2.planCompleteness.missing).toEqual(['clientAgreement']);
    await marieke.post(`${t}/evaluation-agreements`, {
      everyWeeks: 6,
      firstDate: '2026-11-17',
      method: 'Mondeling met meneer en zijn vrouw; GAS-scores; regiebehandelaar schuift aan',
    });
    const agreed = await marieke.post<{ state: string; plans: { version: number; agreed: unknown }[] }>(`${t}/plan-agreement`, {
      version: 2,
      agreedBy: 'client',
      date: '2026-10-05',
    });
    expect(agreed.state).toBe('in_behandeling');
    expect(agreed.plans.map((p) => [p.version, p.agreed !== null])).toEqual([
      [1, false],
      [2, true],
    ]);

    for (const [date, minutes] of [
      ['2026-10-06', 45],
      ['2026-10-13', 50],
      ['2026-10-20', 30],
    ] as const) {
      await marieke.post(`${t}/sessions`, {
        session: {
          date,
          form: 'individueel',
          setting: 'instelling',
          directMinutes: minutes,
          indirectMinutes: 15,
          activities: 'Balspel en ademhalingsoefening',
          observations: 'Spanning zakt na het boksen',
          sessionEvaluation: 'Meneer steekt duim op',
          outcomeMeasured: true,
        },
      });
    }
    const withSessions = await marieke.get<{ warnings: { code: string }[]; sessions: unknown[] }>(t);
    expect(withSessions.sessions).toHaveLength(3);
    // A 30-minute session is outside the usual 45-60 (information, not a block).
    expect(withSessions.warnings.map((w) => w.code)).toContain('session_length_unusual');

    await marieke.post(`${t}/evaluation-start`, { date: '2026-11-17' });
    const evaluated = await marieke.post<{
      state: string;
      gasTScore: number;
      history: { type: string; actorName: string }[];
      nextEvaluationDate: string;
    }>(`${t}/evaluations`, {
      evaluation: {
        kind: 'periodiek',
        date: '2026-11-17',
        process: {
          attunement: 'Goede werkrelatie; meneer komt graag.',
          fitWithHelpQuestion: 'Sluit aan: minder uitbarstingen gemeld door de zorg.',
          fitWithCharacteristics: 'Non-verbale werkvormen passen bij de afasie.',
          individualOrGroup: 'Individueel blijft nodig; groep te prikkelrijk.',
          choiceOfDiscipline: 'PMT past: via het lijf.',
        },
        results: [
          { goalId: 'g1', gasLevel: 0, note: 'Vraagt zelf om pauze.' },
          { goalId: 'g2', gasLevel: 1, note: 'Vraagt om extra beweegmomenten.' },
        ],
        satisfaction: 'Meneer en mevrouw De Vries zijn tevreden.',
        participants: ['client', 'vaktherapeut', 'regiebehandelaar'],
        discussedWithClient: true,
        decision: 3,
        handOver: false,
        referralTarget: null,
        nextEvaluationDate: '2026-12-29',
      },
    });
    expect(evaluated.state).toBe('in_behandeling');
    expect(evaluated.nextEvaluationDate).toBe('2026-12-29');
    // GAS: levels (0, +1), weights (2, 1): T = 50 + 10·1/√(0.7·5 + 0.3·9) = 54.02
    expect(evaluated.gasTScore.toFixed(2)).toBe('54.02');
    expect(evaluated.history.map((e) => e.type)).toEqual([
      'referred',
      'intake_started',
      'acceptance_decided',
      'diagnostics_recorded',
      'indication_set',
      'goals_set',
      'plan_drafted',
      'plan_drafted',
      'evaluation_agreements_set',
      'plan_agreed',
      'session_recorded',
      'session_recorded',
      'session_recorded',
      'evaluation_started',
      'evaluation_recorded',
    ]);
    expect(evaluated.history[0]?.actorName).toBe('Annemiek de Wit (specialist ouderengeneeskunde)');

    // The history is append-only for the application.
    await expect(
      db.withOrg((await marieke.get<{ organisation: { id: string } }>('/api/v1/me')).organisation.id, (tx) =>
        tx.query(`delete from trajectory_events`),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('a stale step (If-Match with an old version) gets 409 and changes nothing', async () => {
    const [trajectory] = await marieke.get<{ id: string }[]>(base);
    const t = `${base}/${trajectory?.id}`;
    const current = await marieke.get<{ version: number }>(t);
    const response = await app.inject({
      method: 'POST',
      url: `${t}/evaluation-start`,
      headers: { ...marieke.session.headers, 'if-match': `"${current.version - 1}"` },
      payload: { date: '2026-12-29' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('resource.version_conflict');
    expect((await marieke.get<{ version: number }>(t)).version).toBe(current.version);
  });

  it('a vaktherapeut outside Henk’s care team cannot read or act on his trajectory', async () => {
    const thomas = await ApiClient.signIn(app, 'thomas.degroot@delinde.example', DEMO_PASSWORD);
    await thomas.get(base, 403);
  });
});
