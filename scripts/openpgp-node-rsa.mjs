// The CLI bundle's openpgp.js (its Node build) with the RSA private-key operation done by
// Node's OpenSSL (CRT, blinded) instead of JavaScript BigInt, where openpgp.js 6 has no
// native path: a streamed signature (`message seal`: bnSign, a non-CRT modExp, about 100 ms
// for a 3072-bit GnuPG key) and decrypting an RSA session key (Node 20 refuses
// RSA_PKCS1_PADDING in privateDecrypt, so openpgp.js fell back to bnDecrypt, about 30 ms).
// Only the modular exponentiation moves: the input is exactly what openpgp.js would
// exponentiate (emsaEncode's block for a signature; the ciphertext, checked < n with the
// same error, for a decryption) and openpgp.js's own emeDecode still unpads, with its
// implicit rejection when asked for it. The results are the same bytes (PKCS#1 v1.5 is
// deterministic). A key OpenSSL will not import (or any failure of the native call, which
// never depends on the padding) falls back to openpgp.js's BigInt path.
//
// Patched as text at bundle time, only for the CLI (the app and the tests run openpgp.js
// as published): every anchor must match exactly once, or the build fails rather than
// ship a bundle that silently lost the patch or calls what does not exist.
import { readFile } from 'node:fs/promises';
import { patchLazyAesTables } from './openpgp-lazy-aes-tables.mjs';
import { patchInflate } from './openpgp-node-inflate.mjs';

const FILE = /[\\/]node_modules[\\/]openpgp[\\/]dist[\\/]node[\\/]openpgp\.mjs$/;

/** Names of openpgp.js internals the added code calls: each must be declared once. */
const REQUIRED = [
  'function privateToJWK$1(n, e, d, p, q, u) {',
  'function emsaEncode(algo, hashed, emLen) {',
  'function emeDecode(encoded, randomPayload) {',
  'function uint8ArrayToBigInt(bytes) {',
  'function byteLength(x) {',
];

const REPLACE = [
  [
    'return bnSign(hashAlgo, n, d, hashed);',
    'return airlockRsaSign(hashAlgo, n, e, d, p, q, u, hashed);',
  ],
  [
    'return bnDecrypt(data, n, e, d, p, q, u, randomPayload);',
    'return airlockRsaDecrypt(data, n, e, d, p, q, u, randomPayload);',
  ],
];

const ADDED = `
import { createPrivateKey as airlockCreatePrivateKey, privateDecrypt as airlockPrivateDecrypt, constants as airlockCryptoConstants } from 'node:crypto';
/** The raw RSA private operation (input^d mod n) by OpenSSL; null when it cannot be done. */
function airlockRsaRaw(input, k, n, e, d, p, q, u) {
  try {
    const key = airlockCreatePrivateKey({ key: privateToJWK$1(n, e, d, p, q, u), format: 'jwk' });
    const padded = new Uint8Array(k);
    padded.set(input, k - input.length);
    const out = airlockPrivateDecrypt({ key, padding: airlockCryptoConstants.RSA_NO_PADDING }, padded);
    return out.length === k ? new Uint8Array(out.buffer, out.byteOffset, out.length) : null;
  } catch {
    return null;
  }
}
function airlockRsaSign(hashAlgo, n, e, d, p, q, u, hashed) {
  const k = byteLength(uint8ArrayToBigInt(n));
  return airlockRsaRaw(emsaEncode(hashAlgo, hashed, k), k, n, e, d, p, q, u) ?? bnSign(hashAlgo, n, d, hashed);
}
function airlockRsaDecrypt(data, n, e, d, p, q, u, randomPayload) {
  const modulus = uint8ArrayToBigInt(n);
  if (data.length > n.length || uint8ArrayToBigInt(data) >= modulus) throw new Error('Data too large.');
  const raw = airlockRsaRaw(data, byteLength(modulus), n, e, d, p, q, u);
  return raw === null ? bnDecrypt(data, n, e, d, p, q, u, randomPayload) : emeDecode(raw, randomPayload);
}
`;

const count = (text, part) => text.split(part).length - 1;

/** openpgp.js's Node build with the RSA private operation moved to OpenSSL (see above). */
export function patchOpenpgp(source) {
  for (const part of [...REQUIRED, ...REPLACE.map(([find]) => find)]) {
    if (count(source, part) !== 1)
      throw new Error(`openpgp-node-rsa: expected one '${part}' in openpgp.js: update the patch`);
  }
  let patched = source;
  for (const [find, replace] of REPLACE) patched = patched.replace(find, replace);
  return `${patched}\n${ADDED}`;
}

/** The esbuild plugin that applies it, the inflate patch (openpgp-node-inflate.mjs) and the
 *  lazy AES tables (openpgp-lazy-aes-tables.mjs). */
export const openpgpNodeRsa = {
  name: 'openpgp-node-rsa',
  setup(build) {
    build.onLoad({ filter: FILE }, async (args) => ({
      contents: patchLazyAesTables(patchInflate(patchOpenpgp(await readFile(args.path, 'utf8')))),
      loader: 'js',
    }));
  },
};
