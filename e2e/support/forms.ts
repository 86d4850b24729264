import type { Locator, Page } from 'playwright-core';

/** Open a select by its label and pick an option, as a person does. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await pickIn(page, page.getByLabel(label, { exact: true }).first(), option);
}

/**
 * Open `select` and pick an option, then make sure its list has closed before the next step: on a busy machine a list
 * was seen still open after the pick, and its options lay over the next field (a click there waited until it timed
 * out). A list still open after a moment is closed with Escape, as a person would.
 */
export async function pickIn(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  const choice = page.getByRole('option', { name: option });
  await choice.click();
  const closed = await choice
    .waitFor({ state: 'hidden', timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!closed) {
    await page.keyboard.press('Escape');
    await choice.waitFor({ state: 'hidden' });
    // Escape closes without choosing: the pick must have been taken, or the test stops here, not at a later step.
    const shown = await select.evaluate((element) => (element instanceof HTMLInputElement ? element.value : null));
    const taken =
      typeof option === 'string' ? shown?.toLowerCase().includes(option.toLowerCase()) : shown !== null && option.test(shown);
    if (shown !== null && !taken) throw new Error(`the pick of ${String(option)} was not taken (the field shows "${shown}")`);
  }
}

/** The labels of the checked radios and checkboxes inside a group: [] when nothing is pre-selected. */
export async function checkedIn(group: Locator): Promise<string[]> {
  const checked: string[] = [];
  for (const input of await group.locator('input[type="radio"], input[type="checkbox"]').all()) {
    if (await input.isChecked()) checked.push((await input.getAttribute('value')) ?? '');
  }
  return checked;
}
