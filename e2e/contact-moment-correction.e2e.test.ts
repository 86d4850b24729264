import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { dutchDate, isoDaysFromToday } from './support/dates.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const LISA = 'lisa.vos@delinde.example';
const FIRST = 'Tweede ochtend bij de fietsenmaker; Kevin repareerde twee banden.';
const MEANWHILE = 'Tweede ochtend bij de fietsenmaker; Kevin repareerde twee banden. Eigenaar belde na: tevreden.';
const MINE = 'Tweede ochtend bij de fietsenmaker; Kevin repareerde drie banden en plakte een binnenband.';

/** Three days ago, as the API takes it (yyyy-mm-dd) and as the page shows it (dd-mm-jjjj). */
const day = { iso: isoDaysFromToday(-3), dutch: dutchDate(isoDaysFromToday(-3)) };

/**
 * Issue 14: the job coach corrects her own contact moment in the browser (003 L1677-1684). The form starts from the
 * current version and sends it as If-Match; when the moment changed meanwhile she is told so, sees the newest
 * version and keeps what she typed; after saving, every reader sees that it was corrected, when and by whom, and can
 * open the earlier versions. Someone else's moment has no "Corrigeren".
 */
describe.runIf(hasBrowser())('a job coach corrects a contact moment (issue 14)', () => {
  let kevin = '';
  let momentId = '';
  const env = useServerAndBrowser(async (server) => {
    const coach = await apiAs(server.url, LISA);
    kevin = (await coach<{ items: { id: string }[] }>('GET', '/clients')).items[0]?.id ?? '';
    const created = await coach<{ id: string }>('POST', `/clients/${kevin}/contact-moments`, {
      date: day.iso,
      minutes: 40,
      kind: 'werkplekbezoek',
      channel: 'op_locatie',
      place: 'Fietsenmaker Assendorp',
      report: FIRST,
      nextStep: '',
      nextAppointment: null,
    });
    momentId = created.id;
  });

  it('Lisa corrects her moment, meets a change made meanwhile without losing her text, and reads it back', async () => {
    const url = env.server().url;
    const page = await signInAs(env.browser(), url, LISA, { width: 1280, height: 900 });
    await page.goto(`${url}/clienten/${kevin}/plan`);
    const section = page.getByRole('region', { name: 'Contactmomenten' });
    const item = section.getByRole('listitem').filter({ hasText: 'Kevin repareerde twee banden' });
    await item.waitFor();
    await item.getByRole('button', { name: `Corrigeren: contactmoment van ${day.dutch}` }).click();
    const form = page.getByRole('form', { name: `Contactmoment van ${day.dutch} corrigeren` });
    // The form holds the version being corrected.
    expect(await form.getByLabel(/^Kort verslag/).inputValue()).toBe(FIRST);
    expect(await form.getByLabel(/^Duur in minuten/).inputValue()).toBe('40');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Meanwhile the same moment is corrected elsewhere (her other tab: version 1 becomes 2).
    const elsewhere = await apiAs(url, LISA);
    await elsewhere(
      'PUT',
      `/clients/${kevin}/contact-moments/${momentId}`,
      {
        date: day.iso,
        minutes: 40,
        kind: 'werkplekbezoek',
        channel: 'op_locatie',
        place: 'Fietsenmaker Assendorp',
        report: MEANWHILE,
        nextStep: '',
        nextAppointment: null,
      },
      { 'if-match': '"1"' },
    );

    await form.getByLabel(/^Kort verslag/).fill(MINE);
    await form.getByLabel(/^Duur in minuten/).fill('45');
    await form.getByRole('button', { name: 'Correctie opslaan' }).click();
    // A clear message, the newest version to compare, and her own text still in the form.
    await form.getByRole('alert').filter({ hasText: 'Intussen gewijzigd' }).waitFor();
    const newest = form.getByRole('region', { name: 'Nieuwste versie' });
    await newest.getByText('Eigenaar belde na: tevreden.', { exact: false }).waitFor();
    await newest.getByText('(versie 2)', { exact: false }).waitFor();
    expect(await form.getByLabel(/^Kort verslag/).inputValue()).toBe(MINE);
    expect(await form.getByLabel(/^Duur in minuten/).inputValue()).toBe('45');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}contact-moment-conflict-1280.png`, fullPage: false });

    // Having seen the newest version she saves again: her text corrects version 2.
    await form.getByRole('button', { name: 'Correctie opslaan' }).click();
    const corrected = section.getByRole('listitem').filter({ hasText: 'drie banden' });
    await corrected.getByText('De correctie is opgeslagen.').waitFor();

    // Read back after a reload: the new text, when and by whom it was corrected, and the earlier versions.
    await page.reload();
    const after = page.getByRole('region', { name: 'Contactmomenten' }).getByRole('listitem').filter({ hasText: 'drie banden' });
    await after.waitFor();
    await after.getByText('45 minuten', { exact: false }).waitFor();
    await after
      .getByText(/^Gecorrigeerd op \d{2}-\d{2}-\d{4} om \d{2}:\d{2} door Lisa Vos \(jobcoach Werkfit\) \(versie 3\)$/)
      .waitFor();
    await after.getByRole('button', { name: 'Eerdere versies bekijken' }).click();
    const earlier = after.getByRole('region', { name: 'Eerdere versies' });
    await earlier.getByText(MEANWHILE).waitFor();
    await earlier.getByText(FIRST, { exact: true }).waitFor();
    await earlier.getByText(/^Versie 1, geschreven op \d{2}-\d{2}-\d{4} om \d{2}:\d{2} door Lisa Vos/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await after.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}contact-moment-corrected-1280.png`, fullPage: false });

    // On a phone: the same, without sideways scrolling.
    const phone = await signInAs(env.browser(), url, LISA, { width: 390, height: 844 });
    await phone.goto(`${url}/clienten/${kevin}/plan`);
    const small = phone.getByRole('region', { name: 'Contactmomenten' }).getByRole('listitem').filter({ hasText: 'drie banden' });
    await small.getByRole('button', { name: 'Eerdere versies bekijken' }).click();
    await small.getByText(FIRST, { exact: true }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(phone)).toEqual([]);
    await small.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: `${SCREENSHOTS}contact-moment-corrected-390.png`, fullPage: false });
  });

  it('Mohamed of the care team reads that it was corrected and the earlier versions, but corrects only his own', async () => {
    const url = env.server().url;
    const page = await signInAs(env.browser(), url, 'mohamed.bouzid@delinde.example', { width: 1280, height: 900 });
    await page.goto(`${url}/clienten/${kevin}/plan`);
    const section = page.getByRole('region', { name: 'Contactmomenten' });
    const lisas = section.getByRole('listitem').filter({ hasText: 'drie banden' });
    await lisas.getByText(/^Gecorrigeerd op .* door Lisa Vos/).waitFor();
    expect(await lisas.getByRole('button', { name: /^Corrigeren/ }).count()).toBe(0);
    await lisas.getByRole('button', { name: 'Eerdere versies bekijken' }).click();
    await lisas.getByRole('region', { name: 'Eerdere versies' }).getByText(FIRST, { exact: true }).waitFor();
    // His own moment from the demo may be corrected by him.
    const his = section.getByRole('listitem').filter({ hasText: 'door Mohamed Bouzid' }).first();
    await his.getByRole('button', { name: /^Corrigeren/ }).waitFor();
  });
});
