// Regenerates the fuzz suite's seed corpus: `npx tsx tests/fuzz/make-corpus.ts`.
// The seeds are one well-formed input of every shape the app and the CLI accept (the
// fuzzer mutates them); test keys only. `regressions/` is not touched: it holds the inputs
// that once crashed, kept by hand.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { encryptArmored, encryptBinary, signArmored } from '../../shared/crypto/pgp/calls';
import { sealBundle, selectForExport } from '../../shared/exchange/bundle';
import { sampleCase, sampleDocument } from '../../shared/exchange/bundle/testing/sample-case';
import { sealPgpMime } from '../../shared/exchange/message';
import { renderAdvisory } from '../../shared/advisory/render';
import { parseAdvisoryDraft } from '../../shared/model/advisory-draft';
import { readFileSync } from 'node:fs';

const root = join(import.meta.dirname, 'corpus');
const date = new Date('2025-06-01T00:00:00Z');
const enc = new TextEncoder();
const put = (path: string, data: string | Uint8Array) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), data);
};

async function key(name: string, type: 'ecc' | 'rsa' = 'ecc') {
  const generated = await openpgp.generateKey({
    ...(type === 'ecc' ? { type, curve: 'curve25519Legacy' as const } : { type, rsaBits: 2048 }),
    userIDs: [{ name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.org` }],
    date,
    format: 'object',
    config: { v6Keys: false },
  });
  return generated;
}

const vendor = await key('Fuzz Vendor');
const org = await key('Fuzz Org');
const rsa = await key('Fuzz RSA', 'rsa');
put('keys/vendor.pub.asc', vendor.publicKey.armor());
put('keys/vendor.sec.asc', vendor.privateKey.armor());
put('keys/org.pub.asc', org.publicKey.armor());
put('keys/org.sec.asc', org.privateKey.armor());
put('keys/rsa.pub.asc', rsa.publicKey.armor());
put('keys/org.pub.gpg', org.publicKey.write());
const { publicKey: revokedKey } = await openpgp.revokeKey({
  key: rsa.privateKey,
  format: 'object',
  date,
});
put('keys/rsa-revoked.pub.asc', revokedKey.armor());

const ref = 'AL-2026-0042';
const text = `${ref} 修正版を公開しました。\nThe fix ships in 2.4.1.\n`;
const literal = (bytes: Uint8Array) => openpgp.createMessage({ binary: bytes, date });
const signingKeys = [vendor.privateKey];
const encryptionKeys = [org.publicKey];

put(
  'replies/signed-encrypted.asc',
  await encryptArmored({
    message: await literal(enc.encode(text)),
    encryptionKeys,
    signingKeys,
    date,
    format: 'armored',
  }),
);
put(
  'replies/signed-encrypted.gpg',
  await encryptBinary({
    message: await literal(enc.encode(text)),
    encryptionKeys,
    signingKeys,
    date,
    format: 'binary',
  }),
);
put(
  'replies/encrypted-only.asc',
  await encryptArmored({
    message: await literal(enc.encode(text)),
    encryptionKeys,
    date,
    format: 'armored',
  }),
);
put(
  'replies/inline-signed.asc',
  await signArmored({
    message: await literal(enc.encode(text)),
    signingKeys,
    date,
    format: 'armored',
  }),
);
put(
  'replies/clearsigned.asc',
  await openpgp.sign({
    message: await openpgp.createCleartextMessage({ text }),
    signingKeys,
    date,
  }),
);
// Legacy charsets inside the literal data, as Japanese mail tools write them.
const legacy: Record<string, number[]> = {
  // "日本語の返信" in Shift_JIS, EUC-JP and ISO-2022-JP.
  shift_jis: [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x95, 0xd4, 0x90, 0x4d],
  'euc-jp': [0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec, 0xa4, 0xce, 0xca, 0xd6, 0xbf, 0xae],
  'iso-2022-jp': [
    0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x38, 0x6c, 0x24, 0x4e, 0x4a, 0x56, 0x3f, 0x2e, 0x1b,
    0x28, 0x42,
  ],
};
for (const [charset, bytes] of Object.entries(legacy)) {
  const body = Uint8Array.from([...enc.encode(`${ref} `), ...bytes, 0x0a]);
  put(
    `replies/encrypted-${charset}.asc`,
    await encryptArmored({
      message: await literal(body),
      encryptionKeys,
      signingKeys,
      date,
      format: 'armored',
    }),
  );
}
// A detached signature beside its file: the fuzzer mutates either half.
const patch = enc.encode('--- a/main.c\n+++ b/main.c\n@@ -1 +1 @@\n-bug\n+fix\n');
put('replies/detached/patch.diff', patch);
put(
  'replies/detached/patch.diff.sig',
  await signArmored({
    message: await literal(patch),
    signingKeys,
    detached: true,
    date,
    format: 'armored',
  }),
);
const eml = await sealPgpMime({
  ref,
  subject: '脆弱性のご連絡',
  body: '詳細は添付をご覧ください。',
  attachments: [{ name: 'poc.txt', data: enc.encode('PoC') }],
  recipientKeys: [org.publicKey],
  signingKey: vendor.privateKey,
});
if (!eml.ok) throw new Error(eml.error.message);
put('replies/pgp-mime-encrypted.eml', eml.value);
const part = [
  'Content-Type: text/plain; charset=ISO-2022-JP',
  'Content-Transfer-Encoding: 7bit',
  '',
  String.fromCharCode(...(legacy['iso-2022-jp'] ?? [])),
  '',
].join('\r\n');
const partSignature = await signArmored({
  message: await literal(enc.encode(part)),
  signingKeys,
  detached: true,
  date,
  format: 'armored',
});
put(
  'replies/pgp-mime-signed.eml',
  [
    'From: vendor@example.org',
    `Subject: Re: [${ref}]`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/signed; micalg=pgp-sha256; protocol="application/pgp-signature"; boundary="outer"',
    '',
    '--outer',
    part,
    '--outer',
    'Content-Type: application/pgp-signature; name="signature.asc"',
    '',
    partSignature,
    '--outer--',
    '',
  ].join('\r\n'),
);
const inline = await encryptArmored({
  message: await literal(enc.encode(text)),
  encryptionKeys,
  signingKeys,
  date,
  format: 'armored',
});
put(
  'replies/inline-pgp.eml',
  [
    'From: vendor@example.org',
    `Subject: Re: [${ref}]`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    'Content-Transfer-Encoding: 7bit',
    '',
    inline,
    '',
  ].join('\n'),
);
// What GnuPG writes: bzip2-compressed, signed and encrypted, armored and binary.
const home = mkdtempSync(join(tmpdir(), 'airlock-fuzz-gpg-'));
try {
  const gpg = (args: string[], input?: Uint8Array) =>
    execFileSync(
      'gpg',
      ['--homedir', home, '--batch', '--yes', '--trust-model', 'always', ...args],
      {
        ...(input === undefined ? {} : { input }),
      },
    );
  gpg(['--import'], enc.encode(vendor.privateKey.armor()));
  gpg(['--import'], enc.encode(org.publicKey.armor()));
  const to = org.publicKey.getFingerprint();
  for (const [name, armor] of [
    ['gpg-bzip2.asc', ['--armor']],
    ['gpg-bzip2.gpg', []],
  ] as const) {
    put(
      `replies/${name}`,
      gpg(
        ['--compress-algo', 'bzip2', ...armor, '--sign', '--encrypt', '-r', to, '-o', '-'],
        enc.encode(text),
      ),
    );
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}

// A bundle from Vendor (the signer) to Org, the valid seed the bundle fuzzer re-seals.
const selection = selectForExport([await sampleCase()], { kind: 'full' });
if (!selection.ok) throw new Error(selection.error.message);
const sealed = await sealBundle({
  selection: selection.value,
  signingKey: vendor.privateKey,
  recipientKeys: [org.publicKey],
  bundleId: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b',
  now: date,
});
if (!sealed.ok) throw new Error(sealed.error.message);
put('bundles/sample.airlock', sealed.value.bytes);

put('cases/sample-case.json', `${JSON.stringify(sampleDocument(), null, 2)}\n`);
// The advisory drafts are the committed fixtures; their CSAF and CVE exports seed validate.
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'advisories');
const draft = parseAdvisoryDraft(
  JSON.parse(readFileSync(join(fixtures, 'single-vendor-software.json'), 'utf8')) as unknown,
);
if (!draft.ok) throw new Error(draft.error.message);
for (const format of ['csaf', 'cve'] as const) {
  const rendered = renderAdvisory(draft.value, { format });
  if (!rendered.ok) throw new Error(JSON.stringify(rendered.error));
  const [file] = rendered.value.files;
  if (file !== undefined) put(`advisories/${format}.json`, file.content);
}
