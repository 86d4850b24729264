import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from './support/browser.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';
import { SIZES, settled, sidewaysOverflow } from './support/day-walk.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/sizes/', import.meta.url));

/** The main screens, each as the person who works in it (demo data of De Linde). */
const SCREENS: { name: string; who: string; path: string; open?: (page: Page) => Promise<void> }[] = [
  { name: 'start-therapist', who: 'marieke.bos@delinde.example', path: '/' },
  { name: 'clients', who: 'marieke.bos@delinde.example', path: '/clienten' },
  {
    name: 'client-record',
    who: 'mohamed.bouzid@delinde.example',
    path: '/clienten',
    open: async (page) => {
      await page.getByRole('link', { name: 'Mulder, Kevin' }).click();
      await page.getByRole('heading', { name: 'Daginvulling' }).waitFor();
    },
  },
  { name: 'mdo', who: 'marieke.bos@delinde.example', path: '/mdo' },
  {
    name: 'roll-call',
    who: 'sanne.peters@delinde.example',
    path: '/presentielijst?date=2026-11-24',
    open: async (page) => {
      await page.getByRole('button', { name: /24 nov.* · Houtwerkplaats/ }).click();
      await page.getByText('nog niet ingevuld', { exact: false }).waitFor();
    },
  },
  { name: 'groups', who: 'sanne.peters@delinde.example', path: '/groepen' },
  { name: 'social-map', who: 'mohamed.bouzid@delinde.example', path: '/sociale-kaart' },
  { name: 'my-plan', who: 'kevin.mulder@delinde.example', path: '/mijn-plan' },
  { name: 'agenda-week', who: 'marieke.bos@delinde.example', path: '/agenda?view=week' },
  { name: 'agenda-planner', who: 'yvonne.deboer@delinde.example', path: '/agenda?view=week' },
  { name: 'users', who: 'bram.willems@delinde.example', path: '/beheer/gebruikers' },
  { name: 'relative', who: 'greet.devries@delinde.example', path: '/mijn-naaste' },
  { name: 'audit-search', who: 'hanneke.jacobs@delinde.example', path: '/privacy/logboek' },
  { name: 'declarations', who: 'yvonne.deboer@delinde.example', path: '/declaraties' },
  { name: 'worklist-supervisor', who: 'sanne.peters@delinde.example', path: '/' },
  { name: 'contracts', who: 'bram.willems@delinde.example', path: '/beheer/contracten' },
  { name: 'organisation', who: 'bram.willems@delinde.example', path: '/beheer/organisatie' },
  {
    name: 'care-team',
    who: 'bram.willems@delinde.example',
    path: '/clienten',
    open: async (page) => {
      await page.getByRole('link', { name: 'Mulder, Kevin' }).click();
      await page.getByRole('region', { name: 'Zorgteam' }).getByText('Sanne Peters', { exact: false }).waitFor();
    },
  },
  { name: 'consent-overview', who: 'hanneke.jacobs@delinde.example', path: '/privacy/toestemmingen' },
  { name: 'break-glass-review', who: 'hanneke.jacobs@delinde.example', path: '/privacy/noodtoegang' },
];

describe.runIf(hasBrowser())('the main screens at phone, tablet and desktop size', () => {
  const env = useServerAndBrowser();

  it('shows every main screen without sideways scrolling at 390×844, 768×1024 and 1280×800', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const pages = new Map<string, Page>();
    const problems: Record<string, string[]> = {};
    for (const screen of SCREENS) {
      let page = pages.get(screen.who);
      if (!page) {
        page = await signInAs(env.browser(), env.server().url, screen.who);
        pages.set(screen.who, page);
      }
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(`${env.server().url}${screen.path}`);
        await settled(page);
        await screen.open?.(page);
        await settled(page);
        const overflow = await sidewaysOverflow(page);
        if (overflow.length > 0) problems[`${screen.name} at ${size.width}×${size.height}`] = overflow;
        await page.screenshot({ path: `${SCREENSHOTS}${screen.name}-${size.name}.png`, fullPage: false });
      }
    }
    expect(problems).toEqual({});
  });
});
