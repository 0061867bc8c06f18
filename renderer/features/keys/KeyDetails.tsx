import {
  Alert,
  Button,
  Code,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatFingerprint } from '../../../shared/crypto/pgp';
import { type ContactId, nameOf } from '../../../shared/model';
import type { KeyRecord, KeyVerification } from '../../../shared/model/key';
import { formatInstant } from '../../app/ui/format-date';
import { useStore } from '../../store/hooks';
import { useOperations } from '../../app/operations';
import { keyOperations } from './operations';
import { keyLabel, verifiedTrust } from './keyring-model';
import { linkReportLines } from './link-report';
import { KeyWarnings } from './KeyWarnings';
import { OwnKeyActions } from './OwnKeyActions';
import { keyErrorText } from './use-org-key';
import { useTable } from './use-table';

type Method = KeyVerification['method'];
const METHODS: Method[] = [
  'phone',
  'in-person',
  'signed-by-known-key',
  'published-on-website',
  'other',
];
const ZONE = 'Asia/Tokyo';

export function KeyDetails({ record, onClose }: { record: KeyRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const ops = useOperations(keyOperations);
  const contacts = useTable('contacts');
  const [method, setMethod] = useState<Method>('phone');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lang = useLang();
  const when = (iso: string | null) =>
    iso === null ? t('keys.details.never') : formatInstant(iso, { zone: ZONE, withTime: true });
  const save = async (next: KeyRecord) => {
    const r = await ops.updateKey({ record: next });
    setError(r.ok ? null : keyErrorText(t, r.error));
  };
  const markVerified = () =>
    void save({
      ...record,
      trust: verifiedTrust({
        method,
        at: new Date().toISOString(),
        by: 'analyst',
        note,
      }),
    });
  const [linkNote, setLinkNote] = useState<string | null>(null);
  const linkContact = async (id: string | null) => {
    const r = await ops.linkByHand({ key: record, contactId: id as ContactId | null });
    setError(r.ok ? null : keyErrorText(t, r.error));
    if (r.ok) {
      const lines = linkReportLines(t, r.value, store.repos.keys.all(), contacts, lang);
      setLinkNote(lines.length === 0 ? null : lines.join(' '));
    }
  };
  const exportPublic = async () => {
    const r = await ops.savePublicKey({ record });
    setError(r.ok ? null : keyErrorText(t, r.error));
  };
  return (
    <Paper withBorder p="md" aria-labelledby="key-details-title" component="section">
      <Stack>
        <Group justify="space-between">
          <Title order={3} id="key-details-title">
            {t('keys.details.heading')}: {keyLabel(record)}
          </Title>
          <Button variant="subtle" onClick={onClose}>
            {t('keys.details.close')}
          </Button>
        </Group>
        <Code block aria-label={t('keys.list.fingerprint')}>
          {formatFingerprint(record.fingerprint)}
        </Code>
        <KeyWarnings record={record} />
        <Table variant="vertical" withTableBorder>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th>{t('keys.details.userIds')}</Table.Th>
              <Table.Td>
                <List>
                  {record.userIds.map((u) => (
                    <List.Item key={u}>{u}</List.Item>
                  ))}
                </List>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('keys.details.algorithm')}</Table.Th>
              <Table.Td>{record.algorithm}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('keys.details.created')}</Table.Th>
              <Table.Td>{when(record.createdAt)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('keys.details.expires')}</Table.Th>
              <Table.Td>{when(record.expiresAt)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('keys.details.revoked')}</Table.Th>
              <Table.Td>{record.revoked ? t('keys.details.yes') : t('keys.details.no')}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('keys.details.trust')}</Table.Th>
              <Table.Td>
                {record.trust.level === 'verified'
                  ? t('keys.details.verifiedHow', {
                      method: t(`keys.methods.${record.trust.verification.method}`),
                      at: when(record.trust.verification.at),
                    })
                  : t('keys.details.unverified')}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Title order={4}>{t('keys.details.subkeys')}</Title>
        <Table withTableBorder aria-label={t('keys.details.subkeys')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('keys.list.fingerprint')}</Table.Th>
              <Table.Th>{t('keys.details.algorithm')}</Table.Th>
              <Table.Th>{t('keys.details.created')}</Table.Th>
              <Table.Th>{t('keys.details.expires')}</Table.Th>
              <Table.Th>{t('keys.details.revoked')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.subkeys.map((s) => (
              <Table.Tr key={s.fingerprint}>
                <Table.Td>
                  <Code>{formatFingerprint(s.fingerprint)}</Code>
                </Table.Td>
                <Table.Td>{s.algorithm}</Table.Td>
                <Table.Td>{when(s.createdAt)}</Table.Td>
                <Table.Td>{when(s.expiresAt)}</Table.Td>
                <Table.Td>{s.revoked ? t('keys.details.yes') : t('keys.details.no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {record.kind === 'public' && (
          <>
            <Select
              label={t('keys.details.linkContact')}
              placeholder={t('keys.details.noOwner')}
              clearable
              description={t('keys.details.linkHint')}
              value={record.ownerContactId ?? null}
              onChange={(id) => void linkContact(id)}
              data={contacts.map((c) => ({
                value: c.id,
                label: nameOf(c, lang),
              }))}
            />
            <Group align="end">
              <Select
                label={t('keys.details.method')}
                value={method}
                allowDeselect={false}
                onChange={(v) => v !== null && setMethod(v)}
                data={METHODS.map((m) => ({ value: m, label: t(`keys.methods.${m}`) }))}
              />
              <TextInput
                label={t('keys.details.note')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
              <Button onClick={markVerified}>{t('keys.details.markVerified')}</Button>
            </Group>
          </>
        )}
        <Group>
          <Button variant="light" c="dark.9" onClick={() => void exportPublic()}>
            {t('keys.details.exportPublic')}
          </Button>
          {record.kind === 'secret' && <OwnKeyActions record={record} onError={setError} />}
        </Group>
        {linkNote !== null && (
          <Alert color="green" role="status">
            {linkNote}
          </Alert>
        )}
        {error !== null && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
