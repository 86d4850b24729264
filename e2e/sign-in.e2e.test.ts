import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

describe.runIf(hasBrowser())('a newcomer signs in through the UI', () => {
  const env = useServerAndBrowser();

  it('signs in as the demo vaktherapeut, sees her overview in Dutch, switches to English and signs out', async () => {
    const context = await env.browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(env.server().url);
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await page.getByText(/alle demo-accounts gebruiken het wachtwoord/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}sign-in.png` });

    // A wrong password is explained in Dutch.
    await page.getByLabel('E-mailadres').fill('marieke.bos@delinde.example');
    await page.getByLabel('Wachtwoord').and(page.locator('input')).fill('fout-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Het e-mailadres of wachtwoord klopt niet', { exact: false }).waitFor();

    await page.getByLabel('Wachtwoord').and(page.locator('input')).fill('meedoen-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Welkom, Marieke Bos' }).waitFor();
    expect(await page.getByText('Zorggroep De Linde').first().isVisible()).toBe(true);
    expect(await page.getByText('Psychomotorische therapie').isVisible()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}start.png` });

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Welcome, Marieke Bos' }).waitFor();

    // The session survives a reload (cookie), and signing out ends it.
    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
});
