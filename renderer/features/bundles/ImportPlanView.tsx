import { Alert, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../shared/exchange/bundle';
import { refClashes } from '../../../shared/workflow/imported-case-ref';
import type { CaseWrites } from './import-writes';

/** What an import would change, shown before anything is written. */
export function ImportPlanView({
  fileName,
  plan,
  writes,
  writing,
  onConfirm,
  onCancel,
}: {
  fileName: string;
  plan: ImportPlan;
  writes: readonly CaseWrites[];
  writing: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const conflicts = plan.cases.flatMap((c) => c.conflicts);
  const known = plan.signer.status === 'valid';
  const clashes = refClashes(writes);
  const clashOf = (caseId: string) =>
    writes.find((w) => w.caseId === caseId)?.refStatus.status === 'clash';
  return (
    <Stack component="section" aria-labelledby="bundle-plan-title">
      <Title order={4} id="bundle-plan-title">
        {t('bundles.import.planTitle')}
      </Title>
      <Text size="sm">
        {t('bundles.import.file', {
          name: fileName,
          tlp: plan.manifest.tlp,
          view: plan.manifest.view,
        })}
      </Text>
      <Alert color={known ? 'green' : 'orange'}>
        {t('bundles.import.signer', { signer: plan.signer.fingerprint })} (
        {known ? t('bundles.import.signerKnown') : t('bundles.import.signerAccepted')})
      </Alert>
      <Table withTableBorder aria-labelledby="bundle-plan-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('bundles.import.case')}</Table.Th>
            <Table.Th scope="col">{t('bundles.import.change')}</Table.Th>
            <Table.Th scope="col">{t('bundles.import.eventsAdded')}</Table.Th>
            <Table.Th scope="col">{t('bundles.import.attachments')}</Table.Th>
            <Table.Th scope="col">{t('bundles.import.conflicts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.cases.map((c) => (
            <Table.Tr key={c.caseId}>
              <Table.Td>
                {c.ref} {c.document.case.title}
              </Table.Td>
              <Table.Td>
                <Text span fw={700} size="sm">
                  {clashOf(c.caseId)
                    ? t('bundleRefClash.change')
                    : c.isNew
                      ? t('bundles.import.newCase')
                      : t('bundles.import.updated')}
                </Text>
              </Table.Td>
              <Table.Td>{c.eventsAdded.length}</Table.Td>
              <Table.Td>
                {writes.find((w) => w.caseId === c.caseId)?.attachments.length ?? 0}
              </Table.Td>
              <Table.Td>{c.conflicts.length}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {conflicts.length > 0 && (
        <List size="sm">
          {conflicts.map((c) => (
            <List.Item key={c.id}>{t('bundles.import.conflictDetail', { id: c.id })}</List.Item>
          ))}
        </List>
      )}
      {clashes.length > 0 && (
        <Alert color="red" title={t('bundleRefClash.title')}>
          <Stack gap={4}>
            {clashes.map((c) => (
              <Text key={c.ref} size="sm">
                {t('bundleRefClash.detail', { ref: c.ref, title: c.usedBy.title })}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Group>
        <Button onClick={onConfirm} loading={writing} disabled={clashes.length > 0}>
          {t('bundles.import.confirm')}
        </Button>
        {clashes.length > 0 && <Text size="sm">{t('bundleRefClash.blocked')}</Text>}
        <Button variant="default" onClick={onCancel} disabled={writing}>
          {t('bundles.import.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
