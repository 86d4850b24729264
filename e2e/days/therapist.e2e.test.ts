import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/api.js';
import { hasBrowser } from '../support/browser.js';
import { dayWalk } from '../support/day-walk.js';
import { choose } from '../support/forms.js';
import { kevinInPmt } from '../support/kevin-in-pmt.js';
import { signInAs } from '../support/people.js';
import { useServerAndBrowser } from '../support/session.js';
import { dutchDate, isoToday } from '../support/dates.js';
import { DAY_TIMEOUT } from './day-support.js';

const NOTE = 'Balspel in de zaal; Kevin gaf zelf aan wanneer hij even moest zitten.';

/**
 * Issue 14, the therapist's day (Marieke Bos, PMT): her work list, the agenda, today's appointment opens the session
 * form, the session is recorded (every choice starts empty), read back on Kevin's timeline, and the MDO.
 */
describe.runIf(hasBrowser())('a therapist’s working day (issue 14)', () => {
  const env = useServerAndBrowser(async (server) => {
    const trajectory = await kevinInPmt(server.url);
    // The planner's part: a one-off appointment with Kevin today, in his PMT trajectory.
    const m = await apiAs(server.url, 'marieke.bos@delinde.example');
    const [, , clientId, , trajectoryId] = trajectory.split('/');
    await m('POST', '/agenda/series', {
      kind: 'individueel',
      clientId,
      trajectoryId,
      groupId: null,
      roomId: null,
      address: null,
      onlineUrl: null,
      startDate: isoToday(),
      startTime: '07:00',
      endTime: '07:45',
      recurrence: null,
      exceptions: [],
    });
  });

  it(
    'Marieke goes from her work list to today’s session, records it and reads it back',
    async () => {
      const size = { width: 1280, height: 800 };
      const walk = dayWalk('therapist', size);
      const page = await signInAs(env.browser(), env.server().url, 'marieke.bos@delinde.example', size);

      // The start page: today's appointment and the note still to write.
      const worklist = page.getByRole('region', { name: 'Mijn werklijst' });
      await worklist.getByText('Afspraken vandaag').waitFor();
      await worklist.getByText('Sessienotities nog te schrijven').waitFor();
      await walk.capture(page, 'werklijst');

      // The agenda: today's appointment with Kevin opens the session form.
      await page.getByRole('link', { name: 'Agenda', exact: true }).click();
      const today = isoToday();
      const day = page.getByRole('region', { name: new RegExp(`^${Number(today.slice(8))} `) });
      const card = day.getByTestId('agenda-item').filter({ hasText: 'Kevin Mulder' });
      await card.getByText('07:00–07:45').waitFor();
      await walk.capture(page, 'agenda');
      await card.getByRole('link', { name: 'Sessie vastleggen' }).click();

      // The session: on the appointment's date; form, setting and minutes start empty and must be chosen.
      const form = page.locator('form#sessie');
      await form.getByRole('heading', { name: 'Sessie vastleggen' }).waitFor();
      expect(await form.getByLabel('Datum', { exact: true }).inputValue()).toBe(dutchDate(today));
      expect(await form.getByLabel('Vorm', { exact: true }).inputValue()).toBe('');
      expect(await form.getByLabel('Setting', { exact: true }).inputValue()).toBe('');
      expect(await form.getByLabel('Minuten direct').inputValue()).toBe('');
      await choose(page, 'Vorm', 'individueel');
      await choose(page, 'Setting', 'instelling');
      await form.getByLabel('Minuten direct').fill('45');
      await form.getByLabel('Wat is er gedaan').fill(NOTE);
      await form.getByLabel('Observaties').fill('Begon gespannen, eindigde rustig.');
      await walk.capture(page, 'sessie-vastleggen');
      await form.getByRole('button', { name: 'Sessie opslaan' }).click();
      await page.getByText(/· 1 sessie\(s\) ·/).waitFor();

      // Read back: Kevin's timeline opens the session to its full text, with who wrote it.
      await page.getByRole('link', { name: 'Mijn cliënten' }).click();
      await page.getByRole('link', { name: 'Mulder, Kevin' }).click();
      await page.getByRole('tab', { name: 'Tijdlijn' }).click();
      await page
        .getByRole('button', { name: /^Sessie · individueel/ })
        .first()
        .click();
      await page.getByText(NOTE).waitFor();
      await page.getByText('Begon gespannen, eindigde rustig.').waitFor();
      await page
        .getByText(/^Marieke Bos · vastgelegd op/)
        .first()
        .waitFor();
      await walk.capture(page, 'tijdlijn');

      // Back on the work list: today's appointment has its note.
      await page.getByRole('link', { name: 'Mijn overzicht' }).click();
      await worklist.getByText('notitie geschreven', { exact: false }).waitFor();

      // The MDO: Kevin's treatment discussed, the decision recorded and read back in the list of meetings.
      await page.getByRole('link', { name: /MDO/ }).first().click();
      await page.getByRole('heading', { name: 'Multidisciplinair overleg (MDO)' }).waitFor();
      await page.getByRole('checkbox', { name: /^Kevin Mulder · .* besproken$/ }).check();
      await page.getByLabel('Besluit voor Kevin Mulder').fill('Doorgaan met de groep; over zes weken evalueren.');
      await walk.capture(page, 'mdo');
      await page.getByRole('button', { name: 'MDO vastleggen (1)' }).click();
      await page.getByText('MDO vastgelegd voor 1 behandeling(en).').waitFor();
      const meeting = page.getByRole('region', { name: 'Eerdere MDO’s over mijn cliënten' }).getByRole('article').first();
      await meeting.getByText('Doorgaan met de groep; over zes weken evalueren.', { exact: false }).waitFor();
      await walk.capture(page, 'mdo-teruglezen');

      expect(walk.problems).toEqual({});
    },
    DAY_TIMEOUT,
  );
});
