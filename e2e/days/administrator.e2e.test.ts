import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser.js';
import { dayWalk } from '../support/day-walk.js';
import { DAY_TIMEOUT } from './day-support.js';
import { signInAs } from '../support/people.js';
import { useServerAndBrowser } from '../support/session.js';

/** Issue 14, "Done when": the administrator's day — accounts and roles, a care team, the organisation, instruments. */
describe.runIf(hasBrowser())('an administrator’s working day', () => {
  const env = useServerAndBrowser();

  it(
    'Bram invites a colleague, changes her roles, reads a care team and sets the AGB code, each read back',
    async () => {
      const walk = dayWalk('administrator', { width: 1280, height: 800 });
      const page = await signInAs(env.browser(), env.server().url, 'bram.willems@delinde.example', { width: 1280, height: 800 });
      await page.getByRole('link', { name: 'Gebruikers en rollen' }).click();
      await page.getByRole('heading', { name: 'Nieuw account' }).waitFor();
      await walk.capture(page, 'users');

      // A new planner: no role ticked beforehand, an invitation link to hand over.
      const create = page.getByRole('region', { name: 'Nieuw account' });
      for (const box of await create.getByRole('checkbox').all()) expect(await box.isChecked()).toBe(false);
      await create.getByLabel('Naam').fill('Joke Smit');
      await create.getByLabel('E-mailadres').fill('joke.smit@delinde.example');
      await create.getByRole('checkbox', { name: 'Planning en administratie', exact: true }).check();
      await create.getByRole('button', { name: 'Account aanmaken' }).click();
      await page.getByText('Het account van Joke Smit is aangemaakt.').waitFor();
      await page.getByRole('region', { name: 'Uitnodigingslink voor Joke Smit' }).getByLabel('Uitnodigingslink').waitFor();
      const card = page.getByRole('article', { name: 'Joke Smit' });
      await card.getByText('Planning en administratie').waitFor();
      await card.getByText('nog niet gekozen').waitFor();
      await walk.capture(page, 'user-invited');

      // She also supervises a group on Fridays: a second role, read back on her card.
      await card.getByRole('button', { name: 'Rollen wijzigen' }).click();
      await card.getByRole('checkbox', { name: 'Activiteitenbegeleider', exact: true }).check();
      await card.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await card
        .getByText('Planning en administratie, Activiteitenbegeleider')
        .or(card.getByText('Activiteitenbegeleider, Planning en administratie'))
        .waitFor();

      // The care team around Kevin, as the administrator sees it.
      await page.getByRole('link', { name: 'Mijn cliënten' }).click();
      await page.getByRole('link', { name: 'Mulder, Kevin' }).click();
      await page.getByRole('heading', { name: 'Zorgteam' }).waitFor();
      await page.getByText('Sanne Peters', { exact: false }).first().waitFor();
      await walk.capture(page, 'care-team');

      // The organisation's AGB code, saved and shown as the current one.
      await page.getByRole('link', { name: 'Instellingen organisatie' }).click();
      await page.getByText('Nu: 98000001').waitFor();
      await page.getByRole('textbox', { name: 'AGB-code van de organisatie' }).fill('98000011');
      await page.getByRole('region', { name: 'AGB-code van de organisatie' }).getByRole('button', { name: 'Opslaan' }).click();
      await page.getByText('De AGB-code is opgeslagen.').waitFor();
      await page.getByText('Nu: 98000011').waitFor();
      await walk.capture(page, 'organisation');

      // Switching on an instrument is walked in e2e/measurement-more.e2e.test.ts (Bram enables a licensed one).

      expect(walk.problems).toEqual({});
    },
    DAY_TIMEOUT,
  );
});
