import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/api.js';
import { hasBrowser } from '../support/browser.js';
import { dayWalk } from '../support/day-walk.js';
import { DAY_TIMEOUT } from './day-support.js';
import { signInAs } from '../support/people.js';
import { useServerAndBrowser } from '../support/session.js';

const PHONE = { width: 390, height: 844 };
const DREAM = 'Fietsen repareren in een echte winkel, met collega’s om me heen.';

/** Issue 14, "Done when": a client's day on his phone — his plan, agenda, portfolio, who looked, a proposal answered. */
describe.runIf(hasBrowser())('a client’s day on a phone', () => {
  let offer = '';
  const env = useServerAndBrowser(async (server) => {
    // Earlier that week his job coach proposed an offer to him (issue 14: matches are actionable).
    const coach = await apiAs(server.url, 'mohamed.bouzid@delinde.example');
    const kevin = (await coach<{ items: { id: string }[] }>('GET', '/clients?q=Kevin')).items[0]?.id ?? '';
    const offers = await coach<{ id: string; name: string }[]>('GET', '/offers');
    const first = offers[0];
    if (!first) throw new Error('the demo has no offers');
    offer = first.name;
    await coach('POST', `/clients/${kevin}/proposals`, { offerId: first.id, message: 'Kevin, is dit iets voor jou?' });
  });

  it(
    'Kevin writes his dream and adds to his portfolio, reads his agenda and who looked, and says yes to a proposal',
    async () => {
      const url = env.server().url;
      const walk = dayWalk('client', PHONE);
      const page = await signInAs(env.browser(), url, 'kevin.mulder@delinde.example', PHONE);

      // His plan: a dream in his own words, still there after a reload.
      await page.goto(`${url}/mijn-plan`);
      await page.getByRole('heading', { name: 'Mijn plan' }).waitFor();
      await page.getByLabel('Waar droomt u van?').fill(DREAM);
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await page.getByText('Uw plan is opgeslagen.').waitFor();
      await page.reload();
      await page.getByLabel('Waar droomt u van?').waitFor();
      expect(await page.getByLabel('Waar droomt u van?').inputValue()).toBe(DREAM);
      await walk.capture(page, 'my-plan');

      // His portfolio: something he is proud of, in the list after a reload.
      await page.getByLabel('Wat is het?').fill('Eerste fiets helemaal zelf opgeknapt');
      await page.getByRole('button', { name: 'Toevoegen en opslaan' }).click();
      await page.getByText('Uw plan is opgeslagen.').waitFor();
      await page.reload();
      const portfolio = page.getByRole('region', { name: 'Wat ik heb gedaan en gehaald' });
      await portfolio.getByText('Eerste fiets helemaal zelf opgeknapt').waitFor();
      await portfolio.scrollIntoViewIfNeeded();
      await walk.capture(page, 'portfolio');

      // His agenda: the days at the workshop, in words.
      await page.goto(`${url}/mijn-agenda`);
      await page.getByRole('heading', { name: 'Mijn agenda' }).waitFor();
      await page
        .getByRole('article')
        .first()
        .getByText(/^Waar: /)
        .waitFor();
      await walk.capture(page, 'my-agenda');

      // Who looked in his record, and why.
      await page.goto(`${url}/wie-keek`);
      await page.getByRole('heading', { name: 'Wie keek in mijn dossier' }).waitFor();
      await page.getByRole('cell', { name: 'Kevin Mulder' }).first().waitFor();
      await walk.capture(page, 'who-looked');

      // The proposal from his job coach: he says yes, and reads what happens next.
      await page.goto(`${url}/mijn-voorstellen`);
      await page.getByRole('heading', { name: offer }).waitFor();
      await page.getByText('Kevin, is dit iets voor jou?').waitFor();
      await page.getByRole('button', { name: 'Ja, dit wil ik' }).click();
      await page.getByText('U zei ja. De coördinator regelt uw plek.').waitFor();
      await walk.capture(page, 'proposal-answered');

      // Who may look along: in plain words, and the plan only as far as he shares it.
      await page.goto(`${url}/meekijken`);
      await page.getByRole('heading', { name: 'Wie mag meekijken?' }).waitFor();
      const gerrit = page.getByRole('article', { name: 'Gerrit Post' });
      await gerrit.getByText('uw plan voor werk en meedoen, alleen de delen die u deelt', { exact: false }).waitFor();
      expect(await page.getByText(/signaleringsplan/i).count()).toBe(0);
      await walk.capture(page, 'who-may-look');

      expect(walk.problems).toEqual({});
    },
    DAY_TIMEOUT,
  );
});
