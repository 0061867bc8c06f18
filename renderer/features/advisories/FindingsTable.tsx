import { Button, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldOfDraftPath, type LeakFinding } from '../../../shared/advisory';
import { useLang } from '../../i18n';
import { inputStyles, BUTTON } from './a11y-styles';

type Props = {
  findings: readonly LeakFinding[];
  onIntended: (finding: LeakFinding, reason: string) => Promise<void>;
};

/** Why the leak guard refused an export: field, kind and the offending text. */
export function FindingsTable({ findings, onIntended }: Props) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t('advisories.export.findings')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('advisories.export.field')}</Table.Th>
          <Table.Th>{t('advisories.export.kind')}</Table.Th>
          <Table.Th>{t('advisories.export.excerpt')}</Table.Th>
          <Table.Th>{t('advisories.export.intended')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {findings.map((f) => (
          <FindingRow key={f.fingerprint} finding={f} onIntended={onIntended} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

function FindingRow({ finding, onIntended }: { finding: LeakFinding } & Pick<Props, 'onIntended'>) {
  const { t } = useTranslation();
  const field = fieldOfDraftPath(finding.field)[useLang()];
  const [reason, setReason] = useState('');
  return (
    <Table.Tr>
      <Table.Td>{field}</Table.Td>
      <Table.Td>{t(`advisories.leak.${finding.code}`)}</Table.Td>
      <Table.Td>
        <q>{finding.excerpt}</q>
      </Table.Td>
      <Table.Td>
        <TextInput
          styles={inputStyles}
          size="xs"
          label={t('advisories.export.reason', { field })}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Button
          color={BUTTON}
          size="xs"
          mt={4}
          variant="outline"
          disabled={reason.trim() === ''}
          onClick={() => void onIntended(finding, reason.trim())}
        >
          {t('advisories.export.markIntended', { field })}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
