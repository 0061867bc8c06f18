import { describe, expect, it } from 'vitest';
import { backupReminder, rememberVerifiedBackup } from './backup-reminder';

const NOW = new Date('2026-11-14T09:00:00.000Z');
const found = { ok: true, sameVault: true, madeAt: '2026-11-10T08:00:00.000Z', seq: 42 };
const remembered = { madeAt: '2026-11-10T08:00:00.000Z', verifiedAt: NOW.toISOString(), seq: 42 };

describe('remembering the last verified backup', () => {
  it('remembers a sound backup of this vault, with when it was made and verified', () => {
    expect(rememberVerifiedBackup(null, found, NOW)).toEqual(remembered);
  });

  it('keeps what it had for a broken, foreign or uncompared file, or an older backup', () => {
    const older = { ...remembered, madeAt: '2026-11-01T08:00:00.000Z', seq: 30 };
    expect(rememberVerifiedBackup(null, { ...found, ok: false }, NOW)).toBeNull();
    expect(rememberVerifiedBackup(older, { ...found, sameVault: false }, NOW)).toBe(older);
    expect(rememberVerifiedBackup(older, { ...found, sameVault: null }, NOW)).toBe(older);
    expect(rememberVerifiedBackup(remembered, { ...found, seq: 40 }, NOW)).toBe(remembered);
    expect(rememberVerifiedBackup(older, found, NOW)).toEqual(remembered);
  });
});

describe('the backup reminder', () => {
  it('is due when no backup was ever verified', () => {
    expect(backupReminder(null, 7, NOW)).toEqual({ due: true, reason: 'never-verified' });
  });

  it('is not due within the threshold, and due with the age in days past it', () => {
    expect(backupReminder(remembered, 7, NOW)).toEqual({ due: false });
    const edge = { ...remembered, madeAt: '2026-11-07T09:00:00.000Z' };
    expect(backupReminder(edge, 7, NOW)).toEqual({ due: false });
    const old = { ...remembered, madeAt: '2026-11-03T08:00:00.000Z' };
    expect(backupReminder(old, 7, NOW)).toEqual({
      due: true,
      reason: 'too-old',
      days: 11,
      madeAt: old.madeAt,
    });
    expect(backupReminder(old, 30, NOW)).toEqual({ due: false });
  });
});
