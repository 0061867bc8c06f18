import { describe, it, expect } from 'vitest';
import { randomBytes } from './bytes';
import { buf, utf8 } from './bytes';
import { openRecord, sealRecord } from './envelope';
import { paddedLength, unpadBytes } from './padding';
import { deriveVaultKeys } from './subkeys';

const keys = () => deriveVaultKeys(randomBytes(32), crypto.randomUUID());

describe('record envelope', () => {
  it('round-trips a record and keeps no plaintext in the stored row', async () => {
    const { record } = await keys();
    const env = await sealRecord(record, 'cases', 'id-1', { title: '脆弱性 canary-XYZ' });
    expect(env).toMatchObject({ id: 'id-1', kind: 'cases', v: 2 });
    expect(new TextDecoder().decode(env.ct)).not.toContain('canary');
    expect(await openRecord(record, 'cases', env)).toEqual({
      ok: true,
      value: { title: '脆弱性 canary-XYZ' },
    });
  });

  it('seals records started together (one reused UTF-8 buffer) each with its own content and IV', async () => {
    const { record } = await keys();
    const values = Array.from({ length: 300 }, (_, i) => ({ n: i, text: '脆'.repeat(i * 80) }));
    const envs = await Promise.all(values.map((v, i) => sealRecord(record, 'cases', `id-${i}`, v)));
    const opened = await Promise.all(envs.map((env) => openRecord(record, 'cases', env)));
    expect(opened).toEqual(values.map((value) => ({ ok: true, value })));
    expect(new Set(envs.map((env) => env.iv.join(','))).size).toBe(values.length);
    expect(envs.every((env) => env.iv.length === 12 && env.iv.buffer.byteLength === 12)).toBe(true);
  });

  it('fails when the ciphertext is moved to another row or another table', async () => {
    const { record } = await keys();
    const env = await sealRecord(record, 'cases', 'id-1', { a: 1 });
    expect((await openRecord(record, 'cases', { ...env, id: 'id-2' })).ok).toBe(false);
    expect((await openRecord(record, 'contacts', { ...env, kind: 'contacts' })).ok).toBe(false);
    expect((await openRecord(record, 'contacts', env)).ok).toBe(false);
  });

  it('fails on any flipped bit in iv or ciphertext, and under another vault key', async () => {
    const { record } = await keys();
    const env = await sealRecord(record, 'cases', 'id-1', { a: 1 });
    for (const field of ['iv', 'ct'] as const) {
      const bytes = new Uint8Array(env[field]);
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
      expect((await openRecord(record, 'cases', { ...env, [field]: bytes })).ok).toBe(false);
    }
    const other = await keys();
    expect((await openRecord(other.record, 'cases', env)).ok).toBe(false);
  });

  it('pads to size buckets: two records of different lengths in one bucket are the same size at rest', async () => {
    const { record } = await keys();
    const short = await sealRecord(record, 'cases', 'id-1', { note: 'a' });
    const longer = await sealRecord(record, 'cases', 'id-2', { note: 'a'.repeat(150) });
    expect(short.ct.length).toBe(longer.ct.length);
    expect(short.ct.length).toBe(256 + 16); // the smallest bucket and the GCM tag
    // Past 256 bytes a bucket is 1/8 of the next power of two wide.
    const a = await sealRecord(record, 'cases', 'id-3', { note: 'b'.repeat(400) });
    const b = await sealRecord(record, 'cases', 'id-4', { note: 'b'.repeat(420) });
    const c = await sealRecord(record, 'cases', 'id-5', { note: 'b'.repeat(470) });
    expect(a.ct.length).toBe(b.ct.length);
    expect(c.ct.length).toBeGreaterThan(a.ct.length);
    expect(await openRecord(record, 'cases', b)).toEqual({
      ok: true,
      value: { note: 'b'.repeat(420) },
    });
  });

  it('still opens a v1 (unpadded) row, and refuses a v1 row relabelled v2', async () => {
    const { record } = await keys();
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ct = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: buf(utf8('cases|old-1|1')) },
        record,
        buf(utf8(JSON.stringify({ title: 'before padding' }))),
      ),
    );
    const v1 = { id: 'old-1', kind: 'cases', iv, ct, v: 1 };
    expect(await openRecord(record, 'cases', v1)).toEqual({
      ok: true,
      value: { title: 'before padding' },
    });
    expect((await openRecord(record, 'cases', { ...v1, v: 2 })).ok).toBe(false);
  });

  it('buckets and unpads as documented', () => {
    expect([0, 255, 256, 257, 320, 1000, 5000].map(paddedLength)).toEqual([
      256, 256, 320, 320, 384, 1024, 5120,
    ]);
    expect(unpadBytes(new Uint8Array([1, 2, 0x80, 0, 0]))).toEqual(new Uint8Array([1, 2]));
    expect(unpadBytes(new Uint8Array([1, 2, 0, 0]))).toBeNull();
    expect(unpadBytes(new Uint8Array([0, 0]))).toBeNull();
  });
});
