// Keys damaged and forged (packet bytes, armor text, a user ID without a binding signature,
// keys glued together) through `airlock key inspect` and the app's keyring import.
import fc from 'fast-check';
import * as openpgp from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeKey, readKeysFrom } from '../../shared/crypto/pgp';
import { reportTally, runs, samples } from './kit';
import { mutatedBytes } from './mutate';
import { corpusFolder, loadKeys } from './seeds';
import { targets, type Targets } from './targets';

const seeds = corpusFolder('keys');
const names = [...seeds.keys()];
const enc = new TextEncoder();
let t: Targets;
beforeAll(async () => {
  t = targets(await loadKeys());
});
reportTally('keys');

const tryKey = (label: string, data: Uint8Array) => t.key(label, data);

/** A key with an extra user ID packet that no self-signature binds (issue 29's Mallory). */
async function withUnboundUserId(armored: string, userId: string): Promise<Uint8Array> {
  const key = await openpgp.readKey({ armoredKey: armored });
  const packets = key.toPacketList();
  const forged = openpgp.UserIDPacket.fromObject({ name: userId });
  const list = new openpgp.PacketList<openpgp.AnyPacket>();
  list.push(...packets.slice(0, 1), forged, ...packets.slice(1));
  return list.write();
}

const armoredEdit = fc.constantFrom(
  (t: string) => t.replace(/\r?\n/g, '\r\n'),
  (t: string) => t.replace(/\n=[A-Za-z0-9+/]{4}\n/, '\n'),
  (t: string) => t.replace('PUBLIC KEY BLOCK', 'PRIVATE KEY BLOCK'),
  (t: string) => `${t}\n${t}`,
  (t: string) => t.replace(/([A-Za-z0-9+/]{64})\n/, '$1$1\n'),
);

describe('fuzz: keys', () => {
  it('every seed key imports (the set-up is sound)', async () => {
    for (const [name, data] of seeds) {
      const outcomes = await tryKey(`seed-${name}`, data);
      expect([name, ...outcomes.map((o) => o.kind)]).toEqual([name, 'accepted', 'accepted']);
    }
  });

  it('damaged key bytes', async () => {
    for (const { seed, bytes } of samples(mutatedBytes([...seeds.values()]), 2921, runs(180, 20)))
      await tryKey(`key-${names[seed] ?? ''}`, bytes);
  }, 3_600_000);

  it('armor damaged as text, keys glued together', async () => {
    const armored = names.filter((n) => n.endsWith('.asc'));
    const inputs = samples(
      fc.tuple(fc.constantFrom(...armored), fc.array(armoredEdit, { minLength: 1, maxLength: 2 })),
      2922,
      runs(40, 5),
    );
    for (const [name, edits] of inputs) {
      const text = new TextDecoder().decode(seeds.get(name));
      await tryKey(`armor-${name}`, enc.encode(edits.reduce((t, e) => e(t), text)));
    }
  }, 3_600_000);

  it('a user ID without a binding signature is never listed as the key’s own', async () => {
    const armored = names.filter((n) => n.endsWith('.pub.asc'));
    const userId = fc.oneof(
      fc.constant('Mallory <mallory@evil.invalid>'),
      fc.string({ maxLength: 200 }),
      fc.integer({ min: 1, max: 5 }).map((k) => 'M'.repeat(10 ** k)),
    );
    const inputs = samples(fc.tuple(fc.constantFrom(...armored), userId), 2923, runs(30, 4));
    for (const [name, id] of inputs) {
      const data = await withUnboundUserId(new TextDecoder().decode(seeds.get(name)), id);
      await tryKey(`unbound-uid-${name}`, data);
      const read = await readKeysFrom(data);
      const [key] = read.ok ? read.value : [];
      if (key !== undefined) expect((await describeKey(key)).userIds).not.toContain(id);
    }
  }, 3_600_000);
});
