import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperations } from '../../app/operations';
import { vaultOperations } from './operations';
import { useVaultTask } from './use-passphrase-form';

/** Walks the hash-chained audit log and names the first broken link, if any. */
export function AuditLogPanel() {
  const { t } = useTranslation();
  const ops = useOperations(vaultOperations);
  const [verdict, setVerdict] = useState<{
    ok: boolean;
    text: string;
    records: readonly string[];
  } | null>(null);
  const task = useVaultTask();

  const verify = () =>
    task.run(async () => {
      setVerdict(null);
      const result = await ops.verifyAuditLog({});
      if (!result.ok) return t('vault.error.generic', { message: result.error.message });
      const v = result.value;
      setVerdict(
        v.ok
          ? { ok: true, text: t('vault.audit.ok', { count: v.entries }), records: [] }
          : {
              ok: false,
              text: t('vault.audit.broken', {
                seq: v.firstBreak.seq,
                reason: t(`vault.audit.reasons.${v.firstBreak.reason}`),
              }),
              // Each record that does not match the chain, named by table and id.
              records: (v.records ?? []).map((r) =>
                t(`vault.audit.record.${r.problem}`, {
                  table: r.table,
                  id: r.recordId,
                  seq: r.seq,
                }),
              ),
            },
      );
      return null;
    });

  return (
    <Paper p="md" withBorder>
      <Stack>
        <Title order={3}>{t('vault.audit.title')}</Title>
        <Text size="sm">{t('vault.audit.intro')}</Text>
        {task.error !== null && <Alert color="red">{task.error}</Alert>}
        {verdict !== null && (
          <Alert color={verdict.ok ? 'green' : 'red'} role="status">
            {verdict.text}
            {verdict.records.length > 0 && (
              <List size="sm" mt="xs">
                {verdict.records.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Button variant="default" onClick={() => void verify()} loading={task.busy} w="fit-content">
          {t('vault.audit.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
