import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

/** One real server on a fresh database and one Chromium for a test file; both stopped afterwards. */
export function useServerAndBrowser(setup?: (server: TestServer) => Promise<void>): {
  server: () => TestServer;
  browser: () => Browser;
} {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // Side by side: the server starts (a copy of the demo database) while Chromium launches; whichever started is
    // stopped afterwards even when the other failed.
    const [started, launched] = await Promise.allSettled([startTestServer(), launchBrowser()]);
    if (started.status === 'fulfilled') server = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
    await setup?.(started.value);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    server: () => {
      if (!server) throw new Error('server not started');
      return server;
    },
    browser: () => {
      if (!browser) throw new Error('browser not launched');
      return browser;
    },
  };
}
