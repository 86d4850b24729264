import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { dutchDate as dutch, isoDaysFromToday, isoToday } from './support/dates.js';
import { choose, pickIn } from './support/forms.js';
import { kevinInPmt } from './support/kevin-in-pmt.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/** Pick an option of a select inside the form, as a person does. */
async function pick(form: Locator, page: Page, label: string, option: string | RegExp): Promise<void> {
  await pickIn(page, form.getByLabel(new RegExp(`^${label}`)).first(), option);
}

/** The count of "notes still to write" on the start page's work list (0 when the kind is not there). */
async function notesToWrite(page: Page): Promise<number> {
  await page.getByRole('heading', { name: 'Mijn werklijst' }).waitFor();
  await page.getByRole('region', { name: 'Mijn werklijst' }).locator('.mantine-Badge-root').first().waitFor();
  const kind = page.getByText('Sessienotities nog te schrijven', { exact: true });
  if ((await kind.count()) === 0) return 0;
  const badge = kind.locator('xpath=following-sibling::*[1]');
  return Number(await badge.textContent());
}

describe.runIf(hasBrowser())('the agenda opens the care (issue 14)', () => {
  const env = useServerAndBrowser(async (server) => {
    await kevinInPmt(server.url);
  });

  it('a planner plans a series for Kevin; Marieke opens today’s appointment, records the session, one note less to write', async () => {
    const today = isoToday();
    const planner = await signInAs(env.browser(), env.server().url, 'yvonne.deboer@delinde.example');
    await planner.getByRole('link', { name: 'Agenda', exact: true }).click();
    await planner.getByRole('heading', { name: 'Nieuwe afspraak' }).waitFor();
    const plan = planner.locator('form').filter({ has: planner.getByRole('heading', { name: 'Nieuwe afspraak' }) });
    await pick(plan, planner, 'Soort afspraak', 'Individuele afspraak');
    await pick(plan, planner, 'Medewerker', 'Marieke Bos');
    // The client among those the planner may see: by name; the planner gets no trajectory to choose (health data).
    await plan.getByLabel('Cliënt', { exact: true }).fill('Kevin');
    await planner.getByRole('option', { name: /^Kevin Mulder/ }).click();
    expect(await plan.getByLabel('Behandeltraject').count()).toBe(0);
    await plan.getByLabel('Datum (eerste keer)').fill(today);
    await plan.getByLabel('Begintijd').fill('07:00');
    await plan.getByLabel('Eindtijd').fill('07:45');
    await pick(plan, planner, 'Herhalen', 'Elke week');
    await plan.getByLabel('Tot en met').fill(isoDaysFromToday(28));
    await planner.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await planner.getByText('De afspraak staat in de agenda.').waitFor();
    // The planner sees whom it is with (the directory), but no way into the treatment.
    await planner.getByRole('combobox', { name: 'Medewerker' }).first().click();
    await planner.getByRole('option', { name: 'Marieke Bos' }).click();
    const plannedDay = planner.getByRole('region', { name: new RegExp(`^${Number(today.slice(8))} `) });
    const plannedCard = plannedDay.getByTestId('agenda-item').filter({ hasText: '07:00–07:45' });
    await plannedCard.getByText('Kevin Mulder').waitFor();
    expect(await plannedCard.getByRole('link', { name: 'Sessie vastleggen' }).count()).toBe(0);

    const marieke = await signInAs(env.browser(), env.server().url, 'marieke.bos@delinde.example');
    const before = await notesToWrite(marieke);
    expect(before).toBeGreaterThanOrEqual(1);
    await marieke.getByRole('region', { name: 'Mijn werklijst' }).getByText('Afspraken vandaag').waitFor();

    await marieke.getByRole('link', { name: 'Agenda', exact: true }).click();
    const day = marieke.getByRole('region', { name: new RegExp(`^${Number(today.slice(8))} `) });
    const card = day.getByTestId('agenda-item').filter({ hasText: 'Kevin Mulder' });
    await card.getByText('07:00–07:45').waitFor();
    expect(await seriousA11yViolations(marieke)).toEqual([]);
    await marieke.screenshot({ path: `${SCREENSHOTS}agenda-opens-care-1280.png`, fullPage: false });
    await card.getByRole('link', { name: 'Sessie vastleggen' }).click();

    // The session form of that trajectory, on the appointment's date.
    const form = marieke.locator('form#sessie');
    await form.getByRole('heading', { name: 'Sessie vastleggen' }).waitFor();
    expect(await form.getByLabel('Datum', { exact: true }).inputValue()).toBe(dutch(today));
    // Form, setting and minutes start empty (nothing pre-selected): saving without them is refused in the form.
    await form.getByRole('button', { name: 'Sessie opslaan' }).click();
    await form.getByText('Kies of vul dit eerst in.').first().waitFor();
    expect(await form.getByText('Kies of vul dit eerst in.').count()).toBe(3);
    await choose(marieke, 'Vorm', 'individueel');
    await choose(marieke, 'Setting', 'instelling');
    await form.getByLabel('Minuten direct').fill('45');
    await form.getByLabel('Wat is er gedaan').fill('Balspel en ademhaling');
    await form.getByLabel('Observaties').fill('Rustig begonnen, aan het eind ontspannen.');
    expect(await seriousA11yViolations(marieke)).toEqual([]);
    await form.getByRole('button', { name: 'Sessie opslaan' }).click();
    await marieke.getByText(/· 1 sessie\(s\) ·/).waitFor();

    // Read back on the work list: today's appointment has its note, one note less to write.
    await marieke.getByRole('link', { name: 'Mijn overzicht' }).click();
    await marieke.getByRole('region', { name: 'Mijn werklijst' }).getByText('notitie geschreven', { exact: false }).waitFor();
    expect(await notesToWrite(marieke)).toBe(before - 1);
    expect(await seriousA11yViolations(marieke)).toEqual([]);
    await marieke.screenshot({ path: `${SCREENSHOTS}worklist-today-1280.png`, fullPage: false });
  });
});
