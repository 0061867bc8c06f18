import { describe, expect, it } from 'vitest';
import { testI18n } from '../../i18n/testing/test-i18n';
import { vaultErrorText, type VaultWrite } from './error-text';

const i18n = await testI18n();

const full = {
  code: 'store.quota-exceeded',
  message: 'The disk or the storage quota is full.',
} as const;
const WHAT: Record<VaultWrite, [RegExp, RegExp]> = {
  create: [/the vault was not created/, /保管庫は作成されていません/],
  passphrase: [/the new passphrase was not saved/, /新しいパスフレーズは保存されておらず/],
  rotate: [/the master key was not rotated/, /マスター鍵はローテーションされておらず/],
  restore: [/the backup was not restored/, /バックアップは復元されておらず/],
};

describe('vault write errors on screen', () => {
  it('a full disk names what was not saved, in English and Japanese', () => {
    for (const [write, [inEnglish, inJapanese]] of Object.entries(WHAT)) {
      const say = (lng: 'en' | 'ja') =>
        vaultErrorText(i18n.getFixedT(lng), full, write as VaultWrite);
      expect(say('en')).toMatch(/^There is not enough storage space: /);
      expect(say('en')).toMatch(inEnglish);
      expect(say('ja')).toMatch(/^保存領域が足りません。/);
      expect(say('ja')).toMatch(inJapanese);
    }
  });

  it('any other failure keeps the store’s own text', () => {
    const failed = { code: 'store.write-failed', message: 'disk I/O error' } as const;
    expect(vaultErrorText(i18n.getFixedT('en'), failed, 'rotate')).toBe(
      'The vault reported an error: disk I/O error',
    );
  });
});
