import { describe, it, expect } from 'vitest';
import { canonicalHash } from '../canonical-json';
import { GENESIS_HASH, linkEntries, linkEntry, verifyChain, type ChainLink } from './audit-chain';
import { buf, randomBytes, utf8 } from './bytes';
import { openChunks, sealChunks } from './chunks';
import { deriveVaultKeys } from './subkeys';

type Entry = ChainLink & { action: string };

const chain = async (n: number): Promise<Entry[]> => {
  const out: Entry[] = [];
  for (let i = 0; i < n; i += 1)
    out.push(await linkEntry<Entry>({ action: `a${i}` }, out.at(-1) ?? null));
  return out;
};

describe('audit chain', () => {
  it('verifies an intact chain', async () => {
    expect(await verifyChain(await chain(4))).toMatchObject({ ok: true, length: 4 });
  });

  it('hashes each link as SHA-256 of its canonical JSON without the hash (the stored format)', async () => {
    // Japanese text (multi-byte UTF-8) and a link longer than the encoder's first buffer.
    const bodies = [{ action: '受領通知を送付' }, { action: 'x'.repeat(5000) }, { action: 'a' }];
    const links = await linkEntries<Entry>(bodies, null);
    let prevHash = GENESIS_HASH;
    for (const [index, link] of links.entries()) {
      const { hash, ...unhashed } = link;
      expect(unhashed).toEqual({ ...bodies[index], seq: index + 1, prevHash });
      expect(hash).toBe(await canonicalHash(unhashed));
      prevHash = hash;
    }
  });

  it('reports the first tampered, removed or unreadable entry', async () => {
    const entries = await chain(5);
    const tampered = entries.map((e) => (e.seq === 3 ? { ...e, action: 'forged' } : e));
    expect(await verifyChain(tampered)).toEqual({
      ok: false,
      firstBreak: { seq: 3, reason: 'hash-mismatch' },
    });
    const removed = entries.filter((e) => e.seq !== 2);
    expect(await verifyChain(removed)).toEqual({
      ok: false,
      firstBreak: { seq: 2, reason: 'sequence-gap' },
    });
    const unreadable = entries.map((e) =>
      e.seq === 4 ? { seq: 4, unreadable: true as const } : e,
    );
    expect(await verifyChain(unreadable)).toEqual({
      ok: false,
      firstBreak: { seq: 4, reason: 'unreadable' },
    });
  });

  it('catches an entry re-hashed after editing (its successor no longer links)', async () => {
    const entries = await chain(3);
    const second = entries[1];
    if (second === undefined) throw new Error('chain too short');
    const forged = await linkEntry<Entry>({ action: 'forged' }, entries[0] ?? null);
    expect(forged.seq).toBe(second.seq);
    const out = await verifyChain([entries[0] as Entry, forged, entries[2] as Entry]);
    expect(out).toEqual({ ok: false, firstBreak: { seq: 3, reason: 'prev-mismatch' } });
  });
});

describe('attachment chunks', () => {
  it('round-trips and refuses reordered, truncated or foreign chunks', async () => {
    const keys = await deriveVaultKeys(randomBytes(32), crypto.randomUUID());
    const data = randomBytes(2500);
    const sealed = await sealChunks(keys.attachment, 'att-1', data, 1000);
    expect(sealed).toHaveLength(3);
    expect(Array.from((await openChunks(keys, 'att-1', sealed, 3)) ?? [])).toEqual(
      Array.from(data),
    );
    const [c0, c1, c2] = sealed as [(typeof sealed)[0], (typeof sealed)[0], (typeof sealed)[0]];
    expect(await openChunks(keys, 'att-1', [c1, c0, c2], 3)).toBeNull();
    expect(await openChunks(keys, 'att-1', [c0, c1], 2)).toBeNull();
    expect(await openChunks(keys, 'att-2', sealed, 3)).toBeNull();
  });

  it('seals under the attachment key, not the record key, and pads the last chunk to its bucket', async () => {
    const keys = await deriveVaultKeys(randomBytes(32), crypto.randomUUID());
    const [a] = await sealChunks(keys.attachment, 'att-1', randomBytes(1000));
    const [b] = await sealChunks(keys.attachment, 'att-2', randomBytes(1020));
    expect(a?.v).toBe(2);
    expect(a?.ct.length).toBe(b?.ct.length);
    if (a === undefined) throw new Error('no chunk');
    // The record key does not open it, even labelled as a v1 chunk.
    const recordOnly = { attachment: keys.record, record: keys.record };
    expect(await openChunks(recordOnly, 'att-1', [a], 1)).toBeNull();
    expect(await openChunks(keys, 'att-1', [{ iv: a.iv, ct: a.ct }], 1)).toBeNull();
  });

  it('still opens a v1 chunk (record key, unpadded)', async () => {
    const keys = await deriveVaultKeys(randomBytes(32), crypto.randomUUID());
    const data = randomBytes(300);
    const iv = randomBytes(12);
    const ct = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: buf(iv), additionalData: buf(utf8('attachmentChunks|att-1|0/1|1')) },
        keys.record,
        buf(data),
      ),
    );
    expect(Array.from((await openChunks(keys, 'att-1', [{ iv, ct }], 1)) ?? [])).toEqual(
      Array.from(data),
    );
  });
});
