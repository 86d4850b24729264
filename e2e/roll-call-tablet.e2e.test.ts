import { fileURLToPath } from 'node:url';
import type { Page, Request, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/** Controls of the roll call that are (partly) outside the window, and whether the page scrolls sideways. */
async function layoutProblems(page: Page): Promise<{ offScreen: string[]; sidewaysScroll: boolean }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offScreen = [...document.querySelectorAll('main button, main input')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > width + 0.5))
      .map(
        ({ el }) =>
          `${el.textContent || el.getAttribute('aria-label') || el.tagName} (${el.closest('[role=group]')?.textContent?.slice(0, 30) ?? ''})`,
      );
    // A label cut off ("Niet gekomer") is as bad as a button outside the window.
    const cutOff = [...document.querySelectorAll('main .mantine-Button-label')]
      .filter((label) => label.scrollWidth > label.clientWidth + 1)
      .map((label) => `${label.textContent ?? ''} (cut off)`);
    return { offScreen: [...offScreen, ...cutOff], sidewaysScroll: document.documentElement.scrollWidth > width };
  });
}

const person = (page: Page, name: string) => page.getByRole('group', { name });

describe.runIf(hasBrowser())('the roll call on a tablet at the door', () => {
  const env = useServerAndBrowser();

  it('works upright at 768×1024 on a slow connection: one record per tap, retried answers no second record, read back after a reload', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'sanne.peters@delinde.example', { width: 768, height: 1024 });
    await page.goto(`${env.server().url}/presentielijst?date=2026-11-24`);
    await page.getByRole('button', { name: /24 nov.* · Houtwerkplaats/ }).click();
    await page.getByText('22 nog niet ingevuld', { exact: false }).waitFor();

    // Upright: every person's four choices, "Ziek" and "Niet gekomen" too, inside the window; nothing scrolls sideways.
    expect(await layoutProblems(page)).toEqual({ offScreen: [], sidewaysScroll: false });
    for (const name of ['Anton Bakker', 'Bianca Kuipers', 'Chris van Leeuwen']) {
      for (const choice of ['Aanwezig', 'Afgemeld', 'Ziek', 'Niet gekomen'])
        expect(await person(page, name).getByRole('button', { name: choice }).isVisible()).toBe(true);
    }
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A slow connection (1.5 s round trips, about 3G), via the browser's own network emulation.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 1500,
      downloadThroughput: 50 * 1024,
      uploadThroughput: 20 * 1024,
    });
    const posts: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/roll-call')) posts.push(request);
    });
    // What the server answered, including answers the tablet never received.
    type Answer = { recorded: number; corrected: number; unchanged: number };
    const answers: Promise<Answer>[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST' && response.url().endsWith('/roll-call') && response.ok())
        answers.push(response.json() as Promise<Answer>);
    });

    // A double tap on "Ziek": shown at once, sent once.
    await person(page, 'Bianca Kuipers').getByRole('button', { name: 'Ziek' }).dblclick();
    await person(page, 'Bianca Kuipers').getByText('Opslaan…').waitFor();
    expect(await person(page, 'Bianca Kuipers').getByRole('button', { name: 'Ziek' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByText('Alles is opgeslagen.').waitFor();
    expect(posts).toHaveLength(1);
    expect(await Promise.all(answers)).toEqual([{ recorded: 1, corrected: 0, unchanged: 0 }]);

    // The answer to Chris's tap is lost on the way back (the server did save it): the tablet retries,
    // and the server acknowledges the retry without writing a second record.
    let lose = true;
    await page.route('**/roll-call', async (route: Route) => {
      if (route.request().method() !== 'POST' || !lose) return route.continue();
      lose = false;
      const delivered = await route.fetch();
      answers.push(delivered.json() as Promise<Answer>);
      await route.abort('connectionreset');
    });
    await person(page, 'Chris van Leeuwen').getByRole('button', { name: 'Afgemeld' }).click();
    await page.getByText(/De verbinding is traag\. Nog 1 niet verstuurd/).waitFor();
    await page.getByText('Alles is opgeslagen.').waitFor();
    expect((await Promise.all(answers)).slice(1)).toEqual([
      { recorded: 1, corrected: 0, unchanged: 0 },
      { recorded: 0, corrected: 0, unchanged: 1 },
    ]);

    // Offline: the tap is kept and shown, and sent when the connection is back.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await page.getByText(/Geen verbinding\./).waitFor();
    await person(page, 'Anton Bakker').getByRole('button', { name: 'Niet gekomen' }).click();
    expect(await person(page, 'Anton Bakker').getByRole('button', { name: 'Niet gekomen' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    // Back online: the kept tap goes out by itself.
    await page.getByText('Alles is opgeslagen.').waitFor();

    // The rest is there; Dewi came late: her arrival time.
    await page.getByRole('button', { name: 'Rest aanwezig' }).click();
    await page.getByText('19 aanwezig · 1 afgemeld · 1 ziek · 1 niet gekomen · 0 nog niet ingevuld').waitFor();
    await page.getByText('Alles is opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Tijden: Dewi Hoekstra' }).click();
    await person(page, 'Dewi Hoekstra').getByLabel('Aankomst').fill('10:15');
    await person(page, 'Dewi Hoekstra').getByRole('button', { name: 'Tijden opslaan' }).click();
    await page.getByText('Alles is opgeslagen.').waitFor();
    // She came by taxi; nothing was filled in for her before (003 L1286-1288: the municipality needs the demand).
    const dewiTransport = page.getByLabel('Vervoer: Dewi Hoekstra');
    expect(await dewiTransport.inputValue()).toBe('');
    const saved = page.waitForResponse((r) => r.url().endsWith('/roll-call') && r.request().method() === 'POST' && r.ok());
    await dewiTransport.selectOption({ label: 'Taxi of busje (geregeld vervoer)' });
    await saved;
    await page.getByText('Alles is opgeslagen.').waitFor();
    expect(await layoutProblems(page)).toEqual({ offScreen: [], sidewaysScroll: false });
    await page.screenshot({ path: `${SCREENSHOTS}roll-call-tablet-upright.png`, fullPage: false });

    // Read back after a reload: every choice and the time as saved.
    await page.unrouteAll();
    await page.reload();
    await page.getByRole('button', { name: /24 nov.* · Houtwerkplaats/ }).click();
    await page.getByText('19 aanwezig · 1 afgemeld · 1 ziek · 1 niet gekomen · 0 nog niet ingevuld').waitFor();
    expect(await person(page, 'Bianca Kuipers').getByRole('button', { name: 'Ziek' }).getAttribute('aria-pressed')).toBe('true');
    expect(await person(page, 'Chris van Leeuwen').getByRole('button', { name: 'Afgemeld' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await person(page, 'Dewi Hoekstra')
      .getByText(/Aankomst 10:15 · Vertrek 15:30/)
      .waitFor();
    expect(await page.getByLabel('Vervoer: Dewi Hoekstra').inputValue()).toBe('georganiseerd_vervoer');

    // Landscape 1024×768: the same, all controls in the window.
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await layoutProblems(page)).toEqual({ offScreen: [], sidewaysScroll: false });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}roll-call-tablet-landscape.png`, fullPage: false });
  });
});
