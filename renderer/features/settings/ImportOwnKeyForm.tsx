import { Alert, Button, Group, PasswordInput, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisabledReason } from '../../app/ui/DisabledReason';
import { useLang } from '../../i18n';
import { usePlatform } from '../../platform';
import { useOperations } from '../../app/operations';
import { keyErrorText, keyOperations } from '../keys';

const MAX_KEY_FILE = 5 * 1024 * 1024;

/** Makes an existing secret key (pasted or from a file) the organisation key. */
export function ImportOwnKeyForm() {
  const { t } = useTranslation();
  const lang = useLang();
  const ops = useOperations(keyOperations);
  const platform = usePlatform();
  const [text, setText] = useState('');
  const [file, setFile] = useState<Uint8Array | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = file ?? (text.trim() === '' ? null : text);
  const reason =
    input === null
      ? t('settings.setup.key.noKey')
      : passphrase === ''
        ? t('settings.setup.key.noPassphrase')
        : null;

  const pick = async () => {
    const picked = await platform.openFiles({
      filters: [{ name: 'OpenPGP keys', extensions: ['asc', 'gpg', 'pgp', 'key'] }],
      multiple: false,
      maxBytes: MAX_KEY_FILE,
    });
    if (!picked.ok) return setError(keyErrorText(t, picked.error));
    const [first] = picked.value;
    if (first !== undefined) setFile(first.bytes);
  };

  const submit = async () => {
    if (input === null) return;
    setBusy(true);
    setError(null);
    const result = await ops.importOwnKey({ key: input, passphrase, language: lang });
    setBusy(false);
    if (!result.ok) setError(keyErrorText(t, result.error));
  };

  return (
    <Stack maw={720}>
      <Textarea
        label={t('settings.setup.key.secret')}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setFile(null);
        }}
        autosize
        minRows={3}
        maxRows={8}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <Group>
        <Button variant="default" onClick={() => void pick()}>
          {t('settings.setup.key.pickFile')}
        </Button>
      </Group>
      <PasswordInput
        label={t('settings.setup.key.passphrase')}
        description={t('settings.setup.key.passphraseHint')}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        autoComplete="off"
      />
      {error !== null && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <DisabledReason reason={reason}>
        {(control) => (
          <Button {...control} loading={busy} onClick={() => void submit()}>
            {t('settings.setup.key.submit')}
          </Button>
        )}
      </DisabledReason>
    </Stack>
  );
}
