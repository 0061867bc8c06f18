import { NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { MessageRecord } from '../../../shared/model';
import { formatInstant } from '../../app/ui/format-date';
import { useTable } from '../keys';
import { SignatureBadge } from './SignatureBadge';
import { summariseSignatures } from './signature-summary';
import type { CaseThreads } from './use-threads';

type Props = {
  shown: MessageRecord | null;
  /** "Received from …" / "Sent to …": the thread the message is in. */
  who: string;
  products: readonly string[];
  /** Ties the shown message to a product's thread (null: the vendor's main thread). */
  onTie: (product: string | null) => ReturnType<CaseThreads['tie']>;
};

/** The open message: who, when, the signature check, the text, and its product thread. */
export function OpenMessage({ shown, who, products, onTie }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const keys = useTable('keys');
  const contacts = useTable('contacts');
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Paper withBorder p="sm" mt="sm" aria-live="polite" data-testid="open-message">
      {shown === null ? (
        <Text c="dark.4" size="sm">
          {t('threads.none')}
        </Text>
      ) : (
        <Stack gap={4}>
          <Title order={4}>{shown.subject}</Title>
          <Text size="xs" c="dark.4">
            {t(shown.direction === 'in' ? 'threads.from' : 'threads.to', { who })} ·{' '}
            {formatInstant(shown.at, { zone: 'Asia/Tokyo', withTime: true })} · {shown.fileName}
          </Text>
          {shown.direction === 'in' && (
            <SignatureBadge
              summary={summariseSignatures(shown.pgp.signatures, keys, contacts, lang)}
            />
          )}
          <NativeSelect
            size="xs"
            w={320}
            label={t('threads.productThread')}
            description={products.length === 0 ? t('threads.noProducts') : undefined}
            value={shown.threadProduct ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              void onTie(value === '' ? null : value).then((r) =>
                setFailure(r.ok ? null : t('threads.tieFailed', { message: r.message })),
              );
            }}
            data={[
              { value: '', label: t('threads.mainThread') },
              ...products.map((p) => ({ value: p, label: p })),
            ]}
          />
          {failure !== null && (
            <Text size="sm" c="red.9" role="alert">
              {failure}
            </Text>
          )}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {shown.body}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
