import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../app/ui/format-date';
import { useTable } from '../keys';
import { ComposeMessage } from './ComposeMessage';
import { SignatureBadge } from './SignatureBadge';
import { summariseSignatures } from './signature-summary';

/** The messages tab of a case: what was sent and received, and a composer. */
export function CaseMessagesPanel({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const kase = useTable('cases').find((c) => c.id === caseId);
  const messages = useTable('messages')
    .filter((m) => m.caseId === caseId)
    .sort((a, b) => b.at.localeCompare(a.at));
  const keys = useTable('keys');
  const contacts = useTable('contacts');
  if (kase === undefined) return null;
  return (
    <Stack>
      <section aria-labelledby="case-messages-title">
        <Title order={3} id="case-messages-title" mb="sm">
          {t('messages.list.heading')}
        </Title>
        {messages.length === 0 ? (
          <Text c="gray.7">{t('messages.list.empty')}</Text>
        ) : (
          <Table striped aria-label={t('messages.list.heading')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('messages.list.at')}</Table.Th>
                <Table.Th>{t('messages.list.direction')}</Table.Th>
                <Table.Th>{t('messages.list.subject')}</Table.Th>
                <Table.Th>{t('messages.list.file')}</Table.Th>
                <Table.Th>{t('messages.list.signature')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {messages.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{formatInstant(m.at, { zone: 'Asia/Tokyo', withTime: true })}</Table.Td>
                  <Table.Td>{t(`messages.list.${m.direction}`)}</Table.Td>
                  <Table.Td>
                    <Text fw={500}>{m.subject}</Text>
                    {m.attachments.length > 0 && (
                      <Text size="xs">
                        {t('messages.list.attachments', {
                          names: m.attachments.map((a) => a.name).join(', '),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{m.fileName}</Table.Td>
                  <Table.Td>
                    {m.direction === 'out' ? (
                      <Text size="sm">
                        {t('messages.list.sealed', { count: m.pgp.encryptedTo.length })}
                      </Text>
                    ) : (
                      <SignatureBadge
                        summary={summariseSignatures(m.pgp.signatures, keys, contacts, lang)}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
      <ComposeMessage kase={kase} />
    </Stack>
  );
}
