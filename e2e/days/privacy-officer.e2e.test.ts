import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/api.js';
import { hasBrowser } from '../support/browser.js';
import { dayWalk } from '../support/day-walk.js';
import { DAY_TIMEOUT } from './day-support.js';
import { signInAs } from '../support/people.js';
import { useServerAndBrowser } from '../support/session.js';

const REASON = 'Samira is onwel bij de balie, contactpersonen nagaan';

/** Issue 14, "Done when": the privacy officer's day — one person's log, an emergency access reviewed, the chain, an export. */
describe.runIf(hasBrowser())('a privacy officer’s working day', () => {
  const env = useServerAndBrowser(async (server) => {
    // That morning the care coordinator opened Samira's record in an emergency and read it.
    const ingrid = await apiAs(server.url, 'ingrid.meijer@delinde.example');
    const samira = (await ingrid<{ items: { id: string }[] }>('GET', '/clients?q=Samira')).items[0]?.id ?? '';
    await ingrid('POST', `/clients/${samira}/break-glass`, { reason: REASON });
    await ingrid('GET', `/clients/${samira}`);
  });

  it(
    'Hanneke searches Samira’s log, reviews the emergency access, checks the chain and exports the log',
    async () => {
      const walk = dayWalk('privacy-officer', { width: 1280, height: 800 });
      const page = await signInAs(env.browser(), env.server().url, 'hanneke.jacobs@delinde.example', {
        width: 1280,
        height: 800,
      });
      await page.getByRole('link', { name: 'Logboek' }).click();
      await page.getByRole('heading', { name: 'Logboek van de organisatie' }).waitFor();
      await walk.capture(page, 'audit-trail');

      // One person's log: chosen from those in the trail, nobody else's lines left.
      await page.getByLabel('Over wie').selectOption({ label: 'Samira El Amrani' });
      await page
        .getByRole('cell', { name: `Noodtoegang: ${REASON}` })
        .first()
        .waitFor();
      const clients = await page.locator('tbody tr td:nth-child(4)').allTextContents();
      expect(new Set(clients)).toEqual(new Set(['Samira El Amrani']));
      await walk.capture(page, 'audit-one-person');

      // The emergency access, with its reason: her judgement recorded, and read back among the reviewed ones.
      await page.getByRole('link', { name: 'Noodtoegang beoordelen' }).click();
      const card = page.getByRole('article', { name: 'Noodtoegang tot het dossier van Samira El Amrani' });
      await card.getByText(REASON).waitFor();
      await walk.capture(page, 'break-glass-to-review');
      await card.getByLabel(/Uw oordeel/).fill('Terecht: Samira was onwel, besproken met Ingrid.');
      await card.getByRole('button', { name: 'Oordeel vastleggen' }).click();
      await page.getByText('Er is geen noodtoegang om te beoordelen.').waitFor();
      await page.getByLabel('Alleen nog niet beoordeeld').uncheck();
      await card.getByText('Terecht: Samira was onwel, besproken met Ingrid.').waitFor();
      await card.getByText('Beoordeeld', { exact: true }).waitFor();
      await walk.capture(page, 'break-glass-reviewed');

      // The chain: checked on demand, intact.
      await page.getByRole('link', { name: 'Logboek' }).click();
      await page.getByRole('button', { name: 'Logboek nu controleren' }).click();
      await page.getByText('Het logboek is onbeschadigd').waitFor();
      await walk.capture(page, 'chain-checked');

      // Samira's log as a file: her lines only, in Dutch, the emergency reason included.
      await page.getByLabel('Over wie').selectOption({ label: 'Samira El Amrani' });
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Logboek van Samira El Amrani downloaden (CSV)' }).click();
      const file = await downloading;
      expect(file.suggestedFilename()).toMatch(/^logboek-samira-el-amrani-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = readFileSync((await file.path()) ?? '', 'utf8');
      // trimEnd: String.prototype.trim would also remove the byte-order mark the file starts with.
      const lines = text.trimEnd().split('\r\n');
      expect(lines[0]).toBe('\uFEFF"Wanneer";"Wie";"Als";"Cliënt";"Wat";"Uitkomst";"Grond of reden van weigering"');
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines.slice(1)) expect(line.split(';')[3]).toBe('"Samira El Amrani"');
      expect(text).toContain(`Noodtoegang: ${REASON}`);
      expect(text).toContain('"Ingrid Meijer"');
      await walk.capture(page, 'audit-exported');

      expect(walk.problems).toEqual({});
    },
    DAY_TIMEOUT,
  );
});
