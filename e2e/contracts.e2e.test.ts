import { describe, expect, it } from 'vitest';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const ADMIN = 'bram.willems@delinde.example';
const PHONE = { width: 390, height: 844 };

describe.runIf(hasBrowser())('contracts and tariffs in the browser (issue 14)', () => {
  const env = useServerAndBrowser();

  it('the administrator adds the 2027 contract on a phone, from empty fields, and reads it back after a reload', async () => {
    const url = env.server().url;
    const page = await signInAs(env.browser(), url, ADMIN, PHONE);
    // The menu entry, next to the organisation settings.
    await page.getByRole('button', { name: 'Hoofdmenu' }).click();
    await page.getByRole('link', { name: 'Contracten en tarieven' }).click();
    await page.getByRole('heading', { name: 'Contracten en tarieven', level: 2 }).waitFor();
    // Choosing a page closes the menu on a phone.
    await page.getByRole('button', { name: 'Hoofdmenu', expanded: false }).waitFor();
    await page.getByText('Standaardwaarden in gebruik').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Periode toevoegen' }).click();
    const individual = page.getByRole('group', { name: 'Individuele zitting' });
    // Every decision starts empty: no date, no code, no tariff, no rounding chosen.
    expect(await page.getByLabel('Geldig vanaf').inputValue()).toBe('');
    expect(await individual.getByLabel('Prestatiecode').inputValue()).toBe('');
    expect(await individual.getByLabel('Tarief per kwartier').inputValue()).toBe('');
    expect(await page.getByRole('form', { name: 'Nieuwe periode' }).getByRole('radio', { checked: true }).count()).toBe(0);

    // Saving with empty fields names what is missing, and saves nothing.
    await page.getByRole('button', { name: 'Periode opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nog niet ingevuld' }).waitFor();

    // The explicit copy of the 2026 values, then this contract's own period, reference and tariff.
    await page.getByRole('button', { name: 'Overnemen van 01-01-2026 t/m 31-12-2026' }).click();
    await page.getByText('De waarden zijn overgenomen').waitFor();
    await page.getByLabel('Geldig vanaf').fill('01-01-2027');
    await page.getByLabel('Geldig tot en met').fill('31-12-2027');
    await page.getByLabel('Contract of bron van de tarieven').fill('Zorgverzekeraar Noord, contract ZN-2027-118');
    await individual.getByLabel('Tarief per kwartier').fill('17,45');
    await page.getByLabel('Verplicht eigen risico per jaar').fill('1.234,50');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Periode opslaan' }).click();
    await page.getByText('De periode 01-01-2027 t/m 31-12-2027 is opgeslagen.').waitFor();

    await page.reload();
    await page.getByText('Periode 01-01-2027 t/m 31-12-2027').waitFor();
    await page.getByRole('button', { name: 'Periode 01-01-2027 t/m 31-12-2027 bekijken' }).click();
    const read = page.getByRole('region', { name: 'Contract en tarieven' });
    await read.getByText('Contract of bron: Zorgverzekeraar Noord, contract ZN-2027-118').waitFor();
    const row = read.getByRole('row', { name: /Individuele zitting/ });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(/Individuele zitting 5000 € 17,45/);
    const deductible = await read.getByText(/Verplicht eigen risico per jaar:/).innerText();
    expect(deductible.replace(/\s+/g, ' ')).toBe('Verplicht eigen risico per jaar: € 1.234,50');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The change form shows what was saved, in euros the Dutch way.
    await read.getByRole('button', { name: 'Terug naar het overzicht' }).click();
    await page.getByRole('button', { name: 'Periode 01-01-2027 t/m 31-12-2027 wijzigen' }).click();
    expect(await page.getByRole('group', { name: 'Individuele zitting' }).getByLabel('Tarief per kwartier').inputValue()).toBe(
      '€ 17,45',
    );
    await page.context().close();
  });
});
