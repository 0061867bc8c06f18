import { Card, Checkbox, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VENDOR_SUMMARY_MAX } from '../../../shared/model';
import type { Planned } from './case-commands';
import { EngineButton } from './EngineButton';
import { planPolicy } from './policy-plan';
import type { CaseDetail } from './use-case-detail';

/** The case's vendor-safe summary (issue 23): what letters to vendors say about the case,
 *  in place of the internal title; and whether the title itself may be shown to vendors. */
export function VendorSummaryForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const kase = detail.projection.case;
  const [summary, setSummary] = useState(kase?.vendorSummary ?? '');
  const [shareable, setShareable] = useState(kase?.titleShareable ?? false);
  // "Saved." until the analyst edits again (as the settings and advisory forms do).
  const [saved, setSaved] = useState(false);
  if (kase === null) return null;
  // The engine refuses an update that changes nothing ("nothing-changed"): Save stays
  // disabled until the form differs from the case, and says so in words beside it.
  const planned = planPolicy(detail, [
    { type: 'case.updated', payload: { vendorSummary: summary.trim(), titleShareable: shareable } },
  ]);
  const unchanged = summary.trim() === kase.vendorSummary && shareable === kase.titleShareable;
  const save = async (p: Planned) => {
    const failed = await detail.commit(p);
    setSaved(failed === null);
    return failed;
  };
  return (
    <Card withBorder component="section" aria-labelledby="vendor-summary-title">
      <Title order={3} size="h4" id="vendor-summary-title" mb="xs">
        {t('confidentiality.summary.title')}
      </Title>
      <Stack gap="xs">
        <Text size="sm">{t('confidentiality.summary.intro')}</Text>
        <Textarea
          label={t('confidentiality.summary.label')}
          placeholder={t('confidentiality.summary.placeholder')}
          value={summary}
          onChange={(e) => {
            setSummary(e.currentTarget.value);
            setSaved(false);
          }}
          autosize
          minRows={2}
          maxLength={VENDOR_SUMMARY_MAX}
        />
        <Checkbox
          label={t('confidentiality.summary.shareable')}
          checked={shareable}
          onChange={(e) => {
            setShareable(e.currentTarget.checked);
            setSaved(false);
          }}
        />
        <EngineButton planned={planned} onRun={save} showReason={!unchanged}>
          {t('confidentiality.summary.save')}
        </EngineButton>
        <Text
          size="sm"
          c={saved ? 'teal.9' : 'dark.6'}
          role="status"
          data-testid="vendor-summary-status"
        >
          {!unchanged
            ? ''
            : saved
              ? t('confidentiality.summary.saved')
              : t('confidentiality.summary.noChanges')}
        </Text>
      </Stack>
    </Card>
  );
}
