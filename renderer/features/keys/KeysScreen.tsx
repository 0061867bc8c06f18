import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../../shared/crypto/pgp';
import { GenerateKeyForm, RevocationNotice, type GeneratedKey } from './GenerateKeyForm';
import { ImportKeysForm } from './ImportKeysForm';
import { KeyDetails } from './KeyDetails';
import { KeyTable } from './KeyTable';
import { OrgKeyUnlock } from './OrgKeyUnlock';
import { forgetOrgKey } from './org-key-session';
import { useOrgKey } from './use-org-key';
import { useTable } from './use-table';
import { useViewNow } from '../../store/case-views';
import { sortByHealth } from './key-health-model';
import { useKeyHealths } from './use-key-health';

/** The keyring: the organisation key, imported vendor keys and their details. */
export function KeysScreen() {
  const { t } = useTranslation();
  const keys = useTable('keys');
  // The keyring lists the keys that need attention first (issue 27 item 5).
  const healths = useKeyHealths(keys, useViewNow());
  const own = useOrgKey();
  const [selected, setSelected] = useState<string | null>(null);
  const [generated, setGenerated] = useState<GeneratedKey | null>(null);
  const selectedRecord = keys.find((k) => k.id === selected);
  return (
    <Stack>
      <Title order={2}>{t('keys.title')}</Title>
      <section aria-labelledby="keys-own">
        <Title order={3} id="keys-own" mb="sm">
          {t('keys.own.heading')}
        </Title>
        {own.record === null ? (
          <Stack>
            <Text>{t('keys.own.none')}</Text>
            <GenerateKeyForm onGenerated={setGenerated} />
          </Stack>
        ) : (
          <Stack>
            {generated !== null && <RevocationNotice generated={generated} />}
            <Code>{formatFingerprint(own.record.fingerprint)}</Code>
            {own.key === null ? (
              <OrgKeyUnlock record={own.record} />
            ) : (
              <Group>
                <Alert color="green" variant="light">
                  {t('keys.own.unlocked')}
                </Alert>
                <Button variant="subtle" onClick={forgetOrgKey}>
                  {t('keys.own.lockKey')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </section>
      <section aria-labelledby="keys-import">
        <Title order={3} id="keys-import" mb="sm">
          {t('keys.import.heading')}
        </Title>
        <ImportKeysForm />
      </section>
      <section aria-labelledby="keys-list">
        <Title order={3} id="keys-list" mb="sm">
          {t('keys.list.heading')}
        </Title>
        <KeyTable keys={sortByHealth(keys, healths)} healths={healths} onSelect={setSelected} />
      </section>
      {selectedRecord !== undefined && (
        <KeyDetails record={selectedRecord} onClose={() => setSelected(null)} />
      )}
    </Stack>
  );
}
