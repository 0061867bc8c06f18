// Backups you can trust (issue 29, item 5): which verified backup the vault remembers, and
// whether the analyst is reminded to make and verify a new one. One rule for the reminder
// banner, the backup panel and any later caller.
import type { VerifiedBackup } from '../model/settings';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What "Verify backup" found, as far as the reminder cares. */
export type BackupVerification = {
  ok: boolean;
  /** Whether the backup is of this vault (null: no vault to compare with). */
  sameVault: boolean | null;
  madeAt: string;
  seq: number;
};

/**
 * The verified backup to remember after a verification at `now`: a sound backup of this
 * vault made after the one remembered replaces it; anything else keeps what was there (a
 * broken or foreign file proves nothing about this vault's safety, an older one is not
 * newer protection).
 */
export const rememberVerifiedBackup = (
  previous: VerifiedBackup | null,
  found: BackupVerification,
  now: Date,
): VerifiedBackup | null => {
  if (!found.ok || found.sameVault !== true) return previous;
  if (previous !== null && Date.parse(previous.madeAt) >= Date.parse(found.madeAt)) return previous;
  return { madeAt: found.madeAt, verifiedAt: now.toISOString(), seq: found.seq };
};

export type BackupReminder =
  | { due: false }
  | { due: true; reason: 'never-verified' }
  | { due: true; reason: 'too-old'; days: number; madeAt: string };

/** Due when no backup of this vault was verified, or the last one was made more than
 *  `thresholdDays` before `now`. */
export const backupReminder = (
  last: VerifiedBackup | null,
  thresholdDays: number,
  now: Date,
): BackupReminder => {
  if (last === null) return { due: true, reason: 'never-verified' };
  const age = now.getTime() - Date.parse(last.madeAt);
  if (age <= thresholdDays * DAY_MS) return { due: false };
  return { due: true, reason: 'too-old', days: Math.floor(age / DAY_MS), madeAt: last.madeAt };
};
