import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser.js';
import { dayWalk } from '../support/day-walk.js';
import { DAY_TIMEOUT, pickIn } from './day-support.js';
import { signInAs } from '../support/people.js';
import { useServerAndBrowser } from '../support/session.js';

/** Issue 14, "Done when": the planner's day — rooms, a series with a cancelled week and one moved session, groups. */
describe.runIf(hasBrowser())('a planner’s working day', () => {
  const env = useServerAndBrowser();

  it(
    'Yvonne adds a room, plans a weekly group session with a holiday, moves one session and reads it back',
    async () => {
      const walk = dayWalk('planner', { width: 1280, height: 800 });
      const page = await signInAs(env.browser(), env.server().url, 'yvonne.deboer@delinde.example', { width: 1280, height: 800 });
      await page.getByRole('link', { name: 'Agenda', exact: true }).click();
      await page.getByRole('heading', { name: 'Nieuwe afspraak' }).waitFor();
      await walk.capture(page, 'agenda-week');

      // A room of her own making, then a weekly group session in it for Sanne, with the spring holiday off.
      await page.getByLabel('Naam van de ruimte').fill('Atelier 2');
      await page.getByLabel('Aantal plaatsen').fill('8');
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Nieuwe afspraak' }) });
      expect(await form.getByRole('button', { name: 'Afspraak opslaan' }).isDisabled()).toBe(true);
      await pickIn(form, page, 'Soort afspraak', 'Groepssessie');
      await pickIn(form, page, 'Medewerker', 'Sanne Peters');
      await pickIn(form, page, 'Ruimte', 'Atelier 2');
      await form.getByLabel('Dagbestedingsgroep').click();
      const group = (await page.getByRole('option').first().textContent()) ?? '';
      await page.getByRole('option', { name: group, exact: true }).click();
      await form.getByLabel('Datum (eerste keer)').fill('2027-03-02');
      await form.getByLabel('Begintijd').fill('09:30');
      await form.getByLabel('Eindtijd').fill('11:00');
      await pickIn(form, page, 'Herhalen', 'Elke week');
      await form.getByLabel('Tot en met').fill('2027-03-30');
      await form.getByLabel('Vervalt op (bijvoorbeeld feestdagen)').fill('2027-03-16');
      await form.getByRole('button', { name: 'Datum toevoegen' }).click();
      await form.getByText('16 maart 2027').waitFor();
      await form.getByLabel('Reden voor deze data').fill('Voorjaarsvakantie');
      await form.getByRole('button', { name: 'Afspraak opslaan' }).click();
      await page.getByText('De afspraak staat in de agenda.').waitFor();
      // The next appointment starts from empty choices, not the last one's.
      expect(await form.getByRole('combobox', { name: 'Soort afspraak' }).inputValue()).toBe('');

      // Read back in Sanne's week: the first session, in the new room, with the group.
      await page.getByRole('combobox', { name: 'Medewerker' }).first().click();
      await page.getByRole('option', { name: 'Sanne Peters' }).click();
      const first = page.getByRole('region', { name: '2 maart 2027' }).getByTestId('agenda-item');
      await first.getByText('09:30–11:00').waitFor();
      await first.getByText('Ruimte: Atelier 2').waitFor();
      await first.getByText(`Groep: ${group}`).waitFor();
      await first.scrollIntoViewIfNeeded();
      await walk.capture(page, 'series-planned');

      // The week after: one session moves to Thursday, because the room is taken.
      await page.getByRole('button', { name: 'Later →' }).click();
      const tuesday = page.getByRole('region', { name: '9 maart 2027' });
      await tuesday.getByRole('button', { name: 'Deze keer verplaatsen' }).click();
      await tuesday.getByLabel('Reden (zonder medische informatie)').fill('Atelier bezet door de open dag');
      await tuesday.getByLabel('Datum (eerste keer)').fill('2027-03-11');
      await tuesday.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
      const thursday = page.getByRole('region', { name: '11 maart 2027' }).getByTestId('agenda-item');
      await thursday.getByText('Verplaatst').waitFor();
      await thursday.getByText('09:30–11:00').waitFor();
      await thursday.scrollIntoViewIfNeeded();
      await walk.capture(page, 'session-moved');

      // The room's agenda, a day at a time: the moved session on Thursday, then the holiday week.
      await page.getByRole('combobox', { name: 'Agenda van' }).click();
      await page.getByRole('option', { name: 'Ruimte', exact: true }).click();
      // The room choice of the agenda appears above the form's own "Ruimte": wait for it, or the form's is chosen.
      await expect.poll(() => page.getByRole('combobox', { name: 'Ruimte' }).count()).toBe(2);
      await page.getByRole('combobox', { name: 'Ruimte' }).first().click();
      await page.getByRole('option', { name: 'Atelier 2' }).click();
      const view = page.getByRole('radiogroup', { name: 'Weergave' });
      // Each step waits for the page to show it: a click on "Later →" before the day view is applied moves a week.
      await view.getByText('Dag', { exact: true }).click();
      await page.getByText('9 maart 2027', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Later →' }).click();
      await page.getByText('10 maart 2027', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Later →' }).click();
      const roomDay = page.getByRole('region', { name: '11 maart 2027' }).getByTestId('agenda-item');
      await roomDay.getByText('Verplaatst').waitFor();
      await roomDay.getByText('Met Sanne Peters').waitFor();
      await roomDay.scrollIntoViewIfNeeded();
      await walk.capture(page, 'room-day');
      await view.getByText('Week', { exact: true }).click();
      await page.getByRole('region', { name: '8 maart 2027' }).waitFor();
      await page.getByRole('button', { name: 'Later →' }).click();
      const holiday = page.getByRole('region', { name: '16 maart 2027' }).getByText('Vervalt: Voorjaarsvakantie');
      await holiday.waitFor();
      await holiday.scrollIntoViewIfNeeded();
      await walk.capture(page, 'room-week-holiday');

      // The groups and their rosters.
      await page.getByRole('link', { name: 'Groepen en roosters' }).click();
      await page.getByText('Alle groepen', { exact: true }).click();
      await page.getByRole('heading', { name: group }).waitFor();
      await walk.capture(page, 'groups');

      expect(walk.problems).toEqual({});
    },
    DAY_TIMEOUT,
  );
});
