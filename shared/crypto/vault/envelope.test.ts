import { describe, it, expect } from 'vitest';
import { randomBytes } from './bytes';
import { openRecord, sealRecord } from './envelope';
import { deriveVaultKeys } from './subkeys';

const keys = () => deriveVaultKeys(randomBytes(32), crypto.randomUUID());

describe('record envelope', () => {
  it('round-trips a record and keeps no plaintext in the stored row', async () => {
    const { record } = await keys();
    const env = await sealRecord(record, 'cases', 'id-1', { title: '脆弱性 canary-XYZ' });
    expect(env).toMatchObject({ id: 'id-1', kind: 'cases', v: 1 });
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
});
