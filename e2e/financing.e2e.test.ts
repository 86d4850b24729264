import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { choose } from './support/forms.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const PLANNER = 'yvonne.deboer@delinde.example';
const ADMIN = 'bram.willems@delinde.example';

describe.runIf(hasBrowser())('financing in the browser: the Financiering tab and a declaration run', () => {
  const env = useServerAndBrowser();

  it('the planner records Kevin’s Wmo allocation, reads his month back in words, and declares October', async () => {
    const api = await apiAs(env.server().url, PLANNER);
    const { items } = await api<{ items: { id: string; givenName: string; familyName: string }[] }>('GET', '/clients');
    const kevin = items.find((c) => c.givenName === 'Kevin' && c.familyName === 'Mulder');
    expect(kevin).toBeDefined();

    const page = await signInAs(env.browser(), env.server().url, PLANNER);
    await page.goto(`${env.server().url}/clienten/${kevin?.id}`);
    const financing = page.getByRole('region', { name: 'Financiering' });
    await financing.getByRole('tab', { name: 'Rechten en verzekering' }).click();
    await financing.getByLabel('Burgerservicenummer').fill('111222333');
    await financing.getByRole('button', { name: /Toevoegen — wmo-toewijzingen/i }).click();
    await financing.getByLabel('Vanaf').fill('2026-09-01');
    await financing.getByLabel('Tot en met (leeg: geen einde)').fill('2027-04-30');
    await financing.getByLabel('Toewijzingsnummer').fill('T-0193-KM');
    await financing.getByLabel('Gemeentecode').fill('0193');
    await choose(page, 'Soort ondersteuning', 'dagbesteding');
    await financing.getByLabel('Productcode van de gemeente').fill('07A08');
    await financing.getByLabel('Hoeveel').fill('10');
    await choose(page, 'Eenheid', 'dagdelen');
    await choose(page, 'Per', 'per week');
    await financing.getByLabel('Tarief per eenheid').fill('52,50');
    await financing.getByRole('button', { name: 'Opslaan' }).click();
    await financing.getByText('Opgeslagen.').waitFor();

    // Read back after a reload: the BSN masked, the allocation as entered.
    await page.reload();
    await financing.getByRole('tab', { name: 'Rechten en verzekering' }).click();
    await financing.getByText('Bekend: ******333. Laat leeg om het zo te laten.').waitFor();
    expect(await financing.getByLabel('Toewijzingsnummer').inputValue()).toBe('T-0193-KM');
    expect(await financing.getByLabel('Gemeentecode').inputValue()).toBe('0193');

    // The month in words: what it was, who pays, why — no codes.
    await financing.getByRole('tab', { name: 'Per maand' }).click();
    const previous = financing.getByRole('button', { name: 'Vorige maand' });
    while (!(await financing.getByText('oktober 2026', { exact: true }).isVisible())) await previous.click();
    await financing
      .getByText(/Houtwerkplaats De Spaander.* · dagbesteding/)
      .first()
      .waitFor();
    await financing
      .getByText(/Betaald door de gemeente \(Wet maatschappelijke ondersteuning\)/)
      .first()
      .waitFor();
    await financing
      .getByText(/^Waarom:/)
      .first()
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}financing-month.png`, fullPage: true });

    // Declaraties: October 2026 to the municipality, checked, sent.
    await page.getByRole('link', { name: 'Declaraties' }).click();
    await page.getByRole('heading', { name: 'Declaraties' }).waitFor();
    while ((await page.getByTestId('declaration-month').textContent()) !== 'oktober 2026')
      await page.getByRole('button', { name: 'Vorige maand' }).click();
    // Nothing is pre-selected: building waits for the choice of receiver.
    expect(await page.getByRole('button', { name: 'Declaratie opbouwen' }).isDisabled()).toBe(true);
    await page.getByRole('radio', { name: 'Gemeente: Wmo-dagbesteding' }).check();
    await page.getByRole('button', { name: 'Declaratie opbouwen' }).click();
    const run = page.getByRole('article', { name: 'Declaratie aan gemeente 0193' });
    await run.getByText('Alle controles in orde: klaar om te versturen.').waitFor();
    await run.getByRole('button', { name: 'Regels tonen' }).click();
    await run.getByRole('cell', { name: 'Kevin Mulder' }).waitFor();
    await run.getByRole('cell', { name: 'nog geen antwoord' }).waitFor();
    expect(await run.getByRole('link', { name: 'Bestand downloaden' }).getAttribute('href')).toMatch(/\/file$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}declarations.png`, fullPage: true });
    await run.getByRole('button', { name: 'Versturen' }).click();
    await run.getByText('verstuurd').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Vorige maand' }).click();
    await page.getByRole('article', { name: 'Declaratie aan gemeente 0193' }).getByText('verstuurd').waitFor();

    // The municipality's 325 answer accepts the line; it is read back in the browser.
    const [sentRun] = await api<{ id: string; declarationNumber: string; totalCents: number }[]>(
      'GET',
      '/declarations?month=2026-10',
    );
    const detail = await api<{ lines: { reference: string; volume: number; amountCents: number }[] }>(
      'GET',
      `/declarations/${sentRun?.id}`,
    );
    const [line] = detail.lines;
    const sentCard = page.getByRole('article', { name: 'Declaratie aan gemeente 0193' });
    await sentCard.getByRole('button', { name: 'Regels tonen' }).click();
    await sentCard.locator('input[type=file]').setInputFiles({
      name: 'wmo325.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(
        accepting325(sentRun?.declarationNumber ?? '', line?.reference ?? '', line?.volume ?? 0, line?.amountCents ?? 0),
      ),
    });
    await sentCard.getByRole('button', { name: 'Antwoord inlezen' }).click();
    await sentCard.getByText('beantwoord').waitFor();
    await sentCard.getByRole('cell', { name: 'toegekend' }).waitFor();

    // A correction: the accepted line is credited with a reason; the sent line itself stays as it was.
    await sentCard.getByRole('button', { name: `Crediteren: regel ${line?.reference} van Kevin Mulder` }).click();
    const creditForm = page.getByRole('form', { name: `Crediteren: regel ${line?.reference} van Kevin Mulder` });
    await creditForm.getByLabel('Reden van de correctie').fill('Twee dagdelen waren afgemeld');
    await creditForm.getByRole('button', { name: 'Correctie aanvragen' }).click();
    await sentCard.getByText('Correctie aangevraagd: Twee dagdelen waren afgemeld').waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}declarations-credit-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The next month's run carries the credit line that references the original.
    await page.reload();
    await page.getByTestId('declaration-month').getByText('november 2026').waitFor();
    await page.getByRole('radio', { name: 'Gemeente: Wmo-dagbesteding' }).check();
    await page.getByRole('button', { name: 'Declaratie opbouwen' }).click();
    const november = page.getByRole('article', { name: 'Declaratie aan gemeente 0193' });
    await november.getByRole('button', { name: 'Regels tonen' }).click();
    await november.getByText(`creditregel voor ${line?.reference}`).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}declarations-credit.png`, fullPage: true });
  });

  it('the beheerder enters Fatima’s AGB code; the planner’s November PM304 run for Joke then passes the AGB check', async () => {
    const url = env.server().url;
    await jokeInErgotherapie(url);
    // The administrator enters the ergotherapist's own AGB code and registration, and reads it back after a reload.
    const admin = await signInAs(env.browser(), url, ADMIN);
    await admin.goto(`${url}/beheer/gebruikers`);
    const fatima = admin.getByRole('article', { name: 'Fatima Yilmaz' });
    await fatima.getByRole('button', { name: 'AGB-code en registratie wijzigen' }).click();
    await fatima.getByLabel('AGB-code', { exact: false }).first().fill('2600123');
    await fatima.getByRole('button', { name: 'Opslaan' }).click();
    // Seven digits: refused next to the field, in Dutch.
    await fatima.getByText('Een AGB-code bestaat uit precies acht cijfers.').first().waitFor();
    await fatima.getByLabel('AGB-code', { exact: false }).first().fill('26001234');
    await fatima.getByLabel('Register').selectOption({ label: 'Kwaliteitsregister Paramedici' });
    await fatima.getByLabel('Registratienummer').fill('KP-2026-0042');
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await fatima.screenshot({ path: `${SCREENSHOTS}admin-agb-registration.png` });
    await fatima.getByRole('button', { name: 'Opslaan' }).click();
    await fatima.getByText('De AGB-code en registratie van Fatima Yilmaz zijn opgeslagen.').waitFor();
    await admin.reload();
    const reloaded = admin.getByRole('article', { name: 'Fatima Yilmaz' });
    await reloaded.getByText('26001234').waitFor();
    await reloaded.getByText('Kwaliteitsregister Paramedici KP-2026-0042').waitFor();
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await reloaded.screenshot({ path: `${SCREENSHOTS}admin-agb-saved.png` });
    // The organisation's own AGB code, on its settings page.
    await admin.goto(`${url}/beheer/organisatie`);
    await admin.getByText('Nu: 98000001').waitFor();
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await admin.screenshot({ path: `${SCREENSHOTS}admin-organisation-agb.png` });

    const page = await signInAs(env.browser(), url, PLANNER);
    await page.getByRole('link', { name: 'Declaraties' }).click();
    await page.getByRole('heading', { name: 'Declaraties' }).waitFor();
    await page.getByTestId('declaration-month').getByText('november 2026').waitFor();
    await page.getByRole('radio', { name: 'Zorgverzekeraar: ergotherapie' }).check();
    await page.getByRole('button', { name: 'Declaratie opbouwen' }).click();
    const run = page.getByRole('article', { name: 'Declaratie ergotherapie aan zorgverzekeraar 3311' });
    await run.getByText('concept').waitFor();
    // With the practice's and Fatima's AGB codes the insurer's checks pass: the run can be sent.
    await run.getByText('Alle controles in orde: klaar om te versturen.').waitFor();
    expect(await run.getByText('Kan niet verstuurd worden').count()).toBe(0);
    expect(await run.getByRole('button', { name: 'Versturen' }).isDisabled()).toBe(false);
    await run.getByRole('button', { name: 'Regels tonen' }).click();
    await run.getByRole('cell', { name: /Toeslag behandeling aan huis/ }).waitFor();
    expect(await run.getByRole('cell', { name: /^Individuele zitting ergotherapie/ }).count()).toBe(2);
    expect(await run.getByText('telt mee voor het eigen risico').count()).toBe(3);
    await run.getByRole('cell', { name: '3 kwartier' }).waitFor();
    expect(await run.getByRole('link', { name: 'Bestand downloaden' }).getAttribute('href')).toMatch(/\/file$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}declarations-pm304.png`, fullPage: true });
  });
});

/** Joke (55) in first-line ergotherapie with Fatima under direct access: insured at 3311, two November sessions. */
async function jokeInErgotherapie(baseUrl: string): Promise<void> {
  const planner = await apiAs(baseUrl, PLANNER);
  const { items } = await planner<{ items: { id: string; givenName: string }[] }>('GET', '/clients?q=Joke');
  const joke = items[0]?.id ?? '';
  const current = await planner<{ version: number }>('GET', `/clients/${joke}/entitlements`);
  await planner(
    'PUT',
    `/clients/${joke}/entitlements`,
    {
      bsn: '123456782',
      entitlements: {
        wlz: [],
        wmo: [],
        jeugdwet: [],
        participatiewet: [],
        insurance: [{ from: '2026-01-01', until: null, uzovi: '3311', insuredNumber: '55501234', supplementaryPolicyId: null }],
      },
    },
    { 'if-match': `"${current.version}"` },
  );
  const fatima = await apiAs(baseUrl, 'fatima.yilmaz@delinde.example');
  const people = await planner<{ id: string; displayName: string }[]>('GET', '/professionals');
  const fatimaId = people.find((p) => p.displayName === 'Fatima Yilmaz')?.id ?? '';
  const base = `/clients/${joke}/trajectories`;
  const { id } = await fatima<{ id: string }>('POST', base, {
    discipline: 'ergotherapie',
    source: 'zelf_dte',
    requestType: 'behandeling',
    funding: 'zvw',
    referrerName: 'Zelf aangemeld',
    question: 'Weer zelf boodschappen doen',
    therapistId: fatimaId,
    regiebehandelaarId: null,
    receivedOn: '2026-11-02',
  });
  const goal = {
    id: 'g1',
    parentId: null,
    description: 'Doet zelf de boodschappen',
    kind: 'primair',
    term: 'kort',
    aim: 'ontwikkeling',
    domain: 'lichamelijk',
    transdiagnosticFactor: null,
    occupationArea: 'huishouden',
    smart: { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true },
    gas: null,
  };
  const plan = {
    clientView: { vision: 'v', reason: 'r', helpQuestion: 'h', expectation: 'e' },
    therapistView: { natureOfProblems: 'n', maintainingFactors: 'm', conclusion: 'c' },
    plannedDelivery: { method: 'm', activities: 'a', period: 'p', frequency: 'f' },
    agreements: 'a',
    estimatedDuration: '6 weken',
    startDate: '2026-11-03',
    nextEvaluationDate: '2026-12-15',
    remarks: 'geen',
  };
  for (const [path, body] of [
    ['intake', { date: '2026-11-02' }],
    ['acceptance', { accepted: true, reasons: 'Ergotherapie past bij de hulpvraag', contraIndications: [] }],
    ['indication', { focus: 'dagelijks_functioneren', rationale: 'Boodschappen' }],
    ['goals', { goals: [goal] }],
    ['plan', { plan }],
    ['evaluation-agreements', { everyWeeks: 6, firstDate: '2026-12-15', method: 'Gesprek' }],
    ['plan-agreement', { version: 1, agreedBy: 'client', date: '2026-11-03' }],
  ] as const)
    await fatima('POST', `${base}/${id}/${path}`, body);
  const session = (date: string, minutes: number, setting: string, homeVisitReason: string | null) => ({
    session: {
      date,
      form: 'individueel',
      setting,
      homeVisitReason,
      directMinutes: minutes,
      indirectMinutes: 0,
      activities: 'Boodschappen oefenen',
      observations: 'x',
      sessionEvaluation: 'x',
      outcomeMeasured: false,
      startTime: '10:00',
      ergoContactType: 'individuele_zitting',
    },
  });
  await fatima('POST', `${base}/${id}/sessions`, session('2026-11-05', 30, 'aan_huis', 'Durft de deur nog niet uit'));
  await fatima('POST', `${base}/${id}/sessions`, session('2026-11-12', 45, 'praktijk', null));
}

/** The municipality's WMO325 answer accepting one prestatie (0200: no remark). */
function accepting325(declarationNumber: string, reference: string, volume: number, amountCents: number): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Bericht xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo325/schema">
  <Header>
    <BerichtCode>485</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie>
    <Afzender>0193</Afzender><Ontvanger>12345678</Ontvanger>
    <BerichtIdentificatie><Identificatie>A1</Identificatie><Dagtekening>2026-11-10</Dagtekening></BerichtIdentificatie>
    <XsdVersie><BasisschemaXsdVersie>1.0.0</BasisschemaXsdVersie><BerichtXsdVersie>1.0.0</BerichtXsdVersie></XsdVersie>
    <DeclaratieIdentificatie><Identificatie>${declarationNumber}</Identificatie><Dagtekening>2026-11-02</Dagtekening></DeclaratieIdentificatie>
    <RetourCodes><RetourCode>0200</RetourCode></RetourCodes>
  </Header>
  <DeclaratieAntwoord>
    <DeclaratieNummer>${declarationNumber}</DeclaratieNummer>
    <TotaalIngediendBedrag><TotaalBedrag>${amountCents}</TotaalBedrag><DebetCredit>D</DebetCredit></TotaalIngediendBedrag>
    <TotaalToegekendBedrag><TotaalBedrag>${amountCents}</TotaalBedrag><DebetCredit>D</DebetCredit></TotaalToegekendBedrag>
    <Clienten><Client><Bsn>111222333</Bsn><Prestaties><Prestatie>
      <ProductReferentie><ReferentieNummer>${reference}</ReferentieNummer></ProductReferentie>
      <ToewijzingNummer>T-0193-KM</ToewijzingNummer><ProductCategorie>07</ProductCategorie><ProductCode>07A08</ProductCode>
      <ProductPeriode><Begindatum>2026-10-01</Begindatum><Einddatum>2026-10-31</Einddatum></ProductPeriode>
      <GeleverdVolume>${volume}</GeleverdVolume><Eenheid>16</Eenheid>
      <IngediendBedrag><Bedrag>${amountCents}</Bedrag><DebetCredit>D</DebetCredit></IngediendBedrag>
      <RetourCodes><RetourCode>0200</RetourCode></RetourCodes>
    </Prestatie></Prestaties><RetourCodes><RetourCode>0200</RetourCode></RetourCodes></Client></Clienten>
    <RetourCodes><RetourCode>0200</RetourCode></RetourCodes>
  </DeclaratieAntwoord>
</Bericht>`;
}
