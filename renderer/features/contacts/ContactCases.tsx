import { Anchor, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Case, Involvement } from '../../../shared/model';

export type ContactCaseRow = { involvement: Involvement; case: Case };

/** The cases a contact is involved in, each linking to its case. */
export function ContactCases({ rows }: { rows: readonly ContactCaseRow[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="contact-cases-title">
      <Title order={3} id="contact-cases-title" mb="xs">
        {t('contacts.cases.title')}
      </Title>
      {rows.length === 0 ? (
        <Text c="gray.7">{t('contacts.cases.none')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('contacts.cases.ref')}</Table.Th>
              <Table.Th scope="col">{t('contacts.cases.caseTitle')}</Table.Th>
              <Table.Th scope="col">{t('contacts.cases.role')}</Table.Th>
              <Table.Th scope="col">{t('contacts.cases.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.involvement.id}>
                <Table.Td>
                  <Anchor c="indigo.9" component={Link} to={`/cases/${row.case.id}`} ff="monospace">
                    {row.case.ref}
                  </Anchor>
                </Table.Td>
                <Table.Td>{row.case.title}</Table.Td>
                <Table.Td>{t(`contacts.roles.${row.involvement.role}`)}</Table.Td>
                <Table.Td>{t(`contacts.statuses.${row.involvement.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
