import type { Locator, Page } from 'playwright-core';

/** Open a select inside a form or card by the start of its label and pick an option, as a person does. */
export async function pickIn(scope: Locator, page: Page, label: string, option: string | RegExp): Promise<void> {
  await scope
    .getByLabel(new RegExp(`^${label}`))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/**
 * Only stops a hung walk; no performance limit. A day captures each page at three sizes with axe (about a minute a
 * page on a busy 2-core machine), more than the e2e project's 600 s for one test.
 */
export const DAY_TIMEOUT = 1_800_000;
