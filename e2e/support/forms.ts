import type { Locator, Page } from 'playwright-core';

/** Open a select by its label and pick an option, as a person does. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).first().click();
  await page.getByRole('option', { name: option }).click();
}

/** The labels of the checked radios and checkboxes inside a group: [] when nothing is pre-selected. */
export async function checkedIn(group: Locator): Promise<string[]> {
  const checked: string[] = [];
  for (const input of await group.locator('input[type="radio"], input[type="checkbox"]').all()) {
    if (await input.isChecked()) checked.push((await input.getAttribute('value')) ?? '');
  }
  return checked;
}
