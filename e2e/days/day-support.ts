import type { Locator, Page } from 'playwright-core';

/** Open a select inside a form or card by the start of its label and pick an option, as a person does. */
export async function pickIn(scope: Locator, page: Page, label: string, option: string | RegExp): Promise<void> {
  await scope
    .getByLabel(new RegExp(`^${label}`))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}
