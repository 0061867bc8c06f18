import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperations } from '../../app/operations';
import { vaultErrorText } from './error-text';
import { vaultOperations } from './operations';
import { useVaultTask } from './use-passphrase-form';

/** "Rotate the master key": every row re-sealed under a new key (store/rotate-key.ts). */
export function RotateKeyForm() {
  const { t } = useTranslation();
  const ops = useOperations(vaultOperations);
  const [passphrase, setPassphrase] = useState('');
  const [done, setDone] = useState<{ records: number; chunks: number } | null>(null);
  const task = useVaultTask();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length === 0 || task.busy) return;
    setDone(null);
    void task.run(async () => {
      const result = await ops.rotateMasterKey({ passphrase });
      if (result.ok) {
        setPassphrase('');
        setDone(result.value);
        return null;
      }
      if (result.error.code === 'vault.wrong-passphrase') return t('vault.rotate.wrong');
      if (result.error.code === 'vault.rotate-unreadable') return t('vault.rotate.unreadable');
      return vaultErrorText(t, result.error, 'rotate');
    });
  };

  return (
    <Paper
      component="form"
      onSubmit={submit}
      p="md"
      withBorder
      maw={560}
      aria-label={t('vault.rotate.title')}
    >
      <Stack>
        <Title order={3}>{t('vault.rotate.title')}</Title>
        <Text size="sm">{t('vault.rotate.intro')}</Text>
        <Text size="sm" fw={500}>
          {t('vault.rotate.oldBackups')}
        </Text>
        <PasswordInput
          label={t('vault.rotate.passphrase')}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          autoComplete="off"
          required
        />
        {task.error !== null && <Alert color="red">{task.error}</Alert>}
        {done !== null && <Alert color="green">{t('vault.rotate.done', done)}</Alert>}
        <Button
          type="submit"
          disabled={passphrase.length === 0 || task.busy}
          loading={task.busy}
          w="fit-content"
        >
          {t('vault.rotate.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
