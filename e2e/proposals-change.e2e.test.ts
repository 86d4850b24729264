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
 * Issue 14, ages 12 up to 16 (BW 7:450 lid 2): Noor (14) said yes and it waits for her mother; she may still say
 * "Toch niet", which declines it and tells everyone who said no. Her mother's waiting yes is hers to take back, not
 * Noor's.
 */
describe.runIf(hasBrowser())('a waiting yes becomes a no: "Toch niet" (issue 14)', () => {
  const { env, noor, offers } = useNoorAndOffers();

  it('Noor says yes, then "Toch niet" with a reason; she, her mother and the job coach read who said no', async () => {
    const url = env.server().url;
    const offer = offers()[0];
    if (!offer) throw new Error('no offer in the demo social map');
    const coachApi = await apiAs(url, 'mohamed.bouzid@delinde.example');
    await coachApi('POST', `/clients/${noor()}/proposals`, {
      offerId: offer.id,
      message: 'Noor, op woensdagmiddag kun je hier timmeren.',
    });

    const phone = await signInAs(env.browser(), url, 'noor.visser@delinde.example', PHONE);
    await phone.goto(`${url}/mijn-voorstellen`);
    const card = phone.getByRole('article', { name: offer.name });
    await card.getByRole('button', { name: 'Ja, dit wil ik' }).click();
    await card.getByText('U zei ja. Nu wacht het nog op het antwoord van uw ouder.').waitFor();
    // While it waits, her own yes can still become a no; nothing is chosen for her.
    await card.getByText('Bedacht? Zolang het nog wacht, kunt u uw ja nog veranderen in nee.').waitFor();
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SCREENSHOTS}proposal-change-waiting-390.png`, fullPage: false });
    await card.getByRole('button', { name: 'Toch niet' }).click();
    const why = card.getByLabel('Wilt u zeggen waarom? (mag ook leeg)');
    expect(await why.inputValue()).toBe('');
    await why.fill('Ik wil toch liever sporten.');
    await card.getByRole('button', { name: 'Nee versturen' }).click();
    await phone.getByRole('heading', { name: 'Eerdere voorstellen' }).waitFor();
    await phone.getByText('U zei eerst ja, maar toch nee.').waitFor();

    // Read back after a reload; her mother's screen and the job coach's say who said no, and why.
    await phone.reload();
    await phone.getByText('U zei eerst ja, maar toch nee.').waitFor();
    await phone.getByText('Waarom: Ik wil toch liever sporten.').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SCREENSHOTS}proposal-change-declined-390.png`, fullPage: true });

    const mother = await signInAs(env.browser(), url, 'marloes.visser@delinde.example', PHONE);
    await mother.goto(`${url}/voorstellen-naaste`);
    const forNoor = mother.getByRole('region', { name: 'Voor Noor Visser' });
    await forNoor.getByText('Noor zei eerst ja, maar toch nee. Daarom gaat het niet door.').waitFor();
    await forNoor.getByText('Waarom: Ik wil toch liever sporten.').waitFor();
    expect(await forNoor.getByRole('button', { name: 'Ja, ik vind het goed' }).count()).toBe(0);

    const coach = await signInAs(env.browser(), url, 'mohamed.bouzid@delinde.example');
    await coach.goto(`${url}/clienten/${noor()}/aanbod`);
    const section = coach.getByRole('region', { name: 'Voorstellen' });
    await section.getByText('Eerst ja, daarna toch nee gezegd door Noor Visser.').waitFor();
  });

  it('her mother’s waiting yes: Noor cannot take it back; her mother says "Toch niet" and Noor reads it', async () => {
    const url = env.server().url;
    const offer = offers()[1];
    if (!offer) throw new Error('no second offer in the demo social map');
    const coachApi = await apiAs(url, 'mohamed.bouzid@delinde.example');
    await coachApi('POST', `/clients/${noor()}/proposals`, { offerId: offer.id, message: 'Misschien is dit ook iets?' });

    const mother = await signInAs(env.browser(), url, 'marloes.visser@delinde.example', PHONE);
    await mother.goto(`${url}/voorstellen-naaste`);
    const card = mother.getByRole('region', { name: 'Voor Noor Visser' }).getByRole('article', { name: offer.name });
    await card.getByRole('button', { name: 'Ja, ik vind het goed' }).click();
    await card.getByText('U zei ja. Nu wacht het nog op het antwoord van Noor.').waitFor();

    // On Noor's phone: her mother's yes, and her own choice; no "Toch niet" for an answer that is not hers.
    const phone = await signInAs(env.browser(), url, 'noor.visser@delinde.example', PHONE);
    await phone.goto(`${url}/mijn-voorstellen`);
    const noorsCard = phone.getByRole('article', { name: offer.name });
    await noorsCard.getByText(`${MOTHER} zei al ja. Nu kiest u.`).waitFor();
    expect(await noorsCard.getByRole('button', { name: 'Toch niet' }).count()).toBe(0);

    await card.getByRole('button', { name: 'Toch niet' }).click();
    await card.getByRole('button', { name: 'Nee versturen' }).click();
    await mother.getByText('U zei eerst ja, maar toch nee.').waitFor();
    expect(await seriousA11yViolations(mother)).toEqual([]);

    await phone.reload();
    await phone.getByText(`${MOTHER} zei eerst ja, maar toch nee. Daarom gaat het niet door.`).waitFor();
    expect(await phone.getByRole('article', { name: offer.name }).count()).toBe(0);
  });
});
