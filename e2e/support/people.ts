import type { Browser, Page } from 'playwright-core';

/** Sign in through the UI as a demo person, the way they would, in Dutch. */
export async function signInAs(
  browser: Browser,
  baseUrl: string,
  email: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').and(page.locator('input')).fill('meedoen-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { name: /^Welkom/ }).waitFor();
  return page;
}
