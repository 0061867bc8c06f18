import { describe, it, expect } from 'vitest';
import { openBackupBody, parseBackup, sealBackup } from './backup-format';
import { randomBytes, utf8 } from './bytes';
import { createVaultHeader } from './header';
import { deriveVaultKeys } from './subkeys';
import { TEST_KDF } from './testing/test-kdf';
import { estimatePassphrase } from './passphrase-strength';

describe('backup file format', () => {
  it('opens its own body and refuses any flipped byte', async () => {
    const { header, master } = await createVaultHeader('pw', { override: TEST_KDF });
    const keys = await deriveVaultKeys(master, header.vaultId);
    const file = await sealBackup(keys.backup, header, 1, utf8('{"rows":[]}'));
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
