import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedFile } from '../../../shared/ipc/contract';
import { useOperations } from '../../app/operations';
import { formatInstant } from '../../app/ui/format-date';
import { useLang } from '../../i18n';
import { usePlatform } from '../../platform';
import type { BackupCheck } from '../../store/backup-check';
import { useRecord } from '../../store/hooks';
import { SETTINGS_ID } from '../../store/registry';
import { BackupCheckReport } from './BackupCheckReport';
import { BackupFileField } from './BackupFileField';
import { pickBackupFile } from './backup-file';
import { vaultOperations } from './operations';
import { StoreProgressText } from './StoreProgressText';
import { useVaultTask } from './use-passphrase-form';

/** "Verify backup" without restoring: a chosen file decrypted and checked row by row and
 *  chain, its date and sequence said; a sound backup of this vault is remembered. */
export function VerifyBackupPanel() {
  const { t } = useTranslation();
  const language = useLang();
  const ops = useOperations(vaultOperations);
  const platform = usePlatform();
  const last = useRecord('settings', SETTINGS_ID)?.lastVerifiedBackup ?? null;
  const [file, setFile] = useState<PickedFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [check, setCheck] = useState<BackupCheck | null>(null);
  const task = useVaultTask();

  const pick = () =>
    task.run(async () => {
      const result = await pickBackupFile(platform, t('vault.restore.pick'));
      if (!result.ok) return result.message;
      setFile(result.file);
      setCheck(null);
      return null;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file === null || passphrase.length === 0) return;
    void task.run(async (onProgress) => {
      setCheck(null);
      const result = await ops.verifyBackup({
        bytes: file.bytes,
        passphrase,
        now: new Date(),
        language,
        onProgress,
      });
      if (result.ok) {
        setCheck(result.value);
        return null;
      }
      return result.error.code.startsWith('backup.')
        ? t(`vault.restore.errors.${result.error.code as 'backup.corrupt'}`)
        : t('vault.error.generic', { message: result.error.message });
    });
  };

  return (
    <Paper component="form" onSubmit={submit} p="md" withBorder aria-labelledby="verify-backup">
      <Stack>
        <Title order={3} id="verify-backup">
          {t('vault.verifyBackup.title')}
        </Title>
        <Text size="sm">{t('vault.verifyBackup.intro')}</Text>
        <Text size="sm" role="status">
          {last === null
            ? t('vault.verifyBackup.lastNone')
            : t('vault.verifyBackup.last', {
                made: formatInstant(last.madeAt),
                verified: formatInstant(last.verifiedAt),
                seq: last.seq,
              })}
        </Text>
        <BackupFileField file={file} onPick={() => void pick()} />
        <PasswordInput
          label={t('vault.restore.passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          autoComplete="off"
        />
        {task.error !== null && <Alert color="red">{task.error}</Alert>}
        {check !== null && <BackupCheckReport check={check} />}
        <StoreProgressText progress={task.progress} />
        <Button
          type="submit"
          disabled={file === null || passphrase.length === 0}
          loading={task.busy}
          w="fit-content"
        >
          {t('vault.verifyBackup.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
