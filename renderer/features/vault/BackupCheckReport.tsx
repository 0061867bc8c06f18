import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackupCheck } from '../../store/backup-check';
import { formatInstant } from '../../app/ui/format-date';

/** What "Verify backup" found: the file's own checks and where it stands against this vault. */
export function BackupCheckReport({ check }: { check: BackupCheck }) {
  const { t } = useTranslation();
  const { verify, comparison: c } = check;
  // The same form as every other instant on screen ("2026-12-08 05:10 JST"), not the
  // browser's locale format without a zone.
  const date = formatInstant(verify.createdAt);
  return (
    <Alert color={verify.ok ? (c.needsConfirmation ? 'yellow' : 'green') : 'red'} role="status">
      <Text size="sm">
        {verify.ok
          ? t('vault.verifyBackup.ok', { rows: verify.rows, entries: verify.audit.entries })
          : t('vault.verifyBackup.failed', {
              problems: verify.problems.length,
              audit: verify.audit.ok
                ? t('vault.verifyBackup.auditOk')
                : t('vault.verifyBackup.auditBroken'),
            })}
      </Text>
      <List size="sm" mt="xs">
        <List.Item>{t('vault.verifyBackup.date', { date })}</List.Item>
        <List.Item>
          {c.sameVault === null
            ? t('vault.verifyBackup.noVault')
            : c.sameVault
              ? t('vault.verifyBackup.sameVault')
              : t('vault.verifyBackup.otherVault')}
        </List.Item>
        <List.Item>
          {t('vault.verifyBackup.sequence', {
            backup: c.backupSeq,
            current: c.currentSeq ?? '—',
            relation: t(`vault.verifyBackup.relation.${c.relation}`),
          })}
        </List.Item>
        {c.olderMasterKey === true && (
          <List.Item>
            <Text size="sm" fw={600} span>
              {t('backupKey.older')}
            </Text>
          </List.Item>
        )}
      </List>
      {c.needsConfirmation && (
        <Text size="sm" mt="xs" fw={600}>
          {c.lost === null
            ? t('vault.verifyBackup.lostUnknown')
            : t('vault.verifyBackup.lost', { entries: c.lost.entries, records: c.lost.records })}
        </Text>
      )}
    </Alert>
  );
}
