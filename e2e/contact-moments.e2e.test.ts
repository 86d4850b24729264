import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { dutchDate, isoToday } from './support/dates.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

/** Today in the care week as dd-mm-jjjj, the way the job coach types it. */
const todayDutch = () => dutchDate(isoToday());

/** Pick an option of a select inside the form, as a person does. */
async function pick(form: Locator, page: Page, label: string, option: string): Promise<void> {
  await form
    .getByLabel(new RegExp(`^${label}`))
    .first()
    .click();
  await page.getByRole('option', { name: option }).click();
}

/**
 * Issue 14: the job coach of Werkfit records a one-to-one contact moment with Kevin (003 L1677-1684) on the page of
 * what Kevin shares with her, and reads it back after a reload; nothing in the form is chosen for her.
 */
describe.runIf(hasBrowser())('a job coach’s contact moments (issue 14)', () => {
  let kevin = '';
  const env = useServerAndBrowser(async (server) => {
    const coach = await apiAs(server.url, 'lisa.vos@delinde.example');
    const found = await coach<{ items: { id: string }[] }>('GET', '/clients');
    kevin = found.items[0]?.id ?? '';
  });

  it('Lisa records a contact moment with Kevin and reads it back after a reload', async () => {
    const url = env.server().url;
    const page = await signInAs(env.browser(), url, 'lisa.vos@delinde.example', { width: 1280, height: 900 });
    const supported = page.getByRole('region', { name: 'Mensen die ik begeleid' });
    await supported.getByRole('link', { name: 'Contactmomenten' }).click();
    const section = page.getByRole('region', { name: 'Contactmomenten' });
    // The demo's earlier moments are there to read back.
    await section.getByText('Kennismaking. Kevin wil graag buiten werken', { exact: false }).waitFor();

    const form = page.getByRole('form', { name: 'Contactmoment vastleggen' });
    // Every choice starts empty.
    expect(await form.getByLabel('Datum', { exact: false }).first().inputValue()).toBe('');
    expect(await form.getByLabel(/^Duur in minuten/).inputValue()).toBe('');
    expect(
      await form
        .getByLabel(/^Soort contact/)
        .first()
        .inputValue(),
    ).toBe('');
    expect(await form.getByLabel(/^Hoe/).first().inputValue()).toBe('');

    const today = todayDutch();
    await form
      .getByLabel(/^Datum/)
      .first()
      .fill(today);
    await form.getByLabel(/^Duur in minuten/).fill('40');
    await pick(form, page, 'Soort contact', 'Bezoek op de werkplek');
    await pick(form, page, 'Hoe', 'Persoonlijk');
    await form.getByLabel(/^Waar/).fill('Fietsenmaker Assendorp');
    await form.getByLabel(/^Kort verslag/).fill('Eerste ochtend meegedraaid; Kevin repareerde zelf twee banden.');
    await form.getByLabel(/^Volgende stap/).fill('Kevin vraagt om een tweede ochtend.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Contactmoment opslaan' }).click();
    await form.getByText('Het contactmoment is opgeslagen.').waitFor();
    // The form is empty again for the next one.
    expect(await form.getByLabel(/^Kort verslag/).inputValue()).toBe('');

    await page.reload();
    const after = page.getByRole('region', { name: 'Contactmomenten' });
    const item = after.getByRole('listitem').filter({ hasText: 'Kevin repareerde zelf twee banden' });
    await item.waitFor();
    await item.getByText(`${today} · Bezoek op de werkplek`).waitFor();
    await item.getByText('Persoonlijk · 40 minuten · door Lisa Vos (jobcoach Werkfit)').waitFor();
    await item.getByText('Fietsenmaker Assendorp').waitFor();
    await item.getByText('Kevin vraagt om een tweede ochtend.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await after.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}contact-moments-1280.png`, fullPage: false });

    const phone = await signInAs(env.browser(), url, 'lisa.vos@delinde.example', { width: 390, height: 844 });
    await phone.goto(`${url}/clienten/${kevin}/plan`);
    const small = phone.getByRole('region', { name: 'Contactmomenten' });
    await small.getByText('Kevin repareerde zelf twee banden', { exact: false }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await small.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: `${SCREENSHOTS}contact-moments-390.png`, fullPage: false });
  });
});
