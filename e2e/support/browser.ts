import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); Playwright's own browser download does not work here. */
export const CHROMIUM = process.env['MEEDOEN_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * Whether browser tests can run. In CI a missing browser is a failure, not a skip: .ci/run installs it.
 * Locally, without Chromium, the browser tests are reported as skipped.
 */
export function hasBrowser(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env['CI']) throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run installs it with apt-get`);
  console.warn(`[e2e] Chromium not found at ${CHROMIUM}: browser tests skipped (apt-get install chromium)`);
  return false;
}

/**
 * How long a browser action or wait may take before the test fails: a guard against a hung page, not a performance
 * limit. Playwright's default (30 s) was reached on a busy 2-core machine (two suites side by side), where the page
 * was slow, not wrong.
 */
const ACTION_TIMEOUT_MS = Number(process.env['MEEDOEN_E2E_ACTION_TIMEOUT_MS'] ?? 120_000);

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Every context a test opens gets the guard above.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    return context;
  };
  return browser;
}

/** Serious and critical WCAG 2.1 AA violations on the page as it is now (none expected). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.html}\n  ${node.failureSummary ?? ''}`).join('\n')}`,
    );
}
