// The CLI bundle's openpgp.js building its JavaScript AES tables when first used instead of
// when the module loads. openpgp.js 6 (noble-ciphers) computes four lookup tables at import
// (about 1.3 MiB, two 65,536-step loops): 15-20 ms of every CLI command, although the CLI's
// AES runs in Node's OpenSSL and the tables serve noble's JavaScript AES modes only (none
// of the CLI's tests reaches them: a CLI build that failed on its first use still passed
// them). Same tables, same code that reads them: only when they are made moves.
//
// Patched as text at bundle time, only for the CLI: every anchor must match exactly the
// expected number of times, or the build fails.

const DEFINITIONS = [
  [
    'const tableEncoding = /* @__PURE__ */ genTtable(',
    'let airlockTableEncoding = null;\nconst airlockMakeTableEncoding = () => genTtable(',
  ],
  [
    'const tableDecoding = /* @__PURE__ */ genTtable(',
    'let airlockTableDecoding = null;\nconst airlockMakeTableDecoding = () => genTtable(',
  ],
];

/** Each place that reads a table, and how many there are. */
const USES = [
  ['} = tableEncoding;', '} = (airlockTableEncoding ??= airlockMakeTableEncoding());', 3],
  ['} = tableDecoding;', '} = (airlockTableDecoding ??= airlockMakeTableDecoding());', 2],
];

const count = (text, part) => text.split(part).length - 1;

/**
 * openpgp.js's Node build with its AES tables made on first use (see above).
 * @param {string} source
 * @returns {string}
 */
export function patchLazyAesTables(source) {
  const expected = [...DEFINITIONS.map(([find]) => [find, 1]), ...USES.map(([f, , n]) => [f, n])];
  for (const [part, times] of expected) {
    if (count(source, part) !== times)
      throw new Error(
        `openpgp-lazy-aes-tables: expected ${times} of '${part}' in openpgp.js: update the patch`,
      );
  }
  let patched = source;
  for (const [find, replace] of [...DEFINITIONS, ...USES])
    patched = patched.split(find).join(replace);
  // A read of the tables in any other form would now find no such name: refuse the build.
  if (/\btable(En|De)coding\b/.test(patched))
    throw new Error(
      'openpgp-lazy-aes-tables: openpgp.js reads its AES tables elsewhere: update the patch',
    );
  return patched;
}
