// The vault's writes as one map of named operations (ARCHITECTURE.md §7b): create, unlock,
// change the passphrase, back up to a file, restore, verify the audit log. The screens
// render progress and the result; none calls the store's lifecycle itself.
import { fail, ok, type Result } from '../../../shared/result';
import type { OperationMap } from '../../app/operations';
import type { Platform } from '../../platform';
import type { StorePort } from '../../store/port';
import type { OnProgress } from '../../store/types';
import type { Settings } from '../../../shared/model';
import { rememberVerifiedBackup } from '../../../shared/workflow/backup-reminder';
import {
  DEFAULT_POLICY_PROFILE_ID,
  getPolicyProfile,
} from '../../../shared/workflow/policy-profiles';
import { SETTINGS_ID } from '../../store/registry';
import { backupName } from './backup-name';
import { updateSettings } from '../../store/settings-update';

export type VaultStore = StorePort<
  'settings',
  | 'create'
  | 'unlock'
  | 'changePassphrase'
  | 'rotateMasterKey'
  | 'backup'
  | 'restore'
  | 'checkBackup'
  | 'verifyAuditLog'
  | 'transact'
>;
export type VaultDeps = {
  readonly store: VaultStore;
  readonly platform: Pick<Platform, 'saveFile'>;
};

export type BackupFailure = { stage: 'backup' | 'save'; message: string };

/** Seals a backup of the whole vault and offers it to save; the name saved, or null when
 *  the analyst cancelled the dialog. */
async function saveBackup(
  { store, platform }: VaultDeps,
  input: { now: Date; onProgress?: OnProgress },
): Promise<Result<{ saved: string | null }, BackupFailure>> {
  const backup = await store.backup(input.onProgress);
  if (!backup.ok) return fail({ stage: 'backup', message: backup.error.message });
  // Named on the clock the screens show: the default profile's zone (JST for JPCERT/CC).
  const settings = store.repos.settings.get(SETTINGS_ID);
  const profile = getPolicyProfile(settings?.defaultPolicyProfile ?? DEFAULT_POLICY_PROFILE_ID);
  const name = backupName(input.now, profile.calendar.timeZone);
  const result = await platform.saveFile({
    suggestedName: name,
    bytes: backup.value,
    filters: [{ name: 'Airlock backup', extensions: ['airlock-backup'] }],
  });
  if (!result.ok) return fail({ stage: 'save', message: result.error.message });
  return ok({ saved: result.value.saved ? name : null });
}

/**
 * "Verify backup" outside a restore: checks the file against this vault (writes nothing of
 * it) and, when it is a sound backup of this vault newer than the one remembered, records
 * it as the last verified backup (the reminder counts from its date).
 */
async function verifyBackup(
  { store }: VaultDeps,
  input: {
    bytes: Uint8Array;
    passphrase: string;
    now: Date;
    language: Settings['language'];
    onProgress?: OnProgress;
  },
) {
  const checked = await store.checkBackup(input.bytes, input.passphrase, input.onProgress);
  if (!checked.ok) return checked;
  const { verify, comparison } = checked.value;
  const found = {
    ok: verify.ok,
    sameVault: comparison.sameVault,
    madeAt: verify.createdAt,
    seq: comparison.backupSeq,
  };
  const previous = store.repos.settings.get(SETTINGS_ID)?.lastVerifiedBackup ?? null;
  if (rememberVerifiedBackup(previous, found, input.now) !== previous) {
    const saved = await updateSettings(store, input.language, (stored) => ({
      ...stored,
      lastVerifiedBackup: rememberVerifiedBackup(stored.lastVerifiedBackup, found, input.now),
    }));
    if (!saved.ok) return saved;
  }
  return checked;
}

export const vaultOperations = {
  createVault: ({ store }: VaultDeps, input: { passphrase: string; onProgress?: OnProgress }) =>
    store.create(input.passphrase, {}, input.onProgress),
  unlock: ({ store }: VaultDeps, input: { passphrase: string; onProgress?: OnProgress }) =>
    store.unlock(input.passphrase, input.onProgress),
  /** Re-wraps the master key under a new passphrase (no record is re-encrypted). */
  changePassphrase: ({ store }: VaultDeps, input: { current: string; next: string }) =>
    store.changePassphrase(input.current, input.next),
  /** A new master key, every row re-sealed under it; older backups keep the old one. */
  rotateMasterKey: ({ store }: VaultDeps, input: { passphrase: string; onProgress?: OnProgress }) =>
    store.rotateMasterKey(input.passphrase, {}, input.onProgress),
  saveBackup,
  /** Replaces the vault with a backup's (all or nothing; never a merge). */
  restore: (
    { store }: VaultDeps,
    input: {
      bytes: Uint8Array;
      passphrase: string;
      replaceExisting: boolean;
      /** The analyst confirmed what an older, diverged or foreign backup would drop. */
      acceptLoss?: boolean;
      onProgress?: OnProgress;
    },
  ) =>
    store.restore(
      input.bytes,
      input.passphrase,
      { replaceExisting: input.replaceExisting, acceptLoss: input.acceptLoss === true },
      input.onProgress,
    ),
  /** "Verify backup": checks a backup file against this vault; writes nothing. */
  checkBackup: (
    { store }: VaultDeps,
    input: { bytes: Uint8Array; passphrase: string; onProgress?: OnProgress },
  ) => store.checkBackup(input.bytes, input.passphrase, input.onProgress),
  verifyBackup,
  /** Walks the audit chain and compares its head with the header's anchor. */
  verifyAuditLog: ({ store }: VaultDeps, _input: Record<string, never>) => store.verifyAuditLog(),
} satisfies OperationMap<VaultDeps>;
