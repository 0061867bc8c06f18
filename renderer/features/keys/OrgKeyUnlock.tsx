import { Alert, Button, Group, PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyRecord } from '../../../shared/model/key';
import { unlockOrgKey } from './org-key-session';
import { keyErrorText } from './use-org-key';

/** Asks for the organisation key passphrase; the unlocked key then lasts for the session. */
export function OrgKeyUnlock({ record }: { record: KeyRecord | null }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (record === null) return <Alert color="yellow">{t('keys.unlockPrompt.noKey')}</Alert>;
  const submit = async () => {
    setBusy(true);
    const result = await unlockOrgKey(record, passphrase);
    setBusy(false);
    setPassphrase('');
    setError(result.ok ? null : keyErrorText(t, result.error));
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Group align="end">
        <PasswordInput
          label={t('keys.unlockPrompt.passphrase')}
          description={t('keys.unlockPrompt.needed')}
          styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
          error={error}
        />
        <Button type="submit" loading={busy}>
          {t('keys.unlockPrompt.submit')}
        </Button>
      </Group>
    </form>
  );
}
