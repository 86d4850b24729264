import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { signInAs } from './support/people.js';
import { useNoorAndOffers } from './support/noor-proposal.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const PHONE = { width: 390, height: 844 };
const MOTHER = 'Marloes Visser (moeder van Daan en Noor)';

/**
 * Issue 14, ages 12 up to 16 (BW 7:450 lid 2): Noor (14) and her mother Marloes both answer a proposal. Noor's yes
 * waits for her mother; her mother's yes makes the enrolment request; a no of either declines it and the other sees who.
 */
describe.runIf(hasBrowser())('Noor (14) and her mother decide together on a proposal (issue 14)', () => {
  const { env, noor, offers } = useNoorAndOffers();

  it('Noor says yes on her phone and waits for her mother; her mother says yes; both read it back', async () => {
    const url = env.server().url;
    const coachApi = await apiAs(url, 'mohamed.bouzid@delinde.example');
    const offer = offers()[0];
    if (!offer) throw new Error('no offer in the demo social map');
    await coachApi('POST', `/clients/${noor()}/proposals`, {
      offerId: offer.id,
      message: 'Noor, op woensdagmiddag kun je hier timmeren.',
    });

    const phone = await signInAs(env.browser(), url, 'noor.visser@delinde.example', PHONE);
    await phone.goto(`${url}/mijn-voorstellen`);
    await phone.getByRole('heading', { name: offer.name }).waitFor();
    await phone.getByText('U en uw ouder kiezen samen. Het gaat pas door als u allebei ja zegt.').waitFor();
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Ja, dit wil ik' }).click();
    await phone.getByText('U zei ja. Nu wacht het nog op het antwoord van uw ouder.').waitFor();
    // No second yes or no to tap while it waits.
    expect(await phone.getByRole('button', { name: 'Ja, dit wil ik' }).count()).toBe(0);
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SCREENSHOTS}proposal-joint-waiting-phone-390.png`, fullPage: false });

    // The job coach's view of the proposals: the first answer, and whom it waits for.
    const coach = await signInAs(env.browser(), url, 'mohamed.bouzid@delinde.example');
    await coach.goto(`${url}/clienten/${noor()}/aanbod`);
    const section = coach.getByRole('region', { name: 'Voorstellen' });
    await section.getByText('Wacht op het tweede antwoord').waitFor();
    await section.getByText('Noor Visser zei ja. Nu wacht het op een ouder met gezag.').waitFor();
    // The rest of the page (the matches) has loaded before the accessibility check.
    await coach.waitForFunction(() => !document.querySelector('.mantine-Loader-root'));
    expect(await seriousA11yViolations(coach)).toEqual([]);

    const mother = await signInAs(env.browser(), url, 'marloes.visser@delinde.example', PHONE);
    await mother.goto(`${url}/voorstellen-naaste`);
    const forNoor = mother.getByRole('region', { name: 'Voor Noor Visser' });
    await forNoor.getByRole('heading', { name: offer.name }).waitFor();
    await forNoor.getByText('Noor zei al ja. Nu kiest u.').waitFor();
    expect(await seriousA11yViolations(mother)).toEqual([]);
    await mother.screenshot({ path: `${SCREENSHOTS}proposal-joint-parent-phone-390.png`, fullPage: false });
    await forNoor.getByRole('button', { name: 'Ja, ik vind het goed' }).click();
    await forNoor.getByText('Ja gezegd. De coördinator regelt de plek van Noor.').waitFor();
    await forNoor.getByText('Er staan geen voorstellen voor Noor klaar.').waitFor();

    // Read back on Noor's phone after a reload, and on the coordinator's side: an enrolment request.
    await phone.reload();
    await phone.getByRole('heading', { name: 'Eerdere voorstellen' }).waitFor();
    await phone.getByText('U zei ja. De coördinator regelt uw plek.').waitFor();
    await coach.reload();
    await section.getByText('Ja gezegd, aanmelding bij de coördinator').waitFor();
    const coordinator = await signInAs(env.browser(), url, 'ingrid.meijer@delinde.example');
    const worklist = coordinator.getByRole('region', { name: 'Mijn werklijst' });
    await worklist.getByText(`wil graag naar ${offer.name}`, { exact: false }).waitFor();
  });

  it('her mother says no with a reason; Noor sees who said no and why', async () => {
    const url = env.server().url;
    const coachApi = await apiAs(url, 'mohamed.bouzid@delinde.example');
    const offer = offers()[1];
    if (!offer) throw new Error('no second offer in the demo social map');
    await coachApi('POST', `/clients/${noor()}/proposals`, { offerId: offer.id, message: 'Misschien is dit ook iets?' });

    const mother = await signInAs(env.browser(), url, 'marloes.visser@delinde.example', PHONE);
    await mother.goto(`${url}/voorstellen-naaste`);
    const forNoor = mother.getByRole('region', { name: 'Voor Noor Visser' });
    const card = forNoor.getByRole('article', { name: offer.name });
    await card.getByText('Noor en u kiezen samen. Het gaat pas door als u allebei ja zegt.').waitFor();
    await card.getByRole('button', { name: 'Nee, liever niet' }).click();
    await card.getByLabel('Wilt u zeggen waarom? (mag ook leeg)').fill('Op woensdag heeft Noor zwemles.');
    await card.getByRole('button', { name: 'Nee versturen' }).click();
    // Read back on her own screen, and on Noor's: who said no, and why.
    await forNoor.getByText('U zei nee.').waitFor();
    await forNoor.getByText('Waarom: Op woensdag heeft Noor zwemles.').waitFor();

    const phone = await signInAs(env.browser(), url, 'noor.visser@delinde.example', PHONE);
    await phone.goto(`${url}/mijn-voorstellen`);
    await phone.getByText(`${MOTHER} zei nee. Daarom gaat het niet door.`).waitFor();
    await phone.getByText('Waarom: Op woensdag heeft Noor zwemles.').waitFor();
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SCREENSHOTS}proposal-joint-declined-phone-390.png`, fullPage: true });
  });
});
