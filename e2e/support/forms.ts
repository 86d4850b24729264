import type { Page } from 'playwright-core';

/** Open a select by its label and pick an option, as a person does. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).first().click();
  await page.getByRole('option', { name: option }).click();
}
