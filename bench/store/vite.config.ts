import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Builds the store bench page (bench/store/index.html) into dist/bench-store.
// eslint-disable-next-line import-x/no-default-export -- Vite loads the default export
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench-store', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 8192,
  },
});
