import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Libraries only some pages use, each in a chunk of its own that loads with the first page needing it (issue 16). */
const VENDOR_CHUNKS = [
  {
    name: 'vendor-charts',
    test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs[\\/]toolkit|redux|redux-thunk|reselect|react-redux|immer|es-toolkit|decimal\.js-light|eventemitter3)[\\/]/,
  },
  { name: 'vendor-map', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet[\\/]core)[\\/]/ },
  { name: 'vendor-dates', test: /node_modules[\\/](@mantine[\\/]dates|dayjs)[\\/]/ },
  { name: 'vendor-rrule', test: /node_modules[\\/]rrule[\\/]/ },
];

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The UI uses core's rules from source; core has no I/O, so it runs in the browser as is.
    alias: { '@meedoen/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunk imports which; bench/web-bundle.bench.ts measures the initial load from it.
    manifest: true,
    // The shell's vendor chunk (React, Mantine, the router, i18next) is ~530 kB minified, ~165 kB gzip.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // Core is pure (no top-level effects), so a page pulls in only the rules it uses, not all of core's barrel
      // (and with it rrule, which only the server's agenda needs).
      treeshake: { moduleSideEffects: [{ test: /[\\/]packages[\\/]core[\\/]src[\\/]/, sideEffects: false }] },
      output: {
        codeSplitting: {
          groups: [
            // First the libraries the shell loads anyway (React, Mantine's core, the router, …): a vendor group takes
            // its library's dependencies along, and would otherwise take these too and be loaded at the start.
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            // Mantine's hooks that only pages use: shared by the date picker and Mantine's own inputs (NumberInput),
            // so in the date group they would make every page with a number field load the date library.
            { name: 'vendor-hooks', test: /node_modules[\\/]@mantine[\\/]hooks[\\/]/, priority: 2 },
            ...VENDOR_CHUNKS.map((group) => ({ ...group, priority: 1 })),
          ],
        },
      },
    },
  },
});
