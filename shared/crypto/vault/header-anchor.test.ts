import { describe, expect, it } from 'vitest';
import { randomBytes } from './bytes';
import {
  compareAnchor,
  compareMirror,
  mirrorIdentity,
  mirrorOf,
  mirrorV1Of,
  openAnchor,
  sealAnchor,
  type AuditAnchor,
} from './header-anchor';
import { createVaultHeader, parseVaultHeader } from './header';
import { deriveVaultKeys } from './subkeys';
import { TEST_KDF } from './testing/test-kdf';

const anchor: AuditAnchor = { seq: 7, hash: 'a'.repeat(64), rowId: 4 };
const keys = () => deriveVaultKeys(randomBytes(32), crypto.randomUUID());

describe('audit anchor', () => {
  it('opens only under its key and its vault id', async () => {
    const k = await keys();
    const vaultId = crypto.randomUUID();
    const sealed = await sealAnchor(k.anchor, vaultId, anchor);
    expect(await openAnchor(k.anchor, vaultId, sealed)).toEqual(anchor);
    expect(await openAnchor(k.anchor, crypto.randomUUID(), sealed)).toBeNull();
    expect(await openAnchor((await keys()).anchor, vaultId, sealed)).toBeNull();
    expect(
      await openAnchor(k.anchor, vaultId, { ...sealed, ct: sealed.iv + sealed.iv }),
    ).toBeNull();
  });

  it('compares the rows with the anchored head', () => {
    const rows = (seq: number, hash = anchor.hash, rowId = anchor.rowId) => ({
      head: { seq, hash },
      rowId,
      wasAnchored: true,
    });
    expect(compareAnchor(anchor, rows(7))).toEqual({ status: 'ok' });
    expect(compareAnchor(anchor, rows(5, 'b'.repeat(64), 3))).toEqual({
      status: 'tail-missing',
      anchoredSeq: 7,
      headSeq: 5,
    });
    expect(compareAnchor(anchor, rows(9, 'b'.repeat(64), 5))).toMatchObject({
      status: 'head-mismatch',
    });
    expect(compareAnchor(anchor, rows(7, 'b'.repeat(64)))).toMatchObject({
      status: 'head-mismatch',
    });
    expect(compareAnchor('invalid', rows(7))).toEqual({ status: 'anchor-invalid' });
    expect(compareAnchor(null, rows(7))).toEqual({ status: 'anchor-invalid' });
    expect(compareAnchor(null, { ...rows(7), wasAnchored: false })).toEqual({
      status: 'unanchored',
    });
  });

  it('the mirror tells a rolled-back database from one that moved on', async () => {
    const k = await keys();
    const vaultId = crypto.randomUUID();
    const mirror = await mirrorOf(k, vaultId, anchor);
    // v2: the sequence is sealed, not in the clear beside the database.
    expect(Object.keys(mirror).sort()).toEqual(['ct', 'iv', 'v', 'vaultId']);
    expect(JSON.stringify(mirror)).not.toContain('"seq"');
    expect(await compareMirror(k, vaultId, anchor, mirror)).toBe('ok');
    expect(await compareMirror(k, vaultId, { ...anchor, seq: 9 }, mirror)).toBe('ok');
    expect(await compareMirror(k, vaultId, { ...anchor, seq: 5 }, mirror)).toBe('rolled-back');
    expect(await compareMirror(k, vaultId, { ...anchor, hash: 'c'.repeat(64) }, mirror)).toBe(
      'rolled-back',
    );
    expect(await compareMirror(k, vaultId, null, mirror)).toBe('rolled-back');
    expect(await compareMirror(k, crypto.randomUUID(), anchor, mirror)).toBe('absent');
    expect(await compareMirror(k, vaultId, anchor, 'junk')).toBe('absent');
    // Sealed under other keys (before a rotation) or edited: it vouches for nothing.
    expect(await compareMirror(await keys(), vaultId, anchor, mirror)).toBe('absent');
    expect(await compareMirror(k, vaultId, anchor, { ...mirror, ct: mirror.ct.slice(4) })).toBe(
      'absent',
    );
    expect(mirrorIdentity(mirror)).toEqual({ tag: mirror.ct });
  });

  it('a v1 mirror (seq in the clear, HMAC of the head) still reads', async () => {
    const k = await keys();
    const vaultId = crypto.randomUUID();
    const v1 = await mirrorV1Of(k.mirror, vaultId, anchor);
    expect(v1).toMatchObject({ v: 1, seq: 7 });
    expect(await compareMirror(k, vaultId, anchor, v1)).toBe('ok');
    expect(await compareMirror(k, vaultId, { ...anchor, seq: 9 }, v1)).toBe('ok');
    expect(await compareMirror(k, vaultId, { ...anchor, seq: 5 }, v1)).toBe('rolled-back');
    expect(await compareMirror(k, vaultId, { ...anchor, hash: 'c'.repeat(64) }, v1)).toBe(
      'rolled-back',
    );
    expect(await compareMirror(k, vaultId, null, v1)).toBe('rolled-back');
    expect(mirrorIdentity(v1)).toEqual({ seq: 7, tag: v1.tag });
  });

  it('a v1 header (no schemaVersion, no anchor) still reads, as v2 without an anchor', async () => {
    const { header } = await createVaultHeader('pw', { override: TEST_KDF });
    const v1 = Object.fromEntries(Object.entries(header).filter(([k]) => k !== 'schemaVersion'));
    const parsed = parseVaultHeader(v1);
    expect(parsed).toEqual({ ok: true, value: { ...header, schemaVersion: 2 } });
    expect(parseVaultHeader({ ...header, schemaVersion: 3 }).ok).toBe(false);
  });
});
