import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { isoToday } from './support/dates.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const ORS_ITEMS = ['individual', 'interpersonal', 'social', 'overall'];
const MANSA_YES_NO = new Set(['item_7', 'item_9', 'item_10', 'item_11']);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Every content stream of a PDF, inflated (fonts and images that are not Flate give ''). */
function pdfStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  });
}

/** The text drawn: pdfkit writes strings as hex in TJ arrays; kerning numbers between them are left out. */
const pdfText = (streams: string[]) =>
  streams
    .flatMap((content) => [...content.matchAll(/<([0-9a-f]+)>/gi)])
    .map((h) => Buffer.from(h[1] ?? '', 'hex').toString('latin1'))
    .join('');

interface Setup {
  page: string;
  trajectory: string;
  lotte: Awaited<ReturnType<typeof apiAs>>;
}

/**
 * The beheerder enables ORS, MANSA (licences, wording written for this test) and GAS (open); Lotte treats
 * Samira with a goal scaled for GAS and has three ORS paper scores.
 */
async function samiraWithCheckIns(baseUrl: string): Promise<Setup> {
  const bram = await apiAs(baseUrl, 'bram.willems@delinde.example');
  const licence = (instrumentId: string) =>
    bram<{ id: string }>('POST', '/organisation/instrument-licences', {
      instrumentId,
      holder: 'De Linde',
      reference: `E2E-${instrumentId}`,
      validFrom: '2026-01-01',
      validUntil: null,
      digitalUse: true,
    });
  const orsItems = Object.fromEntries(
    ORS_ITEMS.map((id, i) => [id, { text: `Testvraag ${i + 1}: hoe ging het?`, anchorLow: 'Slecht', anchorHigh: 'Goed' }]),
  );
  const orsContent = await bram<{ id: string }>('POST', '/organisation/instrument-contents', {
    instrumentId: 'ors',
    edition: 'Testeditie voor de browsertest',
    copyright: '© Testtekst, geen gelicentieerde tekst',
    languages: { nl: { title: 'Hoe gaat het met je?', instructions: 'Zet op elke lijn een streep.', items: orsItems } },
    scoringKey: null,
  });
  const options = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [String(n), `keuze ${n}`]));
  const mansaItems = Object.fromEntries(
    Array.from({ length: 16 }, (_, i) => `item_${i + 1}`).map((id, i) => [
      id,
      MANSA_YES_NO.has(id) ? { text: `Testvraag ja/nee ${i + 1}` } : { text: `Tevreden over testonderwerp ${i + 1}?`, options },
    ]),
  );
  const mansaContent = await bram<{ id: string }>('POST', '/organisation/instrument-contents', {
    instrumentId: 'mansa',
    edition: 'Testeditie voor de browsertest',
    copyright: '© Testtekst, geen gelicentieerde tekst',
    languages: { nl: { title: 'Tevredenheid (test)', instructions: 'Kies bij elke vraag een antwoord.', items: mansaItems } },
    scoringKey: null,
  });
  const ors = await licence('ors');
  const mansa = await licence('mansa');

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
    receivedOn: '2026-07-20',
  });
  const t = `${base}/${id}`;
  const gas = {
    levels: {
      '-2': 'Komt geen dag buiten',
      '-1': 'Eén keer per week buiten',
      '0': 'Drie keer per week buiten',
      '1': 'Vijf keer per week buiten',
      '2': 'Elke dag buiten',
    },
    weight: 1,
    baseline: -2,
  };
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
            description: 'Vaker naar buiten',
            kind: 'primair',
            term: 'kort',
            aim: 'stabilisatie',
            domain: 'emotioneel',
            transdiagnosticFactor: 'arousal',
            occupationArea: null,
            smart: { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true },
            gas,
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
  for (const [name, licenceId, contentId] of [
    ['ors', ors.id, orsContent.id],
    ['mansa', mansa.id, mansaContent.id],
    ['gas', null, null],
  ] as const)
    await bram('PUT', `/organisation/instruments/${name}`, { enabled: true, licenceId, contentId }, { 'if-match': '"0"' });
  for (const [i, score] of [12, 14, 17].entries()) {
    const date = isoDate(new Date(Date.UTC(2026, 8, 1 + 7 * i)));
    await lotte('POST', `${t}/sessions`, {
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
    const view = await lotte<{ schedule: { occasionId: string; sessionId: string; date: string; instrumentId: string }[] }>(
      'GET',
      `${t}/measurements`,
    );
    const occasion = view.schedule.find((o) => o.date === date && o.instrumentId === 'ors');
    await lotte('POST', `${t}/measurements`, {
      instrumentId: 'ors',
      occasionId: occasion?.occasionId,
      moment: 'session_start',
      sessionId: occasion?.sessionId,
      respondent: 'client',
      mode: 'paper',
      answers: Object.fromEntries(ORS_ITEMS.map((item, k) => [item, k === 3 ? score - 9 : 3])),
      vasInput: 'cm',
      administeredOn: date,
    });
  }
  return { page: `/clienten/${samira}/behandeling/${id}`, trajectory: t, lotte };
}

describe.runIf(hasBrowser())('measuring at intake and evaluation in the browser', () => {
  let setup: Setup | undefined;
  const env = useServerAndBrowser(async (server) => {
    setup = await samiraWithCheckIns(server.url);
  });

  it('MANSA together at intake, GAS at evaluation, charts on the record and in the evaluation, the PDF, the outcome view', async () => {
    if (!setup) throw new Error('no setup');
    const baseUrl = env.server().url;
    const desk = await env.browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const lotte = await desk.newPage();
    await lotte.goto(baseUrl);
    await lotte.getByLabel('E-mailadres').fill('lotte.hendriks@delinde.example');
    await lotte.getByLabel('Wachtwoord').and(lotte.locator('input')).fill('meedoen-demo');
    await lotte.getByRole('button', { name: 'Inloggen' }).click();
    await lotte.getByRole('heading', { name: 'Metingen en signalen' }).waitFor();

    // At intake: MANSA filled in together with Samira, on screen, every answer chosen (nothing pre-selected).
    await lotte.goto(`${baseUrl}${setup.page}`);
    await lotte.getByText('ORS per sessie').first().waitFor();
    await lotte.getByRole('button', { name: 'MANSA samen invullen' }).click();
    await lotte.getByText('Dit wordt vastgelegd als samen ingevuld.', { exact: false }).waitFor();
    const save = lotte.getByRole('button', { name: 'Antwoorden opslaan' });
    await expect(save.isDisabled()).resolves.toBe(true);
    for (let i = 1; i <= 16; i += 1) {
      if (MANSA_YES_NO.has(`item_${i}`)) continue;
      await lotte
        .getByRole('radiogroup', { name: `Tevreden over testonderwerp ${i}?` })
        .getByLabel('5 · keuze 5')
        .check();
    }
    await lotte.getByRole('radiogroup', { name: 'Testvraag ja/nee 10' }).getByLabel('Ja').check();
    expect(await seriousA11yViolations(lotte)).toEqual([]);
    await lotte.screenshot({ path: `${SCREENSHOTS}measurement-mansa-together.png`, fullPage: true });
    await save.click();
    await lotte
      .getByText(/MANSA bij de intake \(.+\): 5/)
      .first()
      .waitFor();
    await lotte.getByText('samen ingevuld').first().waitFor();

    // The evaluation starts: GAS is due; Lotte scores the goal on its own scale.
    await setup.lotte('POST', `${setup.trajectory}/evaluation-start`, { date: isoToday() });
    await lotte.reload();
    await lotte.getByRole('button', { name: 'GAS invullen' }).click();
    await lotte.getByRole('radiogroup', { name: 'Vaker naar buiten' }).getByLabel('0 · Drie keer per week buiten').check();
    await lotte.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await lotte
      .getByText(/GAS bij de evaluatie \(.+\): 50/)
      .first()
      .waitFor();
    await lotte.getByText('door de therapeut').first().waitFor();

    // The chart on the record and again inside the evaluation step, as input to the evaluation.
    await expect(lotte.getByText('ORS per sessie').count()).resolves.toBe(2);
    await lotte.getByText('Gestippelde lijn: de grens van 25.').first().waitFor();
    expect(await seriousA11yViolations(lotte)).toEqual([]);
    await lotte.screenshot({ path: `${SCREENSHOTS}measurement-evaluation-gas.png`, fullPage: true });

    // The closure report PDF carries the chart: its title and the cut-off line's legend are in the drawing.
    const pdf = await fetch(`${baseUrl}/api/v1${setup.trajectory}/closing-report.pdf`, {
      headers: { cookie: (await desk.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
    });
    expect(pdf.status).toBe(200);
    const streams = pdfStreams(Buffer.from(await pdf.arrayBuffer()));
    const text = pdfText(streams);
    expect(text).toContain('ORS per sessie');
    // The cut-off is the only dashed line pdfkit draws in this report.
    expect(streams.some((content) => content.includes('[4 3] 0 d'))).toBe(true);
    expect(text).toContain('Gestippelde lijn: de grens van 25.');

    // Phone width: the record still reads.
    await lotte.setViewportSize({ width: 390, height: 844 });
    await lotte.getByText('samen ingevuld').first().waitFor();
    await lotte.screenshot({ path: `${SCREENSHOTS}measurement-record-phone.png`, fullPage: true });
    await desk.close();

    // The beheerder's outcome view: one person is a small cell, so it is suppressed.
    const office = await env.browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const bram = await office.newPage();
    await bram.goto(baseUrl);
    await bram.getByLabel('E-mailadres').fill('bram.willems@delinde.example');
    await bram.getByLabel('Wachtwoord').and(bram.locator('input')).fill('meedoen-demo');
    await bram.getByRole('button', { name: 'Inloggen' }).click();
    await bram.getByRole('navigation').waitFor();
    await bram.goto(`${baseUrl}/uitkomsten`);
    await bram.getByRole('heading', { name: 'Uitkomsten en meetinstellingen' }).waitFor();
    await bram
      .getByText(/^Niet getoond: te weinig personen/)
      .first()
      .waitFor();
    await bram.getByText('Per therapeut', { exact: true }).click();
    await bram
      .getByText(/^Niet getoond: te weinig personen/)
      .first()
      .waitFor();
    await bram.getByRole('heading', { name: 'Meetinstellingen', exact: true }).waitFor();
    expect(await seriousA11yViolations(bram)).toEqual([]);
    await bram.screenshot({ path: `${SCREENSHOTS}measurement-outcomes.png`, fullPage: true });
    await office.close();
  });
});
