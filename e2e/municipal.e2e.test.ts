import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { choose } from './support/forms.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

describe.runIf(hasBrowser())('the municipality’s overview', () => {
  const env = useServerAndBrowser();

  it('the Wmo-consulent of Zwolle sees offers per neighbourhood and rung, hidden small numbers, and the map without tiles', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'wouter.kok@delinde.example');
    const tileRequests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(env.server().url)) tileRequests.push(r.url());
    });
    await page.getByRole('link', { name: 'Overzicht gemeente' }).click();
    await page.getByRole('heading', { name: 'Daginvulling in de gemeente' }).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('rowheader', { name: 'Zwolle – Stadshagen' }).waitFor();
    // Only Zwolle: Kampen's offers are not the municipality's business here.
    expect(await table.getByRole('rowheader', { name: /Kampen/ }).count()).toBe(0);
    await table.getByRole('columnheader', { name: 'Trede 3: meedoen aan activiteiten' }).waitFor();

    // Places free: the two demo groups have fewer than 10 people per cell, so those numbers are hidden.
    await page.getByText('Vrije plekken', { exact: true }).click();
    await page.getByRole('table').getByText('afgeschermd').first().waitFor();
    await page.getByText(/Afgeschermd: minder dan 10 mensen/).waitFor();

    // The map: markers on a plain background, no tile server asked.
    const map = page.getByRole('region', { name: 'Kaart met het aanbod per wijk' });
    await map.waitFor();
    expect(await map.locator('path.leaflet-interactive').count()).toBeGreaterThan(10);
    expect(await map.locator('img.leaflet-tile').count()).toBe(0);
    expect(tileRequests).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}municipal-overview.png`, fullPage: true });

    // The municipality's account opens no client: the clients page is not in its menu, the API refuses a record.
    expect(await page.getByRole('link', { name: 'Mijn cliënten' }).count()).toBe(0);
  });

  it('the care office downloads attendance per month as CSV: totals per group, no names', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'esther.blom@delinde.example');
    await page.getByRole('link', { name: 'Rapportages' }).click();
    await page.getByRole('heading', { name: 'Rapportages voor financiers en management' }).waitFor();
    const csvButton = page.getByRole('button', { name: 'Download als CSV' });
    expect(await csvButton.isDisabled()).toBe(true); // nothing chosen in advance
    await page.getByRole('radio', { name: 'Aanwezigheid per maand' }).check();
    await choose(page, 'Van', 'september 2026');
    await choose(page, 'Tot en met', 'oktober 2026');
    expect(await seriousA11yViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^meedoen-attendance-per-month-2026-09-2026-10-.*\.csv$/);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Maand;Aanbod;Groep;Bijeenkomsten;Deelnemers;Aanwezig;Online;Afwezig;Minuten aanwezig');
    expect(lines.some((l) => l.startsWith('2026-09;'))).toBe(true);
    expect(lines.some((l) => l.startsWith('2026-10;'))).toBe(true);
    expect(text).not.toContain('Kevin');
  });
});
