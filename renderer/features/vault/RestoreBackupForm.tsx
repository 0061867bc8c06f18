import { Alert, Button, Checkbox, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../platform';
import { useOperations } from '../../app/operations';
import { vaultErrorText } from './error-text';
import { vaultOperations } from './operations';
import type { PickedFile } from '../../../shared/ipc/contract';
import type { VaultErrorCode } from '../../../shared/crypto/vault';
import type { BackupCheck } from '../../store/backup-check';
import { BackupCheckReport } from './BackupCheckReport';
import { BackupFileField } from './BackupFileField';
import { pickBackupFile } from './backup-file';
import { StoreProgressText } from './StoreProgressText';
import { useVaultTask } from './use-passphrase-form';

type BackupCode = Extract<VaultErrorCode, `backup.${string}`>;
const isBackupCode = (code: VaultErrorCode): code is BackupCode => code.startsWith('backup.');

/**
 * Restores an encrypted backup. Restoring over existing data needs an explicit tick:
 * the store replaces everything or nothing, it never merges.
 */
export function RestoreBackupForm({
  storeHasData,
  initialFile = null,
}: {
  storeHasData: boolean;
  /** A file offered before any is picked (the newest safety copy, on the lost-vault screen). */
  initialFile?: PickedFile | null;
}) {
  const { t } = useTranslation();
  const ops = useOperations(vaultOperations);
  const platform = usePlatform();
  const [file, setFile] = useState<PickedFile | null>(initialFile);
  const [passphrase, setPassphrase] = useState('');
  const [replace, setReplace] = useState(false);
  const [pickError, setPickError] = useState<string | null>(null);
  const [check, setCheck] = useState<BackupCheck | null>(null);
  const [acceptLoss, setAcceptLoss] = useState(false);
  const task = useVaultTask();

  const errorText = (error: { code: VaultErrorCode; message: string }) =>
    // Backup codes (`backup.corrupt`, …) nest under `vault.restore.errors`.
    isBackupCode(error.code)
      ? t(`vault.restore.errors.${error.code}`)
      : vaultErrorText(t, error, 'restore');

  // "Verify backup": decrypts and checks the whole file and compares it with this vault,
  // without restoring; its findings decide whether the restore needs a confirmation.
  const verify = () => {
    if (file === null || passphrase.length === 0) return;
    void task.run(async (onProgress) => {
      setCheck(null);
      setAcceptLoss(false);
      const result = await ops.checkBackup({ bytes: file.bytes, passphrase, onProgress });
      if (result.ok) {
        setCheck(result.value);
        return null;
      }
      return errorText(result.error);
    });
  };
  const needsConfirmation = check?.comparison.needsConfirmation === true;

  const pick = async () => {
    setPickError(null);
    const result = await pickBackupFile(platform, t('vault.restore.pick'));
    if (!result.ok) setPickError(result.message);
    else {
      setFile(result.file);
      setCheck(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file === null || passphrase.length === 0 || (storeHasData && !replace)) return;
    void task.run(async (onProgress) => {
      const result = await ops.restore({
        bytes: file.bytes,
        passphrase,
        replaceExisting: replace,
        acceptLoss: needsConfirmation && acceptLoss,
        onProgress,
      });
      if (result.ok) return null;
      if (result.error.code === 'backup.needs-confirmation') {
        // Show what would be lost, with the box to confirm it.
        const checked = await ops.checkBackup({ bytes: file.bytes, passphrase, onProgress });
        if (checked.ok) setCheck(checked.value);
      } else setPassphrase('');
      return errorText(result.error);
    });
  };

  return (
    <Stack component="form" onSubmit={submit}>
      <Text size="sm">{t('vault.restore.intro')}</Text>
      <BackupFileField file={file} onPick={() => void pick()} />
      {pickError !== null && <Alert color="red">{pickError}</Alert>}
      <PasswordInput
        label={t('vault.restore.passphrase')}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        autoComplete="off"
      />
      {storeHasData && (
        <Checkbox
          color="red"
          label={t('vault.restore.replace')}
          checked={replace}
          onChange={(e) => setReplace(e.currentTarget.checked)}
        />
      )}
      {task.error !== null && <Alert color="red">{task.error}</Alert>}
      {check !== null && <BackupCheckReport check={check} />}
      {needsConfirmation && (
        <Checkbox
          color="red"
          label={t('vault.verifyBackup.confirm')}
          checked={acceptLoss}
          onChange={(e) => setAcceptLoss(e.currentTarget.checked)}
        />
      )}
      <StoreProgressText progress={task.progress} />
      <Group>
        <Button
          variant="default"
          loading={task.busy}
          disabled={file === null || passphrase.length === 0}
          onClick={verify}
        >
          {t('vault.verifyBackup.submit')}
        </Button>
        <Button
          type="submit"
          loading={task.busy}
          disabled={
            file === null ||
            passphrase.length === 0 ||
            (storeHasData && !replace) ||
            (needsConfirmation && !acceptLoss)
          }
        >
          {t('vault.restore.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
