// Bundles the Electron main process and preload into dist-electron/ as CommonJS.
// The preload runs sandboxed, where require() reaches only a few Electron modules,
// so everything it uses (zod, the contract) must be inside the bundle.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { electronDefines } from './electron-defines.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: false,
  minify: true,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'info',
  absWorkingDir: root,
  define: electronDefines(process.env),
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
]);
