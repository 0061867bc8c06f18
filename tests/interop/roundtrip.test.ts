// Round trips with GnuPG, Sequoia and RNP (keys made once per tool): replies in every
// shape opened by Airlock's shared/ code with the right signature result, and every
// message Airlock seals (text .asc, attachment .pgp, PGP/MIME .eml) opened by the tool.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Key } from '../../shared/crypto/pgp';
import { sealAttachments, sealMessage, sealPgpMime } from '../../shared/exchange/message';
import { allFingerprints, makeOrg, open, publicKeyOf, statuses, type Org } from './airlock';
import { gpgProducer } from './gpg';
import { rnpProducer } from './rnp';
import { sqProducer } from './sq';
import { tempDir, writeTemp, type KeyKind, type Producer, type ToolKey } from './tools';

const ref = 'AL-2026-0042';
const TEXT = '[AL-2026-0042] 修正版を公開しました\nFixed in 2.0.1.\n';
const enc = (s: string) => new TextEncoder().encode(s);

let org: Org;
beforeAll(async () => {
  org = await makeOrg();
});

const producers: readonly [string, () => Promise<Producer>][] = [
  ['gpg', gpgProducer],
  ['sq', sqProducer],
  ['rnp', rnpProducer],
];

describe.each(producers)('replies made by %s', (_name, make) => {
  let tool: Producer;
  let dir: string;
  let input: string;
  const keys = new Map<KeyKind, { toolKey: ToolKey; publicKey: Key }>();

  beforeAll(async () => {
    tool = await make();
    dir = await tempDir(`${tool.name}-replies`);
    input = await writeTemp(dir, 'reply.txt', TEXT);
    for (const kind of ['ecc', 'rsa'] as const) {
      const toolKey = await tool.generate(kind);
      keys.set(kind, { toolKey, publicKey: await publicKeyOf(toolKey) });
    }
  });

  const key = (kind: KeyKind) => {
    const entry = keys.get(kind);
    if (entry === undefined) throw new Error(`no ${kind} key`);
    return entry;
  };

  describe.each(['ecc', 'rsa'] as const)('%s key', (kind) => {
    it('signed+encrypted, armored and binary: valid, text intact', async () => {
      const { toolKey, publicKey } = key(kind);
      for (const armor of [true, false]) {
        const opened = await open(org, await tool.encrypt(input, org.recipient, toolKey, armor), [
          publicKey,
        ]);
        expect(statuses(opened)).toEqual(['valid']);
        expect(opened.ok && [opened.reply.encrypted, opened.reply.text]).toEqual([true, TEXT]);
        expect(opened.ok && opened.reply.signatures[0]?.fingerprint).toBe(toolKey.fingerprint);
      }
    });

    it('encrypted-only: no signature, never valid', async () => {
      const opened = await open(org, await tool.encrypt(input, org.recipient, null, true), [
        key(kind).publicKey,
      ]);
      expect(statuses(opened)).toEqual([]);
      expect(opened.ok && opened.reply.text).toBe(TEXT);
    });

    it('inline-signed (not encrypted), armored and binary', async () => {
      for (const armor of [true, false]) {
        const opened = await open(org, await tool.sign(input, key(kind).toolKey, armor), [
          key(kind).publicKey,
        ]);
        expect(statuses(opened)).toEqual(['valid']);
        expect(opened.ok && [opened.reply.encrypted, opened.reply.text]).toEqual([false, TEXT]);
      }
    });

    it('clearsigned: valid, and invalid once the text is altered', async () => {
      const signed = (await tool.clearsign(input, key(kind).toolKey)).toString();
      const opened = await open(org, enc(signed), [key(kind).publicKey]);
      expect(statuses(opened)).toEqual(['valid']);
      expect(opened.ok && opened.reply.text.trimEnd()).toBe(TEXT.trimEnd());
      expect(
        statuses(await open(org, enc(signed.replace('2.0.1', '2.0.2')), [key(kind).publicKey])),
      ).toEqual(['invalid']);
    });

    it('detached .sig and .asc beside the file', async () => {
      for (const armor of [false, true]) {
        const signature = await tool.detachSign(input, key(kind).toolKey, armor);
        expect(statuses(await open(org, enc(TEXT), [key(kind).publicKey], signature))).toEqual([
          'valid',
        ]);
        expect(
          statuses(await open(org, enc(`${TEXT}!`), [key(kind).publicKey], signature)),
        ).toEqual(['invalid']);
      }
    });

    it('an unknown signer is reported as unknown-key with the issuer fingerprint', async () => {
      const { toolKey, publicKey } = key(kind);
      const opened = await open(org, await tool.encrypt(input, org.recipient, toolKey, true), []);
      expect(statuses(opened)).toEqual(['unknown-key']);
      const fingerprint = opened.ok ? (opened.reply.signatures[0]?.fingerprint ?? '') : '';
      expect(fingerprint).toMatch(/^[0-9A-F]{40}$/);
      expect(allFingerprints(publicKey)).toContain(fingerprint);
    });
  });

  describe('Airlock seals, the tool opens', () => {
    it('a text message to several recipients: UTF-8 text with the ref first, good signature', async () => {
      const sealed = await sealMessage({
        ref,
        subject: '脆弱性のご連絡',
        body: '詳細を送ります。\nDetails follow.',
        recipientKeys: [key('ecc').publicKey, key('rsa').publicKey],
        signingKey: org.key,
      });
      if (!sealed.ok) throw new Error(sealed.error.message);
      const file = await writeTemp(dir, sealed.value.name, sealed.value.data);
      for (const toolKey of [key('ecc').toolKey, key('rsa').toolKey]) {
        const result = await tool.decryptVerify(file, toolKey, org.publicFile);
        expect(result.goodSignature, result.log).toBe(true);
        expect(result.plaintext.toString('utf8')).toBe(
          `[${ref}] 脆弱性のご連絡\n\n詳細を送ります。\nDetails follow.\n`,
        );
        if (tool.name !== 'gpg') break; // sq/rnp pick their one secret key; gpg tries both
      }
    });

    it('an attachment sealed as its own binary file', async () => {
      const data = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
      const sealed = await sealAttachments([{ name: 'poc.bin', data }], {
        recipientKeys: [key('ecc').publicKey],
        signingKey: org.key,
      });
      if (!sealed.ok) throw new Error(sealed.error.message);
      const [first] = sealed.value;
      expect(first?.name).toBe('poc.bin.pgp');
      const file = await writeTemp(dir, 'poc.bin.pgp', first?.data ?? '');
      const result = await tool.decryptVerify(file, key('ecc').toolKey, org.publicFile);
      expect(result.goodSignature, result.log).toBe(true);
      expect(Buffer.compare(result.plaintext, Buffer.from(data))).toBe(0);
    });

    it('the encrypted part of a PGP/MIME .eml', async () => {
      const eml = await sealPgpMime({
        ref,
        subject: 'Report',
        body: 'See attached.',
        attachments: [{ name: 'log.txt', data: new TextEncoder().encode('log') }],
        recipientKeys: [key('rsa').publicKey],
        signingKey: org.key,
      });
      if (!eml.ok) throw new Error(eml.error.message);
      const armored =
        /-----BEGIN PGP MESSAGE-----[\s\S]*?-----END PGP MESSAGE-----/.exec(eml.value)?.[0] ?? '';
      const file = await writeTemp(dir, 'part.asc', armored);
      const result = await tool.decryptVerify(file, key('rsa').toolKey, org.publicFile);
      expect(result.goodSignature, result.log).toBe(true);
      expect(result.plaintext.toString()).toMatch(
        /^Content-Type: multipart\/mixed; boundary="airlock-[0-9a-f]+"/,
      );
      expect(result.plaintext.toString()).toContain('filename="log.txt"');
    });
  });
});
