import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/api.js';
import { hasBrowser } from '../support/browser.js';
import { dayWalk } from '../support/day-walk.js';
import { checkedIn } from '../support/forms.js';
import { signInAs } from '../support/people.js';
import { useServerAndBrowser } from '../support/session.js';
import { DAY_TIMEOUT } from './day-support.js';

const MESSAGE = 'Kevin, je werkt graag met je handen. Hier kun je op maandag en dinsdag meedoen. Wil je dat?';

/**
 * Issue 14, the coordinator's day (Ingrid Meijer, zorgcoördinator in Kevin's team; she receives the enrolment
 * requests): her work list, the offers that match Kevin, a proposal to him, his yes (in his portal; here through the
 * API), the enrolment request on her work list, and the placement, read back on his record.
 */
describe.runIf(hasBrowser())('a coordinator’s working day (issue 14)', () => {
  let kevin = '';
  const env = useServerAndBrowser(async (server) => {
    const ingrid = await apiAs(server.url, 'ingrid.meijer@delinde.example');
    kevin = (await ingrid<{ items: { id: string }[] }>('GET', '/clients?q=Kevin')).items[0]?.id ?? '';
  });

  it(
    'Ingrid matches Kevin to an offer, proposes it, and places him once he says yes',
    async () => {
      const size = { width: 1280, height: 800 };
      const url = env.server().url;
      const walk = dayWalk('coordinator', size);
      const page = await signInAs(env.browser(), url, 'ingrid.meijer@delinde.example', size);

      // Her start page: the work list and the evaluations of day activities coming up.
      await page.getByRole('region', { name: 'Mijn werklijst' }).waitFor();
      await page.getByRole('heading', { name: 'Evaluaties daginvulling' }).waitFor();
      await walk.capture(page, 'werklijst');

      // Matching for Kevin: ranked offers, each with why it fits.
      await page.getByRole('link', { name: 'Mijn cliënten' }).click();
      await page.getByRole('link', { name: 'Mulder, Kevin' }).click();
      await page.getByRole('link', { name: 'Passend aanbod voor Kevin' }).click();
      await page.getByText(/passende plekken/).waitFor();
      const offer = ((await page.getByRole('heading', { level: 4 }).first().textContent()) ?? '').replace(/^1\. /, '');
      expect(offer.length).toBeGreaterThan(0);
      await walk.capture(page, 'passend-aanbod');

      // Propose the first offer; nothing is sent before she confirms what goes to whom.
      await page.getByRole('button', { name: 'Voorstellen aan Kevin' }).first().click();
      await page.getByLabel('Bericht aan Kevin').fill(MESSAGE);
      await page.getByRole('button', { name: 'Verder' }).click();
      await page.getByText(`U stelt ${offer} voor aan Kevin.`, { exact: false }).waitFor();
      await walk.capture(page, 'voorstel');
      await page.getByRole('button', { name: 'Voorstel versturen' }).click();
      await page.getByText('Verstuurd. Kevin ziet het voorstel in Meedoen.').waitFor();
      await page.getByRole('region', { name: 'Voorstellen' }).getByText('Wacht op antwoord').waitFor();

      // Kevin says yes in his portal (the client's own day is walked elsewhere).
      const k = await apiAs(url, 'kevin.mulder@delinde.example');
      const open = await k<{ id: string; status: string }[]>('GET', `/clients/${kevin}/proposals`);
      const proposal = open.find((p) => p.status === 'proposed');
      await k('POST', `/clients/${kevin}/proposals/${proposal?.id ?? ''}/accept`, {});

      // The enrolment request on her work list.
      await page.getByRole('link', { name: 'Mijn overzicht' }).click();
      const worklist = page.getByRole('region', { name: 'Mijn werklijst' });
      await worklist.getByText('Aanmeldingen voor een plek').waitFor();
      await worklist.getByText(`wil graag naar ${offer}`, { exact: false }).waitFor();
      await walk.capture(page, 'aanmelding');

      // The placement: every choice starts empty.
      await worklist.getByRole('link', { name: 'Kevin Mulder' }).click();
      await page.getByRole('region', { name: 'Voorstellen' }).getByText('Ja gezegd, aanmelding bij de coördinator').waitFor();
      await page.getByRole('button', { name: 'Plaatsen', exact: true }).click();
      const form = page.getByRole('form', { name: `Plaatsing bij ${offer}` });
      await form.getByRole('radiogroup', { name: /^Financier/ }).waitFor();
      expect(await checkedIn(form)).toEqual([]);
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
      await walk.capture(page, 'plaatsen');
      await form.getByRole('button', { name: 'Plaatsen en aanmelding sluiten' }).click();

      // Read back: the placement with its start date on Kevin's record; the request is gone from the work list.
      const section = page.getByRole('region', { name: 'Voorstellen' });
      await section.getByText('Geplaatst door Ingrid Meijer', { exact: false }).waitFor();
      await section.getByRole('link', { name: 'Bekijk de plaatsing in het dossier' }).click();
      const day = page.getByRole('region', { name: 'Daginvulling' });
      await day.getByText('vanaf 7 december 2026', { exact: false }).waitFor();
      await walk.capture(page, 'plaatsing-in-dossier');
      await page.getByRole('link', { name: 'Mijn overzicht' }).click();
      await page.getByRole('region', { name: 'Mijn werklijst' }).waitFor();
      expect(await page.getByText(`wil graag naar ${offer}`, { exact: false }).count()).toBe(0);

      expect(walk.problems).toEqual({});
    },
    DAY_TIMEOUT,
  );
});
