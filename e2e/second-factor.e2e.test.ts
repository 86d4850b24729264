import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentStep, totpCode } from '../packages/server/src/access/totp.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { useServerAndBrowser } from './support/session.js';

/** The administrator turns on the organisation's second-factor policy through the API. */
async function requireSecondFactor(baseUrl: string): Promise<void> {
  const signIn = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bram.willems@delinde.example', password: 'meedoen-demo' }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const policy = await fetch(`${baseUrl}/api/v1/organisation/policy`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ requireSecondFactor: true }),
  });
  expect(policy.status).toBe(200);
}

async function signInWithPassword(browser: Browser, baseUrl: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
  await page.goto(baseUrl);
  await page.getByLabel('E-mailadres').fill('marieke.bos@delinde.example');
  await page.getByLabel('Wachtwoord').and(page.locator('input')).fill('meedoen-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  return page;
}

describe.runIf(hasBrowser())('sign-in with a second factor where the organisation requires it', () => {
  const env = useServerAndBrowser((s) => requireSecondFactor(s.url));

  it('a therapist sets up her authenticator app, then signs in with its code', async () => {
    const page = await signInWithPassword(env.browser(), env.server().url);
    await page.getByRole('heading', { name: 'Tweestapsverificatie instellen' }).waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Code (6 cijfers)').fill(totpCode(secret, currentStep(new Date())));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('heading', { name: 'Welkom, Marieke Bos' }).waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).click();

    const again = await signInWithPassword(env.browser(), env.server().url);
    await again.getByRole('heading', { name: 'Tweede stap' }).waitFor();
    await again.getByLabel('Code (6 cijfers)').fill('000000');
    await again.getByRole('button', { name: 'Bevestigen' }).click();
    await again.getByText('De code klopt niet of is verlopen.').waitFor();
    // The code of the next 30-second step (the one just used cannot be replayed).
    await again.getByLabel('Code (6 cijfers)').fill(totpCode(secret, currentStep(new Date()) + 1));
    await again.getByRole('button', { name: 'Bevestigen' }).click();
    await again.getByRole('heading', { name: 'Welkom, Marieke Bos' }).waitFor();
  });
});
