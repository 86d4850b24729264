import { describe, expect, it } from 'vitest';
import { dutchDate, isoDaysFromToday, isoToday } from './support/dates.js';
import { apiAs } from './support/api.js';
import { hasBrowser } from './support/browser.js';
import { checkedIn } from './support/forms.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

/** A date as the record shows it in Dutch: "2 december 2026". */
const longDate = (iso: string): string =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/**
 * Issue 14: the administrator arranges a care team on the client's record (on a phone), and reads back what she did
 * after a reload; a therapist sees the care team without any way to change it.
 */
describe.runIf(hasBrowser())('arranging a care team (issue 14)', () => {
  let kevin = '';
  let henk = '';
  const env = useServerAndBrowser(async (server) => {
    const bram = await apiAs(server.url, 'bram.willems@delinde.example');
    kevin = (await bram<{ items: { id: string }[] }>('GET', '/clients?q=Kevin')).items[0]?.id ?? '';
    const marieke = await apiAs(server.url, 'marieke.bos@delinde.example');
    henk = (await marieke<{ items: { id: string }[] }>('GET', '/clients?q=Henk')).items[0]?.id ?? '';
  });

  it('Bram adds Thomas de Groot to Kevin’s care team, reads it back after a reload, ends it and reads that back', async () => {
    const today = isoToday();
    const page = await signInAs(env.browser(), env.server().url, 'bram.willems@delinde.example', { width: 390, height: 844 });
    await page.goto(`${env.server().url}/clienten/${kevin}`);
    const team = page.getByRole('region', { name: 'Zorgteam' });
    await team.getByText('Sanne Peters', { exact: false }).waitFor();
    expect(await team.getByText('Thomas de Groot', { exact: false }).count()).toBe(0);

    // Every choice starts empty: no professional, no role, no date.
    await team.getByRole('button', { name: 'Professional toevoegen aan het zorgteam' }).click();
    const form = team.getByRole('form', { name: 'Professional toevoegen aan het zorgteam' });
    const who = form.getByRole('combobox', { name: /^Professional/ });
    await who.locator('option', { hasText: 'Thomas de Groot' }).waitFor({ state: 'attached' });
    expect(await who.inputValue()).toBe('');
    expect(await form.getByLabel('Eerste dag in het zorgteam').inputValue()).toBe('');
    await who.selectOption({ label: 'Thomas de Groot' });
    const role = form.getByRole('radiogroup', { name: /^Rol in het zorgteam/ });
    await role.getByRole('radio', { name: 'Vaktherapeut' }).waitFor();
    expect(await checkedIn(role)).toEqual([]);
    await role.getByRole('radio', { name: 'Vaktherapeut' }).check();
    await form.getByLabel('Eerste dag in het zorgteam').fill(dutchDate(today));
    await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await team.getByRole('status').getByText('Thomas de Groot is toegevoegd aan het zorgteam.').waitFor();

    // Read back, now and after a reload: Thomas on the team as vaktherapeut, since today.
    const current = team.getByRole('list', { name: 'Nu in het zorgteam' });
    const thomas = current.getByRole('listitem').filter({ hasText: 'Thomas de Groot' });
    await thomas.getByText(`Vaktherapeut (Muziektherapie)`, { exact: false }).waitFor();
    await page.reload();
    await thomas.getByText(`sinds ${longDate(today)}`, { exact: false }).waitFor();
    expect(await thomas.textContent()).toContain('Thomas de Groot · Vaktherapeut (Muziektherapie)');

    // Ending asks for the last day and a confirmation; cancelling changes nothing.
    await thomas.getByRole('button', { name: 'Lidmaatschap van Thomas de Groot beëindigen' }).click();
    const ending = thomas.getByRole('form', { name: 'Lidmaatschap van Thomas de Groot beëindigen' });
    expect(await ending.getByLabel('Laatste dag in het zorgteam').inputValue()).toBe('');
    await ending
      .getByText('Na de laatste dag ziet Thomas de Groot het dossier niet meer via het zorgteam.', { exact: false })
      .waitFor();
    await ending.getByLabel('Laatste dag in het zorgteam').fill(dutchDate(today));
    await ending.getByRole('button', { name: 'Ja, beëindigen' }).click();
    await team.getByRole('status').getByText('Het lidmaatschap van Thomas de Groot is beëindigd.').waitFor();
    const period = `${longDate(today)} tot en met ${longDate(today)}`;
    await thomas.getByText(period, { exact: false }).waitFor();
    expect(await thomas.getByRole('button').count()).toBe(0);

    await page.reload();
    await thomas.getByText(period, { exact: false }).waitFor();
    expect(await thomas.getByRole('button').count()).toBe(0);
    // The others are still on the team, each with a way to end their membership.
    await current
      .getByRole('listitem')
      .filter({ hasText: 'Sanne Peters' })
      .getByRole('button', { name: 'Lidmaatschap van Sanne Peters beëindigen' })
      .waitFor();
    await page.context().close();
  });

  it('Bram plans Thomas on Kevin’s care team from a later day on a tablet, withdraws the plan, and reads it back after a reload', async () => {
    const later = isoDaysFromToday(14);
    const page = await signInAs(env.browser(), env.server().url, 'bram.willems@delinde.example', { width: 768, height: 1024 });
    await page.goto(`${env.server().url}/clienten/${kevin}`);
    const team = page.getByRole('region', { name: 'Zorgteam' });
    await team.getByRole('button', { name: 'Professional toevoegen aan het zorgteam' }).click();
    const form = team.getByRole('form', { name: 'Professional toevoegen aan het zorgteam' });
    const who = form.getByRole('combobox', { name: /^Professional/ });
    await who.locator('option', { hasText: 'Thomas de Groot' }).waitFor({ state: 'attached' });
    await who.selectOption({ label: 'Thomas de Groot' });
    await form
      .getByRole('radiogroup', { name: /^Rol in het zorgteam/ })
      .getByRole('radio', { name: 'Vaktherapeut' })
      .check();
    await form.getByLabel('Eerste dag in het zorgteam').fill(dutchDate(later));
    await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await team.getByRole('status').getByText('Thomas de Groot is toegevoegd aan het zorgteam.').waitFor();

    // Planned: listed with the team from its first day, with a way to withdraw it and none to end it.
    const current = team.getByRole('list', { name: 'Nu in het zorgteam' });
    const plan = current.getByRole('listitem').filter({ hasText: `vanaf ${longDate(later)}` });
    await plan.getByText('Thomas de Groot', { exact: false }).waitFor();
    expect(await plan.getByRole('button', { name: /beëindigen/ }).count()).toBe(0);
    await plan.getByRole('button', { name: 'Gepland lidmaatschap van Thomas de Groot intrekken' }).click();
    const withdrawing = plan.getByRole('form', { name: 'Gepland lidmaatschap van Thomas de Groot intrekken' });
    await withdrawing
      .getByText('ziet Thomas de Groot het dossier ook op de geplande eerste dag niet', { exact: false })
      .waitFor();
    await withdrawing.getByRole('button', { name: 'Ja, intrekken' }).click();
    await team.getByRole('status').getByText('Het geplande lidmaatschap van Thomas de Groot is ingetrokken.').waitFor();

    // Read back after a reload: with the past, as a plan withdrawn before it began, nothing left to change.
    await page.reload();
    const past = team.getByRole('list', { name: 'Eerder in het zorgteam' });
    const withdrawn = past.getByRole('listitem').filter({ hasText: 'Thomas de Groot' });
    await withdrawn.getByText(`gepland vanaf ${longDate(later)}, ingetrokken voordat het begon`, { exact: false }).waitFor();
    expect(await withdrawn.getByRole('button').count()).toBe(0);
    expect(
      await current
        .getByRole('listitem')
        .filter({ hasText: `vanaf ${longDate(later)}` })
        .count(),
    ).toBe(0);
    await page.context().close();
  });

  it('Marieke, a therapist on Henk’s care team, reads it and finds no way to add or end', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'marieke.bos@delinde.example', { width: 390, height: 844 });
    await page.goto(`${env.server().url}/clienten/${henk}`);
    const team = page.getByRole('region', { name: 'Zorgteam' });
    await team.getByText('Marieke Bos', { exact: false }).waitFor();
    await team.getByText('Ingrid Meijer', { exact: false }).waitFor();
    expect(await team.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: /zorgteam|beëindigen/i }).count()).toBe(0);
    await page.context().close();
  });

  it('Bram switches off Mohamed’s account on a tablet; Kevin’s care team reads Mohamed as ended today', async () => {
    const today = isoToday();
    const page = await signInAs(env.browser(), env.server().url, 'bram.willems@delinde.example', { width: 768, height: 1024 });
    await page.goto(`${env.server().url}/beheer/gebruikers`);
    const card = page.getByRole('article', { name: 'Mohamed Bouzid' });
    await card.getByRole('button', { name: 'Account uitzetten' }).click();
    await card.getByText('staat vanaf morgen in geen enkel zorgteam meer', { exact: false }).waitFor();
    // No reason, no switching off: the button waits for one.
    expect(await card.getByRole('button', { name: 'Uitzetten', exact: true }).isDisabled()).toBe(true);
    await card.getByLabel('Waarom zet u dit account uit?').fill('Uit dienst per vandaag');
    await card.getByRole('button', { name: 'Uitzetten', exact: true }).click();
    await card.getByText('Uitgezet', { exact: true }).waitFor();

    await page.goto(`${env.server().url}/clienten/${kevin}`);
    const team = page.getByRole('region', { name: 'Zorgteam' });
    const mohamed = team.getByRole('listitem').filter({ hasText: 'Mohamed Bouzid' });
    await mohamed.getByText(`tot en met ${longDate(today)}`, { exact: false }).waitFor();
    expect(await mohamed.getByRole('button', { name: /beëindigen/ }).count()).toBe(0);
    await page.context().close();
  });
});
