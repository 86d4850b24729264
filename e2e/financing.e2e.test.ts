import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { choose } from './support/forms.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const PLANNER = 'yvonne.deboer@delinde.example';

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
    while (!(await financing.getByText('oktober 2026').isVisible())) await previous.click();
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
  });
});
