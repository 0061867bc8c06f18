import {
  Alert,
  Button,
  Group,
  Loader,
  NativeSelect,
  Progress,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import {
  sealBundle,
  selectForExport,
  type BundleProgress,
  type ExportView,
} from '../../../shared/exchange/bundle';
import type { PrivateKey } from '../../../shared/crypto/pgp';
import {
  OVERRIDE_REASON_MIN,
  checkClearance,
  clearanceBreaches,
  overrideNote,
  recipientsByFingerprint,
} from '../../../shared/workflow/clearance';
import { useStore } from '../../store/hooks';
import { useAll } from '../../store/hooks';
import { usePlatform } from '../../platform';
import { OrgKeyUnlock, parseKeys, recordUsability, useOrgKey, useTable } from '../keys';
import { BundleErrorAlert } from './BundleErrorAlert';
import { ClearanceGuard } from './ClearanceGuard';
import { recordExport } from './bundle-store';
import { ExportPreview } from './ExportPreview';
import { RecipientPicker } from './RecipientPicker';
import { useExportSource } from './use-export-source';
import { nameOf } from '../../../shared/model';

type Failure = { code: string; message: string };
type Outcome = { kind: 'saved'; file: string; count: number } | { kind: 'not-saved' };

/** The case detail's "Bundle" tab: export this case to chosen partners. */
export function CaseBundlePanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const org = useOrgKey();
  return (
    <Stack component="section" aria-labelledby="bundle-export-title">
      <Title order={3} id="bundle-export-title">
        {t('bundles.export.title')}
      </Title>
      <Text size="sm">{t('bundles.export.intro')}</Text>
      {org.record === null ? (
        <Alert color="yellow">{t('bundles.export.noOrgKey')}</Alert>
      ) : org.key === null ? (
        <Stack gap="xs">
          <Text>{t('bundles.export.unlockNeeded')}</Text>
          <OrgKeyUnlock record={org.record} />
        </Stack>
      ) : (
        <ExportForm caseId={caseId} signingKey={org.key} own={org.record.fingerprint} />
      )}
    </Stack>
  );
}

function ExportForm({
  caseId,
  signingKey,
  own,
}: {
  caseId: string;
  signingKey: PrivateKey;
  own: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const store = useStore();
  const platform = usePlatform();
  const source = useExportSource(caseId);
  const keys = useTable('keys');
  const candidates = useMemo(
    () => keys.filter((k) => k.fingerprint !== own && recordUsability(k).usable),
    [keys, own],
  );
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [confirmed, setConfirmed] = useState<Set<string>>(new Set());
  const [vendorId, setVendorId] = useState<string | null>(null);
  const [progress, setProgress] = useState<BundleProgress | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const contacts = useAll('contacts');
  const [overrideReason, setOverrideReason] = useState('');
  const [clearanceError, setClearanceError] = useState<string | null>(null);

  const doc = source.state === 'ready' ? source.value.document : null;
  const vendors = useMemo(() => {
    if (doc === null) return [];
    const names = new Map(doc.contacts.map((c) => [c.id as string, nameOf(c, lang)]));
    return (doc.involvements ?? [])
      .filter((i) => i.role !== 'coordinator' && i.role !== 'partner')
      .map((i) => ({ value: i.contactId, label: names.get(i.contactId) ?? i.contactId }));
  }, [doc, lang]);
  const selection = useMemo(() => {
    if (source.state !== 'ready') return null;
    const view: ExportView =
      vendorId === null ? { kind: 'full' } : { kind: 'vendor', vendorContactId: vendorId };
    return selectForExport([source.value], view);
  }, [source, vendorId]);
  const sizes = useMemo(
    () =>
      new Map(
        source.state === 'ready'
          ? source.value.attachments.map((a) => [a.meta.id as string, a.meta.size])
          : [],
      ),
    [source],
  );

  if (source.state === 'loading') return <Loader aria-label={t('bundles.import.checking')} />;
  if (source.state === 'failed') return <BundleErrorAlert error={source.error} />;
  const tlp = doc?.case.tlp ?? 'CLEAR';
  const red = selection?.ok === true && selection.value.tlp === 'RED';
  const bundleTlp = selection?.ok === true ? selection.value.tlp : tlp;
  const recipients = recipientsByFingerprint(
    [...chosen],
    contacts,
    (f) => keys.find((k) => k.fingerprint === f)?.ownerContactId,
  );
  const breaches = clearanceBreaches(bundleTlp, recipients);

  const run = async () => {
    if (selection === null || !selection.ok) return;
    setFailure(null);
    setOutcome(null);
    setClearanceError(null);
    const clearance = checkClearance(bundleTlp, recipients, overrideReason);
    if (!clearance.ok) {
      const names = clearance.error.breaches.map((b) => b.recipient).join(', ');
      return setClearanceError(
        clearance.error.code === 'clearance.exceeded'
          ? t('bundles.clearance.refused', { names, tlp: bundleTlp })
          : t('bundles.clearance.tooShort', { min: OVERRIDE_REASON_MIN }),
      );
    }
    const records = candidates.filter((k) => chosen.has(k.fingerprint));
    const recipientKeys = await parseKeys(records);
    const sealed = await sealBundle({
      selection: selection.value,
      signingKey,
      recipientKeys,
      redConfirmations: [...confirmed].filter((f) => chosen.has(f)),
      onProgress: setProgress,
    });
    setProgress(null);
    if (!sealed.ok) return setFailure(sealed.error);
    const saved = await platform.saveFile({
      suggestedName: sealed.value.fileName,
      bytes: sealed.value.bytes,
      filters: [{ name: 'Airlock bundle', extensions: ['airlock'] }],
    });
    if (!saved.ok) return setFailure(saved.error);
    if (!saved.value.saved) return setOutcome({ kind: 'not-saved' });
    const sentTo = sealed.value.manifest.recipients
      .map((r) => r.fingerprint)
      .filter((f) => f !== sealed.value.manifest.sender.fingerprint);
    const note = clearance.value.reason === null ? null : overrideNote('bundle', clearance.value);
    const recorded = await recordExport(
      store,
      caseId,
      sealed.value.manifest.bundleId,
      sentTo,
      note,
    );
    if (!recorded.ok) return setFailure(recorded.error);
    setOutcome({ kind: 'saved', file: sealed.value.fileName, count: sentTo.length });
  };

  return (
    <Stack>
      <Group>
        <Text fw={700} size="lg">
          {t('bundles.export.tlp', { tlp })}
        </Text>
      </Group>
      <RecipientPicker
        candidates={candidates}
        chosen={chosen}
        onChosen={setChosen}
        red={red}
        confirmed={confirmed}
        onConfirmed={setConfirmed}
      />
      <ClearanceGuard breaches={breaches} reason={overrideReason} onReason={setOverrideReason} />
      <Radio.Group
        label={t('bundles.export.view')}
        value={vendorId === null ? 'full' : 'vendor'}
        onChange={(v) => setVendorId(v === 'full' ? null : (vendors[0]?.value ?? ''))}
      >
        <Group mt="xs">
          <Radio value="full" label={t('bundles.export.views.full')} />
          <Radio
            value="vendor"
            label={t('bundles.export.views.vendor')}
            disabled={vendors.length === 0}
          />
        </Group>
      </Radio.Group>
      {vendorId !== null && (
        <NativeSelect
          label={t('bundles.export.vendor')}
          description={t('bundles.export.vendorHint')}
          data={vendors}
          value={vendorId}
          onChange={(e) => setVendorId(e.currentTarget.value)}
        />
      )}
      {selection !== null && !selection.ok && <BundleErrorAlert error={selection.error} />}
      {selection?.ok === true && (
        <ExportPreview items={selection.value.items} attachmentSizes={sizes} />
      )}
      {progress !== null && (
        <Stack gap={4}>
          <Text size="sm">{t(`bundles.export.progress.${progress.phase}`)}</Text>
          <Progress
            aria-label={t('bundles.export.progressLabel')}
            value={progress.total === 0 ? 100 : (100 * progress.done) / progress.total}
          />
        </Stack>
      )}
      {failure !== null && <BundleErrorAlert error={failure} />}
      {clearanceError !== null && (
        <Alert color="red" role="alert">
          {clearanceError}
        </Alert>
      )}
      {outcome?.kind === 'saved' && (
        <Alert color="green" role="status">
          {t('bundles.export.saved', { file: outcome.file, count: outcome.count })}{' '}
          {t('bundles.export.recorded')}
        </Alert>
      )}
      {outcome?.kind === 'not-saved' && (
        <Alert color="yellow">{t('bundles.export.notSaved')}</Alert>
      )}
      <Group>
        <Button
          onClick={() => void run()}
          loading={progress !== null}
          disabled={selection?.ok !== true || chosen.size === 0}
        >
          {t('bundles.export.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
