import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser.js';
import { dayWalk } from '../support/day-walk.js';
import { signInAs } from '../support/people.js';
import { useServerAndBrowser } from '../support/session.js';
import { isoToday } from '../support/dates.js';
import { DAY_TIMEOUT, pickIn } from './day-support.js';

/** Kevin's signal plan (demo): he shares it with nobody outside his team. */
const SIGNAL_PLAN_TEXT = 'Ik blijf in bed';

/**
 * Issue 14, the job coach's day (Lisa Vos, jobcoach at Werkfit, outside the organisation): the people she supports,
 * the part of Kevin's plan he shares with her (read only; what he does not share is named, his attendance on the
 * work floor among it), and a meeting with Kevin on the work floor planned in her own agenda and read back there.
 */
describe.runIf(hasBrowser())('a job coach’s working day (issue 14)', () => {
  const env = useServerAndBrowser();

  it(
    'Lisa reads what Kevin shares with her and plans a meeting with him at work',
    async () => {
      const size = { width: 1280, height: 800 };
      const walk = dayWalk('job-coach', size);
      const page = await signInAs(env.browser(), env.server().url, 'lisa.vos@delinde.example', size);

      // Her start page: the people she supports, and how (Kevin shares with her himself).
      const supported = page.getByRole('region', { name: 'Mensen die ik begeleid' });
      await supported.getByText('deelt zelf met u').waitFor();
      await walk.capture(page, 'start');

      // The shared part of Kevin's plan: read only, and what he does not share is said, his attendance too.
      await supported.getByRole('link', { name: 'Kevin Mulder' }).click();
      await page.getByRole('heading', { name: 'Plan van Kevin Mulder' }).waitFor();
      await page.getByRole('region', { name: 'Dromen en wensen' }).getByText('Ik wil later fietsenmaker worden').waitFor();
      await page.getByText('Dit deelt Kevin niet met u:').waitFor();
      await page.getByRole('listitem').filter({ hasText: 'Signaleringsplan (stoplicht)' }).waitFor();
      await page
        .getByRole('region', { name: 'Aanwezigheid per week' })
        .getByText('Kevin deelt niet met u wanneer hij of zij er is.')
        .waitFor();
      await page.getByText('U kunt dit plan lezen.', { exact: false }).waitFor();
      // The plan is read only: the one form on the page is her own contact moments with Kevin.
      expect(await page.locator('main :is(textarea, input):not(form *)').count()).toBe(0);
      expect(await page.evaluate(() => document.body.innerText)).not.toContain(SIGNAL_PLAN_TEXT);
      await walk.capture(page, 'gedeeld-plan');

      // A contact moment at Kevin's work place, every choice made by her, read back after a reload.
      const moment = page.getByRole('form', { name: 'Contactmoment vastleggen' });
      expect(await moment.getByLabel(/^Duur in minuten/).inputValue()).toBe('');
      const [year, month, dayOfMonth] = isoToday().split('-');
      await moment
        .getByLabel(/^Datum/)
        .first()
        .fill(`${dayOfMonth}-${month}-${year}`);
      await moment.getByLabel(/^Duur in minuten/).fill('30');
      await pickIn(moment, page, 'Soort contact', 'Bezoek op de werkplek');
      await pickIn(moment, page, 'Hoe', 'Persoonlijk');
      await moment.getByLabel(/^Waar/).fill('Kringloop Zwolle');
      await moment.getByLabel(/^Kort verslag/).fill('Kevin sorteerde fietsonderdelen en vroeg zelf om uitleg.');
      await moment.getByLabel(/^Volgende stap/).fill('Over twee weken samen terugkijken.');
      await walk.capture(page, 'contactmoment');
      await moment.getByRole('button', { name: 'Contactmoment opslaan' }).click();
      await moment.getByText('Het contactmoment is opgeslagen.').waitFor();
      await page.reload();
      await page
        .getByRole('region', { name: 'Contactmomenten' })
        .getByRole('listitem')
        .filter({ hasText: 'Kevin sorteerde fietsonderdelen' })
        .waitFor();
      await walk.capture(page, 'contactmoment-teruglezen');

      // Her own agenda: a meeting with Kevin on the work floor today; every choice starts empty.
      await page.getByRole('link', { name: 'Agenda', exact: true }).click();
      const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Nieuwe afspraak' }) });
      await form.getByRole('heading', { name: 'Nieuwe afspraak' }).waitFor();
      expect(await form.getByRole('combobox', { name: 'Soort afspraak' }).inputValue()).toBe('');
      expect(await form.getByRole('combobox', { name: 'Herhalen' }).inputValue()).toBe('');
      // She plans only her own agenda: no choice of colleague, and no treatment to link.
      expect(await form.getByLabel('Medewerker').count()).toBe(0);
      // Required fields carry a star in their label: picked by the start of the name.
      await form.getByRole('combobox', { name: /^Soort afspraak/ }).click();
      await page.getByRole('option', { name: 'Individuele afspraak' }).click();
      await form.getByLabel('Cliënt', { exact: true }).fill('Kevin');
      await page.getByRole('option', { name: /^Kevin Mulder/ }).click();
      expect(await form.getByLabel('Behandeltraject').count()).toBe(0);
      const today = isoToday();
      await form.getByLabel('Datum (eerste keer)').fill(today);
      await form.getByLabel('Begintijd').fill('13:00');
      await form.getByLabel('Eindtijd').fill('13:30');
      await form.getByRole('combobox', { name: /^Herhalen/ }).click();
      await page.getByRole('option', { name: 'Eenmalig' }).click();
      await walk.capture(page, 'afspraak-plannen');
      await form.getByRole('button', { name: 'Afspraak opslaan' }).click();
      await page.getByText('De afspraak staat in de agenda.').waitFor();

      // Read back: the meeting in her agenda, after a reload.
      await page.reload();
      const day = page.getByRole('region', { name: new RegExp(`^${Number(today.slice(8))} `) });
      const card = day.getByTestId('agenda-item').filter({ hasText: '13:00–13:30' });
      await card.getByText('Kevin Mulder').waitFor();
      expect(await card.getByRole('link', { name: 'Sessie vastleggen' }).count()).toBe(0);
      await walk.capture(page, 'agenda');

      expect(walk.problems).toEqual({});
    },
    DAY_TIMEOUT,
  );
});
