import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wmo301Xml } from '../packages/server/src/testing/wmo301-fixture.js';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const PLANNER = 'yvonne.deboer@delinde.example';

describe.runIf(hasBrowser())('allocations in the browser: read in a 301, see it on Financiering, link the enrolment', () => {
  const env = useServerAndBrowser();

  it('the planner reads in Kevin’s toewijzing from the municipality and links his day activity to it', async () => {
    const api = await apiAs(env.server().url, PLANNER);
    const { items } = await api<{ items: { id: string; givenName: string; familyName: string }[] }>('GET', '/clients');
    const kevin = items.find((c) => c.givenName === 'Kevin' && c.familyName === 'Mulder');
    expect(kevin).toBeDefined();
    // Kevin's BSN is recorded first (the 301 names the client by BSN only).
    const current = await api<{ version: number; entitlements: object }>('GET', `/clients/${kevin?.id}/entitlements`);
    await api(
      'PUT',
      `/clients/${kevin?.id}/entitlements`,
      { bsn: '111222333', entitlements: current.entitlements },
      {
        'if-match': `"${current.version}"`,
      },
    );

    const page = await signInAs(env.browser(), env.server().url, PLANNER);
    await page.goto(`${env.server().url}/clienten/${kevin?.id}`);
    const financing = page.getByRole('region', { name: 'Financiering' });
    await financing.getByRole('tab', { name: 'Toewijzingen' }).click();
    await financing.getByText('Nog geen toewijzingen van de gemeente.').waitFor();

    const xml = wmo301Xml({
      bsn: '111222333',
      municipality: '0193',
      agb: '98000001',
      id: 'ZW-301-77',
      products: [{ number: 'TW-0193-77', code: '07A08', from: '2026-09-01', until: '2027-04-30', volume: 10 }],
    });
    await financing
      .locator('input[type="file"]')
      .setInputFiles({ name: 'toewijzing-kevin.xml', mimeType: 'text/xml', buffer: Buffer.from(xml) });
    await financing.getByRole('button', { name: 'Inlezen' }).click();
    await financing.getByText('Ingelezen: 1 nieuwe toewijzing(en), 0 al bekend.').waitFor();
    await financing.getByText('Toewijzing TW-0193-77: dagbesteding').waitFor();
    await financing.getByText('uit bericht van de gemeente').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}allocations-imported.png`, fullPage: true });
    await financing.getByText(/Gemeente 0193: 10 dagdelen per week, van 1 september 2026 tot 30 april 2027/).waitFor();

    // Link the Wmo day activity to the allocation: nothing is chosen for the planner.
    const select = financing.getByLabel(/^Toewijzing voor /).first();
    expect(await select.inputValue()).toBe('');
    await select.click();
    await page.getByRole('option', { name: 'Toewijzing TW-0193-77 (gemeente 0193)' }).click();
    await financing.getByRole('button', { name: 'Koppeling opslaan' }).first().click();
    await financing
      .getByText(/valt onder toewijzing TW-0193-77\./)
      .first()
      .waitFor();

    // Read back after a reload; the same file again changes nothing.
    await page.reload();
    await financing.getByRole('tab', { name: 'Toewijzingen' }).click();
    await financing
      .getByText(/valt onder toewijzing TW-0193-77\./)
      .first()
      .waitFor();
    await financing.getByText(/Deze maand geleverd: \d+ van de \d+ dagdelen die zijn toegewezen\./).waitFor();
    await financing
      .locator('input[type="file"]')
      .setInputFiles({ name: 'toewijzing-kevin.xml', mimeType: 'text/xml', buffer: Buffer.from(xml) });
    await financing.getByRole('button', { name: 'Inlezen' }).click();
    await financing.getByText('Ingelezen: 0 nieuwe toewijzing(en), 1 al bekend.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}allocations.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await financing.getByText('Toewijzing TW-0193-77: dagbesteding').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}allocations-phone.png`, fullPage: true });
  });
});
