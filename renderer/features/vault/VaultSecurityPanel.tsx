import { Alert, Button, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { estimatePassphrase } from '../../../shared/crypto/vault/passphrase-strength';
import { useOperations } from '../../app/operations';
import { vaultErrorText } from './error-text';
import { vaultOperations } from './operations';
import { PassphraseMeter } from './PassphraseMeter';
import { RotateKeyForm } from './RotateKeyForm';
import { useVaultTask } from './use-passphrase-form';

/** Change the vault passphrase (the master key is re-wrapped, no record is re-encrypted),
 *  and below it, rotate the master key (every record re-encrypted). */
export function VaultSecurityPanel() {
  const { t } = useTranslation();
  const ops = useOperations(vaultOperations);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const strength = useMemo(() => estimatePassphrase(next), [next]);
  const task = useVaultTask();
  const mismatch = confirm.length > 0 && confirm !== next;
  const canSubmit = current.length > 0 && strength.acceptable && next === confirm && !task.busy;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canSubmit) return;
    setDone(false);
    void task.run(async () => {
      const result = await ops.changePassphrase({ current, next });
      if (result.ok) {
        setCurrent('');
        setNext('');
        setConfirm('');
        setDone(true);
        return null;
      }
      return result.error.code === 'vault.wrong-passphrase'
        ? t('vault.security.wrongCurrent')
        : vaultErrorText(t, result.error, 'passphrase');
    });
  };

  return (
    <Stack>
      <Paper component="form" onSubmit={submit} p="md" withBorder maw={560}>
        <Stack>
          <Title order={3}>{t('vault.security.title')}</Title>
          <PasswordInput
            label={t('vault.security.current')}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            autoComplete="off"
            required
          />
          <PasswordInput
            label={t('vault.security.next')}
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            autoComplete="off"
            required
          />
          <PassphraseMeter strength={strength} />
          <PasswordInput
            label={t('vault.security.confirm')}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            autoComplete="off"
            error={mismatch ? t('vault.create.mismatch') : undefined}
            required
          />
          {task.error !== null && <Alert color="red">{task.error}</Alert>}
          {done && <Alert color="green">{t('vault.security.changed')}</Alert>}
          <Button type="submit" disabled={!canSubmit} loading={task.busy} w="fit-content">
            {t('vault.security.submit')}
          </Button>
        </Stack>
      </Paper>
      <RotateKeyForm />
    </Stack>
  );
}
