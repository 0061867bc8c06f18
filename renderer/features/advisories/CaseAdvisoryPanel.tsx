import { Alert, Button, Divider, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdvisoryEditor } from './AdvisoryEditor';
import { ExportPanel } from './ExportPanel';
import { withFreshLeakContext } from './draft-input';
import { advisoryIdChoice, useAdvisory } from './use-advisory';
import { alertStyles, BUTTON } from './a11y-styles';

/** The case's Advisory tab: create the draft from the case, edit it, export it. */
export function CaseAdvisoryPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { records, draft, fromCase, save } = useAdvisory(caseId);
  const [error, setError] = useState<string | null>(null);
  if (records === null) return null;
  if (draft === null) {
    const create = async () => {
      const next = fromCase(crypto.randomUUID());
      if (next === null) {
        setError(t('advisories.create.failed'));
        return;
      }
      const err = await save(next, [
        { type: 'advisory.changed', payload: { draftId: next.id, status: 'draft' } },
      ]);
      setError(err);
    };
    return (
      <Stack align="flex-start">
        <Text>{t('advisories.create.intro')}</Text>
        <Button color={BUTTON} onClick={() => void create()}>
          {t('advisories.create.button')}
        </Button>
        {error ? (
          <Alert styles={alertStyles} color="red" role="alert">
            {error}
          </Alert>
        ) : null}
      </Stack>
    );
  }
  const fresh = fromCase(draft.id);
  return (
    <Stack>
      <AdvisoryEditor
        key={draft.id}
        stored={draft}
        save={save}
        alertContent={records.kase.technicalAlert?.content ?? null}
        idChoice={advisoryIdChoice(records)}
        published={records.kase.dates.published !== null}
        caseDraft={fresh}
      />
      <Divider />
      <ExportPanel draft={withFreshLeakContext(draft, fresh)} save={save} />
    </Stack>
  );
}
