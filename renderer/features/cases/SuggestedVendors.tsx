import { Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { newInvolvementId, type Contact, nameOf } from '../../../shared/model';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { suggestVendors, type VendorSuggestion } from '../../../shared/workflow/vendor-suggestions';
import { EngineButton } from './EngineButton';
import type { CaseDetail } from './use-case-detail';

const addCommand = (contact: Contact): CaseCommand => ({
  type: 'involvement.added',
  payload: {
    involvementId: newInvolvementId(),
    contactId: contact.id,
    role: contact.kind === 'site-operator' ? 'site-operator' : 'developer',
  },
});

/** "Suggested vendors to notify": contacts whose product identifiers match the case's
 *  affected products, with the identifier that matched and why; one click adds them. */
export const SuggestedVendors = memo(function SuggestedVendors({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const affected = useMemo(
    () =>
      detail.vulnerabilities.flatMap((v) =>
        v.affected.flatMap((a) =>
          a.identifier === undefined ? [] : [{ identifier: a.identifier, versions: a.versions }],
        ),
      ),
    [detail.vulnerabilities],
  );
  const suggestions = useMemo(
    () =>
      suggestVendors(
        affected,
        [...detail.contacts.values()],
        new Set(detail.projection.involvements.map((i) => i.contactId as string)),
      ),
    [affected, detail.contacts, detail.projection.involvements],
  );
  const contactOf = (s: VendorSuggestion) => detail.contacts.get(s.contactId);
  const vendorName = (c: Contact | undefined) => (c === undefined ? '' : nameOf(c, lang));
  const all = suggestions.flatMap((s) => {
    const c = contactOf(s);
    return c === undefined ? [] : [addCommand(c)];
  });
  return (
    <Card withBorder component="section" aria-labelledby="vendor-suggestions-title">
      <Title order={3} size="h4" id="vendor-suggestions-title">
        {t('vendorMatrix.suggest.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="xs">
        {t('vendorMatrix.suggest.intro')}
      </Text>
      {affected.length === 0 ? (
        <Text size="sm">{t('vendorMatrix.suggest.noIdentifiers')}</Text>
      ) : suggestions.length === 0 ? (
        <Text size="sm">{t('vendorMatrix.suggest.none')}</Text>
      ) : (
        <Stack gap="xs">
          <Table aria-labelledby="vendor-suggestions-title" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('vendorMatrix.suggest.vendor')}</Table.Th>
                <Table.Th scope="col">{t('vendorMatrix.suggest.matched')}</Table.Th>
                <Table.Th scope="col">{t('vendorMatrix.suggest.affected')}</Table.Th>
                <Table.Th scope="col">{t('vendorMatrix.suggest.why')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('vendorMatrix.suggest.add')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {suggestions.map((s) => {
                const contact = contactOf(s);
                if (contact === undefined) return null;
                const name = vendorName(contact);
                return (
                  <Table.Tr key={s.contactId} data-testid="vendor-suggestion">
                    <Table.Th scope="row">{name}</Table.Th>
                    <Table.Td ff="monospace" fz="xs">
                      {s.matches.map((m) => (
                        <div key={`${m.contactIdentifier}|${m.caseIdentifier}`}>
                          {m.contactIdentifier}
                        </div>
                      ))}
                    </Table.Td>
                    <Table.Td ff="monospace" fz="xs">
                      {s.matches.map((m) => (
                        <div key={`${m.contactIdentifier}|${m.caseIdentifier}`}>
                          {m.caseIdentifier}
                        </div>
                      ))}
                    </Table.Td>
                    <Table.Td fz="sm">
                      {s.matches.map((m) => (
                        <div key={`${m.contactIdentifier}|${m.caseIdentifier}`}>
                          {t(`vendorMatrix.suggest.reason.${m.reason}`)}
                        </div>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <EngineButton
                        size="xs"
                        planned={detail.plan([addCommand(contact)])}
                        onRun={(p) => detail.commit(p)}
                      >
                        {t('vendorMatrix.suggest.add')}
                      </EngineButton>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {all.length > 1 && (
            <Group>
              <EngineButton
                size="xs"
                variant="light"
                planned={detail.plan(all)}
                onRun={(p) => detail.commit(p)}
              >
                {t('vendorMatrix.suggest.addAll')}
              </EngineButton>
            </Group>
          )}
        </Stack>
      )}
    </Card>
  );
});
