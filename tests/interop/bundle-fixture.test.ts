// A bundle written by an earlier build (tests/fixtures/bundles) must still open: the
// format is a contract across versions, not just within one build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKeysFrom, unlockSecretKey } from '../../shared/crypto/pgp';
import { openBundle } from '../../shared/exchange/bundle';

const dir = join(import.meta.dirname, '..', 'fixtures', 'bundles');
const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));

describe('committed bundle fixture', () => {
  it('opens, verifies its signer and matches its recorded manifest', async () => {
    const secret = await unlockSecretKey(read('recipient.sec.asc'), '');
    const known = await readKeysFrom(read('sender.pub.asc'));
    if (!secret.ok || !known.ok) throw new Error('fixture keys unreadable');
    const opened = await openBundle(read('sample.airlock'), {
      decryptionKeys: [secret.value],
      knownKeys: known.value,
    });
    if (!opened.ok) throw new Error(`${opened.error.code}: ${opened.error.message}`);
    expect(opened.value.signer.status).toBe('valid');
    expect(opened.value.manifest).toEqual(
      JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')),
    );
    expect(opened.value.cases[0]?.document.case.ref).toBe('AL-2026-0042');
  });
});
