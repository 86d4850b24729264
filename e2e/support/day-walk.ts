import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { seriousA11yViolations } from './browser.js';

/** How long a page may take to fit its window after a resize before what sticks out is reported (a guard, not a limit). */
const LAYOUT_SETTLES_MS = 5_000;

/** Phone, tablet upright, desktop (issue 14). */
export const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

export type SizeName = (typeof SIZES)[number]['name'];

/**
 * What makes the page wider than the window, if anything (a scroll area that scrolls on purpose does not count). After
 * a resize the page lays itself out again — CSS at once, Mantine's JavaScript breakpoints a render later — so this
 * first waits two frames and then, for a while, for the page to fit: a page measured mid-change is not reported.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page
    .waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, undefined, {
      timeout: LAYOUT_SETTLES_MS,
    })
    .catch(() => undefined); // still too wide: the elements are named below
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 0.5 && !el.closest('[data-overflow-scroll], .mantine-ScrollArea-root');
      })
      .slice(0, 5)
      .map(
        (el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} "${(el.textContent ?? '').slice(0, 40)}"`,
      );
  });
}

/** The page has loaded: no requests in flight, a heading in the main area, no loaders left. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('main h2').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('main .mantine-Loader-root').length === 0);
}

/**
 * One role's working day in the browser (issue 14, "Done when"): at each step the page as it is now is shown at
 * phone, tablet and desktop size — screenshot to `docs/screenshots/days/<role>/`, no sideways scrolling, and axe
 * reports no serious or critical violation. The problems are collected, so one test names every page that fails;
 * the test ends with `expect(walk.problems).toEqual({})`.
 */
export interface DayWalk {
  /** Capture the current page at the three sizes, then return to the size the role works at. */
  capture(page: Page, step: string, options?: { sizes?: readonly SizeName[] }): Promise<void>;
  readonly problems: Record<string, string[]>;
  /** The screenshot files written, relative to `docs/screenshots/`. */
  readonly screenshots: string[];
}

/**
 * The screens are the same web build on the same demo data whichever engine serves them, so the three sizes, axe and
 * the screenshots run on one engine: by default the embedded database (a plain `npm test`); MEEDOEN_E2E_CAPTURES=1 or 0
 * chooses. On the other engine the walk still does and reads back the whole day, waiting for each page, which is what
 * the engine changes. CI takes them on PostgreSQL, whose run is otherwise the shorter of the two side by side (.ci/run).
 */
const CAPTURES = process.env['MEEDOEN_E2E_CAPTURES'] ? process.env['MEEDOEN_E2E_CAPTURES'] === '1' : !process.env['DATABASE_URL'];

export function dayWalk(role: string, workingSize: { width: number; height: number }): DayWalk {
  const folder = fileURLToPath(new URL(`../../docs/screenshots/days/${role}/`, import.meta.url));
  mkdirSync(folder, { recursive: true });
  const problems: Record<string, string[]> = {};
  const screenshots: string[] = [];
  let count = 0;
  return {
    problems,
    screenshots,
    async capture(page, step, options) {
      count += 1;
      const prefix = `${String(count).padStart(2, '0')}-${step}`;
      if (!CAPTURES) {
        await settled(page);
        return;
      }
      for (const size of SIZES) {
        if (options?.sizes && !options.sizes.includes(size.name)) continue;
        await page.setViewportSize({ width: size.width, height: size.height });
        await settled(page);
        const where = `${role} ${step} at ${size.width}×${size.height}`;
        const overflow = await sidewaysOverflow(page);
        if (overflow.length > 0) problems[`${where}: sideways scrolling`] = overflow;
        const violations = await seriousA11yViolations(page);
        if (violations.length > 0) problems[`${where}: axe`] = violations;
        const file = `${prefix}-${size.name}.png`;
        await page.screenshot({ path: `${folder}${file}`, fullPage: false });
        screenshots.push(`days/${role}/${file}`);
      }
      await page.setViewportSize(workingSize);
    },
  };
}
