import { describe, it, expect } from 'vitest';
import { openBackupBody, parseBackup, sealBackup } from './backup-format';
import { randomBytes, utf8 } from './bytes';
import { createVaultHeader } from './header';
import { deriveVaultKeys } from './subkeys';
import { sealBackupV1 } from './testing/backup-v1';
import { TEST_KDF } from './testing/test-kdf';
import { estimatePassphrase } from './passphrase-strength';

describe('backup file format', () => {
  it('opens its own body and refuses any flipped byte', async () => {
    const { header, master } = await createVaultHeader('pw', { override: TEST_KDF });
    const keys = await deriveVaultKeys(master, header.vaultId);
    const file = await sealBackup(keys.backup, header, utf8('{"rows":[]}'));
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(
      new TextDecoder().decode((await openBackupBody(keys.backup, parsed.value)) ?? undefined),
    ).toBe('{"rows":[]}');
    for (const position of [30, file.length - 40, file.length - 1]) {
      const flipped = new Uint8Array(file);
      flipped[position] = (flipped[position] ?? 0) ^ 0x01;
      const reparsed = parseBackup(flipped);
      const body = reparsed.ok ? await openBackupBody(keys.backup, reparsed.value) : null;
      expect(body).toBeNull();
    }
  });

  it('v2 keeps the row count out of the clear header and pads the body to its bucket', async () => {
    const { header, master } = await createVaultHeader('pw', { override: TEST_KDF });
    const keys = await deriveVaultKeys(master, header.vaultId);
    const sizes = await Promise.all(
      ['{"rowCount":3}', '{"rowCount":3000,"more":"rows"}'].map(async (body) => {
        const file = await sealBackup(keys.backup, header, utf8(body));
        const parsed = parseBackup(file);
        if (!parsed.ok) throw new Error(parsed.error.message);
        expect(parsed.value.header).not.toHaveProperty('rowCount');
        expect(new TextDecoder().decode(file)).not.toContain('rowCount');
        const plain = await openBackupBody(keys.backup, parsed.value);
        expect(new TextDecoder().decode(plain ?? undefined)).toBe(body);
        return parsed.value.ct.length;
      }),
    );
    // Two bodies of different lengths within one bucket are the same size in the file.
    expect(sizes[0]).toBe(sizes[1]);
  });

  it('still opens a v1 file (row count in its clear header, body unpadded)', async () => {
    const { header, master } = await createVaultHeader('pw', { override: TEST_KDF });
    const keys = await deriveVaultKeys(master, header.vaultId);
    const file = await sealBackupV1(keys.backup, header, 7, utf8('{"rows":[]}'));
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.header).toMatchObject({ format: 'airlock-backup/1', rowCount: 7 });
    const plain = await openBackupBody(keys.backup, parsed.value);
    expect(new TextDecoder().decode(plain ?? undefined)).toBe('{"rows":[]}');
    // A v1 magic in front of a v2 header (or the reverse) is not a backup.
    const mixed = new Uint8Array(file);
    mixed.set(utf8('AIRLOCK-BACKUP/2'));
    expect(parseBackup(mixed).ok).toBe(false);
  });

  it('refuses a file that is not a backup', () => {
    expect(parseBackup(randomBytes(200))).toMatchObject({
      ok: false,
      error: { code: 'backup.malformed' },
    });
  });
});

describe('passphrase strength', () => {
  it('rates a common password weak and a long passphrase acceptable', () => {
    expect(estimatePassphrase('password1').acceptable).toBe(false);
    const strong = estimatePassphrase('violet tractor umbrella 42 quietly');
    expect(strong.score).toBeGreaterThanOrEqual(3);
    expect(strong.acceptable).toBe(true);
  });
});
