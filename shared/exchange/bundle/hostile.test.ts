// Hostile imports: every malformed, tampered, wrong-key, unsigned, replayed or oversized
// bundle must be refused with its documented code, and no plan may come out of it. This
// file: the OpenPGP envelope, the signer and replays; hostile-contents.test.ts: the ZIP,
// the manifest and the records inside.
import * as openpgp from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLE_LIMITS } from './limits';
import { importBundle } from './open';
import { rawZip } from './testing/raw-zip';
import { writeBundleZip } from './write';
import {
  attempt,
  entries,
  expectRefused,
  header,
  knownKeys,
  ledger,
  recipient,
  revokedSigner,
  seal,
  selection,
  sender,
  setUpHostileKit,
  stranger,
  valid,
  withManifest,
} from './testing/hostile-kit';

beforeAll(setUpHostileKit);

describe('control', () => {
  it('the untampered bundle imports (so every refusal below is caused by its tampering)', async () => {
    const result = await attempt(await seal(rawZip(entries())));
    expect(result.ok).toBe(true);
  });
});

describe('OpenPGP layer', () => {
  const cuts = [5, 20, 100, 0.25, 0.5, 0.75, -1];
  for (const cut of cuts) {
    it(`truncated at ${cut}`, async () => {
      const bytes = await seal(valid.zip);
      const at = cut < 0 ? bytes.length + cut : cut < 1 ? Math.floor(bytes.length * cut) : cut;
      expectRefused(await attempt(bytes.slice(0, at)), 'truncated');
    });
  }
  for (const where of [0.4, 0.6, 0.8, 0.95, -1]) {
    it(`byte flipped in the encrypted data at ${where}`, async () => {
      const bytes = await seal(valid.zip);
      const at = where < 0 ? bytes.length + where : Math.floor(bytes.length * where);
      bytes[at] = (bytes[at] ?? 0) ^ 0x20;
      expectRefused(await attempt(bytes), 'corrupt');
    });
  }
  it('encrypted to someone else', async () => {
    expectRefused(await attempt(await seal(valid.zip, sender, stranger)), 'wrong-recipient');
  });
  it('not OpenPGP at all (a bare ZIP)', async () => {
    expectRefused(await attempt(valid.zip), 'not-openpgp');
  });
  it('an empty file', async () => {
    expectRefused(await attempt(new Uint8Array(0)), 'not-openpgp');
  });
  it('signed but not encrypted', async () => {
    const message = await openpgp.createMessage({ binary: valid.zip });
    const signed = (await openpgp.sign({
      message,
      signingKeys: sender.secret,
      format: 'binary',
    })) as unknown as Uint8Array;
    expectRefused(await attempt(signed), 'not-openpgp');
  });
  it('larger than the input cap', async () => {
    const bytes = await seal(valid.zip);
    expectRefused(
      await attempt(bytes, { ...DEFAULT_BUNDLE_LIMITS, maxInputBytes: bytes.length - 1 }),
      'input-too-large',
    );
  });
});

describe('signer', () => {
  it('unsigned', async () => {
    const message = await openpgp.createMessage({ binary: valid.zip });
    const bytes = (await openpgp.encrypt({
      message,
      encryptionKeys: recipient.public,
      format: 'binary',
    })) as unknown as Uint8Array;
    expectRefused(await attempt(bytes), 'unsigned');
  });
  it('signed by an unknown key: refused, naming the signer, unless explicitly accepted', async () => {
    const zip = await writeBundleZip((await selection()).value, header(stranger.fingerprint));
    const bytes = await seal(zip.zip, stranger);
    const result = await attempt(bytes);
    expectRefused(result, 'signer-unknown');
    if (!result.ok) expect(result.error.signer?.fingerprint).toBe(stranger.fingerprint);
    const accepted = await importBundle(bytes, {
      decryptionKeys: [recipient.secret],
      knownKeys,
      acceptUnknownSigner: stranger.fingerprint,
      lookup: { isBundleImported: () => false, existingEvents: () => undefined },
    });
    expect(accepted.ok && accepted.value.signer).toEqual({
      status: 'accepted-unknown',
      fingerprint: stranger.fingerprint,
    });
  });
  it('accepting one unknown key does not accept another', async () => {
    const bytes = await seal(valid.zip, stranger);
    const result = await importBundle(bytes, {
      decryptionKeys: [recipient.secret],
      knownKeys,
      acceptUnknownSigner: sender.fingerprint,
      lookup: { isBundleImported: () => false, existingEvents: () => undefined },
    });
    expectRefused(result, 'signer-unknown');
  });
  it('signed by a revoked key', async () => {
    expectRefused(await attempt(await seal(valid.zip, revokedSigner)), 'signer-revoked');
  });
  it('the manifest names a sender other than the signer', async () => {
    const zip = rawZip(
      withManifest(entries(), (m) => ({ ...m, sender: { fingerprint: stranger.fingerprint } })),
    );
    expectRefused(await attempt(await seal(zip)), 'sender-mismatch');
  });
});

describe('ledger', () => {
  it('a bundle already imported is refused as a replay', async () => {
    const bytes = await seal(valid.zip);
    expect((await attempt(bytes)).ok).toBe(true);
    ledger.add(valid.manifest.bundleId);
    expectRefused(await attempt(bytes), 'replayed');
    ledger.delete(valid.manifest.bundleId);
  });
});
