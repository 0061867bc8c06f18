// The vault's operations as its screens call them: a backup saved through the host and
// restored into another vault, a cancelled save, the audit log verified.
import { describe, expect, it } from 'vitest';
import { ok } from '../../../shared/result';
import { bindOperations } from '../../app/operations';
import { depsOf, savingPlatform, type SavedFile } from '../../app/testing/operation-deps';
import type { Platform } from '../../platform';
import { freshStore, makeCase, PASSPHRASE } from '../../store/testing/test-support';
import { vaultOperations } from './operations';

const NOW = new Date('2026-11-14T09:30:05Z');

describe('vault operations', () => {
  it('saves a backup under a dated name, which restores into another vault', async () => {
    const source = await freshStore();
    const kase = makeCase(1);
    await source.repos.cases.put(kase);
    const files: SavedFile[] = [];
    const ops = bindOperations(vaultOperations, depsOf(source, savingPlatform(files)));
    const saved = await ops.saveBackup({ now: NOW });
    expect(saved).toEqual({
      ok: true,
      value: { saved: 'airlock-backup-2026-11-14-183005-JST.airlock-backup' },
    });

    const target = await freshStore();
    const into = bindOperations(vaultOperations, depsOf(target));
    const bytes = files[0]?.bytes ?? new Uint8Array();
    // A vault that exists (its audit log has begun) is replaced only when the box is ticked.
    const refused = await into.restore({ bytes, passphrase: PASSPHRASE, replaceExisting: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'backup.store-not-empty' } });
    const restored = await into.restore({ bytes, passphrase: PASSPHRASE, replaceExisting: true });
    expect(restored).toMatchObject({ ok: true, value: { loadIssues: [] } });
    expect(target.repos.cases.get(kase.id)?.ref).toBe(kase.ref);
    expect(await into.verifyAuditLog({})).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('a cancelled save dialog saves nothing and says so', async () => {
    const store = await freshStore();
    const cancelled = {
      saveFile: () => Promise.resolve(ok({ saved: false })),
    } as unknown as Platform;
    const ops = bindOperations(vaultOperations, depsOf(store, cancelled));
    expect(await ops.saveBackup({ now: NOW })).toEqual({ ok: true, value: { saved: null } });
  });

  it('a wrong current passphrase is refused with its code', async () => {
    const store = await freshStore();
    const ops = bindOperations(vaultOperations, depsOf(store));
    const r = await ops.changePassphrase({
      current: 'not it',
      next: 'a much longer new passphrase',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'vault.wrong-passphrase' } });
  });

  it('rotates the master key with the vault passphrase; the vault still opens with it', async () => {
    const store = await freshStore();
    const kase = makeCase(1);
    await store.repos.cases.put(kase);
    const ops = bindOperations(vaultOperations, depsOf(store));
    expect(await ops.rotateMasterKey({ passphrase: 'not it' })).toMatchObject({
      ok: false,
      error: { code: 'vault.wrong-passphrase' },
    });
    expect(await ops.rotateMasterKey({ passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { records: 1, chunks: 0 },
    });
    store.lock();
    expect((await ops.unlock({ passphrase: PASSPHRASE })).ok).toBe(true);
    expect(store.repos.cases.get(kase.id)?.ref).toBe(kase.ref);
  });

  it('"Verify backup" remembers a sound backup of this vault with its date and sequence, not a foreign one', async () => {
    const store = await freshStore();
    await store.repos.cases.put(makeCase(1));
    const made = await store.backup();
    if (!made.ok) throw new Error(made.error.message);
    const ops = bindOperations(vaultOperations, depsOf(store));
    const input = { bytes: made.value, passphrase: PASSPHRASE, now: NOW, language: 'en' as const };
    const checked = await ops.verifyBackup(input);
    expect(checked).toMatchObject({ ok: true, value: { verify: { ok: true } } });
    const last = store.repos.settings.get('settings')?.lastVerifiedBackup;
    expect(last).toEqual({
      madeAt: checked.ok ? checked.value.verify.createdAt : '',
      verifiedAt: NOW.toISOString(),
      seq: checked.ok ? checked.value.comparison.backupSeq : -1,
    });

    const other = await freshStore();
    const otherOps = bindOperations(vaultOperations, depsOf(other));
    expect(await otherOps.verifyBackup(input)).toMatchObject({
      ok: true,
      value: { comparison: { sameVault: false } },
    });
    expect(other.repos.settings.get('settings')?.lastVerifiedBackup ?? null).toBeNull();
    expect(await ops.verifyBackup({ ...input, passphrase: 'wrong' })).toMatchObject({
      ok: false,
      error: { code: 'backup.wrong-passphrase' },
    });
  });
});
