import { Alert, Checkbox, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoordinationRole } from '../../../shared/workflow/coordination';
import type { WorkflowErrorCode } from '../../../shared/workflow/errors';
import type { ExportIntent } from './coordination-export';

const INTENTS: readonly ExportIntent[] = ['share', 'co-coordinator', 'transfer'];

/** Why the chosen intent cannot be sealed now, as a sentence, or null: the engine's check of
 *  the coordination event (coordination-export.ts → planAppend), then the analyst's confirm. */
export function useIntentReason(
  intent: ExportIntent,
  check: { ok: true } | { ok: false; error: { code: string } },
  confirmed: boolean,
): string | null {
  const { t } = useTranslation();
  if (intent === 'share') return null;
  if (!check.ok) {
    const { code } = check.error;
    if (code === 'coordination.one-recipient') return t('bundles.intent.oneRecipient');
    if (code === 'coordination.full-view') return t('bundles.intent.fullView');
    return t(`cases.errors.${code as WorkflowErrorCode}`, {
      defaultValue: t('cases.errors.generic'),
    });
  }
  return intent === 'transfer' && !confirmed ? t('bundles.intent.confirmNeeded') : null;
}

/**
 * What the bundle does besides sharing the case (issue 27 item 4): a plain share, adding
 * the one recipient as co-coordinator, or handing the case over to it. Each choice says
 * what follows for both sides; a hand-over is confirmed by the analyst, naming the case.
 */
export function IntentPicker({
  intent,
  onIntent,
  note,
  onNote,
  confirmed,
  onConfirmed,
  caseRef,
  role,
}: {
  intent: ExportIntent;
  onIntent: (intent: ExportIntent) => void;
  note: string;
  onNote: (note: string) => void;
  confirmed: boolean;
  onConfirmed: (confirmed: boolean) => void;
  caseRef: string;
  role: CoordinationRole;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Radio.Group label={t('bundles.intent.label')} value={intent} onChange={(v) => onIntent(v)}>
        <Stack gap={6} mt="xs">
          {INTENTS.map((i) => (
            <Radio
              key={i}
              value={i}
              label={t(`bundles.intent.${i}.label`)}
              description={t(`bundles.intent.${i}.consequence`)}
              disabled={i !== 'share' && role !== 'owner'}
            />
          ))}
        </Stack>
      </Radio.Group>
      {role !== 'owner' && (
        <Text size="sm" c="gray.7">
          {t('cases.errors.coordination-not-owner')}
        </Text>
      )}
      {intent !== 'share' && (
        <Textarea
          label={t('bundles.intent.note')}
          description={t('bundles.intent.noteHint')}
          value={note}
          onChange={(e) => onNote(e.currentTarget.value)}
          autosize
          minRows={2}
        />
      )}
      {intent === 'transfer' && (
        <Alert color="orange" title={t('bundles.intent.transfer.confirmTitle')}>
          <Checkbox
            checked={confirmed}
            onChange={(e) => onConfirmed(e.currentTarget.checked)}
            label={t('bundles.intent.transfer.confirm', { ref: caseRef })}
          />
        </Alert>
      )}
    </Stack>
  );
}
