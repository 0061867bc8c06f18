import { Card, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/model';
import {
  confirmsCaseRef,
  TERMINATION_CAUSES,
  terminationCommands,
  type TerminationCause,
} from '../../../shared/workflow/policy-commands';
import { EngineButton } from './EngineButton';
import { planPolicy, required } from './policy-plan';
import type { CaseDetail } from './use-case-detail';

/** What the analyst states to end an embargo early: the cause, what happened, and the
 *  case reference typed again to confirm. */
export type EarlyEnd = { cause: TerminationCause; reason: string; ref: string };

export const NO_EARLY_END: EarlyEnd = { cause: 'public', reason: '', ref: '' };

/** Whether the fields are complete: a reason, and the case reference typed exactly. */
export const earlyEndReady = (kase: Case, value: EarlyEnd): boolean =>
  value.reason.trim() !== '' && confirmsCaseRef(kase, value.ref);

/** The early end's fields, shared by ending the embargo alone and publishing early. */
export function EarlyEndFields({
  kase,
  value,
  onChange,
}: {
  kase: Case;
  value: EarlyEnd;
  onChange: (value: EarlyEnd) => void;
}) {
  const { t } = useTranslation();
  const typed = value.ref.trim() !== '';
  return (
    <>
      <NativeSelect
        label={t('casePolicy.terminate.cause')}
        value={value.cause}
        data={TERMINATION_CAUSES.map((c) => ({
          value: c,
          label: t(`casePolicy.terminate.causes.${c}`),
        }))}
        onChange={(e) => onChange({ ...value, cause: e.currentTarget.value as TerminationCause })}
      />
      <TextInput
        label={t('casePolicy.terminate.reason')}
        value={value.reason}
        onChange={(e) => onChange({ ...value, reason: e.currentTarget.value })}
      />
      <TextInput
        label={t('casePolicy.terminate.confirmRef', { ref: kase.ref })}
        value={value.ref}
        autoComplete="off"
        error={
          typed && !confirmsCaseRef(kase, value.ref)
            ? t('casePolicy.terminate.refMismatch', { ref: kase.ref })
            : undefined
        }
        onChange={(e) => onChange({ ...value, ref: e.currentTarget.value })}
      />
    </>
  );
}

/** Ending the embargo early: the flaw became public, is exploited, or the vendor released. */
export function EmbargoTerminationForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<EarlyEnd>(NO_EARLY_END);
  const kase = detail.projection.case;
  if (kase === null) return null;
  const planned = earlyEndReady(kase, value)
    ? planPolicy(detail, terminationCommands(kase, value.cause, value.reason))
    : required;
  return (
    <Card withBorder component="section" aria-labelledby="termination-title">
      <Title order={3} size="h4" id="termination-title" mb="xs">
        {t('casePolicy.terminate.title')}
      </Title>
      <Stack gap="xs">
        <EarlyEndFields kase={kase} value={value} onChange={setValue} />
        <EngineButton planned={planned} onRun={(p) => detail.commit(p)}>
          {t('casePolicy.terminate.run')}
        </EngineButton>
      </Stack>
    </Card>
  );
}
