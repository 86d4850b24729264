import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const MESSAGE = 'Kevin, je zei dat je graag met je handen werkt. Hier kun je op maandag en dinsdag meedoen. Wil je dat?';

/** Issue 14, matches are actionable: the job coach proposes, Kevin says yes on his phone, the coordinator sees the request. */
describe.runIf(hasBrowser())('proposing an offer to Kevin (issue 14)', () => {
  let kevin = '';
  const env = useServerAndBrowser(async (server) => {
    const coach = await apiAs(server.url, 'mohamed.bouzid@delinde.example');
    const found = await coach<{ items: { id: string }[] }>('GET', '/clients?q=Kevin');
    kevin = found.items[0]?.id ?? '';
  });

  it('job coach proposes, Kevin accepts on a phone, the coordinator has the enrolment request', async () => {
    const url = env.server().url;
    const coach = await signInAs(env.browser(), url, 'mohamed.bouzid@delinde.example');
    await coach.goto(`${url}/clienten/${kevin}/aanbod`);
    await coach.getByText(/passende plekken/).waitFor();
    const offer = ((await coach.getByRole('heading', { level: 4 }).first().textContent()) ?? '').replace(/^1\. /, '');
    expect(offer.length).toBeGreaterThan(0);
    await coach.getByRole('button', { name: 'Voorstellen aan Kevin' }).first().click();
    await coach.getByLabel('Bericht aan Kevin').fill(MESSAGE);
    await coach.getByRole('button', { name: 'Verder' }).click();
    // Nothing is sent before the coach confirms what goes to whom.
    await coach.getByText(`U stelt ${offer} voor aan Kevin.`, { exact: false }).waitFor();
    await coach.getByRole('button', { name: 'Voorstel versturen' }).click();
    await coach.getByText('Verstuurd. Kevin ziet het voorstel in Meedoen.').waitFor();
    const proposals = coach.getByRole('region', { name: 'Voorstellen' });
    await proposals.getByText('Wacht op antwoord').waitFor();
    expect(await seriousA11yViolations(coach)).toEqual([]);

    const phone = await signInAs(env.browser(), url, 'kevin.mulder@delinde.example', { width: 390, height: 844 });
    await phone.goto(`${url}/mijn-voorstellen`);
    await phone.getByRole('heading', { name: 'Voorstellen voor mij' }).waitFor();
    await phone.getByRole('heading', { name: offer }).waitFor();
    await phone.getByText(MESSAGE).waitFor();
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SCREENSHOTS}proposal-phone-390.png`, fullPage: false });
    // The yes button is within reach without scrolling sideways on a phone.
    const yes = phone.getByRole('button', { name: 'Ja, dit wil ik' });
    const box = await yes.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await yes.click();
    await phone.getByText('U zei ja. De coördinator regelt uw plek.').waitFor();
    await phone.getByText('Er staan geen voorstellen voor u klaar.').waitFor();

    const coordinator = await signInAs(env.browser(), url, 'ingrid.meijer@delinde.example');
    const worklist = coordinator.getByRole('region', { name: 'Mijn werklijst' });
    await worklist.getByText('Aanmeldingen voor een plek').waitFor();
    await worklist.getByText(`wil graag naar ${offer}`, { exact: false }).waitFor();
    expect(await seriousA11yViolations(coordinator)).toEqual([]);
    await worklist.getByRole('link', { name: 'Kevin Mulder' }).click();
    await coordinator
      .getByRole('region', { name: 'Voorstellen' })
      .getByText('Ja gezegd, aanmelding bij de coördinator')
      .waitFor();
    await coordinator.getByRole('button', { name: 'Aanmelding afwijzen' }).waitFor();
    expect(await seriousA11yViolations(coordinator)).toEqual([]);
  });
});
