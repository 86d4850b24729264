import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const ORS_ITEMS = ['individual', 'interpersonal', 'social', 'overall'];
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The beheerder records an ORS licence and loads wording written for this test (the licensed wording is
 * never in the repository); Lotte treats Samira and entered six flat paper scores; today there is a session.
 */
async function samiraMeasured(baseUrl: string): Promise<string> {
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
  await lotte('POST', `${t}/sessions`, session(isoDate(new Date())));
  return `/clienten/${samira}/behandeling/${id}`;
}

describe.runIf(hasBrowser())('measuring in the browser', () => {
  let trajectoryPage = '';
  const env = useServerAndBrowser(async (server) => {
    trajectoryPage = await samiraMeasured(server.url);
  });

  it('the therapist sees a due ORS, the client fills it in on a phone, the therapist sees the chart and the alert', async () => {
    const baseUrl = env.server().url;
    const desk = await env.browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const lotte = await desk.newPage();
    await lotte.goto(baseUrl);
    await lotte.getByLabel('E-mailadres').fill('lotte.hendriks@delinde.example');
    await lotte.getByLabel('Wachtwoord').and(lotte.locator('input')).fill('meedoen-demo');
    await lotte.getByRole('button', { name: 'Inloggen' }).click();
    await lotte.getByRole('heading', { name: 'Metingen en signalen' }).waitFor();
    await lotte.getByText('1 meting(en) open: ORS').waitFor();

    // Samira on her phone: one line per screen, a touch slider, then the answers and "Versturen".
    const phone = await env
      .browser()
      .newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', hasTouch: true, isMobile: true });
    const samira = await phone.newPage();
    await samira.goto(baseUrl);
    await samira.getByLabel('E-mailadres').fill('samira.elamrani@delinde.example');
    await samira.getByLabel('Wachtwoord').and(samira.locator('input')).fill('meedoen-demo');
    await samira.getByRole('button', { name: 'Inloggen' }).click();
    await samira.getByRole('heading', { name: /^Welkom/ }).waitFor();
    await samira.goto(`${baseUrl}/mijn-vragenlijsten`);
    await samira.getByRole('heading', { name: /^Vragenlijst voor je afspraak van/ }).waitFor();
    await samira.getByRole('button', { name: 'ORS invullen' }).click();
    for (let i = 1; i <= 4; i += 1) {
      const line = samira.getByRole('slider', { name: `Testvraag ${i}: hoe ging het?` });
      // Nothing counts until she touches the line: "Volgende" waits for an answer.
      await expect(samira.getByRole('button', { name: 'Volgende' }).isDisabled()).resolves.toBe(true);
      await line.focus();
      for (let k = 0; k < 10; k += 1) await line.press('ArrowLeft');
      await samira.getByText('In het midden', { exact: true }).waitFor();
      if (i === 1) {
        expect(await seriousA11yViolations(samira)).toEqual([]);
        await samira.screenshot({ path: `${SCREENSHOTS}measurement-phone-slider.png` });
      }
      await samira.getByRole('button', { name: 'Volgende' }).click();
    }
    await samira.getByText('Kijk je antwoorden na').waitFor();
    await samira.getByRole('button', { name: 'Versturen' }).click();
    await samira.getByText('Verstuurd. Dank je wel!').waitFor();
    await samira.getByRole('button', { name: 'Terug naar mijn vragenlijsten' }).click();
    await samira.getByText(/Bij de start was je score 15/).waitFor();
    expect(await seriousA11yViolations(samira)).toEqual([]);

    // Lotte sees the new point on the chart with the cut-off, and the off-track alert.
    await lotte.goto(`${baseUrl}${trajectoryPage}`);
    // The chart is on the page twice: with the measurements, and as input in the evaluation step.
    await lotte.getByText('ORS per sessie').first().waitFor();
    await lotte
      .getByText(/sessie 7: 16/)
      .first()
      .waitFor();
    await lotte.getByText('Gestippelde lijn: de grens van 25.').first().waitFor();
    await lotte.getByText('Geen betrouwbare verbetering').first().waitFor();
    expect(await seriousA11yViolations(lotte)).toEqual([]);
    await lotte.screenshot({ path: `${SCREENSHOTS}measurement-chart-alert.png`, fullPage: true });
    await desk.close();
    await phone.close();
  });
});
