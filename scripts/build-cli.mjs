// Bundles the CLI (cli/main.ts and everything it imports) into dist-cli/ as ES modules
// for plain `node`: no TypeScript transpile at start-up. Each command group is its own
// chunk (code splitting on the dynamic imports in cli/main.ts), so `message open` never
// parses the CSAF validators. Writes are atomic (temp file + rename) because several
// `npm run airlock` processes may rebuild at once on a fresh clone (the interop tests do).
import { build } from 'esbuild';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openpgpNodeRsa } from './openpgp-node-rsa.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(root, 'dist-cli');
export const entryFile = join(outDir, 'airlock.mjs');
/** The bundle's inputs (repo-relative) and when the build started: the launcher's staleness check. */
export const inputsFile = join(outDir, 'inputs.json');

function writeAtomic(path, contents) {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

/**
 * The finder's report form script (cli/report-form/page.ts with openpgp.js's browser build)
 * as one classic script, handed to the CLI bundle as a string constant (`define`): the
 * `report-form` command inlines it into the HTML it writes. Built here rather than read
 * from node_modules at run time so the page's own code is type-checked TypeScript and the
 * installed CLI needs nothing beyond its bundle; `npm run build` (the app) is untouched.
 */
async function buildReportFormPage(quiet) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['cli/report-form/page.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // openpgp.js's LGPL notice stays in the page.
    legalComments: 'inline',
    metafile: true,
    write: false,
    logLevel: quiet ? 'error' : 'info',
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error('report form page: no output');
  return { code: file.text.trimEnd(), inputs: Object.keys(result.metafile.inputs) };
}

export async function buildCli({ quiet = false } = {}) {
  const startedAt = Date.now();
  const page = await buildReportFormPage(quiet);
  const result = await build({
    absWorkingDir: root,
    entryPoints: { airlock: 'cli/main.ts' },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Chunks are named by content hash, so a concurrent build writes identical files.
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    // Some bundled CommonJS packages call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __airlockRequire } from 'node:module'; const require = __airlockRequire(import.meta.url);",
    },
    define: { AIRLOCK_REPORT_FORM_PAGE: JSON.stringify(page.code) },
    // RSA private-key operations by Node's OpenSSL (scripts/openpgp-node-rsa.mjs), and
    // compressed packets inflated on demand (scripts/openpgp-node-inflate.mjs), AES tables
    // made when first used (scripts/openpgp-lazy-aes-tables.mjs).
    plugins: [openpgpNodeRsa],
    // Less source to read and parse (about 1 MiB less peak RSS for `message open`), but
    // names kept: openpgp.js's messages name its packet classes ("Parsing
    // CompressedDataPacket failed"), and the CLI prints them.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: quiet ? 'error' : 'info',
  });
  mkdirSync(join(outDir, 'chunks'), { recursive: true });
  // The build's own scripts too: a change to how the bundle is made rebuilds it. The files
  // under node_modules (about half the inputs: a stat each at every start) stand as the
  // lock files npm rewrites when a dependency changes.
  const scripts = [
    'scripts/build-cli.mjs',
    'scripts/openpgp-node-rsa.mjs',
    'scripts/openpgp-node-inflate.mjs',
    'scripts/openpgp-lazy-aes-tables.mjs',
  ];
  const locks = ['package-lock.json', 'node_modules/.package-lock.json'].filter((p) =>
    existsSync(join(root, p)),
  );
  const inputs = [
    ...new Set(
      [...Object.keys(result.metafile.inputs), ...page.inputs]
        .map((p) => relative(root, join(root, p)))
        .filter((p) => !p.startsWith(`node_modules${sep}`))
        .concat(scripts, locks),
    ),
  ];
  writeAtomic(inputsFile, JSON.stringify({ startedAt, inputs }));
  // The entry last: a launcher that sees the new entry also sees its chunks.
  const files = [...result.outputFiles].sort((a) => (a.path === entryFile ? 1 : -1));
  for (const file of files) writeAtomic(file.path, file.contents);
  // Chunks of earlier builds: removed once no process can still be starting on them.
  const current = new Set(files.map((f) => f.path));
  const chunks = join(outDir, 'chunks');
  for (const name of readdirSync(chunks)) {
    const path = join(chunks, name);
    if (!current.has(path) && Date.now() - statSync(path).mtimeMs > 60_000)
      rmSync(path, { force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
