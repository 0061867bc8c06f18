import { describe, it, expect } from 'vitest';
import {
  sampleContact,
  sampleEvent,
  sampleInvolvement,
  sampleReport,
  sampleVulnerability,
} from '../../shared/model/testing/fixtures';
import { sampleCase } from '../../shared/model/testing/fixtures';
import { defaultSettings } from '../../shared/model';
import { openDb } from './db';
import { openStore, type AirlockStore } from './open-store';
import { PASSPHRASE, freshStore, makeCase, snapshotRepos } from './testing/test-support';

const populated = async (): Promise<AirlockStore> => {
  const store = await freshStore();
  const out = await store.transact((tx) => {
    tx.put('cases', sampleCase());
    for (let i = 1; i <= 20; i += 1) tx.put('cases', makeCase(i));
    tx.put('reports', sampleReport());
    tx.put('vulnerabilities', sampleVulnerability());
    tx.put('contacts', sampleContact());
    tx.put('involvements', sampleInvolvement());
    tx.appendEvent(sampleEvent());
    tx.putAttachment(
      { caseId: sampleCase().id, name: 'poc.html', mediaType: 'text/html' },
      new Uint8Array(3000).fill(7),
    );
  });
  if (!out.ok) throw new Error(out.error.message);
  return store;
};

const emptyStore = () => openStore({ dbName: `restore-${crypto.randomUUID()}` });

describe('backup and restore', () => {
  it('restores into a fresh database with identical decrypted records, attachments and audit', async () => {
    const source = await populated();
    const phases = new Set<string>();
    const file = await source.backup((p) => phases.add(p.phase));
    if (!file.ok) throw new Error(file.error.message);
    expect([...phases]).toEqual(['reading', 'encrypting']);
    expect(new TextDecoder().decode(file.value)).not.toContain('Example CMS');

    const target = await emptyStore();
    const restored = await target.restore(file.value, PASSPHRASE, {});
    const sourceSeq = source.repos.audit.all().at(-1)?.seq ?? 0;
    expect(restored).toEqual({ ok: true, value: { loadIssues: [], restoredFromSeq: sourceSeq } });
    expect(target.status()).toBe('unlocked');
    const { audit: targetAudit, ...targetRecords } = snapshotRepos(target);
    const { audit: sourceAudit, ...sourceRecords } = snapshotRepos(source);
    expect(targetRecords).toEqual(sourceRecords);
    // The source's chain, then the restore's own entry.
    expect(targetAudit?.slice(0, sourceAudit?.length)).toEqual(sourceAudit);
    expect(target.repos.audit.all().at(-1)).toMatchObject({
      seq: sourceSeq + 1,
      table: 'vault',
      recordId: 'restore',
      restoredFromSeq: sourceSeq,
    });
    const [meta] = target.attachments.list.all();
    const bytes = meta === undefined ? null : await target.attachments.read(meta.id);
    expect(bytes?.ok && bytes.value.every((b) => b === 7) && bytes.value.length).toBe(3000);
    expect(await target.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
    expect(target.search('Example CMS').length).toBeGreaterThan(0);
    target.lock();
    expect((await target.unlock(PASSPHRASE)).ok).toBe(true);
  });

  it('refuses a wrong passphrase or a flipped byte and leaves the target unchanged', async () => {
    const source = await populated();
    const file = await source.backup();
    if (!file.ok) throw new Error(file.error.message);
    const target = await freshStore();
    await target.repos.cases.put(makeCase(500));
    const before = await target.storeDigest();

    expect(await target.restore(file.value, 'wrong', { replaceExisting: true })).toMatchObject({
      ok: false,
      error: { code: 'backup.wrong-passphrase' },
    });
    for (const position of [40, Math.floor(file.value.length / 2), file.value.length - 1]) {
      const flipped = new Uint8Array(file.value);
      flipped[position] = (flipped[position] ?? 0) ^ 0x10;
      const out = await target.restore(flipped, PASSPHRASE, { replaceExisting: true });
      expect(out.ok).toBe(false);
    }
    expect(
      await target.restore(new Uint8Array(10), PASSPHRASE, { replaceExisting: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'backup.malformed' },
    });
    expect(await target.storeDigest()).toBe(before);
    expect(target.repos.cases.all()).toHaveLength(1);
  });

  it('never merges: a non-empty store needs replaceExisting, which then replaces it whole', async () => {
    const source = await populated();
    const file = await source.backup();
    if (!file.ok) throw new Error(file.error.message);
    const target = await freshStore();
    const mine = makeCase(900);
    await target.repos.cases.put(mine);
    const before = await target.storeDigest();
    expect(await target.restore(file.value, PASSPHRASE, {})).toMatchObject({
      ok: false,
      error: { code: 'backup.store-not-empty' },
    });
    expect(await target.storeDigest()).toBe(before);
    // Another vault's backup over one with a record: what would be lost is confirmed first.
    expect(await target.restore(file.value, PASSPHRASE, { replaceExisting: true })).toMatchObject({
      ok: false,
      error: {
        code: 'backup.needs-confirmation',
        message: expect.stringContaining('1 records') as unknown,
      },
    });
    expect(await target.storeDigest()).toBe(before);
    const replaced = await target.restore(file.value, PASSPHRASE, {
      replaceExisting: true,
      acceptLoss: true,
    });
    expect(replaced.ok).toBe(true);
    expect(target.repos.cases.get(mine.id)).toBeUndefined();
    expect(snapshotRepos(target).cases).toEqual(snapshotRepos(source).cases);
  });
});

describe('attachments', () => {
  it('stores encrypted 1 MiB chunks and reads them back', async () => {
    const store = await freshStore();
    const data = crypto.getRandomValues(new Uint8Array(65536));
    const big = new Uint8Array(2.5 * 1024 * 1024);
    for (let i = 0; i < big.length; i += data.length) big.set(data.subarray(0, big.length - i), i);
    const put = await store.attachments.put(
      { caseId: null, name: 'reply.eml', mediaType: 'message/rfc822' },
      big,
    );
    if (!put.ok) throw new Error(put.error.message);
    expect(put.value).toMatchObject({ size: big.length, chunkCount: 3 });
    const read = await store.attachments.read(put.value.id);
    expect(
      read.ok && read.value.length === big.length && read.value.every((b, i) => b === big[i]),
    ).toBe(true);
    expect((await store.attachments.delete(put.value.id)).ok).toBe(true);
    expect(await store.attachments.read(put.value.id)).toMatchObject({
      ok: false,
      error: { code: 'record.not-found' },
    });
  });

  it('enforces the size cap from settings and detects an altered chunk', async () => {
    const store = await freshStore();
    await store.repos.settings.put({ ...defaultSettings(), attachmentMaxBytes: 1000 });
    expect(
      await store.attachments.put(
        { caseId: null, name: 'big', mediaType: 'x/y' },
        new Uint8Array(1001),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'attachment.too-large' },
    });
    const put = await store.attachments.put(
      { caseId: null, name: 'ok', mediaType: 'x/y' },
      new Uint8Array(1000),
    );
    if (!put.ok) throw new Error(put.error.message);
    const db = openDb(store.dbName);
    const chunk = await db.attachmentChunks.get([put.value.id, 0]);
    if (chunk === undefined) throw new Error('no chunk');
    const ct = new Uint8Array(chunk.ct);
    ct[5] = (ct[5] ?? 0) ^ 1;
    await db.attachmentChunks.put({ ...chunk, ct });
    db.close();
    expect(await store.attachments.read(put.value.id)).toMatchObject({
      ok: false,
      error: { code: 'attachment.corrupt' },
    });
  });
});

describe('plaintext control build', () => {
  it('writes records in clear only when asked to, so the canary scan has a positive control', async () => {
    const canary = `canary-${crypto.randomUUID()}`;
    const sealed = await freshStore();
    const control = await freshStore({ plaintextControl: true });
    for (const store of [sealed, control])
      await store.repos.cases.put(makeCase(1, { title: canary }));
    const text = async (name: string) => {
      const db = openDb(name);
      const rows = await db.cases.toArray();
      db.close();
      return rows.map((r) => new TextDecoder().decode(r.ct)).join('');
    };
    expect(await text(sealed.dbName)).not.toContain(canary);
    expect(await text(control.dbName)).toContain(canary);
  });
});
