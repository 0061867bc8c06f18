import { Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../app/ui/format-date';
import { EngineButton } from './EngineButton';
import { planPolicy } from './policy-plan';
import type { CaseDetail } from './use-case-detail';

/** Publishing the advisory: the case moves to published, stamped with this instant. */
export function PublishForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const kase = detail.projection.case;
  if (kase === null) return null;
  const published = kase.dates.published;
  const planned = planPolicy(detail, [
    { type: 'published', payload: { advisoryId: kase.advisoryId, url: url.trim() } },
  ]);
  return (
    <Card withBorder component="section" aria-labelledby="publish-title">
      <Title order={3} size="h4" id="publish-title" mb="xs">
        {t('casePolicy.publish.title')}
      </Title>
      {published !== null ? (
        <Text size="sm" fw={600} data-testid="published-at">
          {t('casePolicy.publish.done', { date: formatInstant(published) })}
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {t('casePolicy.publish.advisory', {
              id: kase.advisoryId ?? t('casePolicy.publish.noAdvisoryId'),
            })}
          </Text>
          <TextInput
            label={t('casePolicy.publish.url')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
          />
          <EngineButton planned={planned} onRun={(p) => detail.commit(p)} variant="filled">
            {t('casePolicy.publish.run')}
          </EngineButton>
        </Stack>
      )}
    </Card>
  );
}
