import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { ContactId, MessageRecord } from '../../../shared/model';
import type { AssignmentConfirmation } from '../../../shared/workflow/message-assignment';
import { formatInstant } from '../../app/ui/format-date';
import { useTable } from '../keys';
import { AssignToVendor } from './AssignToVendor';
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
  /** The case's vendors a message not tied to one can be assigned to. */
  vendors: CaseThreads['vendors'];
  /** Assigns the shown message to a vendor; null or an error message. */
  onAssign: (contactId: ContactId, confirmation?: AssignmentConfirmation) => Promise<string | null>;
  /** Reply: a composer filled for this message (received messages only). */
  onReply?: (m: MessageRecord) => void;
  /** The case screen's steps on a received message (record it as an extension request). */
  replyActions?: (m: MessageRecord) => ReactNode;
};

/** The open message: who, when, the signature check, the text, and its product thread. */
export function OpenMessage({
  shown,
  who,
  products,
  onTie,
  vendors,
  onAssign,
  onReply,
  replyActions,
}: Props) {
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
            {shown.counterpartContactId === undefined
              ? t(shown.direction === 'in' ? 'threads.fromUnassigned' : 'threads.toUnassigned')
              : t(shown.direction === 'in' ? 'threads.from' : 'threads.to', { who })}{' '}
            · {formatInstant(shown.at, { zone: 'Asia/Tokyo', withTime: true })} · {shown.fileName}
          </Text>
          {shown.direction === 'in' && (
            <Group gap="sm">
              <SignatureBadge
                summary={summariseSignatures(shown.pgp.signatures, keys, contacts, lang)}
              />
              {onReply !== undefined && (
                <Button size="xs" variant="light" c="dark.9" onClick={() => onReply(shown)}>
                  {t('threads.reply')}
                </Button>
              )}
            </Group>
          )}
          {shown.counterpartContactId === undefined && (
            <AssignToVendor
              shown={shown}
              vendors={vendors}
              onAssign={onAssign}
              onFailure={setFailure}
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
          {shown.direction === 'in' && replyActions?.(shown)}
        </Stack>
      )}
    </Paper>
  );
}
