/** The migrated database with the demo organisation that every browser-test server starts from (global-setup.ts). */
export type E2eTemplate = { engine: 'pglite'; dataDir: string } | { engine: 'postgresql'; serverUrl: string; database: string };

/** A fixed key for the throwaway databases: no key file is left behind, and the template's sealed secrets open. */
export const E2E_SECRET_KEY = 'e2e0'.repeat(16);

declare module 'vitest' {
  export interface ProvidedContext {
    e2eTemplate: E2eTemplate;
  }
}
