import { beforeAll, describe, expect, it } from 'vitest';
import * as openpgp from 'openpgp';
import { signArmored } from './calls';
import { openClearsignedBytes, parseClearsigned } from './cleartext';
import { makeTestKey, type TestKey } from './testing/test-support';

let vendor: TestKey;
beforeAll(async () => {
  vendor = await makeTestKey('Vendor');
});

// "修正版を公開しました。" in Shift_JIS, and "ソフトウェア表" (two chars end in 0x5C).
// Bytes as one char per byte, so Shift_JIS can be spliced like text (shared/ has no Buffer).
const hex = (h: string) =>
  String.fromCharCode(...(h.match(/../g) ?? []).map((b) => parseInt(b, 16)));
const SJIS = hex('8f4390b394c582f08cf68a4a82b582dc82b582bd8142');
const SJIS_5C = hex('835c83748367834583468341955c');
const bytes = (binary: string) => Uint8Array.from(binary, (c) => c.charCodeAt(0));

/** A clearsigned frame around raw text lines, signed over their canonical bytes. */
async function frame(lines: string[], options: { hash?: string; eol?: string } = {}) {
  const eol = options.eol ?? '\n';
  const canonical = bytes(lines.map((l) => l.replace(/[ \t]+$/, '')).join('\r\n'));
  const signature = await signArmored({
    message: await openpgp.createMessage({ binary: canonical }),
    signingKeys: vendor.key,
    detached: true,
    format: 'armored',
  });
  const body = lines.map((l) => (l.startsWith('-') ? `- ${l}` : l));
  const text = [
    'Greeting before the block',
    '-----BEGIN PGP SIGNED MESSAGE-----',
    `Hash: ${options.hash ?? 'SHA512'}`,
    '',
    ...body,
    signature.trimEnd(),
    'and a footer',
  ].join('\n');
  return text.replace(/\n/g, eol);
}

const lines = [`${SJIS}  \t`, `- ${SJIS_5C}`, 'Fixed in 2.0.1'];

describe('clearsigned text over its original bytes', () => {
  it('verifies Shift_JIS text (dash-escaped, trailing blanks, LF or CRLF) and returns its bytes', async () => {
    for (const eol of ['\n', '\r\n']) {
      const opened = await openClearsignedBytes(bytes(await frame(lines, { eol })), [
        vendor.key.toPublic(),
      ]);
      expect(opened.ok && opened.value.signatures.map((s) => s.status)).toEqual(['valid']);
      const shown = opened.ok ? new TextDecoder('shift_jis').decode(opened.value.textBytes) : '';
      expect(shown).toBe('修正版を公開しました。\n- ソフトウェア表\nFixed in 2.0.1');
    }
  });

  it('one changed byte is invalid', async () => {
    const signed = await frame(lines);
    const tampered = bytes(signed);
    tampered[signed.indexOf(SJIS) + 1] = 0x44;
    const opened = await openClearsignedBytes(tampered, [vendor.key.toPublic()]);
    expect(opened.ok && opened.value.signatures.map((s) => s.status)).toEqual(['invalid']);
  });

  it('reads the Hash and Charset armor headers', async () => {
    const signed = (await frame(lines)).replace(
      'Hash: SHA512\n',
      'Hash: SHA256, SHA512\nCharset: Shift_JIS\n',
    );
    const parsed = parseClearsigned(bytes(signed));
    expect(parsed.ok && [parsed.value.hashes, parsed.value.charset]).toEqual([
      ['SHA256', 'SHA512'],
      'Shift_JIS',
    ]);
  });

  it('refuses a Hash header that does not name the signature hash, and broken frames', async () => {
    const keys = [vendor.key.toPublic()];
    const mislabelled = await openClearsignedBytes(
      bytes(await frame(lines, { hash: 'SHA1' })),
      keys,
    );
    expect(mislabelled.ok ? 'opened' : mislabelled.error.code).toBe('corrupt');
    const signed = await frame(lines);
    const cut = signed.slice(0, signed.indexOf('-----END PGP SIGNATURE-----'));
    const truncated = await openClearsignedBytes(bytes(cut), keys);
    expect(truncated.ok ? 'opened' : truncated.error.code).toBe('truncated');
    const none = await openClearsignedBytes(bytes('just text'), keys);
    expect(none.ok ? 'opened' : none.error.code).toBe('not-openpgp');
  });
});
