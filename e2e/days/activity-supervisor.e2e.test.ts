import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser.js';
import { dayWalk } from '../support/day-walk.js';
import { choose } from '../support/forms.js';
import { signInAs } from '../support/people.js';
import { useServerAndBrowser } from '../support/session.js';
import { DAY_TIMEOUT } from './day-support.js';

const person = (page: Page, name: string) => page.getByRole('group', { name });
const AGREEMENTS = 'Kevin helpt twee nieuwe deelnemers op weg in de werkplaats.';

/**
 * Issue 14, the activity supervisor's day (Sanne Peters), on a tablet held upright: her start page, the roll call of
 * the houtwerkplaats (one tap per person, an arrival time, absence reasons), read back after a reload, then Kevin's
 * half-yearly evaluation of his day activities, read back on his timeline.
 */
describe.runIf(hasBrowser())('an activity supervisor’s working day (issue 14)', () => {
  const env = useServerAndBrowser();

  it(
    'Sanne does the roll call on a tablet, reads it back, and records an evaluation of day activities',
    async () => {
      const tablet = { width: 768, height: 1024 };
      const walk = dayWalk('activity-supervisor', tablet);
      const url = env.server().url;
      const page = await signInAs(env.browser(), url, 'sanne.peters@delinde.example', tablet);

      // Her start page: today's groups and the evaluations of day activities that are coming.
      await page.getByRole('heading', { name: 'Evaluaties daginvulling' }).waitFor();
      await page.getByRole('region', { name: 'Mijn werklijst' }).waitFor();
      await walk.capture(page, 'werklijst');

      // The roll call of the season's week of 23 November 2026 (fixed demo data).
      await page.getByRole('link', { name: 'Presentielijst' }).click();
      await page.getByRole('heading', { name: 'Presentielijst' }).waitFor();
      await page.goto(`${url}/presentielijst?date=2026-11-24`);
      await page.getByRole('button', { name: /24 nov.* · Houtwerkplaats/ }).click();
      await page.getByText('22 nog niet ingevuld', { exact: false }).waitFor();
      // One tap per person, with the reason when someone is not there.
      await person(page, 'Bianca Kuipers').getByRole('button', { name: 'Ziek' }).click();
      await person(page, 'Chris van Leeuwen').getByRole('button', { name: 'Afgemeld' }).click();
      await person(page, 'Anton Bakker').getByRole('button', { name: 'Niet gekomen' }).click();
      await page.getByRole('button', { name: 'Rest aanwezig' }).click();
      await page.getByText('19 aanwezig · 1 afgemeld · 1 ziek · 1 niet gekomen · 0 nog niet ingevuld').waitFor();
      await page.getByText('Alles is opgeslagen.').waitFor();
      // Dewi came late.
      await page.getByRole('button', { name: 'Tijden: Dewi Hoekstra' }).click();
      await person(page, 'Dewi Hoekstra').getByLabel('Aankomst').fill('10:15');
      await person(page, 'Dewi Hoekstra').getByRole('button', { name: 'Tijden opslaan' }).click();
      await page.getByText('Alles is opgeslagen.').waitFor();

      // Read back after a reload: every choice and the time as saved (one capture: a list of 22 is slow to check).
      await page.reload();
      await page.getByRole('button', { name: /24 nov.* · Houtwerkplaats/ }).click();
      await page.getByText('19 aanwezig · 1 afgemeld · 1 ziek · 1 niet gekomen · 0 nog niet ingevuld').waitFor();
      for (const [name, choice] of [
        ['Bianca Kuipers', 'Ziek'],
        ['Chris van Leeuwen', 'Afgemeld'],
        ['Anton Bakker', 'Niet gekomen'],
      ] as const)
        expect(await person(page, name).getByRole('button', { name: choice }).getAttribute('aria-pressed')).toBe('true');
      await person(page, 'Dewi Hoekstra')
        .getByText(/Aankomst 10:15/)
        .waitFor();
      await walk.capture(page, 'presentielijst-teruglezen');

      // Kevin's record: his day activities, and the evaluation of them.
      await page.getByRole('link', { name: 'Mijn cliënten' }).click();
      await page.getByRole('link', { name: 'Mulder, Kevin' }).click();
      await page.getByRole('heading', { name: 'Daginvulling' }).waitFor();
      await walk.capture(page, 'dossier-daginvulling');
      await page.getByRole('link', { name: 'Evaluatie daginvulling vastleggen' }).click();
      await page.getByRole('heading', { name: 'Evaluatie daginvulling: Kevin Mulder' }).waitFor();
      // The rung starts empty: it is chosen, not pre-selected.
      expect(await page.getByRole('combobox', { name: 'Trede op de participatieladder nu' }).inputValue()).toBe('');
      await page.getByLabel('Past wat Kevin doet bij wat hij of zij wil?').fill('Ja, hij werkt graag met hout.');
      await page.getByLabel('Past het niveau: niet te zwaar, niet te licht?').fill('Het mag wat zwaarder.');
      await page.getByLabel('Waar staat Kevin in meedoen?').fill('Hij neemt meer verantwoordelijkheid in de groep.');
      await choose(page, 'Trede op de participatieladder nu', '3 · meedoen aan activiteiten');
      await page.getByLabel('Afspraken voor de komende periode').fill(AGREEMENTS);
      await walk.capture(page, 'evaluatie');
      await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
      await page.getByText('De evaluatie van Kevin is vastgelegd.').waitFor();

      // Read back: the evaluation opens on Kevin's timeline, with who wrote it.
      await page.getByRole('link', { name: 'Terug naar het dossier van Kevin Mulder' }).click();
      await page.getByRole('tab', { name: 'Tijdlijn' }).click();
      await page
        .getByRole('button', { name: /^Evaluatie daginvulling/ })
        .first()
        .click();
      await page.getByText(AGREEMENTS).waitFor();
      await page
        .getByText(/^Sanne Peters · vastgelegd op/)
        .first()
        .waitFor();
      await walk.capture(page, 'evaluatie-teruglezen');

      expect(walk.problems).toEqual({});
    },
    DAY_TIMEOUT,
  );
});
