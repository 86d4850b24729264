import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { dutchDate, isoDaysFromToday } from './support/dates.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/** A day from today in Dutch time, as the API wants it (YYYY-MM-DD) and as the page shows it (dd-mm-jjjj). */
function dayFromToday(days: number): { iso: string; dutch: string } {
  const iso = isoDaysFromToday(days);
  return { iso, dutch: dutchDate(iso) };
}

/**
 * Issue 14: the privacy officer's overview of consents across persons. Kevin's care coordinator records two consents
 * through the API — one that ends in two weeks, one she then stops — and Hanneke Jacobs, the privacy officer, finds
 * both with the filters, on a desktop and on a phone.
 */
describe.runIf(hasBrowser())('the privacy officer’s consent overview (issue 14)', () => {
  const ending = dayFromToday(14);
  const today = dayFromToday(0);
  const env = useServerAndBrowser(async (server) => {
    const coordinator = await apiAs(server.url, 'ingrid.meijer@delinde.example');
    const found = await coordinator<{ items: { id: string; givenName: string }[] }>('GET', '/clients?q=kevin');
    const kevin = found.items.find((client) => client.givenName === 'Kevin')?.id ?? '';
    const candidates = await coordinator<{ userId: string; displayName: string }[]>(
      'GET',
      `/clients/${kevin}/consent-candidates`,
    );
    const userId = (name: string) => {
      const candidate = candidates.find((c) => c.displayName === name);
      expect(candidate, name).toBeDefined();
      return candidate?.userId ?? '';
    };
    const consent = { level: 'read', givenBy: 'client', recordedHow: 'in_person' };
    await coordinator('POST', `/clients/${kevin}/consents`, {
      ...consent,
      granteeUserId: userId('Sanne Peters'),
      categories: ['personalia', 'participation_plan'],
      validUntil: ending.iso,
    });
    const stopped = await coordinator<{ id: string }>('POST', `/clients/${kevin}/consents`, {
      ...consent,
      granteeUserId: userId('Mohamed Bouzid'),
      categories: ['day_activities'],
    });
    await coordinator('POST', `/clients/${kevin}/consents/${stopped.id}/revocation`, { reason: 'Kevin wil dit niet meer' });
  });

  it('Hanneke filters on consents that end soon and on stopped ones, and reads who recorded and who stopped them', async () => {
    const url = env.server().url;
    const page = await signInAs(env.browser(), url, 'hanneke.jacobs@delinde.example');
    await page.getByRole('link', { name: 'Toestemmingen', exact: true }).click();
    await page.getByRole('heading', { name: 'Toestemmingen van alle cliënten' }).waitFor();
    // Every filter starts empty: nothing is chosen for her.
    expect(await page.getByLabel('Hoe staat de toestemming?').inputValue()).toBe('');
    expect(await page.getByLabel('Loopt binnenkort af').inputValue()).toBe('');

    await page.getByLabel('Loopt binnenkort af').selectOption({ label: 'Binnen 30 dagen' });
    const ends = page.getByRole('article', { name: 'Toestemming van Kevin Mulder voor Sanne Peters' });
    await ends.getByText('Loopt nu').waitFor();
    await ends.getByText(`tot en met ${ending.dutch}`, { exact: false }).waitFor();
    await ends.getByText('persoonsgegevens, participatieplan (alleen lezen)', { exact: false }).waitFor();
    await ends.getByText(`Vastgelegd door Ingrid Meijer op ${today.dutch}, in een gesprek`).waitFor();
    // The stopped one does not end soon: it is not in this list.
    expect(await page.getByRole('article', { name: 'Toestemming van Kevin Mulder voor Mohamed Bouzid' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}consent-overview-1280.png`, fullPage: false });

    await page.getByLabel('Loopt binnenkort af').selectOption({ label: 'Maakt niet uit' });
    await page.getByLabel('Hoe staat de toestemming?').selectOption({ label: 'Gestopt' });
    const stopped = page.getByRole('article', { name: 'Toestemming van Kevin Mulder voor Mohamed Bouzid' });
    await stopped.getByText(`Gestopt door Ingrid Meijer op ${today.dutch}`).waitFor();
    await stopped.getByText('daginvulling (alleen lezen)', { exact: false }).waitFor();
    expect(await ends.count()).toBe(0);

    // Searching by name: only Kevin's consents.
    await page.getByLabel('Hoe staat de toestemming?').selectOption({ label: 'Alle toestemmingen' });
    await page.getByLabel('Naam van de cliënt').fill('mulder');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await ends.waitFor();
    await stopped.waitFor();
    const names = await page.getByRole('article').locator('h4').allTextContents();
    expect(new Set(names)).toEqual(new Set(['Kevin Mulder']));

    // On a phone: the cards fit the width, nothing scrolls sideways.
    const phone = await signInAs(env.browser(), url, 'hanneke.jacobs@delinde.example', { width: 390, height: 844 });
    await phone.getByRole('button', { name: 'Hoofdmenu' }).click();
    await phone.getByRole('link', { name: 'Toestemmingen', exact: true }).click();
    // Choosing a page closes the menu on a phone.
    await phone.getByRole('button', { name: 'Hoofdmenu', expanded: false }).waitFor();
    await phone.getByLabel('Hoe staat de toestemming?').selectOption({ label: 'Gestopt' });
    await phone
      .getByRole('article', { name: 'Toestemming van Kevin Mulder voor Mohamed Bouzid' })
      .getByText(`Gestopt door Ingrid Meijer op ${today.dutch}`)
      .waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SCREENSHOTS}consent-overview-390.png`, fullPage: false });
  });
});
