import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

/** Pick an option of a required select (its label ends in an asterisk). */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page
    .getByLabel(new RegExp(`^${label}`))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

describe.runIf(hasBrowser())('the agenda', () => {
  const env = useServerAndBrowser();

  it('a therapist plans a weekly series with a holiday, cancels one week, and reads it back in the week view', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'marieke.bos@delinde.example');
    await page.getByRole('link', { name: 'Agenda', exact: true }).click();
    await page.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();

    // Nothing is chosen in advance: the kind and the repetition start empty.
    const save = page.getByRole('button', { name: 'Afspraak opslaan' });
    expect(await save.isDisabled()).toBe(true);
    await pick(page, 'Soort afspraak', 'Individuele afspraak');
    await page.getByLabel('Datum (eerste keer)').fill('2027-01-12');
    await page.getByLabel('Begintijd').fill('10:00');
    await page.getByLabel('Eindtijd').fill('11:00');
    await pick(page, 'Herhalen', 'Elke week');
    await page.getByLabel('Tot en met').fill('2027-02-09');
    await page.getByLabel('Vervalt op (bijvoorbeeld feestdagen)').fill('2027-02-02');
    await page.getByRole('button', { name: 'Datum toevoegen' }).click();
    await page.getByText('2 februari 2027').waitFor();
    await page.getByLabel('Reden voor deze data').fill('Voorjaarsvakantie');
    await save.click();
    await page.getByText('De afspraak staat in de agenda.').waitFor();

    // The week of the first session shows it, with Dutch dates.
    await page
      .getByText('Week van di 12 jan. tot en met ma 18 jan.')
      .or(page.getByText(/Week van ma 11 jan/))
      .waitFor();
    const week1 = page.getByRole('region', { name: '12 januari 2027' });
    await week1.getByText('10:00–11:00').waitFor();

    // Next week: cancel this one session.
    await page.getByRole('button', { name: 'Later →' }).click();
    const week2 = page.getByRole('region', { name: '19 januari 2027' });
    await week2.getByText('10:00–11:00').waitFor();
    await week2.getByRole('button', { name: 'Deze keer laten vervallen' }).click();
    await week2.getByLabel('Reden (zonder medische informatie)').fill('Teamdag');
    await week2.getByRole('button', { name: 'Laten vervallen' }).click();
    await week2.getByText('Vervalt: Teamdag').waitFor();
    expect(await week2.getByRole('button', { name: 'Deze keer laten vervallen' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}agenda-week-1280.png`, fullPage: false });

    // The holiday is on the agenda as cancelled too, and the week after goes on as planned.
    await page.getByRole('button', { name: 'Later →' }).click();
    await page.getByRole('button', { name: 'Later →' }).click();
    await page.getByRole('region', { name: '2 februari 2027' }).getByText('Vervalt: Voorjaarsvakantie').waitFor();
    await page.getByRole('button', { name: 'Later →' }).click();
    await page.getByRole('region', { name: '9 februari 2027' }).getByText('10:00–11:00').waitFor();

    // On a phone: back to the cancelled week, readable at 390 px.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: '← Eerder' }).click();
    await page.getByRole('button', { name: '← Eerder' }).click();
    await page.getByRole('button', { name: '← Eerder' }).click();
    await page.getByRole('region', { name: '19 januari 2027' }).getByText('Vervalt: Teamdag').scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}agenda-week-390.png`, fullPage: false });
  });
});
