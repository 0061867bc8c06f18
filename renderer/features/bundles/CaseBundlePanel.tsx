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
  selectForExport,
  type BundleProgress,
  type ExportView,
} from '../../../shared/exchange/bundle';
import type { PrivateKey } from '../../../shared/crypto/pgp';
import {
  OVERRIDE_REASON_MIN,
  clearanceBreaches,
  clearanceNotRecorded,
  recipientsByFingerprint,
} from '../../../shared/workflow/clearance';
import { ConfidentialityNotice } from '../messages';
import { useAll } from '../../store/hooks';
import { useOperations } from '../../app/operations';
import { ClearanceNotRecordedNotice } from '../../app/ui/ClearanceNotRecordedNotice';
import {
  KeyHealthNotice,
  OrgKeyUnlock,
  recordUsability,
  useKeyHealths,
  useOrgKey,
  useTable,
} from '../keys';
import { useCaseView, useViewNow } from '../../store/case-views';
import { BundleErrorAlert } from './BundleErrorAlert';
import { ClearanceGuard } from './ClearanceGuard';
import type { ExportError, ExportOutcome } from './export-bundle';
import { bundleOperations } from './operations';
import { ExportPreview } from './ExportPreview';
import { RecipientPicker } from './RecipientPicker';
import { useExportSource } from './use-export-source';
import { coordinationEvent, type ExportIntent } from './coordination-export';
import { IntentPicker, useIntentReason } from './IntentPicker';
import { ACTOR } from './bundle-store';
import { nameOf } from '../../../shared/model';
import { DisabledReason } from '../../app/ui/DisabledReason';

type Failure = { code: string; message: string };

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
  const ops = useOperations(bundleOperations);
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
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const contacts = useAll('contacts');
  const [overrideReason, setOverrideReason] = useState('');
  const [clearanceError, setClearanceError] = useState<string | null>(null);
  // A vendor view naming another vendor in a record it must carry, and the reason to go on.
  const [leaks, setLeaks] = useState<ExportError | null>(null);
  const [secretReason, setSecretReason] = useState('');
  const [acceptKeyWarnings, setAcceptKeyWarnings] = useState(false);
  const [intent, setIntent] = useState<ExportIntent>('share');
  const [coordinationNote, setCoordinationNote] = useState('');
  const [transferConfirmed, setTransferConfirmed] = useState(false);
  const viewNow = useViewNow();
  const role = useCaseView(caseId, viewNow)?.coordination.state.localRole ?? 'owner';
  const chosenKeys = useMemo(
    () => candidates.filter((k) => chosen.has(k.fingerprint)),
    [candidates, chosen],
  );

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

  const embargoEndsAt = doc?.case.dates.agreedPublication ?? null;
  const healths = useKeyHealths(chosenKeys, viewNow, embargoEndsAt);
  // The engine's word on the hand-over or co-coordination, asked as the export will ask it.
  const intentCheck = useMemo(
    () =>
      doc === null || selection === null || !selection.ok || intent === 'share'
        ? { ok: true as const }
        : coordinationEvent(doc.events, caseId, selection.value, {
            intent,
            from: own,
            keys: chosenKeys,
            note: coordinationNote,
            actor: ACTOR,
            now: viewNow,
          }),
    [doc, selection, intent, caseId, own, chosenKeys, coordinationNote, viewNow],
  );
  const intentReason = useIntentReason(intent, intentCheck, transferConfirmed);
  const chosenHealths = healths === null ? [] : [...healths.values()];
  const keysBlocked =
    healths === null ||
    chosenHealths.some((h) => h.level === 'refused') ||
    (chosenHealths.some((h) => h.warnings.length > 0) && !acceptKeyWarnings);

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
    setLeaks(null);
    const result = await ops.exportBundle({
      caseId,
      selection: selection.value,
      keys: chosenKeys,
      embargoEndsAt,
      acceptKeyWarnings,
      recipients,
      signingKey,
      redConfirmations: [...confirmed].filter((f) => chosen.has(f)),
      clearanceOverride: overrideReason,
      confidentialityOverride: secretReason,
      onProgress: setProgress,
      intent,
      coordinationNote,
    });
    setProgress(null);
    if (result.ok) return setOutcome(result.value);
    const { error } = result;
    if (error.hits !== undefined) return setLeaks(error);
    if (error.breaches === undefined) return setFailure(error);
    const names = error.breaches.map((b) => b.recipient).join(', ');
    setClearanceError(
      error.code === 'clearance.exceeded'
        ? t('bundles.clearance.refused', { names, tlp: bundleTlp })
        : t('bundles.clearance.tooShort', { min: OVERRIDE_REASON_MIN }),
    );
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
      <KeyHealthNotice
        healths={chosenHealths}
        accepted={acceptKeyWarnings}
        onAccept={setAcceptKeyWarnings}
      />
      <ClearanceNotRecordedNotice warnings={clearanceNotRecorded(bundleTlp, recipients)} />
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
      <IntentPicker
        intent={intent}
        onIntent={setIntent}
        note={coordinationNote}
        onNote={setCoordinationNote}
        confirmed={transferConfirmed}
        onConfirmed={setTransferConfirmed}
        caseRef={doc?.case.ref ?? ''}
        role={role}
      />
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
      {leaks?.hits !== undefined && (
        <ConfidentialityNotice
          title={t('confidentiality.bundleRefused')}
          hits={leaks.hits}
          reason={secretReason}
          onReason={setSecretReason}
          tooShort={leaks.code === 'confidentiality.reason-too-short'}
        />
      )}
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
      <DisabledReason reason={intentReason}>
        {(control) => (
          <Button
            onClick={() => void run()}
            loading={progress !== null}
            aria-describedby={control['aria-describedby']}
            disabled={
              control.disabled || selection?.ok !== true || chosen.size === 0 || keysBlocked
            }
          >
            {t(intent === 'transfer' ? 'bundles.intent.transfer.submit' : 'bundles.export.submit')}
          </Button>
        )}
      </DisabledReason>
    </Stack>
  );
}
