import { Alert, Button, Checkbox, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { estimatePassphrase } from '../../../shared/crypto/vault/passphrase-strength';
import { useOperations } from '../../app/operations';
import { vaultErrorText } from './error-text';
import { vaultOperations } from './operations';
import { PassphraseMeter } from './PassphraseMeter';
import { RestoreBackupForm } from './RestoreBackupForm';
import { StoreProgressText } from './StoreProgressText';
import { useVaultTask } from './use-passphrase-form';
import { useNewestSafetyCopy } from './use-safety-copies';
import { formatInstant } from '../../app/ui/format-date';

/** `lost`: the store found that a vault was here and its database is gone (see
 *  `store.vaultLost()`): restoring comes first, and a blank vault needs an explicit tick. */
export function CreateVaultScreen({ lost = false }: { lost?: boolean }) {
  const { t } = useTranslation();
  const ops = useOperations(vaultOperations);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const strength = useMemo(() => estimatePassphrase(passphrase), [passphrase]);
  const task = useVaultTask();
  const mismatch = confirm.length > 0 && confirm !== passphrase;
  const [startOver, setStartOver] = useState(false);
  const canSubmit =
    strength.acceptable && passphrase === confirm && !task.busy && (!lost || startOver);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!canSubmit) return;
    void task.run(async (onProgress) => {
      const result = await ops.createVault({ passphrase, onProgress });
      return result.ok ? null : vaultErrorText(t, result.error, 'create');
    });
  };

  const copy = useNewestSafetyCopy(lost);
  const restore: ReactNode = (
    <Paper p="xl" withBorder>
      <Stack>
        <Title order={2} size="h3">
          {t('vault.restore.title')}
        </Title>
        {copy !== null && (
          <Alert color="blue">
            {t('vault.create.safetyCopy', { at: formatInstant(copy.madeAt.toISOString()) })}
          </Alert>
        )}
        <RestoreBackupForm key={copy?.name ?? ''} storeHasData={false} initialFile={copy} />
      </Stack>
    </Paper>
  );

  return (
    <Stack maw={560} mx="auto" mt="xl" mb="xl">
      {lost && (
        <Alert color="red" role="alert" title={t('vault.create.lostTitle')}>
          {t('vault.create.lost')}
        </Alert>
      )}
      {lost && restore}
      <Paper component="form" onSubmit={submit} p="xl" withBorder>
        <Stack>
          <Title order={2}>{t('vault.create.title')}</Title>
          <Text>{t('vault.create.intro')}</Text>
          <Alert color="orange" title={t('vault.create.warningTitle')}>
            {t('vault.create.warning')}
          </Alert>
          <PasswordInput
            label={t('vault.create.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            autoComplete="off"
            error={touched && !strength.acceptable ? t('vault.create.tooWeak') : undefined}
            required
            data-autofocus
          />
          <PassphraseMeter strength={strength} />
          <PasswordInput
            label={t('vault.create.confirm')}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            autoComplete="off"
            error={mismatch ? t('vault.create.mismatch') : undefined}
            required
          />
          {lost && (
            <Checkbox
              label={t('vault.create.lostConfirm')}
              checked={startOver}
              onChange={(e) => setStartOver(e.currentTarget.checked)}
            />
          )}
          {task.error !== null && <Alert color="red">{task.error}</Alert>}
          <StoreProgressText progress={task.progress} />
          <Button type="submit" disabled={!canSubmit} loading={task.busy}>
            {t('vault.create.submit')}
          </Button>
        </Stack>
      </Paper>
      {!lost && restore}
    </Stack>
  );
}
