// Generates shared/advisory/generated/csaf-validator.cjs: @secvisogram/csaf-validator-lib's
// schema test and mandatory tests (its `basic.js`, and `csaf_2_1/basic.js` for CSAF 2.1,
// issue 28), its CSAF 2.0 optional tests (`optionalTests.js`, reported as warnings) and its
// `validate.js`, bundled by esbuild
// into one self-contained ES module that runs under the renderer's CSP. The library compiles
// eleven JSON schemas with Ajv when its modules load, and Ajv compiles with `new Function`,
// which the CSP forbids (and shared/ may not depend on). So this script loads the library in
// Node with Ajv's `compile` recorded, writes each compiled schema as Ajv standalone code, and
// bundles the library (as CommonJS, `module.exports = { basic, validate }`) with `ajv` replaced by a shim whose `compile(schema)` returns the
// precompiled function for that schema (looked up by a hash of its JSON). The library's own
// test code runs unchanged. Run from the repository root after updating the library:
//   node scripts/gen-csaf-validator.mjs
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { appendInPlace } from './ajv-append-in-place.mjs';

const require = createRequire(path.resolve('package.json'));
const core = require('ajv/dist/core.js');
const standaloneCode = require('ajv/dist/standalone/index.js').default;
const Core = core.default;

// The same hash the shim computes in the browser (FNV-1a over the schema's JSON).
const HASH_SOURCE = `function schemaKey(schema) {
  const text = JSON.stringify(schema);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16) + ':' + text.length;
}`;
const schemaKey = new Function(`${HASH_SOURCE}; return schemaKey;`)();

const captured = [];
const compile = Core.prototype.compile;
Core.prototype.compile = function recordCompile(schema, meta) {
  this.opts.code.source = true;
  // CVSS JSON schemas say `multipleOf: 0.1`; without a precision Ajv divides in binary
  // floating point and refuses 8.6 (8.6 / 0.1 = 85.99999999999999). The library's CSAF 2.1
  // set (2.0.10) meets this on cvss_v4 scores; one decimal is what the schemas mean.
  this.opts.multipleOfPrecision = 9;
  const fn = compile.call(this, schema, meta);
  captured.push({ key: schemaKey(schema), code: appendInPlace(standaloneCode(this, fn)) });
  return fn;
};
await import('@secvisogram/csaf-validator-lib/basic.js');
await import('@secvisogram/csaf-validator-lib/optionalTests.js');
await import('@secvisogram/csaf-validator-lib/csaf_2_1/basic.js');
await import('@secvisogram/csaf-validator-lib/validate.js');
Core.prototype.compile = compile;
// The optional tests compile some schemas the mandatory ones compile too: one copy each.
const byKey = new Map();
for (const c of captured) {
  const seen = byKey.get(c.key);
  if (seen !== undefined && seen.code !== c.code)
    throw new Error('two compiled schemas share a key');
  byKey.set(c.key, c);
}
captured.splice(0, captured.length, ...byKey.values());

const libVersion = JSON.parse(
  await readFile(require.resolve('@secvisogram/csaf-validator-lib/package.json'), 'utf8'),
).version;
// CommonJS under a .cjs name: the land and lint tooling lint every changed .js file, and a
// 1.5 MB bundle is not linted (eslint.config.js ignores this folder).
const outFile = path.resolve('shared/advisory/generated/csaf-validator.cjs');
const dir = await mkdtemp(path.join(tmpdir(), 'csaf-validator-'));
try {
  const files = captured.map((c, i) => ({ name: `schema-${i}.cjs`, ...c }));
  for (const f of files) await writeFile(path.join(dir, f.name), f.code);
  await writeFile(
    path.join(dir, 'precompiled.js'),
    files.map((f, i) => `import s${i} from './${f.name}';`).join('\n') +
      `\nexport const precompiled = new Map([${files.map((f, i) => `[${JSON.stringify(f.key)}, s${i}]`).join(', ')}]);\n`,
  );
  await writeFile(
    path.join(dir, 'ajv-shim.js'),
    `import { precompiled } from './precompiled.js';
${HASH_SOURCE}
export default class Ajv {
  compile(schema) {
    const validate = precompiled.get(schemaKey(schema));
    if (!validate) throw new Error('csaf-validator: a schema was not precompiled');
    return validate;
  }
  addSchema() { return this; }
  addFormat() { return this; }
  addKeyword() { return this; }
}
export function addFormats(ajv) { return ajv; }
`,
  );
  await writeFile(
    path.join(dir, 'entry.js'),
    `import * as basic from '@secvisogram/csaf-validator-lib/basic.js';
import * as optional from '@secvisogram/csaf-validator-lib/optionalTests.js';
import * as basic21 from '@secvisogram/csaf-validator-lib/csaf_2_1/basic.js';
import validate from '@secvisogram/csaf-validator-lib/validate.js';
module.exports = { basic: { ...basic }, optional: { ...optional }, basic21: { ...basic21 }, validate };
`,
  );
  await writeFile(
    path.join(dir, 'formats-shim.js'),
    `export default function addFormats(ajv) { return ajv; }\n`,
  );
  const shim = path.join(dir, 'ajv-shim.js');
  const formatsShim = path.join(dir, 'formats-shim.js');
  const result = await build({
    entryPoints: [path.join(dir, 'entry.js')],
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // The library reports each test by its function's name (mandatoryTest_6_1_24, …).
    keepNames: true,
    legalComments: 'none',
    write: false,
    nodePaths: [path.resolve('node_modules')],
    logLevel: 'warning',
    plugins: [
      {
        name: 'ajv-precompiled',
        setup(b) {
          // Only the Ajv classes and ajv-formats' plugin: the standalone code's own imports
          // (ajv/dist/runtime/*, ajv-formats/dist/formats) are bundled as they are.
          b.onResolve({ filter: /^ajv(\/dist\/(jtd|2020)(\.js)?)?$/ }, () => ({ path: shim }));
          b.onResolve({ filter: /^ajv-formats$/ }, () => ({ path: formatsShim }));
        },
      },
    ],
  });
  const code = result.outputFiles[0].text;
  if (/new Function|\beval\(/.test(code)) throw new Error('generated validator uses dynamic code');
  const header =
    `// GENERATED by scripts/gen-csaf-validator.mjs from @secvisogram/csaf-validator-lib ` +
    `${libVersion} (MIT); do not edit.\n`;
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, header + code);
  process.stdout.write(
    `${JSON.stringify({ ok: true, file: path.relative(process.cwd(), outFile), schemas: files.length, bytes: code.length })}\n`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
