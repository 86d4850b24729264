import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const REASON = 'Samira is onwel bij de balie, signaleringsplan en contactpersonen nagaan';

describe.runIf(hasBrowser())('emergency access and the privacy officer, in the browser', () => {
  const env = useServerAndBrowser();

  it('a care coordinator opens a record in an emergency; the privacy officer reviews it and checks the trail', async () => {
    const coordinator = await signInAs(env.browser(), env.server().url, 'ingrid.meijer@delinde.example');
    await coordinator.getByRole('link', { name: 'Mijn cliënten' }).click();
    // Until the search answers, the list still shows every client and then reorders: meanwhile it is dimmed and takes
    // no clicks, so a click cannot open another client's record as the list changes under it. The answer is held
    // back here to see that.
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    await coordinator.route(/\/api\/v1\/clients\?q=samira/, async (route) => {
      await held;
      await route.continue();
    });
    // The whole list first (on a busy machine it can still be loading when the typing starts).
    await coordinator.locator('table[aria-busy="false"]').waitFor();
    await coordinator.getByLabel('Zoeken').fill('samira');
    const waiting = coordinator.locator('table[aria-busy="true"]');
    await waiting.waitFor();
    expect(await waiting.evaluate((table) => getComputedStyle(table).pointerEvents)).toBe('none');
    expect(await waiting.getByRole('link').count()).toBeGreaterThan(2);
    answer();
    await coordinator.locator('table[aria-busy="false"]').waitFor();
    expect(
      await coordinator
        .getByRole('table')
        .getByRole('link', { name: /^El Amrani, Samira$/ })
        .count(),
    ).toBe(1);
    await coordinator.getByRole('link', { name: 'El Amrani, Samira' }).click();
    await coordinator.getByRole('heading', { name: 'Noodtoegang', exact: true }).waitFor();
    // Before the emergency: she is not on Samira's care team, so Samira's day is closed to her, and the refusal is
    // in the audit trail.
    const day = coordinator.locator('.mantine-Card-root', {
      has: coordinator.getByRole('heading', { name: 'Daginvulling' }),
    });
    await day.getByText('U heeft geen toegang tot dit deel.').waitFor();
    const clientId = new URL(coordinator.url()).pathname.split('/').at(-1) ?? '';
    const refused = await coordinator.request.get(`${env.server().url}/api/v1/clients/${clientId}/enrolments`);
    expect(refused.status()).toBe(403);
    await coordinator.getByRole('button', { name: 'Noodtoegang vragen' }).click();
    const confirm = coordinator.getByRole('button', { name: 'Dossier openen in nood' });
    expect(await confirm.isDisabled()).toBe(true);
    await coordinator.getByLabel('Waarom is dit nodig?').fill(REASON);
    await confirm.click();
    await coordinator.getByText('Noodtoegang — alleen lezen').waitFor();
    await coordinator.getByText(`Uw reden: ${REASON}`).waitFor();
    // Now she reads Samira's day, and only reads: nothing on screen to record day activities with.
    await day.getByLabel('Maand').waitFor();
    expect(await day.getByText('U heeft geen toegang tot dit deel.').count()).toBe(0);
    expect(await coordinator.getByRole('link', { name: /Evaluatie daginvulling vastleggen/ }).count()).toBe(0);
    expect(await seriousA11yViolations(coordinator)).toEqual([]);
    await coordinator.screenshot({ path: `${SCREENSHOTS}emergency-access.png`, fullPage: false });

    const officer = await signInAs(env.browser(), env.server().url, 'hanneke.jacobs@delinde.example');
    await officer.getByRole('link', { name: 'Noodtoegang beoordelen' }).click();
    const card = officer.getByRole('article', { name: 'Noodtoegang tot het dossier van Samira El Amrani' });
    await card.getByText('Ingrid Meijer opende het dossier van Samira El Amrani').waitFor();
    await card.getByText(REASON).waitFor();
    await card.getByLabel(/Uw oordeel/).fill('Terecht: cliënte was onwel, besproken met Ingrid.');
    await card.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await officer.getByText('Er is geen noodtoegang om te beoordelen.').waitFor();
    await officer.getByLabel('Alleen nog niet beoordeeld').uncheck();
    await officer.getByText('Terecht: cliënte was onwel, besproken met Ingrid.').waitFor();
    expect(await seriousA11yViolations(officer)).toEqual([]);

    await officer.getByRole('link', { name: 'Logboek' }).click();
    await officer.getByRole('button', { name: 'Logboek nu controleren' }).click();
    await officer.getByText('Het logboek is onbeschadigd').waitFor();
    await officer
      .getByRole('cell', { name: `Noodtoegang: ${REASON}` })
      .first()
      .waitFor();
    await officer.getByLabel('Uitkomst').selectOption({ label: 'Geweigerd' });
    const refusal = officer.getByRole('row').filter({ hasText: 'Ingrid Meijer' }).filter({ hasText: 'Samira El Amrani' });
    await refusal.getByText('Geweigerd').first().waitFor();
    expect(await seriousA11yViolations(officer)).toEqual([]);
    await officer.screenshot({ path: `${SCREENSHOTS}audit-trail.png`, fullPage: false });
  });
});
