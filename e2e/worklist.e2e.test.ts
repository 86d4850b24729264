import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { choose } from './support/forms.js';
import { kevinInPmt } from './support/kevin-in-pmt.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const NOTE = 'We gingen fietsen over de dijk; Kevin bepaalde zelf het tempo en stopte op tijd voor een pauze.';

interface Setup {
  kevin: string;
  trajectory: string;
}

/** Kevin in PMT with Marieke (an agreed plan), and a new referral for Marieke from the regiebehandelaar. */
async function setUp(baseUrl: string): Promise<Setup> {
  const path = await kevinInPmt(baseUrl, {
    question: 'Spanning reguleren',
    goal: { description: 'Herkent spanning en neemt zelf een pauze', factor: 'arousal', domain: 'lichamelijk' },
    regiebehandelaarOnTeam: true,
  });
  const [, , kevin = '', , trajectory = ''] = path.split('/');
  // A second referral, by the regiebehandelaar: Marieke has it to accept, and a message about it.
  const admin = await apiAs(baseUrl, 'bram.willems@delinde.example');
  const people = await admin<{ id: string; displayName: string }[]>('GET', '/professionals');
  const therapistId = people.find((p) => p.displayName === 'Marieke Bos')?.id ?? '';
  const regiebehandelaarId = people.find((p) => p.displayName.startsWith('Annemiek'))?.id ?? '';
  const a = await apiAs(baseUrl, 'annemiek.dewit@delinde.example');
  await a('POST', `/clients/${kevin}/trajectories`, {
    discipline: 'psychomotorische_therapie',
    source: 'regiebehandelaar',
    requestType: 'behandeling',
    funding: 'wlz',
    referrerName: 'A. de Wit',
    question: 'Tweede vraag: slaap',
    therapistId,
    regiebehandelaarId,
  });
  return { kevin, trajectory };
}

describe.runIf(hasBrowser())('a therapist’s work list and the record read back (issue 14)', () => {
  let setup: Setup = { kevin: '', trajectory: '' };
  const env = useServerAndBrowser(async (server) => {
    setup = await setUp(server.url);
  });

  it('shows the work list with counts, then a session note written in the browser reads back in full on the timeline', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'marieke.bos@delinde.example');
    const worklist = page.getByRole('region', { name: 'Mijn werklijst' });
    await worklist.getByText('Aanmeldingen om te accepteren').waitFor();
    const total = Number(await worklist.getByLabel(/op de werklijst$/).textContent());
    expect(total).toBeGreaterThanOrEqual(1);
    // the same count on the start page's menu entry, and an unread message in the bell
    await page.getByRole('navigation').getByLabel(`${total} op de werklijst`).waitFor();
    await page.getByRole('button', { name: '1 ongelezen bericht(en)' }).click();
    await page.getByText('Nieuwe aanmelding om te accepteren').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}worklist-start-1280.png` });
    await page.keyboard.press('Escape');

    // The session note, written in the treatment screen.
    await page.goto(`${env.server().url}/clienten/${setup.kevin}/behandeling/${setup.trajectory}`);
    await choose(page, 'Vorm', 'individueel');
    await choose(page, 'Setting', 'instelling');
    await page.getByLabel('Minuten direct').fill('45');
    await page.getByLabel('Wat is er gedaan').fill(NOTE);
    await page.getByLabel('Observaties').fill('Ontspannen; lachte veel.');
    await page.getByRole('button', { name: 'Sessie opslaan' }).click();
    await page.getByText(/· 1 sessie\(s\) ·/).waitFor();

    // Read back: the record's Tijdlijn tab, the session opens to its full text, with who wrote it.
    await page.goto(`${env.server().url}/clienten/${setup.kevin}`);
    await page.getByRole('tab', { name: 'Tijdlijn' }).click();
    await page.getByText('Alles wat over deze persoon is vastgelegd').waitFor();
    await page
      .getByRole('button', { name: /^Sessie · individueel/ })
      .first()
      .click();
    await page.getByText(NOTE).waitFor();
    await page.getByText('Ontspannen; lachte veel.').waitFor();
    await page
      .getByText(/^Marieke Bos · vastgelegd op/)
      .first()
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}timeline-1280.png`, fullPage: false });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText(NOTE).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}timeline-390.png`, fullPage: false });

    // Notes search with Dutch stemming: "fiets" finds the note written with "fietsen".
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${env.server().url}/notities-zoeken`);
    await page.getByLabel('Zoekwoorden').fill('fiets');
    await page.getByText('1 notitie(s) gevonden').waitFor();
    await page.getByText(NOTE).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Kevin/ }).first().click();
    await page.getByRole('tab', { name: 'Tijdlijn', selected: true }).waitFor();
  });
});
