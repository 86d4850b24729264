import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { checkedIn } from './support/forms.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const MESSAGE = 'Kevin, je zei dat je graag met je handen werkt. Hier kun je op maandag en dinsdag meedoen. Wil je dat?';

/** Issue 14, matches are actionable: the job coach proposes, Kevin says yes on his phone, the coordinator sees the request. */
describe.runIf(hasBrowser())('proposing an offer to Kevin (issue 14)', () => {
  let kevin = '';
  let daan = '';
  let offers: { id: string; name: string }[] = [];
  const env = useServerAndBrowser(async (server) => {
    const coach = await apiAs(server.url, 'mohamed.bouzid@delinde.example');
    const found = await coach<{ items: { id: string }[] }>('GET', '/clients?q=Kevin');
    kevin = found.items[0]?.id ?? '';
    offers = await coach<{ id: string; name: string }[]>('GET', '/offers');
    // Daan (9) is a treatment client; for the representative's page the job coach joins his team to propose to him.
    const coordinator = await apiAs(server.url, 'ingrid.meijer@delinde.example');
    daan = (await coordinator<{ items: { id: string }[] }>('GET', '/clients?q=Daan')).items[0]?.id ?? '';
    const me = await coach<{ user: { id: string } }>('GET', '/me');
    await coordinator('POST', `/clients/${daan}/care-team`, { userId: me.user.id, role: 'trajectbegeleider' });
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

    // The coordinator places Kevin from the request: every choice starts empty.
    await coordinator.getByRole('button', { name: 'Plaatsen', exact: true }).click();
    const form = coordinator.getByRole('form', { name: `Plaatsing bij ${offer}` });
    await form.getByRole('radiogroup', { name: /^Financier/ }).waitFor();
    expect(await checkedIn(form)).toEqual([]);
    // Submitting empty names what is missing, and sends nothing.
    await form.getByRole('button', { name: 'Plaatsen en aanmelding sluiten' }).click();
    await form.getByText('Vul dit in.').first().waitFor();
    expect(await form.getByText('Vul dit in.').count()).toBe(5);
    await form
      .getByRole('radiogroup', { name: /^Groep/ })
      .getByRole('radio')
      .first()
      .check();
    await form.getByRole('checkbox', { name: 'maandag' }).check();
    await form.getByRole('checkbox', { name: 'dinsdag' }).check();
    await form.getByRole('radio', { name: 'Aangemeld, nog niet begonnen' }).check();
    await form.getByLabel('Startdatum').fill('07-12-2026');
    await form.getByRole('radio', { name: 'Wmo (gemeente)' }).check();
    await form.getByRole('radio', { name: 'Nee', exact: true }).check();
    expect(await seriousA11yViolations(coordinator)).toEqual([]);
    await form.screenshot({ path: `${SCREENSHOTS}proposal-placement-form.png` });
    await form.getByRole('button', { name: 'Plaatsen en aanmelding sluiten' }).click();
    const section = coordinator.getByRole('region', { name: 'Voorstellen' });
    await section.getByText('Ja gezegd, geplaatst').waitFor();
    await section.getByText('Geplaatst door Ingrid Meijer', { exact: false }).waitFor();
    // Read back on the record: the placement with its start date; the request is gone from the work list.
    await section.getByRole('link', { name: 'Bekijk de plaatsing in het dossier' }).click();
    const day = coordinator.getByRole('region', { name: 'Daginvulling' });
    await day.getByText(offer, { exact: false }).first().waitFor();
    await day.getByText('vanaf 7 december 2026', { exact: false }).waitFor();
    expect(await seriousA11yViolations(coordinator)).toEqual([]);
    await day.screenshot({ path: `${SCREENSHOTS}proposal-placed-record.png` });
    await coordinator.goto(url);
    await coordinator.getByRole('region', { name: 'Mijn werklijst' }).waitFor();
    expect(await coordinator.getByText(`wil graag naar ${offer}`, { exact: false }).count()).toBe(0);
  });

  it('Daan’s mother answers for him on her phone; Daan’s own tap is not asked', async () => {
    const url = env.server().url;
    const coach = await apiAs(url, 'mohamed.bouzid@delinde.example');
    const offer = offers[1];
    if (!offer) throw new Error('no second offer in the demo social map');
    await coach('POST', `/clients/${daan}/proposals`, {
      offerId: offer.id,
      message: 'Daan, op woensdagmiddag kun je hier timmeren.',
    });

    const mother = await signInAs(env.browser(), url, 'marloes.visser@delinde.example', { width: 390, height: 844 });
    await mother.goto(`${url}/voorstellen-naaste`);
    await mother.getByRole('heading', { name: 'Voorstellen voor wie ik vertegenwoordig' }).waitFor();
    const forDaan = mother.getByRole('region', { name: 'Voor Daan Visser' });
    await forDaan.getByRole('heading', { name: offer.name }).waitFor();
    await forDaan.getByText('Daan, op woensdagmiddag kun je hier timmeren.').waitFor();
    expect(await seriousA11yViolations(mother)).toEqual([]);
    await mother.screenshot({ path: `${SCREENSHOTS}proposal-representative-phone-390.png`, fullPage: false });
    const yes = forDaan.getByRole('button', { name: 'Ja, namens Daan' });
    const box = await yes.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await yes.click();
    await forDaan.getByText('Ja gezegd. De coördinator regelt de plek van Daan.').waitFor();
    await forDaan.getByText('Er staan geen voorstellen voor Daan klaar.').waitFor();
    const shown = await coach<{ status: string; answeredBy: string }[]>('GET', `/clients/${daan}/proposals`);
    expect(shown[0]).toMatchObject({ status: 'accepted', answeredBy: 'Marloes Visser (moeder van Daan en Noor)' });
  });

  it('the job coach withdraws a proposal with a reason; Kevin sees it withdrawn', async () => {
    const url = env.server().url;
    const api = await apiAs(url, 'mohamed.bouzid@delinde.example');
    const offer = offers[2];
    if (!offer) throw new Error('no third offer in the demo social map');
    await api('POST', `/clients/${kevin}/proposals`, { offerId: offer.id, message: 'Misschien is dit ook iets?' });

    const coach = await signInAs(env.browser(), url, 'mohamed.bouzid@delinde.example');
    await coach.goto(`${url}/clienten/${kevin}/aanbod`);
    const proposals = coach.getByRole('region', { name: 'Voorstellen' });
    await proposals.getByRole('button', { name: `Voorstel ${offer.name} intrekken` }).click();
    await proposals.getByLabel('Waarom trekt u het voorstel in?').fill('De groep stopt in januari.');
    await proposals.getByRole('button', { name: 'Intrekken', exact: true }).click();
    await proposals.getByText('Ingetrokken door Mohamed Bouzid. Reden: De groep stopt in januari.').waitFor();
    expect(await seriousA11yViolations(coach)).toEqual([]);

    const phone = await signInAs(env.browser(), url, 'kevin.mulder@delinde.example', { width: 390, height: 844 });
    await phone.goto(`${url}/mijn-voorstellen`);
    await phone.getByRole('heading', { name: 'Eerdere voorstellen' }).waitFor();
    await phone.getByText('Mohamed Bouzid heeft dit voorstel ingetrokken.').waitFor();
    await phone.getByText('Waarom: De groep stopt in januari.').waitFor();
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SCREENSHOTS}proposal-withdrawn-phone-390.png`, fullPage: true });
  });
});
