import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperations } from '../../app/operations';
import { vaultOperations } from './operations';
import { StoreProgressText } from './StoreProgressText';
import { useVaultTask } from './use-passphrase-form';

export function UnlockScreen({ notice }: { notice?: string | undefined }) {
  const { t } = useTranslation();
  const ops = useOperations(vaultOperations);
  const [passphrase, setPassphrase] = useState('');
  const task = useVaultTask();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length === 0 || task.busy) return;
    void task.run(async (onProgress) => {
      const result = await ops.unlock({ passphrase, onProgress });
      if (result.ok) {
        const issues = result.value.loadIssues.length;
        if (issues > 0) console.warn(t('vault.unlock.loadIssues', { count: issues }));
        return null;
      }
      // No lock-out: a wrong passphrase costs one key derivation, nothing more.
      setPassphrase('');
      return result.error.code === 'vault.wrong-passphrase'
        ? t('vault.unlock.wrong')
        : t('vault.error.generic', { message: result.error.message });
    });
  };

  return (
    <Paper component="form" onSubmit={submit} maw={480} mx="auto" mt="xl" p="xl" withBorder>
      <Stack>
        <Title order={2}>{t('vault.unlock.title')}</Title>
        {notice !== undefined && <Alert color="blue">{notice}</Alert>}
        <Text>{t('vault.unlock.intro')}</Text>
        <PasswordInput
          label={t('vault.unlock.passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          autoComplete="off"
          error={task.error ?? undefined}
          required
          data-autofocus
        />
        <StoreProgressText progress={task.progress} />
        <Button type="submit" loading={task.busy} disabled={passphrase.length === 0}>
          {t('vault.unlock.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
