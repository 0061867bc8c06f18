// Replies made by GnuPG, Sequoia and RNP, in every shape, opened by Airlock's shared/ code
// with the right signature result.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Key } from '../../shared/crypto/pgp';
import { allFingerprints, makeOrg, open, publicKeyOf, statuses, type Org } from './airlock';
import { gpgProducer } from './gpg';
import { rnpProducer } from './rnp';
import { sqProducer } from './sq';
import { tempDir, writeTemp, type KeyKind, type Producer, type ToolKey } from './tools';

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
        const opened = await open(org, await tool.encrypt(input, org.recipient, toolKey, armor), [publicKey]);
        expect(statuses(opened)).toEqual(['valid']);
        expect(opened.ok && [opened.reply.encrypted, opened.reply.text]).toEqual([true, TEXT]);
        expect(opened.ok && opened.reply.signatures[0]?.fingerprint).toBe(toolKey.fingerprint);
      }
    });

    it('encrypted-only: no signature, never valid', async () => {
      const opened = await open(org, await tool.encrypt(input, org.recipient, null, true), [key(kind).publicKey]);
      expect(statuses(opened)).toEqual([]);
      expect(opened.ok && opened.reply.text).toBe(TEXT);
    });

    it('inline-signed (not encrypted), armored and binary', async () => {
      for (const armor of [true, false]) {
        const opened = await open(org, await tool.sign(input, key(kind).toolKey, armor), [key(kind).publicKey]);
        expect(statuses(opened)).toEqual(['valid']);
        expect(opened.ok && [opened.reply.encrypted, opened.reply.text]).toEqual([false, TEXT]);
      }
    });

    it('clearsigned: valid, and invalid once the text is altered', async () => {
      const signed = (await tool.clearsign(input, key(kind).toolKey)).toString();
      const opened = await open(org, enc(signed), [key(kind).publicKey]);
      expect(statuses(opened)).toEqual(['valid']);
      expect(opened.ok && opened.reply.text.trimEnd()).toBe(TEXT.trimEnd());
      expect(statuses(await open(org, enc(signed.replace('2.0.1', '2.0.2')), [key(kind).publicKey]))).toEqual(['invalid']);
    });

    it('detached .sig and .asc beside the file', async () => {
      for (const armor of [false, true]) {
        const signature = await tool.detachSign(input, key(kind).toolKey, armor);
        expect(statuses(await open(org, enc(TEXT), [key(kind).publicKey], signature))).toEqual(['valid']);
        expect(statuses(await open(org, enc(`${TEXT}!`), [key(kind).publicKey], signature))).toEqual(['invalid']);
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
});
