import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const PASSWORD = 'Kees-zijn-eigen-wachtwoord';

/**
 * The person whose account the administrator just created opens the invitation link in their own browser,
 * chooses a password (twice) and signs in with it.
 */
async function acceptInvitation(browser: Browser, link: string, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByText('Welkom, Kees Jansen.').waitFor();
  await page.getByText(`U kiest nu zelf een wachtwoord voor uw account ${email}.`).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  const password = page.getByLabel('Nieuw wachtwoord').and(page.locator('input'));
  const repeat = page.getByLabel('Typ het wachtwoord nog een keer').and(page.locator('input'));
  await password.fill(PASSWORD);
  await repeat.fill(`${PASSWORD}x`);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await page.getByText('De twee wachtwoorden zijn niet gelijk.').waitFor();
  await repeat.fill(PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  // The sign-in form takes over, with the address filled in; the link is gone from the address bar.
  await page.getByText('Uw wachtwoord is opgeslagen.', { exact: false }).waitFor();
  expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/');
  expect(await page.getByRole('textbox', { name: 'E-mailadres' }).inputValue()).toBe(email);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByLabel('Wachtwoord').and(page.locator('input')).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { name: /^Welkom/ }).waitFor();
  // The link worked once.
  const again = await context.newPage();
  await again.goto(link);
  await again.getByText('Deze uitnodigingslink is al gebruikt.', { exact: false }).waitFor();
  await again.close();
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}${name}-1280.png`, fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  // No sideways scrolling on a phone: the page, opened at phone width, is no wider than the screen.
  await page.reload();
  await page.locator('main h2, main h1').first().waitFor();
  const sideways = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return document.documentElement.scrollWidth - window.innerWidth;
  });
  expect(sideways).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOTS}${name}-390.png`, fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe.runIf(hasBrowser())('screens for the administrator, a professional and a legal representative', () => {
  const env = useServerAndBrowser();

  it('the administrator creates an account and hands over its invitation link; a professional records a curator, another approves; the curator reads what they may decide', async () => {
    const url = env.server().url;
    const email = `kees.jansen.${Date.now()}@voorbeeld.example`;

    // The administrator creates an account for Ria's brother, as her relative; nothing is ticked beforehand.
    const admin = await signInAs(env.browser(), url, 'bram.willems@delinde.example');
    await admin.getByRole('link', { name: 'Gebruikers en rollen' }).click();
    await admin.getByRole('heading', { name: 'Nieuw account' }).waitFor();
    const roleBoxes = admin.getByRole('checkbox');
    for (const box of await roleBoxes.all()) expect(await box.isChecked()).toBe(false);
    await admin.getByLabel('Naam').fill('Kees Jansen');
    await admin.getByLabel('E-mailadres').fill(email);
    await admin.getByRole('checkbox', { name: 'Naaste', exact: true }).check();
    await admin.getByLabel('Hoort bij cliënt').selectOption({ label: 'Ria Jansen-Bakker' });
    // The administrator chooses no password: there is no field for one.
    expect(await admin.getByLabel(/wachtwoord/i).count()).toBe(0);
    await admin.getByRole('button', { name: 'Account aanmaken' }).click();
    await admin.getByText('Het account van Kees Jansen is aangemaakt.').waitFor();
    // The invitation link, shown once, copied to hand over.
    const handOver = admin.getByRole('region', { name: 'Uitnodigingslink voor Kees Jansen' });
    await handOver.getByText('U ziet deze link alleen nu.', { exact: false }).waitFor();
    const shown = await handOver.getByLabel('Uitnodigingslink').inputValue();
    expect(shown).toMatch(new RegExp(`^${url}/uitnodiging#[A-Za-z0-9_-]{43}$`));
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    await handOver.getByRole('button', { name: 'Link kopiëren' }).click();
    await handOver.getByRole('button', { name: 'Gekopieerd' }).waitFor();
    const link = await admin.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(shown);
    expect(await seriousA11yViolations(admin)).toEqual([]);
    const card = admin.getByRole('article', { name: 'Kees Jansen' });
    await card.getByText('Hoort bij cliënt:').waitFor();
    await card.getByText('Ria Jansen-Bakker').waitFor();
    await card.getByText('nog niet gekozen').waitFor();
    await card.getByText(/^Uitnodigingslink werkt tot \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/).waitFor();
    // Their own account: no buttons to change it.
    const own = admin.getByRole('article', { name: 'Bram Willems' });
    await own.getByText('Dit is uw eigen account.', { exact: false }).waitFor();
    expect(await own.getByRole('button').count()).toBe(0);
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await shoot(admin, 'admin-users');
    await admin.getByRole('link', { name: 'Instellingen organisatie' }).click();
    await admin.getByText('Moeten medewerkers die gezondheidsgegevens zien in twee stappen inloggen?').waitFor();
    await admin.getByRole('link', { name: 'Meetinstrumenten en licenties' }).waitFor();
    expect(await seriousA11yViolations(admin)).toEqual([]);

    // The new relative opens the link in his own browser, chooses a password and signs in; nobody has shared
    // anything with him yet.
    const kees = await acceptInvitation(env.browser(), link, email);
    await kees.getByRole('link', { name: 'Mijn naaste' }).click();
    await kees.getByText('Er is nog niemand die gegevens met u deelt.').waitFor();

    // The care coordinator records Kees as Ria's curator, with the court's decision.
    const coordinator = await signInAs(env.browser(), url, 'ingrid.meijer@delinde.example');
    await coordinator.getByRole('link', { name: 'Mijn cliënten' }).click();
    await coordinator.getByLabel('Zoeken').fill('ria');
    await coordinator.getByRole('link', { name: 'Jansen-Bakker, Ria' }).click();
    const representatives = coordinator.getByRole('region', { name: 'Wettelijk vertegenwoordigers' });
    await representatives.getByRole('button', { name: 'Wettelijk vertegenwoordiger vastleggen' }).click();
    await representatives.getByRole('combobox', { name: 'Wie' }).selectOption({ label: 'Kees Jansen' });
    await representatives.getByLabel('Curator (benoemd door de rechter)').check();
    await representatives
      .getByLabel('Kenmerk van de beschikking of volmacht')
      .fill('Rechtbank Overijssel C/08/312345 FA RK 26-1234');
    await representatives.getByRole('button', { name: 'Vastleggen' }).click();
    await representatives.getByText('Wacht op goedkeuring').waitFor();
    await representatives.getByText('een andere professional uit het zorgteam keurt het goed', { exact: false }).waitFor();
    expect(await representatives.getByRole('button', { name: /goedkeuren/ }).count()).toBe(0);
    expect(await seriousA11yViolations(coordinator)).toEqual([]);

    // Before approval the curatorship grants nothing.
    await kees.reload();
    await kees.getByText('Er is nog niemand die gegevens met u deelt.').waitFor();

    // The responsible physician approves (four eyes).
    const physician = await signInAs(env.browser(), url, 'annemiek.dewit@delinde.example');
    await physician.getByRole('link', { name: 'Mijn cliënten' }).click();
    await physician.getByLabel('Zoeken').fill('ria');
    await physician.getByRole('link', { name: 'Jansen-Bakker, Ria' }).click();
    const approval = physician.getByRole('region', { name: 'Wettelijk vertegenwoordigers' });
    await approval.getByRole('button', { name: 'Vertegenwoordiging van Kees Jansen goedkeuren' }).click();
    await approval.getByText('Geldig', { exact: true }).waitFor();
    await approval.getByText(/goedgekeurd door Annemiek de Wit/).waitFor();
    await approval.scrollIntoViewIfNeeded();
    await shoot(physician, 'representative-approved');

    // Kees reads, in plain Dutch, on what basis he decides and about what.
    await kees.reload();
    const ria = kees.getByRole('region', { name: 'Ria Jansen-Bakker' });
    await ria.getByText('De rechter heeft u benoemd als curator van Ria.', { exact: false }).waitFor();
    await ria.getByText('Dit staat in: Rechtbank Overijssel C/08/312345 FA RK 26-1234.', { exact: false }).waitFor();
    await ria.getByText('Hierover mag u beslissen:').waitFor();
    await ria.getByText('Wie mag meekijken in het dossier (toestemming geven en intrekken)').waitFor();
    expect(await seriousA11yViolations(kees)).toEqual([]);
    await shoot(kees, 'relative-representative');
  });
});
