import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodedError, Result } from '../../../shared/result';
import { useOperations } from '../../app/operations';
import { usePlatform } from '../../platform';
import { OrgKeyUnlock, parseKeys, useOrgKey, useTable } from '../keys';
import { sendErrorText } from '../messages';
import { importOperations } from './operations';
import { importCounts, type ImportItem, type ReplyKeys } from './reply-import';
import { ReplyPreview } from './ReplyPreview';
import { ReportFormPreview } from './ReportFormPreview';

/** Replies in: pick files (or a folder in Electron), preview each, store on confirmation.
 *  Every file is listed: opened, or failed with its reason (`reply-import.ts`). */
export function MessagesImportPanel() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const ops = useOperations(importOperations);
  const own = useOrgKey();
  const keys = useTable('keys');
  const [items, setItems] = useState<ImportItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (own.record === null || own.key === null) return <OrgKeyUnlock record={own.record} />;
  const orgKey = own.key;

  const run = async (
    work: (keys: ReplyKeys) => Promise<Result<ImportItem[] | null, CodedError>>,
  ) => {
    setError(null);
    setBusy(true);
    const knownKeys = await parseKeys(keys.filter((k) => k.kind === 'public'));
    const result = await work({ decryptionKey: orgKey, knownKeys });
    setBusy(false);
    if (!result.ok) return setError(sendErrorText(t, result.error));
    if (result.value !== null) setItems(result.value);
  };
  const folders = platform.folders;
  const counts = importCounts(items);

  return (
    <Stack>
      <Text>{t('import.messages.intro')}</Text>
      <Group>
        <Button onClick={() => void run((k) => ops.openPickedFiles({ keys: k }))} loading={busy}>
          {t('import.messages.pickFiles')}
        </Button>
        {folders !== null && (
          <Button
            variant="light"
            onClick={() => void run((k) => ops.openFolder({ keys: k }))}
            loading={busy}
          >
            {t('import.messages.pickFolder')}
          </Button>
        )}
      </Group>
      {error !== null && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {items.length > 0 && (
        <Text role="status" fw={600}>
          {t('import.messages.summary', counts)}
        </Text>
      )}
      {items.map((item, i) =>
        item.ok && item.reportForm !== undefined ? (
          <ReportFormPreview
            key={`${item.name}-${i}`}
            name={item.name}
            reply={item.reply}
            doc={item.reportForm}
            index={i}
          />
        ) : item.ok ? (
          <ReplyPreview key={`${item.name}-${i}`} name={item.name} reply={item.reply} index={i} />
        ) : (
          <Alert
            key={`${item.name}-${i}`}
            color="red"
            role="alert"
            title={t('stage' in item ? 'import.messages.unreadable' : 'import.messages.failed', {
              name: item.name,
            })}
          >
            {sendErrorText(t, item.error)} {t('import.messages.nothingWritten')}
          </Alert>
        ),
      )}
    </Stack>
  );
}
