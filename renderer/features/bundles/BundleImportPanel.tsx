import { Alert, Anchor, Button, Checkbox, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEFAULT_BUNDLE_LIMITS, type ImportPlan } from '../../../shared/exchange/bundle';
import type { PrivateKey } from '../../../shared/crypto/pgp';
import { useOperations } from '../../app/operations';
import { usePlatform } from '../../platform';
import { OrgKeyUnlock, useOrgKey, useTable } from '../keys';
import { BundleErrorAlert } from './BundleErrorAlert';
import { bundleOperations } from './operations';
import type { CaseWrites } from './import-writes';
import { ImportPlanView } from './ImportPlanView';

type Failure = { code: string; message: string };
type Picked = { name: string; bytes: Uint8Array };
type State =
  | { step: 'idle' }
  | { step: 'checking'; file: Picked }
  | { step: 'signer'; file: Picked; fingerprint: string; accepted: boolean }
  | { step: 'failed'; error: Failure }
  | { step: 'plan'; file: Picked; plan: ImportPlan; writes: CaseWrites[]; writing: boolean }
  | { step: 'done'; cases: { id: string; ref: string }[] };

/** The Import screen's "Bundles" tab: check a .airlock file, preview, then write once. */
export function BundleImportPanel() {
  const { t } = useTranslation();
  const org = useOrgKey();
  return (
    <Stack component="section" aria-labelledby="bundle-import-title">
      <Title order={3} id="bundle-import-title">
        {t('bundles.import.title')}
      </Title>
      <Text size="sm">{t('bundles.import.intro')}</Text>
      {org.record === null ? (
        <Alert color="yellow">{t('bundles.export.noOrgKey')}</Alert>
      ) : org.key === null ? (
        <OrgKeyUnlock record={org.record} />
      ) : (
        <ImportFlow decryptionKey={org.key} />
      )}
    </Stack>
  );
}

function ImportFlow({ decryptionKey }: { decryptionKey: PrivateKey }) {
  const { t } = useTranslation();
  const ops = useOperations(bundleOperations);
  const platform = usePlatform();
  const keys = useTable('keys');
  const [state, setState] = useState<State>({ step: 'idle' });

  const check = async (file: Picked, acceptUnknownSigner?: string) => {
    setState({ step: 'checking', file });
    const result = await ops.checkBundle({
      bytes: file.bytes,
      decryptionKey,
      keys,
      ...(acceptUnknownSigner === undefined ? {} : { acceptUnknownSigner }),
    });
    if (result.ok) {
      const { plan, writes } = result.value;
      return setState({ step: 'plan', file, plan, writes, writing: false });
    }
    const signer = result.error.signer;
    if (result.error.code === 'signer-unknown' && signer !== undefined) {
      return setState({ step: 'signer', file, fingerprint: signer.fingerprint, accepted: false });
    }
    setState({ step: 'failed', error: result.error });
  };

  const pick = async () => {
    const picked = await platform.openFiles({
      filters: [{ name: 'Airlock bundle', extensions: ['airlock'] }],
      multiple: false,
      maxBytes: DEFAULT_BUNDLE_LIMITS.maxInputBytes,
    });
    if (!picked.ok) return setState({ step: 'failed', error: picked.error });
    const file = picked.value[0];
    if (file !== undefined) await check({ name: file.name, bytes: file.bytes });
  };

  const confirm = async () => {
    if (state.step !== 'plan') return;
    setState({ ...state, writing: true });
    const result = await ops.applyImport({ plan: state.plan, writes: state.writes });
    if (!result.ok) return setState({ step: 'failed', error: result.error });
    setState({ step: 'done', cases: state.writes.map((w) => ({ id: w.caseId, ref: w.ref })) });
  };

  return (
    <Stack>
      <Group>
        <Button onClick={() => void pick()} loading={state.step === 'checking'}>
          {t('bundles.import.choose')}
        </Button>
      </Group>
      {state.step === 'checking' && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text role="status">{t('bundles.import.checking')}</Text>
        </Group>
      )}
      {state.step === 'failed' && (
        <>
          <BundleErrorAlert error={state.error} />
          <Text size="sm">{t('bundles.import.unchanged')}</Text>
        </>
      )}
      {state.step === 'signer' && (
        <Alert color="orange" title={t('bundles.import.signerUnknownTitle')}>
          <Stack gap="xs">
            <Text size="sm">
              {t('bundles.import.signerUnknown', { fingerprint: state.fingerprint })}
            </Text>
            <Checkbox
              checked={state.accepted}
              onChange={(e) => setState({ ...state, accepted: e.currentTarget.checked })}
              label={t('bundles.import.acceptSigner', { fingerprint: state.fingerprint })}
            />
            <Group>
              <Button
                disabled={!state.accepted}
                onClick={() => void check(state.file, state.fingerprint)}
              >
                {t('bundles.import.recheck')}
              </Button>
              <Button variant="default" onClick={() => setState({ step: 'idle' })}>
                {t('bundles.import.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {state.step === 'plan' && (
        <ImportPlanView
          fileName={state.file.name}
          plan={state.plan}
          writes={state.writes}
          writing={state.writing}
          onConfirm={() => void confirm()}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
      {state.step === 'done' && (
        <Alert color="green" role="status">
          <Stack gap={4}>
            <Text>
              {t('bundles.import.done', { refs: state.cases.map((c) => c.ref).join(', ') })}
            </Text>
            {state.cases.map((c) => (
              <Anchor key={c.id} component={Link} to={`/cases/${c.id}`}>
                {t('bundles.import.open', { ref: c.ref })}
              </Anchor>
            ))}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
