import { Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftTechnicalAlert } from '../../../shared/model/advisory-draft';
import { BUTTON } from './a11y-styles';

type Props = {
  alert: DraftTechnicalAlert;
  /** Takes the alert's current content into the draft (absent when final). */
  onRefresh?: () => void;
};

const pair = (text: { ja: string; en: string }) =>
  [text.ja, text.en].filter((s) => s.trim() !== '').join(' / ');

/**
 * What a JVNTA# advisory prints beyond its texts: the CWEs, the affected product families
 * and the mitigations, as the draft took them from the technical alert. A technical alert
 * has no vendor table, product versions or vulnerabilities.
 */
export function AlertFacts({ alert, onRefresh }: Props) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="adv-alert" gap="xs" data-testid="advisory-alert">
      <Title order={4} id="adv-alert">
        {t('advisoryAlert.heading')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('advisoryAlert.fromAlert')}
      </Text>
      {onRefresh ? (
        <Button color={BUTTON} variant="outline" w="fit-content" onClick={onRefresh}>
          {t('advisoryAlert.refresh')}
        </Button>
      ) : null}
      <Text size="sm" fw={600}>
        {t('advisoryAlert.cwes')}
      </Text>
      <Text size="sm">
        {alert.cwes.length === 0
          ? t('advisoryAlert.none')
          : alert.cwes.map((c) => `${c.id} ${c.name}`).join(', ')}
      </Text>
      <Table aria-label={t('advisoryAlert.productFamilies')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('advisoryAlert.productFamilies')}</Table.Th>
            <Table.Th>{t('advisoryAlert.identifiers')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {alert.productFamilies.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>{pair(f.name)}</Table.Td>
              <Table.Td ff="monospace">{f.identifiers.join(', ') || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={600}>
        {t('advisoryAlert.mitigations')}
      </Text>
      {alert.mitigations.length === 0 ? (
        <Text size="sm">{t('advisoryAlert.none')}</Text>
      ) : (
        <List size="sm">
          {alert.mitigations.map((m, i) => (
            <List.Item key={i}>{pair(m)}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
