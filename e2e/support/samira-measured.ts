import { apiAs } from './api.js';
import { isoToday } from './dates.js';

const ORS_ITEMS = ['individual', 'interpersonal', 'social', 'overall'];
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The beheerder records an ORS licence and loads wording written for this test (the licensed wording is
 * never in the repository); Lotte treats Samira and entered six flat paper scores; today there is a session.
 */
export async function samiraMeasured(baseUrl: string): Promise<string> {
  const bram = await apiAs(baseUrl, 'bram.willems@delinde.example');
  const licence = await bram<{ id: string }>('POST', '/organisation/instrument-licences', {
    instrumentId: 'ors',
    holder: 'De Linde',
    reference: 'E2E-GROEPSLICENTIE',
    validFrom: '2026-01-01',
    validUntil: null,
    digitalUse: true,
  });
  const items = Object.fromEntries(
    ORS_ITEMS.map((id, i) => [id, { text: `Testvraag ${i + 1}: hoe ging het?`, anchorLow: 'Slecht', anchorHigh: 'Goed' }]),
  );
  const content = await bram<{ id: string }>('POST', '/organisation/instrument-contents', {
    instrumentId: 'ors',
    edition: 'Testeditie voor de browsertest',
    copyright: '© Testtekst, geen gelicentieerde tekst',
    languages: { nl: { title: 'Hoe gaat het met je?', instructions: 'Zet op elke lijn een streep.', items } },
    scoringKey: null,
  });

  const lotte = await apiAs(baseUrl, 'lotte.hendriks@delinde.example');
  const clients = await lotte<{ items: { id: string; givenName: string }[] }>('GET', '/clients');
  const samira = clients.items.find((c) => c.givenName === 'Samira')?.id ?? '';
  const people = await lotte<{ id: string; displayName: string }[]>('GET', '/professionals');
  const me = people.find((p) => p.displayName === 'Lotte Hendriks')?.id ?? '';
  const pieter = people.find((p) => p.displayName.startsWith('dr. Pieter'))?.id ?? '';
  const base = `/clients/${samira}/trajectories`;
  const { id } = await lotte<{ id: string }>('POST', base, {
    discipline: 'beeldende_therapie',
    source: 'regiebehandelaar',
    requestType: 'behandeling',
    funding: 'zvw',
    referrerName: 'dr. Pieter van Dijk',
    question: 'Somberheid; kan beeldende therapie helpen?',
    therapistId: me,
    regiebehandelaarId: pieter,
    receivedOn: '2026-07-20', // before the intake and the sessions of September (sessions never precede the referral)
  });
  const t = `${base}/${id}`;
  for (const [path, body] of [
    ['intake', { date: '2026-08-03' }],
    ['acceptance', { accepted: true, reasons: 'Past bij de hulpvraag', contraIndications: [] }],
    ['indication', { focus: 'arousal', rationale: 'Spanning reguleren' }],
    [
      'goals',
      {
        goals: [
          {
            id: 'g1',
            parentId: null,
            description: 'Meer rust in de dag',
            kind: 'primair',
            term: 'kort',
            aim: 'stabilisatie',
            domain: 'emotioneel',
            transdiagnosticFactor: 'arousal',
            occupationArea: null,
            smart: { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true },
            gas: null,
          },
        ],
      },
    ],
    [
      'plan',
      {
        plan: {
          clientView: { vision: 'v', reason: 'r', helpQuestion: 'h', expectation: 'e' },
          therapistView: { natureOfProblems: 'n', maintainingFactors: 'm', conclusion: 'c' },
          plannedDelivery: { method: 'm', activities: 'a', period: 'p', frequency: 'f' },
          agreements: 'a',
          estimatedDuration: '12 weken',
          startDate: '2026-08-20',
          nextEvaluationDate: '2027-06-01',
          remarks: 'geen',
        },
      },
    ],
    ['evaluation-agreements', { everyWeeks: 26, firstDate: '2027-06-01', method: 'Gesprek' }],
    ['plan-agreement', { version: 1, agreedBy: 'client', date: '2026-08-20' }],
  ] as const) {
    await lotte('POST', `${t}/${path}`, body);
  }
  await bram(
    'PUT',
    '/organisation/instruments/ors',
    { enabled: true, licenceId: licence.id, contentId: content.id },
    { 'if-match': '"0"' },
  );
  const session = (date: string) => ({
    session: {
      date,
      form: 'individueel',
      setting: 'instelling',
      directMinutes: 45,
      indirectMinutes: 15,
      activities: 'Schilderen',
      observations: 'Stil',
      sessionEvaluation: 'Moeizaam',
      outcomeMeasured: false,
    },
  });
  const scores = [15, 16, 15, 16, 15, 16];
  for (const [i, score] of scores.entries()) {
    const date = isoDate(new Date(Date.UTC(2026, 8, 1 + 7 * i)));
    await lotte('POST', `${t}/sessions`, session(date));
    const view = await lotte<{ schedule: { occasionId: string; sessionId: string; date: string; status: string }[] }>(
      'GET',
      `${t}/measurements`,
    );
    const occasion = view.schedule.find((o) => o.date === date);
    await lotte('POST', `${t}/measurements`, {
      instrumentId: 'ors',
      occasionId: occasion?.occasionId,
      moment: 'session_start',
      sessionId: occasion?.sessionId,
      respondent: 'client',
      mode: 'paper',
      answers: Object.fromEntries(ORS_ITEMS.map((item, k) => [item, k === 3 ? score - 12 : 4])),
      vasInput: 'cm',
      administeredOn: date,
    });
  }
  await lotte('POST', `${t}/sessions`, session(isoToday()));
  return `/clienten/${samira}/behandeling/${id}`;
}
