import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { Link } from 'react-router';
import { nameOf, type Contact } from '../../../shared/model';

type Props = { contacts: readonly Contact[] };

/** The registry as a table; each name links to the contact's page. */
export function ContactsTable({ contacts }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (contacts.length === 0) return <Text c="gray.7">{t('contacts.empty')}</Text>;
  const yesNo = (value: boolean) => (value ? t('contacts.yes') : t('contacts.no'));
  return (
    <Table striped highlightOnHover>
      <Table.Caption>{t('contacts.count', { count: contacts.length })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('contacts.table.name')}</Table.Th>
          <Table.Th scope="col">{t('contacts.table.kind')}</Table.Th>
          <Table.Th scope="col">{t('contacts.table.people')}</Table.Th>
          <Table.Th scope="col">{t('contacts.table.keys')}</Table.Th>
          <Table.Th scope="col">{t('contacts.table.listing')}</Table.Th>
          <Table.Th scope="col">{t('contacts.table.direct')}</Table.Th>
          <Table.Th scope="col">{t('contacts.table.products')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contacts.map((contact) => (
          <Table.Tr key={contact.id}>
            <Table.Td>
              <Anchor c="indigo.9" component={Link} to={`/contacts/${contact.id}`}>
                {nameOf(contact, lang)}
              </Anchor>
            </Table.Td>
            <Table.Td>{t(`contacts.kinds.${contact.kind}`)}</Table.Td>
            <Table.Td>{contact.people.map((p) => p.name).join(', ')}</Table.Td>
            <Table.Td>{contact.pgpFingerprints.length}</Table.Td>
            <Table.Td>{yesNo(contact.publicListingConsent)}</Table.Td>
            <Table.Td>{yesNo(contact.acceptsDirectReports)}</Table.Td>
            <Table.Td>
              {contact.products.map((p) => (
                <Text key={p} size="xs" ff="monospace">
                  {p}
                </Text>
              ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
