import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { usePlatform } from '../../platform';

/** A picked file held in memory until the case is created (then stored encrypted). */
export type PendingAttachment = { key: string; name: string; bytes: Uint8Array };

type Props = {
  attachments: readonly PendingAttachment[];
  onChange: (next: PendingAttachment[]) => void;
  maxBytes?: number;
};

export function AttachmentPicker({ attachments, onChange, maxBytes = MAX_FILE_BYTES }: Props) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [error, setError] = useState<string | null>(null);

  const pick = async () => {
    setError(null);
    const result = await platform.openFiles({ filters: [], multiple: true, maxBytes });
    if (!result.ok) {
      setError(t('intake.attachments.failed', { message: result.error.message }));
      return;
    }
    onChange([
      ...attachments,
      ...result.value.map((file) => ({
        key: globalThis.crypto.randomUUID(),
        name: file.name,
        bytes: file.bytes,
      })),
    ]);
  };

  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('intake.attachments.label')}
      </Text>
      {attachments.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('intake.attachments.none')}
        </Text>
      ) : (
        <List spacing={4} aria-label={t('intake.attachments.label')}>
          {attachments.map((file) => (
            <List.Item key={file.key}>
              <Group gap="xs">
                <Text size="sm" ff="monospace">
                  {file.name}
                </Text>
                <Text size="xs" c="gray.7">
                  {t('intake.attachments.size', { size: file.bytes.length })}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red.9"
                  aria-label={t('intake.attachments.remove', { name: file.name })}
                  onClick={() => onChange(attachments.filter((a) => a.key !== file.key))}
                >
                  ×
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {error !== null && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Button variant="default" w="fit-content" onClick={() => void pick()}>
        {t('intake.attachments.add')}
      </Button>
    </Stack>
  );
}
