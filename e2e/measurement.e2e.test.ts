import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { samiraMeasured } from './support/samira-measured.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
describe.runIf(hasBrowser())('measuring in the browser', () => {
  let trajectoryPage = '';
  const env = useServerAndBrowser(async (server) => {
    trajectoryPage = await samiraMeasured(server.url);
  });

  it('the therapist sees a due ORS, the client fills it in on a phone, the therapist sees the chart and the alert', async () => {
    const baseUrl = env.server().url;
    const desk = await env.browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const lotte = await desk.newPage();
    await lotte.goto(baseUrl);
    await lotte.getByLabel('E-mailadres').fill('lotte.hendriks@delinde.example');
    await lotte.getByLabel('Wachtwoord').and(lotte.locator('input')).fill('meedoen-demo');
    await lotte.getByRole('button', { name: 'Inloggen' }).click();
    await lotte.getByRole('heading', { name: 'Metingen en signalen' }).waitFor();
    await lotte.getByText('1 meting(en) open: ORS').waitFor();

    // Samira on her phone: one line per screen, a touch slider, then the answers and "Versturen".
    const phone = await env
      .browser()
      .newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', hasTouch: true, isMobile: true });
    const samira = await phone.newPage();
    await samira.goto(baseUrl);
    await samira.getByLabel('E-mailadres').fill('samira.elamrani@delinde.example');
    await samira.getByLabel('Wachtwoord').and(samira.locator('input')).fill('meedoen-demo');
    await samira.getByRole('button', { name: 'Inloggen' }).click();
    await samira.getByRole('heading', { name: /^Welkom/ }).waitFor();
    await samira.goto(`${baseUrl}/mijn-vragenlijsten`);
    await samira.getByRole('heading', { name: /^Vragenlijst voor je afspraak van/ }).waitFor();
    await samira.getByRole('button', { name: 'ORS invullen' }).click();
    for (let i = 1; i <= 4; i += 1) {
      const line = samira.getByRole('slider', { name: `Testvraag ${i}: hoe ging het?` });
      // Nothing counts until she touches the line: "Volgende" waits for an answer.
      await expect(samira.getByRole('button', { name: 'Volgende' }).isDisabled()).resolves.toBe(true);
      await line.focus();
      for (let k = 0; k < 10; k += 1) await line.press('ArrowLeft');
      await samira.getByText('In het midden', { exact: true }).waitFor();
      if (i === 1) {
        expect(await seriousA11yViolations(samira)).toEqual([]);
        await samira.screenshot({ path: `${SCREENSHOTS}measurement-phone-slider.png` });
      }
      await samira.getByRole('button', { name: 'Volgende' }).click();
    }
    await samira.getByText('Kijk je antwoorden na').waitFor();
    await samira.getByRole('button', { name: 'Versturen' }).click();
    await samira.getByText('Verstuurd. Dank je wel!').waitFor();
    await samira.getByRole('button', { name: 'Terug naar mijn vragenlijsten' }).click();
    await samira.getByText(/Bij de start was je score 15/).waitFor();
    expect(await seriousA11yViolations(samira)).toEqual([]);

    // Lotte sees the new point on the chart with the cut-off, and the off-track alert.
    await lotte.goto(`${baseUrl}${trajectoryPage}`);
    // The chart is on the page twice: with the measurements, and as input in the evaluation step.
    await lotte.getByText('ORS per sessie').first().waitFor();
    await lotte
      .getByText(/sessie 7: 16/)
      .first()
      .waitFor();
    await lotte.getByText('Gestippelde lijn: de grens van 25.').first().waitFor();
    await lotte.getByText('Geen betrouwbare verbetering').first().waitFor();
    expect(await seriousA11yViolations(lotte)).toEqual([]);
    await lotte.screenshot({ path: `${SCREENSHOTS}measurement-chart-alert.png`, fullPage: true });
    await desk.close();
    await phone.close();
  });
});
