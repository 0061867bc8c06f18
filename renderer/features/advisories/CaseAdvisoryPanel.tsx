import { Alert, Button, Divider, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdvisoryEditor } from './AdvisoryEditor';
import { withCaseHistory } from '../../../shared/advisory/case-history';
import { withLiveCaseFacts } from '../../../shared/advisory/live-case-facts';
import { latestSsvcSelections } from '../../../shared/workflow/ssvc';
import { useCaseView, useViewNow } from '../../store/case-views';
import { ExportPanel } from './ExportPanel';
import { WithdrawalForm } from './WithdrawalForm';
import { advisoryIdChoice, useAdvisory } from './use-advisory';
import { alertStyles, BUTTON } from './a11y-styles';

/** The case's Advisory tab: create the draft from the case, edit it, export it. */
export function CaseAdvisoryPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { records, draft, fromCase, notTaken, save, withdraw } = useAdvisory(caseId);
  const projection = useCaseView(caseId, useViewNow())?.projection;
  const [error, setError] = useState<string | null>(null);
  if (records === null || projection === undefined) return null;
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
  // What the case's events say of its release (revisions, dates, withdrawal): the one
  // history every export and the editor's revision table show (issue 28).
  const released = withCaseHistory(draft, projection.advisory);
  const published = records.kase.dates.published !== null;
  return (
    <Stack>
      <AdvisoryEditor
        // Remounted when the case's history changes (published, withdrawn), not on a save.
        key={`${draft.id}|${projection.advisory.revisions.length}`}
        stored={released}
        save={save}
        alertContent={records.kase.technicalAlert?.content ?? null}
        idChoice={advisoryIdChoice(records)}
        published={published}
        caseDraft={fresh}
        notTaken={notTaken}
      />
      <Divider />
      <ExportPanel
        draft={withLiveCaseFacts(released, fresh)}
        save={save}
        ssvc={latestSsvcSelections(projection)}
      />
      {published ? <WithdrawalForm projection={projection} withdraw={withdraw} /> : null}
    </Stack>
  );
}
