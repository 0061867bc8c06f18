import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import type { OutgoingAttachment } from '../../../shared/exchange/message';
import type { Case, LetterKind } from '../../../shared/model';
import { useOperations } from '../../app/operations';
import { useAll } from '../../store/hooks';
import { useCaseView, useViewNow } from '../../store/case-views';
import { ClearanceNotice } from './ClearanceNotice';
import { ConfidentialityNotice } from './ConfidentialityNotice';
import { usePlatform } from '../../platform';
import {
  KeyHealthNotice,
  OrgKeyUnlock,
  recordUsability,
  useKeyHealths,
  useOrgKey,
  useTable,
} from '../keys';
import { caseThreadProducts } from '../../../shared/workflow/thread-products';
import { localRefusal } from '../../../shared/workflow/coordination';
import { movedMoments } from '../../../shared/workflow/extensions';
import {
  afterSeal,
  knownParams,
  letterPublication,
  offeredTemplates,
  templatePurpose,
  recipientOptions,
  sealBlocker,
} from './compose-model';
import { DisabledReason } from '../../app/ui/DisabledReason';
import { messageOperations } from './operations';
import type { SendError } from './seal-actions';
import { RecipientPicker } from './RecipientPicker';
import { TemplatePicker } from './TemplatePicker';
import { sendErrorText } from './error-text';
import type { ComposePrefill } from './reply-prefill';

const MAX_ATTACHMENT = 50 * 1024 * 1024;

/** Compose, seal and save a message to one or more vendors of a case. `prefill` (Reply on a
 *  received message) starts it with recipients, subject and thread; the panel remounts the
 *  composer for each reply. */
export function ComposeMessage({ kase, prefill }: { kase: Case; prefill?: ComposePrefill }) {
  const { t } = useTranslation();
  const lang = useLang();
  const ops = useOperations(messageOperations);
  const platform = usePlatform();
  const own = useOrgKey();
  const keys = useTable('keys');
  const involvements = useTable('involvements').filter((i) => i.caseId === kase.id);
  const settings = useTable('settings')[0];
  const options = useMemo(() => recipientOptions(keys, involvements), [keys, involvements]);
  const vulnerabilities = useTable('vulnerabilities');
  const products = useMemo(
    () =>
      caseThreadProducts(
        involvements,
        vulnerabilities.filter((v) => v.caseId === kase.id),
      ),
    [involvements, vulnerabilities, kase.id],
  );
  const [threadProduct, setThreadProduct] = useState(prefill?.threadProduct ?? '');
  // The publication letter states the pending or agreed moment exactly (issue 13), read off
  // the case view (an older export's case included).
  const viewNow = useViewNow();
  const view = useCaseView(kase.id, viewNow);
  const projection = view?.projection;
  // After a hand-over the case view says this vault no longer writes to vendors (the
  // engine's rule, coordination.ts): the seal is disabled with the reason.
  const handedOver =
    view === undefined ? null : localRefusal(view.coordination.state, 'vendor-message');
  // The latest granted extension's two moments: "publication moved" is offered only then.
  const moved = useMemo(() => (view === undefined ? null : movedMoments(view.extensions)), [view]);
  const publication = useMemo(
    () => (projection === undefined ? null : letterPublication(projection)),
    [projection],
  );
  const [selected, setSelected] = useState<string[]>(prefill?.recipientKeyIds ?? []);
  const [acceptUnverified, setAcceptUnverified] = useState(false);
  const [acceptKeyWarnings, setAcceptKeyWarnings] = useState(false);
  const chosenKeys = useMemo(() => keys.filter((k) => selected.includes(k.id)), [keys, selected]);
  // Each chosen key is judged at the view's minute and against the agreed publication.
  const healths = useKeyHealths(chosenKeys, viewNow, kase.dates.agreedPublication);
  const [language, setLanguage] = useState<'ja' | 'en'>(lang);
  const [purpose, setPurpose] = useState<LetterKind>('other');
  const [subject, setSubject] = useState(prefill?.subject ?? '');
  const [body, setBody] = useState('');
  const [attachments, setAttachments] = useState<OutgoingAttachment[]>([]);
  const [mode, setMode] = useState<'separate' | 'eml'>('separate');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  // A seal the confidentiality rule refused, and the analyst's reason to send anyway.
  const [refusal, setRefusal] = useState<SendError | null>(null);
  const [secretReason, setSecretReason] = useState('');
  const contacts = useAll('contacts');

  if (own.record === null || own.key === null) {
    return <OrgKeyUnlock record={own.record} />;
  }
  const signingKey = own.key;
  const ownRecord = own.record;
  const chosen = options.filter((o) => selected.includes(o.key.id));
  const needsYes = chosen.some((o) => recordUsability(o.key).warnings.includes('unverified'));
  const chosenHealths = healths === null ? null : [...healths.values()];
  const blocker = sealBlocker({
    recipients: chosen.length,
    needsYes,
    acceptUnverified,
    subject,
    body,
    keyHealth:
      chosenHealths === null
        ? null
        : {
            refused: chosenHealths.some((h) => h.level === 'refused'),
            warned: chosenHealths.some((h) => h.warnings.length > 0),
            accepted: acceptKeyWarnings,
          },
  });
  const recipientContactId =
    chosen.find((o) => o.key.ownerContactId !== undefined)?.key.ownerContactId ?? null;
  const known = knownParams({
    kase,
    recipientContactId,
    contacts,
    involvements,
    vulnerabilities: vulnerabilities.filter((v) => v.caseId === kase.id),
    organisation: settings?.organisation.name ?? { ja: '', en: '' },
    publication,
    moved,
    earlyEnd: view?.earlyEnd ?? null,
    now: new Date().toISOString(),
    language,
  });

  const addFiles = async () => {
    const picked = await platform.openFiles({
      filters: [],
      multiple: true,
      maxBytes: MAX_ATTACHMENT,
    });
    if (!picked.ok) return setStatus({ ok: false, text: sendErrorText(t, picked.error) });
    setAttachments((old) => [
      ...old,
      ...picked.value.map((f) => ({ name: f.name, data: f.bytes })),
    ]);
  };
  const send = async () => {
    const sent = { subject, body, attachments };
    setBusy(true);
    const result = await ops.send({
      kase,
      recipients: chosen.map((o) => o.key),
      involvementId: chosen.find((o) => o.involvementId !== null)?.involvementId ?? null,
      signingKey,
      ownFingerprint: ownRecord.fingerprint,
      subject,
      body,
      language,
      purpose,
      attachments,
      attachmentMode: mode,
      clearanceOverride: overrideReason,
      confidentialityOverride: refusal?.hits === undefined ? undefined : secretReason,
      // A product no longer in the case (edited meanwhile) falls back to the main thread.
      threadProduct: products.includes(threadProduct) ? threadProduct : null,
      acceptKeyWarnings,
    });
    setBusy(false);
    if (!result.ok) {
      if (result.error.hits !== undefined) {
        setRefusal(result.error);
        return setStatus(null);
      }
      setRefusal(null);
      return setStatus({
        ok: false,
        text:
          result.error.placeholder === undefined
            ? sendErrorText(t, result.error)
            : t('confidentiality.placeholderLeft', {
                name: t(`confidentiality.field.${result.error.placeholder}`, {
                  defaultValue: result.error.placeholder,
                }),
              }),
      });
    }
    setRefusal(null);
    setSecretReason('');
    setStatus({ ok: true, text: t('messages.compose.saved', { files: result.value.join(', ') }) });
    // Cleared only if unchanged: what the analyst typed while the seal ran is the next
    // letter, not the one just saved.
    setSubject((now) => afterSeal(sent.subject, now, ''));
    setBody((now) => afterSeal(sent.body, now, ''));
    setAttachments((now) => afterSeal(sent.attachments, now, []));
  };

  return (
    <Stack component="section" aria-labelledby="compose-title">
      <Title order={3} id="compose-title">
        {t('messages.compose.heading')}
      </Title>
      <RecipientPicker
        options={options}
        selected={selected}
        onChange={setSelected}
        acceptUnverified={acceptUnverified}
        onAcceptUnverified={setAcceptUnverified}
      />
      {chosenHealths !== null && (
        <KeyHealthNotice
          healths={chosenHealths}
          accepted={acceptKeyWarnings}
          onAccept={setAcceptKeyWarnings}
        />
      )}
      <ClearanceNotice
        tlp={kase.tlp}
        recipients={chosen.map((o) => o.key)}
        contacts={contacts}
        reason={overrideReason}
        onReason={setOverrideReason}
      />
      <Select
        label={t('messages.compose.language')}
        value={language}
        allowDeselect={false}
        onChange={(v) => v !== null && setLanguage(v)}
        data={[
          { value: 'ja', label: '日本語' },
          { value: 'en', label: 'English' },
        ]}
        maw={240}
      />
      <TemplatePicker
        language={language}
        templates={offeredTemplates(moved, view?.earlyEnd ?? null)}
        known={known}
        // Keys chosen, none a contact's: the letter cannot name the vendor by itself.
        vendorUnknown={chosen.length > 0 && recipientContactId === null}
        onApply={(kind, letter) => {
          setPurpose(templatePurpose(kind));
          if (letter !== null) {
            setSubject(letter.subject);
            setBody(letter.body);
          }
        }}
      />
      <NativeSelect
        label={t('threads.productThread')}
        value={threadProduct}
        onChange={(e) => setThreadProduct(e.currentTarget.value)}
        data={[
          { value: '', label: t('threads.mainThread') },
          ...products.map((p) => ({ value: p, label: p })),
        ]}
        maw={360}
      />
      <TextInput
        label={t('messages.compose.subject')}
        description={t('messages.compose.refHint', { ref: kase.ref })}
        styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
        value={subject}
        onChange={(e) => setSubject(e.currentTarget.value)}
      />
      <Textarea
        label={t('messages.compose.body')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        autosize
        minRows={6}
        maxRows={20}
      />
      <Group>
        <Button variant="light" onClick={() => void addFiles()}>
          {t('messages.compose.addAttachments')}
        </Button>
        {attachments.map((a, i) => (
          <Button
            key={`${a.name}-${i}`}
            size="xs"
            variant="subtle"
            onClick={() => setAttachments((old) => old.filter((_, j) => j !== i))}
            aria-label={t('messages.compose.removeAttachment', { name: a.name })}
          >
            {a.name} ×
          </Button>
        ))}
      </Group>
      {attachments.length > 0 && (
        <Radio.Group
          label={t('messages.compose.attachmentMode')}
          value={mode}
          onChange={(v) => setMode(v)}
        >
          <Group mt="xs">
            <Radio value="separate" label={t('messages.compose.modeSeparate')} />
            <Radio value="eml" label={t('messages.compose.modeEml')} />
          </Group>
        </Radio.Group>
      )}
      <Text size="sm" c="gray.7">
        {t('messages.compose.sealHint')}
      </Text>
      <DisabledReason
        reason={
          handedOver !== null
            ? t(`cases.errors.${handedOver.code}`)
            : blocker === null
              ? null
              : t(`messages.compose.sealBlocked.${blocker}`)
        }
      >
        {(control) => (
          <Button {...control} onClick={() => void send()} loading={busy}>
            {t('messages.compose.sealAndSave')}
          </Button>
        )}
      </DisabledReason>
      {refusal?.hits !== undefined && (
        <ConfidentialityNotice
          title={t('confidentiality.refused')}
          hits={refusal.hits}
          reason={secretReason}
          onReason={setSecretReason}
          tooShort={refusal.code === 'confidentiality.reason-too-short'}
        />
      )}
      {status !== null && (
        <Alert color={status.ok ? 'green' : 'red'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </Alert>
      )}
    </Stack>
  );
}
