import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store/hooks';
import { usePlatform } from '../../platform';
import { useOperations } from '../../app/operations';
import { keyOperations } from './operations';
import { keyLabel } from './keyring-model';
import { linkReportLines } from './link-report';
import { useLang } from '../../i18n';
import { keyErrorText } from './use-org-key';

const MAX_KEY_FILE = 5 * 1024 * 1024;

/** Imports public keys from `.asc`/`.gpg` files or pasted text (several keys per file). */
export function ImportKeysForm() {
  const { t } = useTranslation();
  const store = useStore();
  const ops = useOperations(keyOperations);
  const platform = usePlatform();
  const lang = useLang();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (inputs: (Uint8Array | string)[]) => {
    const names: string[] = [];
    const links: string[] = [];
    for (const input of inputs) {
      const result = await ops.importKeys({ key: input });
      if (!result.ok) return setStatus({ ok: false, text: keyErrorText(t, result.error) });
      names.push(...result.value.records.map(keyLabel));
      links.push(
        ...linkReportLines(
          t,
          result.value.links,
          store.repos.keys.all(),
          store.repos.contacts.all(),
          lang,
        ),
      );
    }
    const imported = t('keys.import.imported', { count: names.length, names: names.join(', ') });
    setStatus(
      names.length === 0
        ? { ok: false, text: t('keys.import.nothing') }
        : { ok: true, text: [imported, ...links].join(' ') },
    );
    setText('');
  };

  const pickFiles = async () => {
    const picked = await platform.openFiles({
      filters: [{ name: 'OpenPGP keys', extensions: ['asc', 'gpg', 'pgp', 'key'] }],
      multiple: true,
      maxBytes: MAX_KEY_FILE,
    });
    if (!picked.ok) return setStatus({ ok: false, text: keyErrorText(t, picked.error) });
    if (picked.value.length > 0) await run(picked.value.map((f) => f.bytes));
  };

  return (
    <Stack maw={720}>
      <Textarea
        label={t('keys.import.paste')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={10}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Group>
        <Button disabled={text.trim() === ''} onClick={() => void run([text])}>
          {t('keys.import.importPasted')}
        </Button>
        <Button variant="light" c="dark.9" onClick={() => void pickFiles()}>
          {t('keys.import.importFiles')}
        </Button>
      </Group>
      {status !== null && (
        <Alert color={status.ok ? 'green' : 'red'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </Alert>
      )}
    </Stack>
  );
}
