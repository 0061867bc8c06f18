// `airlock report-form` (issue 27 item 6): the finder's offline form as one HTML file whose
// CSP allows only its own inline script and style (by hash), with the coordinator's public
// key inside; a key that must not or cannot be used is refused and nothing is written.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestKey } from '../../shared/crypto/pgp/testing/test-support';
import { airlockGroup } from './testing/cli';

const reportForm = airlockGroup('report-form');
let dir: string;
let coordinator: Awaited<ReturnType<typeof makeTestKey>>;
const file = (name: string) => path.join(dir, name);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-report-form-cli-'));
  coordinator = await makeTestKey('Coordinator');
  const other = await makeTestKey('Other');
  // Made in 2020 with a one-year expiry: expired on any day the test runs.
  const expired = await makeTestKey('Expired', {
    date: new Date('2020-01-01T00:00:00Z'),
    expiresInSeconds: 365 * 86_400,
  });
  const signOnly = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    subkeys: [],
    userIDs: [{ name: 'Sign Only', email: 'sign@example.org' }],
    format: 'armored',
    config: { v6Keys: false },
  });
  await Promise.all([
    writeFile(file('coordinator.pub.asc'), coordinator.armoredPublic),
    writeFile(file('coordinator.sec.asc'), coordinator.armoredSecret),
    writeFile(file('two.pub.asc'), `${coordinator.armoredPublic}\n${other.armoredPublic}`),
    writeFile(file('expired.pub.asc'), expired.armoredPublic),
    writeFile(file('sign-only.pub.asc'), signOnly.publicKey),
    writeFile(file('not-a-key.txt'), 'hello\n'),
  ]);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('airlock report-form', () => {
  it('writes one HTML file whose CSP admits exactly its own inline script and style', async () => {
    const result = await reportForm('--to', file('coordinator.pub.asc'), '--out', file('f.html'));
    expect(result).toMatchObject({ code: 0, json: { ok: true, out: file('f.html') } });
    expect(result.json.fingerprint).toBe(coordinator.key.getFingerprint().toUpperCase());
    const html = await readFile(file('f.html'), 'utf8');
    expect(result.json.size).toBe(Buffer.byteLength(html));

    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = (csp ?? '').split('; ');
    expect(directives[0]).toBe("default-src 'none'");
    // The CSP comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));

    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    expect(directives).toContain(`script-src 'sha256-${sha256(scripts[0] ?? '')}'`);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    expect(styles).toHaveLength(1);
    expect(directives).toContain(`style-src 'sha256-${sha256(styles[0] ?? '')}'`);
    // openpgp.js is inside the one script, not loaded from anywhere.
    expect(scripts[0]?.includes('OpenPGP.js')).toBe(true);

    // Nothing that a browser would fetch: no src, href, action, srcset, url() or import.
    // (Booleans, not the 380 KB text, are what a failure prints.)
    expect(/\s(src|href|action|srcset|poster|data)\s*=/i.test(html)).toBe(false);
    expect(/url\(|@import|\bimport\(/.test(html)).toBe(false);
    // The only URLs are openpgp.js's licence notice and its default comment text.
    const urls = new Set(html.match(/https?:\/\/[^\s"'`)<]*/g) ?? []);
    expect([...urls].map((u) => new URL(u).hostname)).toEqual([...urls].map(() => 'openpgpjs.org'));

    // The coordinator's public key is embedded; no secret key material.
    const data = /<script type="application\/json" id="airlock-form-data">(.*?)<\/script>/.exec(
      html,
    )?.[1];
    const parsed = JSON.parse(data ?? '{}') as { key: string; lang: string };
    const embedded = await openpgp.readKey({ armoredKey: parsed.key });
    expect(embedded.isPrivate()).toBe(false);
    expect(embedded.getFingerprint()).toBe(coordinator.key.getFingerprint());
    expect(parsed.lang).toBe('ja');
    expect(data?.includes('PRIVATE KEY')).toBe(false);
  }, 60_000);

  it('opens in English when asked', async () => {
    const result = await reportForm(
      ...['--to', file('coordinator.pub.asc'), '--out', file('en.html'), '--lang', 'en'],
    );
    expect(result.code).toBe(0);
    const html = await readFile(file('en.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Vulnerability report</title>');
  }, 60_000);

  it.each([
    ['coordinator.sec.asc', 'report-form.secret-key'],
    ['two.pub.asc', 'report-form.one-key'],
    ['expired.pub.asc', 'key-health.refused'],
    ['sign-only.pub.asc', 'key-health.refused'],
    ['not-a-key.txt', 'key-invalid'],
  ])(
    'refuses %s (%s) and writes nothing',
    async (key, code) => {
      const out = `refused-${key}.html`;
      const result = await reportForm('--to', file(key), '--out', file(out));
      expect(result.code).not.toBe(0);
      expect(result.json).toMatchObject({ ok: false, error: { code } });
      expect(await readdir(dir)).not.toContain(out);
    },
    60_000,
  );

  it('names the key a refusal is about', async () => {
    const result = await reportForm('--to', file('sign-only.pub.asc'), '--out', file('x.html'));
    expect((result.json.error as { message: string }).message).toContain(
      'Sign Only <sign@example.org>',
    );
  }, 60_000);

  it('refuses a missing --out or an unknown language as usage', async () => {
    const missing = await reportForm('--to', file('coordinator.pub.asc'));
    expect(missing.json).toMatchObject({ ok: false, error: { code: 'usage' } });
    const lang = await reportForm(
      ...['--to', file('coordinator.pub.asc'), '--out', file('y.html'), '--lang', 'fr'],
    );
    expect(lang.json).toMatchObject({ ok: false, error: { code: 'usage' } });
    expect(await readdir(dir)).not.toContain('y.html');
  }, 60_000);
});
