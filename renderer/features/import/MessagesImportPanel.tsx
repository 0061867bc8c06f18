import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../../platform';
import { OrgKeyUnlock, parseKeys, useOrgKey, useTable } from '../keys';
import { sendErrorText } from '../messages';
import { openItems, type OpenedItem } from './reply-actions';
import { pairDetached, type PickedReply } from './reply-model';
import { ReplyPreview } from './ReplyPreview';

const MAX_REPLY = 64 * 1024 * 1024;

/** Replies in: pick files (or a folder in Electron), preview each, store on confirmation. */
export function MessagesImportPanel() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const own = useOrgKey();
  const keys = useTable('keys');
  const [opened, setOpened] = useState<OpenedItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (own.record === null || own.key === null) return <OrgKeyUnlock record={own.record} />;
  const orgKey = own.key;

  const openPicked = async (files: PickedReply[]) => {
    if (files.length === 0) return;
    setBusy(true);
    const known = await parseKeys(keys.filter((k) => k.kind === 'public'));
    setOpened(await openItems(pairDetached(files), orgKey, known));
    setBusy(false);
  };
  const pickFiles = async () => {
    setError(null);
    const picked = await platform.openFiles({ filters: [], multiple: true, maxBytes: MAX_REPLY });
    if (!picked.ok) return setError(sendErrorText(t, picked.error));
    await openPicked(picked.value.map((f) => ({ name: f.name, bytes: f.bytes })));
  };
  const pickFolder = async () => {
    const folders = platform.folders;
    if (folders === null) return;
    setError(null);
    const chosen = await folders.choose({});
    if (!chosen.ok) return setError(sendErrorText(t, chosen.error));
    if (chosen.value === null) return;
    const listed = await folders.list({ grantId: chosen.value.grantId });
    if (!listed.ok) return setError(sendErrorText(t, listed.error));
    const files: PickedReply[] = [];
    for (const entry of listed.value) {
      const read = await folders.read({
        grantId: chosen.value.grantId,
        name: entry.name,
        maxBytes: MAX_REPLY,
      });
      if (read.ok) files.push({ name: read.value.name, bytes: read.value.bytes });
    }
    await openPicked(files);
  };

  return (
    <Stack>
      <Text>{t('import.messages.intro')}</Text>
      <Group>
        <Button onClick={() => void pickFiles()} loading={busy}>
          {t('import.messages.pickFiles')}
        </Button>
        {platform.folders !== null && (
          <Button variant="light" onClick={() => void pickFolder()} loading={busy}>
            {t('import.messages.pickFolder')}
          </Button>
        )}
      </Group>
      {error !== null && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {opened.map((item, i) =>
        item.ok ? (
          <ReplyPreview key={`${item.name}-${i}`} name={item.name} reply={item.reply} index={i} />
        ) : (
          <Alert
            key={`${item.name}-${i}`}
            color="red"
            role="alert"
            title={t('import.messages.failed', { name: item.name })}
          >
            {sendErrorText(t, item.error)} {t('import.messages.nothingWritten')}
          </Alert>
        ),
      )}
    </Stack>
  );
}
